#pragma once

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QtGlobal>

#include <map>
#include <optional>
#include <random>
#include <vector>

namespace nangosim {

// One record as Nango's records store keeps it (packages/records): an internal uuid, the
// provider's external id, created/updated/deleted/pruned times. The payload is not stored; it is
// regenerated from `version`.
struct SimRecord
{
    QByteArray externalId;
    quint64 uuidHi = 0;
    quint64 uuidLo = 0;
    qint64 createdUs = 0;
    qint64 updatedUs = 0;
    qint64 deletedUs = 0; // 0: not deleted
    qint64 prunedUs = 0;  // 0: not pruned
    quint32 version = 1;
    quint32 seed = 1; // what the payload's values come from (a light update keeps it)

    QByteArray uuidText() const;
    QByteArray lastAction() const;
};

// The (updated_at, id) sort key of GET /records.
struct RecordKey
{
    qint64 updatedUs;
    quint64 uuidHi;
    quint64 uuidLo;
    bool operator<(const RecordKey &o) const
    {
        if (updatedUs != o.updatedUs)
            return updatedUs < o.updatedUs;
        if (uuidHi != o.uuidHi)
            return uuidHi < o.uuidHi;
        return uuidLo < o.uuidLo;
    }
};

struct RecordFilter
{
    bool any = true;          // no filter given
    bool deletedOnly = false; // filter=deleted alone
    bool added = false;
    bool updated = false;
};

// The records of one connection and one model (or model::variant), ordered as Nango orders them.
class RecordTable
{
public:
    explicit RecordTable(std::mt19937_64 *rng)
        : m_rng(rng)
    {}

    enum class Change { Added, Updated, Undeleted, Unchanged };

    // `light`: only the version number changes (an edit of one field), not every value.
    Change upsert(const QByteArray &externalId, qint64 nowUs, bool light = false);
    bool softDelete(const QByteArray &externalId, qint64 nowUs);
    // Pruning empties the payload and sets pruned_at but keeps updated_at (and so the cursor).
    int prune(const RecordKey &until, int limit, qint64 nowUs, bool *hasMore);
    void hardDeleteAll();

    struct Page
    {
        std::vector<const SimRecord *> records;
        bool hasMore = false;
    };
    Page page(const std::optional<RecordKey> &after, std::optional<qint64> modifiedAfterUs,
              const RecordFilter &filter, const QSet<QByteArray> &ids, int limit) const;

    const SimRecord *find(const QByteArray &externalId) const;
    std::vector<const SimRecord *> all() const;
    std::vector<QByteArray> liveIds() const;
    std::vector<QByteArray> deletedIds() const;
    qsizetype size() const { return qsizetype(m_rows.size()); }
    qsizetype liveCount() const { return m_liveCount; }

private:
    static RecordKey keyOf(const SimRecord &r) { return {r.updatedUs, r.uuidHi, r.uuidLo}; }
    void newUuid(SimRecord &r);
    void touch(quint32 index, qint64 nowUs);

    std::mt19937_64 *m_rng;
    std::vector<SimRecord> m_rows;
    std::map<RecordKey, quint32> m_order;
    QHash<QByteArray, quint32> m_byId;
    qsizetype m_liveCount = 0;
};

} // namespace nangosim
