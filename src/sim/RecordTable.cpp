#include "RecordTable.h"

#include <cstdio>

namespace nangosim {

QByteArray SimRecord::uuidText() const
{
    char buf[40];
    std::snprintf(
        buf, sizeof buf, "%08llx-%04llx-%04llx-%04llx-%012llx", static_cast<unsigned long long>(uuidHi >> 32),
        static_cast<unsigned long long>((uuidHi >> 16) & 0xffff),
        static_cast<unsigned long long>(uuidHi & 0xffff), static_cast<unsigned long long>(uuidLo >> 48),
        static_cast<unsigned long long>(uuidLo & 0xffffffffffffULL));
    return QByteArray(buf);
}

QByteArray SimRecord::lastAction() const
{
    if (deletedUs != 0)
        return QByteArrayLiteral("DELETED");
    return createdUs == updatedUs ? QByteArrayLiteral("ADDED") : QByteArrayLiteral("UPDATED");
}

void RecordTable::newUuid(SimRecord &r)
{
    // A version 4, variant 1 uuid, as gen_random_uuid() makes.
    r.uuidHi = ((*m_rng)() & 0xffffffffffff0fffULL) | 0x0000000000004000ULL;
    r.uuidLo = ((*m_rng)() & 0x3fffffffffffffffULL) | 0x8000000000000000ULL;
}

void RecordTable::touch(quint32 index, qint64 nowUs)
{
    SimRecord &r = m_rows[index];
    m_order.erase(keyOf(r));
    r.updatedUs = nowUs;
    m_order.emplace(keyOf(r), index);
}

RecordTable::Change RecordTable::upsert(const QByteArray &externalId, qint64 nowUs, bool light)
{
    const auto it = m_byId.constFind(externalId);
    if (it == m_byId.constEnd()) {
        SimRecord r;
        r.externalId = externalId;
        newUuid(r);
        r.createdUs = r.updatedUs = nowUs;
        const auto index = quint32(m_rows.size());
        m_rows.push_back(r);
        m_order.emplace(keyOf(r), index);
        m_byId.insert(externalId, index);
        ++m_liveCount;
        return Change::Added;
    }
    const quint32 index = it.value();
    SimRecord &r = m_rows[index];
    const bool wasDeleted = r.deletedUs != 0;
    // Saving a deleted record again fires the records trigger that resets created_at and
    // updated_at: it comes back as ADDED with a new first_seen_at.
    touch(index, nowUs);
    r.version += 1;
    if (!light)
        r.seed = r.version;
    r.prunedUs = 0;
    if (wasDeleted) {
        r.deletedUs = 0;
        r.createdUs = nowUs;
        ++m_liveCount;
        return Change::Undeleted;
    }
    return Change::Updated;
}

bool RecordTable::softDelete(const QByteArray &externalId, qint64 nowUs)
{
    const auto it = m_byId.constFind(externalId);
    if (it == m_byId.constEnd())
        return false;
    SimRecord &r = m_rows[it.value()];
    if (r.deletedUs != 0)
        return false;
    touch(it.value(), nowUs);
    // Nango takes deleted_at from a JavaScript Date before the statement whose now() becomes
    // updated_at: milliseconds, a few of them before last_modified_at (1 to 4 here, by the uuid).
    r.deletedUs = nowUs / 1000 * 1000 - qint64(1 + r.uuidLo % 4) * 1000;
    --m_liveCount;
    return true;
}

int RecordTable::prune(const RecordKey &until, int limit, qint64 nowUs, bool *hasMore)
{
    int count = 0;
    *hasMore = false;
    for (auto it = m_order.begin(); it != m_order.end() && !(until < it->first); ++it) {
        SimRecord &r = m_rows[it->second];
        if (r.prunedUs != 0)
            continue;
        if (count == limit) {
            *hasMore = true;
            break;
        }
        r.prunedUs = nowUs;
        ++count;
    }
    return count;
}

void RecordTable::hardDeleteAll()
{
    m_rows.clear();
    m_order.clear();
    m_byId.clear();
    m_liveCount = 0;
}

RecordTable::Page RecordTable::page(const std::optional<RecordKey> &after,
                                    std::optional<qint64> modifiedAfterUs, const RecordFilter &filter,
                                    const QSet<QByteArray> &ids, int limit) const
{
    Page result;
    auto it = m_order.begin();
    if (after)
        it = m_order.upper_bound(*after);
    else if (modifiedAfterUs)
        it = m_order.lower_bound(RecordKey{*modifiedAfterUs, 0, 0});
    for (; it != m_order.end(); ++it) {
        const SimRecord &r = m_rows[it->second];
        if (modifiedAfterUs && r.updatedUs < *modifiedAfterUs)
            continue;
        if (!ids.isEmpty() && !ids.contains(r.externalId))
            continue;
        if (!filter.any) {
            const bool deleted = r.deletedUs != 0;
            if (filter.deletedOnly) {
                if (!deleted)
                    continue;
            } else {
                // Nango's combined filters never return deleted records (postgres.ts getRecords).
                if (deleted)
                    continue;
                const bool isAdded = r.createdUs == r.updatedUs;
                if (!((filter.added && isAdded) || (filter.updated && !isAdded)))
                    continue;
            }
        }
        if (int(result.records.size()) == limit) {
            result.hasMore = true;
            break;
        }
        result.records.push_back(&r);
    }
    return result;
}

const SimRecord *RecordTable::find(const QByteArray &externalId) const
{
    const auto it = m_byId.constFind(externalId);
    return it == m_byId.constEnd() ? nullptr : &m_rows[it.value()];
}

std::vector<const SimRecord *> RecordTable::all() const
{
    std::vector<const SimRecord *> out;
    out.reserve(m_order.size());
    for (const auto &entry : m_order)
        out.push_back(&m_rows[entry.second]);
    return out;
}

std::vector<QByteArray> RecordTable::liveIds() const
{
    std::vector<QByteArray> out;
    for (const auto &r : m_rows)
        if (r.deletedUs == 0)
            out.push_back(r.externalId);
    return out;
}

std::vector<QByteArray> RecordTable::deletedIds() const
{
    std::vector<QByteArray> out;
    for (const auto &r : m_rows)
        if (r.deletedUs != 0)
            out.push_back(r.externalId);
    return out;
}

} // namespace nangosim
