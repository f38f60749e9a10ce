#include "cache/postgres/PgBlocks.h"

#include "cache/Sql.h"
#include "util/Logging.h"

#include <algorithm>
#include <limits>
#include <utility>
#include <vector>

namespace nd {

using namespace Qt::StringLiterals;

namespace {

// The first range of an order starts below every key: the lowest bigint, the empty id. The id
// order's ranges all have that lo_us.
constexpr qint64 kLowestUs = std::numeric_limits<qint64>::min();

// A range's rows in groups of ?4 (at most ?7 of them; NULL: all), each group's first key and counts.
// %1: the key's first column, %2: the order, %3: the range's start, %4: its end (the next range).
constexpr const char *kGroups = R"sql(
SELECT n / ?4 AS g, max(us) FILTER (WHERE n % ?4 = 0), max(rid) FILTER (WHERE n % ?4 = 0),
       count(*) FILTER (WHERE live), count(*) FILTER (WHERE NOT live)
FROM (SELECT %1 AS us, record_id AS rid, deleted_at IS NULL AS live, row_number() OVER (ORDER BY %2) - 1 AS n
      FROM records WHERE stream_id = ?1 AND %3 %4 ORDER BY %2 LIMIT ?7) x
GROUP BY g ORDER BY g
)sql";

using Key = std::pair<qint64, QByteArray>;

QByteArray nonNull(const QByteArray &id)
{
    return id.isNull() ? QByteArray("", 0) : id; // '' is a key, not NULL
}

} // namespace

PgBlocks::PgBlocks(SqlDb &db)
    : m_db(db)
{}

PgBlocks::~PgBlocks() = default;

bool PgBlocks::fail(QString *error)
{
    *error = m_db.lastError();
    return false;
}

bool PgBlocks::lockStream(qint64 streamId, QString *error)
{
    // Whoever changes a stream's ranges holds its row until the transaction ends: a page's writer
    // from before it places its keys, the upkeep of another client of a shared cache before it cuts.
    if (!m_lock)
        m_lock = m_db.prepare("SELECT id FROM streams WHERE id = ?1 FOR UPDATE");
    m_lock->bind(1, streamId);
    return m_lock->run() || fail(error);
}

bool PgBlocks::ensure(qint64 streamId, QString *error)
{
    if (!lockStream(streamId, error))
        return false;
    if (!m_ensure)
        m_ensure = m_db.prepare("INSERT INTO record_blocks (stream_id, by_id, lo_us, lo_id) VALUES "
                                "(?1, false, -9223372036854775808, ''), (?1, true, -9223372036854775808, '') "
                                "ON CONFLICT DO NOTHING");
    m_ensure->bind(1, streamId);
    return m_ensure->run() || fail(error);
}

bool PgBlocks::addNew(qint64 streamId, const RecordsPage &page, QString *error)
{
    if (!m_ranges) {
        m_ranges = m_db.prepare("SELECT by_id, lo_us, lo_id FROM record_blocks WHERE stream_id = ?1 "
                                "ORDER BY by_id, lo_us, lo_id");
        m_add = m_db.prepare("UPDATE record_blocks SET live = live + ?5, deleted = deleted + ?6 "
                             "WHERE stream_id = ?1 AND by_id = ?2 AND lo_us = ?3 AND lo_id = ?4");
    }
    std::vector<Key> ranges[2]; // by modified, by id
    m_ranges->bind(1, streamId);
    while (m_ranges->step())
        ranges[m_ranges->int64(0) ? 1 : 0].emplace_back(m_ranges->int64(1), m_ranges->bytes(2));
    const bool read = m_ranges->done();
    m_ranges->reset();
    if (!read || ranges[0].empty() || ranges[1].empty())
        return fail(error);
    // QByteArray orders bytes as memcmp does, as the C collation of record_id does.
    for (int order = 0; order < 2; ++order) {
        std::vector<std::pair<qint64, qint64>> added(ranges[order].size());
        for (const PulledRecord &r : page.records) {
            const Key key{order == 0 ? r.lastModifiedUs : kLowestUs, r.id};
            const auto at = std::upper_bound(ranges[order].begin(), ranges[order].end(), key);
            auto &n = added[size_t(std::distance(ranges[order].begin(), at) - 1)];
            (r.deletedAt.isEmpty() ? n.first : n.second) += 1;
        }
        for (size_t i = 0; i < added.size(); ++i) {
            if (added[i].first == 0 && added[i].second == 0)
                continue;
            m_add->bind(1, streamId).bind(2, qint64(order)).bind(3, ranges[order][i].first);
            m_add->bind(4, nonNull(ranges[order][i].second)).bind(5, added[i].first).bind(6, added[i].second);
            if (!m_add->run())
                return fail(error);
        }
    }
    return true;
}

bool PgBlocks::tidy(qint64 streamId, QString *error)
{
    if (!m_oversized) {
        m_oversized =
            m_db.prepare("SELECT lo_us, lo_id FROM record_blocks WHERE stream_id = ?1 AND NOT by_id "
                         "AND live + deleted > ?2 ORDER BY lo_us, lo_id");
        m_dropEmpty = m_db.prepare("DELETE FROM record_blocks WHERE stream_id = ?1 AND live = 0 AND "
                                   "deleted = 0 AND lo_id <> ''");
    }
    std::vector<Key> oversized;
    m_oversized->bind(1, streamId).bind(2, 2 * qint64(m_rows));
    while (m_oversized->step())
        oversized.emplace_back(m_oversized->int64(0), m_oversized->bytes(1));
    const bool read = m_oversized->done();
    m_oversized->reset();
    if (!read)
        return fail(error);
    qint64 rows = 0;
    for (const Key &lo : oversized)
        if (!split(streamId, false, lo.first, lo.second, 0, &rows, error))
            return false;
    m_dropEmpty->bind(1, streamId);
    return m_dropEmpty->run() || fail(error);
}

qint64 PgBlocks::upkeep(qint64 budget, QString *error)
{
    auto next = m_db.prepare("SELECT stream_id, lo_us, lo_id FROM record_blocks WHERE by_id AND "
                             "live + deleted > ?1 LIMIT 1");
    next->bind(1, 2 * qint64(m_rows));
    if (!next->step()) {
        if (next->done())
            return 0;
        fail(error);
        return -1;
    }
    const qint64 streamId = next->int64(0);
    const Key lo{next->int64(1), next->bytes(2)};
    if (!lockStream(streamId, error))
        return -1;
    // Another client of a shared cache may have cut or dropped the range before the lock was ours:
    // the next step looks again.
    auto still = m_db.prepare("SELECT 1 FROM record_blocks WHERE stream_id = ?1 AND by_id AND lo_us = ?2 AND "
                              "lo_id = ?3 AND live + deleted > ?4");
    still->bind(1, streamId).bind(2, lo.first).bind(3, nonNull(lo.second)).bind(4, 2 * qint64(m_rows));
    if (!still->step()) {
        if (still->done())
            return 1;
        fail(error);
        return -1;
    }
    qint64 rows = 0;
    const qint64 budgetRows = std::max<qint64>(budget / m_rows, 2) * m_rows;
    if (!split(streamId, true, lo.first, lo.second, budgetRows, &rows, error))
        return -1;
    return std::max<qint64>(rows, 1);
}

bool PgBlocks::split(qint64 streamId, bool byId, qint64 loUs, const QByteArray &loId, qint64 budget,
                     qint64 *read, QString *error)
{
    auto next = m_db.prepare("SELECT lo_us, lo_id FROM record_blocks WHERE stream_id = ?1 AND by_id = ?4 AND "
                             "(lo_us, lo_id) > (?2, ?3) ORDER BY lo_us, lo_id LIMIT 1");
    next->bind(1, streamId).bind(2, loUs).bind(3, nonNull(loId)).bind(4, qint64(byId));
    const bool last = !next->step();
    if (last && !next->done())
        return fail(error);
    // Parameters ?2 and ?5 are the key's first column: the id order has none, so they stand in
    // for it (as the ranges' lo_us does).
    const QString sql =
        byId ? QString::fromLatin1(kGroups).arg(u"?2::bigint"_s, u"record_id"_s, u"record_id >= ?3"_s,
                                                last ? u"AND ?5::bigint IS NULL AND ?6::text IS NULL"_s
                                                     : u"AND record_id < ?6 AND ?5::bigint IS NOT NULL"_s)
             : QString::fromLatin1(kGroups).arg(u"last_modified_us"_s, u"last_modified_us, record_id"_s,
                                                u"(last_modified_us, record_id) >= (?2, ?3)"_s,
                                                last ? u"AND ?5::bigint IS NULL AND ?6::text IS NULL"_s
                                                     : u"AND (last_modified_us, record_id) < (?5, ?6)"_s);
    auto groups = m_db.prepare(sql.toUtf8());
    groups->bind(1, streamId).bind(2, loUs).bind(3, nonNull(loId)).bind(4, qint64(m_rows));
    if (last)
        groups->bindNull(5).bindNull(6);
    else
        groups->bind(5, next->int64(0)).bind(6, nonNull(next->bytes(1)));
    if (budget > 0)
        groups->bind(7, budget);
    else
        groups->bindNull(7);
    struct Group
    {
        Key lo;
        qint64 live = 0;
        qint64 deleted = 0;
    };
    std::vector<Group> found;
    while (groups->step())
        found.push_back({{groups->int64(1), groups->bytes(2)}, groups->int64(3), groups->int64(4)});
    if (!groups->done())
        return fail(error);
    qint64 rowsRead = 0;
    for (const Group &g : found)
        rowsRead += g.live + g.deleted;
    *read += rowsRead;
    if (found.empty())
        found.push_back({{loUs, loId}, 0, 0}); // no record left in it
    // The first group keeps the range's own start, so the ranges still cover every key.
    found.front().lo = {loUs, loId};
    if (budget > 0 && rowsRead == budget) {
        // Only the range's first rows were read: its last group takes what the range counted
        // beyond the others (the rows not read included). A range read to its end is counted as
        // read, so a cut always ends.
        auto counted = m_db.prepare("SELECT live, deleted FROM record_blocks WHERE stream_id = ?1 AND "
                                    "by_id = ?4 AND lo_us = ?2 AND lo_id = ?3");
        counted->bind(1, streamId).bind(2, loUs).bind(3, nonNull(loId)).bind(4, qint64(byId));
        if (!counted->step())
            return fail(error);
        Group &rest = found.back();
        rest.live = counted->int64(0);
        rest.deleted = counted->int64(1);
        for (size_t i = 0; i + 1 < found.size(); ++i) {
            rest.live -= found[i].live;
            rest.deleted -= found[i].deleted;
        }
    }
    auto update = m_db.prepare("UPDATE record_blocks SET live = ?5, deleted = ?6 WHERE stream_id = ?1 AND "
                               "by_id = ?2 AND lo_us = ?3 AND lo_id = ?4");
    auto insert = m_db.prepare("INSERT INTO record_blocks (stream_id, by_id, lo_us, lo_id, live, deleted) "
                               "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    for (size_t i = 0; i < found.size(); ++i) {
        SqlQuery &q = i == 0 ? *update : *insert;
        q.bind(1, streamId)
            .bind(2, qint64(byId))
            .bind(3, found[i].lo.first)
            .bind(4, nonNull(found[i].lo.second));
        q.bind(5, found[i].live).bind(6, found[i].deleted);
        if (!q.run())
            return fail(error);
    }
    return true;
}

bool PgBlocks::rebuild(qint64 streamId, QString *error)
{
    auto drop = m_db.prepare("DELETE FROM record_blocks WHERE stream_id = ?1");
    drop->bind(1, streamId);
    qint64 rows = 0;
    return lockStream(streamId, error) && (drop->run() || fail(error)) && ensure(streamId, error) &&
           split(streamId, false, kLowestUs, QByteArray("", 0), 0, &rows, error) &&
           split(streamId, true, kLowestUs, QByteArray("", 0), 0, &rows, error);
}

std::optional<PgBlocks::Place> PgBlocks::locate(SqlDb &db, qint64 streamId, bool byId, bool includeDeleted,
                                                bool descending, qint64 offset, int size)
{
    auto ranges = db.prepare("SELECT lo_us, lo_id, live, deleted FROM record_blocks WHERE stream_id = ?1 "
                             "AND by_id = ?2 ORDER BY lo_us, lo_id");
    auto totals = db.prepare("SELECT live_count, deleted_count FROM streams WHERE id = ?1");
    struct Range
    {
        Key lo;
        qint64 rows = 0;
    };
    std::vector<Range> list;
    qint64 live = 0;
    qint64 deleted = 0;
    ranges->bind(1, streamId).bind(2, qint64(byId));
    while (ranges->step()) {
        live += ranges->int64(2);
        deleted += ranges->int64(3);
        list.push_back({{ranges->int64(0), ranges->bytes(1)},
                        ranges->int64(2) + (includeDeleted ? ranges->int64(3) : 0)});
    }
    totals->bind(1, streamId);
    if (!ranges->done() || !totals->step())
        return std::nullopt;
    if (list.empty() || live != totals->int64(0) || deleted != totals->int64(1)) {
        qCWarning(lcDb).noquote() << "the block index of stream" << streamId << (byId ? "by id" : "by time")
                                  << "counts" << live << "live and" << deleted
                                  << "deleted records where the stream has" << totals->int64(0) << "and"
                                  << totals->int64(1) << "; skipping from the start instead";
        return std::nullopt;
    }
    const qint64 total = live + (includeDeleted ? deleted : 0);
    // The block's rows in ascending order: [start, start + limit).
    qint64 start = offset;
    qint64 limit = size;
    if (descending) {
        const qint64 end = total - offset;
        start = std::max<qint64>(0, end - size);
        limit = end - start;
    }
    Place place;
    if (limit <= 0 || start >= total)
        return place; // past the end: no rows
    place.limit = limit;
    qint64 before = 0;
    for (size_t i = 0; i < list.size(); ++i) {
        if (start < before + list[i].rows) {
            place.fromStart = i == 0;
            place.fromUs = list[i].lo.first;
            place.fromId = list[i].lo.second;
            place.skip = start - before;
            return place;
        }
        before += list[i].rows;
    }
    return place;
}

} // namespace nd
