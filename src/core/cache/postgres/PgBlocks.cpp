#include "cache/postgres/PgBlocks.h"

#include "cache/Sql.h"
#include "util/Logging.h"

#include <algorithm>
#include <limits>
#include <utility>
#include <vector>

namespace nd {

namespace {

// The first range starts below every key: the lowest bigint, the empty id.
constexpr qint64 kLowestUs = std::numeric_limits<qint64>::min();

constexpr const char *kGroups = R"sql(
SELECT n / ?4 AS g, max(us) FILTER (WHERE n % ?4 = 0), max(rid) FILTER (WHERE n % ?4 = 0),
       count(*) FILTER (WHERE live), count(*) FILTER (WHERE NOT live)
FROM (SELECT last_modified_us AS us, record_id AS rid, deleted_at IS NULL AS live,
             row_number() OVER (ORDER BY last_modified_us, record_id) - 1 AS n
      FROM records WHERE stream_id = ?1 AND (last_modified_us, record_id) >= (?2, ?3) %1) x
GROUP BY g ORDER BY g
)sql";

using Key = std::pair<qint64, QByteArray>;

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

bool PgBlocks::ensure(qint64 streamId, QString *error)
{
    if (!m_ensure)
        m_ensure = m_db.prepare("INSERT INTO record_blocks (stream_id, lo_us, lo_id) VALUES "
                                "(?1, -9223372036854775808, '') ON CONFLICT DO NOTHING");
    m_ensure->bind(1, streamId);
    return m_ensure->run() || fail(error);
}

bool PgBlocks::addNew(qint64 streamId, const RecordsPage &page, QString *error)
{
    if (!m_ranges) {
        m_ranges =
            m_db.prepare("SELECT lo_us, lo_id FROM record_blocks WHERE stream_id = ?1 ORDER BY lo_us, lo_id");
        m_add = m_db.prepare("UPDATE record_blocks SET live = live + ?4, deleted = deleted + ?5 "
                             "WHERE stream_id = ?1 AND lo_us = ?2 AND lo_id = ?3");
    }
    std::vector<Key> ranges;
    m_ranges->bind(1, streamId);
    while (m_ranges->step())
        ranges.emplace_back(m_ranges->int64(0), m_ranges->bytes(1));
    const bool read = m_ranges->done();
    m_ranges->reset();
    if (!read || ranges.empty())
        return fail(error);
    // QByteArray orders bytes as memcmp does, as the C collation of record_id does.
    std::vector<std::pair<qint64, qint64>> added(ranges.size());
    for (const PulledRecord &r : page.records) {
        const Key key{r.lastModifiedUs, r.id};
        const auto at = std::upper_bound(ranges.begin(), ranges.end(), key);
        auto &n = added[size_t(std::distance(ranges.begin(), at) - 1)];
        (r.deletedAt.isEmpty() ? n.first : n.second) += 1;
    }
    for (size_t i = 0; i < ranges.size(); ++i) {
        if (added[i].first == 0 && added[i].second == 0)
            continue;
        m_add->bind(1, streamId).bind(2, ranges[i].first).bind(3, ranges[i].second);
        m_add->bind(4, added[i].first).bind(5, added[i].second);
        if (!m_add->run())
            return fail(error);
    }
    return true;
}

bool PgBlocks::tidy(qint64 streamId, QString *error)
{
    if (!m_oversized) {
        m_oversized = m_db.prepare("SELECT lo_us, lo_id FROM record_blocks WHERE stream_id = ?1 AND "
                                   "live + deleted > ?2 ORDER BY lo_us, lo_id");
        m_dropEmpty = m_db.prepare("DELETE FROM record_blocks WHERE stream_id = ?1 AND live = 0 AND "
                                   "deleted = 0 AND lo_us > -9223372036854775808");
    }
    std::vector<Key> oversized;
    m_oversized->bind(1, streamId).bind(2, 2 * qint64(m_rows));
    while (m_oversized->step())
        oversized.emplace_back(m_oversized->int64(0), m_oversized->bytes(1));
    const bool read = m_oversized->done();
    m_oversized->reset();
    if (!read)
        return fail(error);
    for (const Key &lo : oversized)
        if (!split(streamId, lo.first, lo.second, error))
            return false;
    m_dropEmpty->bind(1, streamId);
    return m_dropEmpty->run() || fail(error);
}

bool PgBlocks::split(qint64 streamId, qint64 loUs, const QByteArray &loId, QString *error)
{
    auto next = m_db.prepare("SELECT lo_us, lo_id FROM record_blocks WHERE stream_id = ?1 AND "
                             "(lo_us, lo_id) > (?2, ?3) ORDER BY lo_us, lo_id LIMIT 1");
    next->bind(1, streamId).bind(2, loUs).bind(3, loId);
    const bool last = !next->step();
    if (last && !next->done())
        return fail(error);
    const QString hi = last ? QString() : QStringLiteral("AND (last_modified_us, record_id) < (?5, ?6)");
    auto groups = m_db.prepare(QString::fromLatin1(kGroups).arg(hi).toUtf8());
    groups->bind(1, streamId).bind(2, loUs).bind(3, loId).bind(4, qint64(m_rows));
    if (!last)
        groups->bind(5, next->int64(0)).bind(6, next->bytes(1));
    auto update = m_db.prepare("UPDATE record_blocks SET live = ?4, deleted = ?5 WHERE stream_id = ?1 AND "
                               "lo_us = ?2 AND lo_id = ?3");
    auto insert = m_db.prepare("INSERT INTO record_blocks (stream_id, lo_us, lo_id, live, deleted) VALUES "
                               "(?1, ?2, ?3, ?4, ?5)");
    bool first = true;
    while (groups->step()) {
        // The first group keeps the range's own start, so the ranges still cover every key.
        SqlQuery &q = first ? *update : *insert;
        q.bind(1, streamId).bind(2, first ? loUs : groups->int64(1));
        q.bind(3, first ? loId : groups->bytes(2)).bind(4, groups->int64(3)).bind(5, groups->int64(4));
        if (!q.run())
            return fail(error);
        first = false;
    }
    if (!groups->done())
        return fail(error);
    if (first) { // no record left in it
        update->bind(1, streamId).bind(2, loUs).bind(3, loId).bind(4, qint64(0)).bind(5, qint64(0));
        if (!update->run())
            return fail(error);
    }
    return true;
}

bool PgBlocks::rebuild(qint64 streamId, QString *error)
{
    auto drop = m_db.prepare("DELETE FROM record_blocks WHERE stream_id = ?1");
    drop->bind(1, streamId);
    return (drop->run() || fail(error)) && ensure(streamId, error) &&
           split(streamId, kLowestUs, QByteArray("", 0), error);
}

std::optional<PgBlocks::Place> PgBlocks::locate(SqlDb &db, qint64 streamId, bool includeDeleted,
                                                bool descending, qint64 offset, int size)
{
    auto ranges = db.prepare("SELECT lo_us, lo_id, live, deleted FROM record_blocks WHERE stream_id = ?1 "
                             "ORDER BY lo_us, lo_id");
    auto totals = db.prepare("SELECT live_count, deleted_count FROM streams WHERE id = ?1");
    struct Range
    {
        Key lo;
        qint64 rows = 0;
    };
    std::vector<Range> list;
    qint64 live = 0;
    qint64 deleted = 0;
    ranges->bind(1, streamId);
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
        qCWarning(lcDb).noquote() << "the block index of stream" << streamId << "counts" << live << "live and"
                                  << deleted << "deleted records where the stream has" << totals->int64(0)
                                  << "and" << totals->int64(1) << "; skipping from the start instead";
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
    place.fromUs = list.front().lo.first;
    place.fromId = list.front().lo.second;
    if (limit <= 0 || start >= total)
        return place; // past the end: no rows
    place.limit = limit;
    qint64 before = 0;
    for (const Range &r : list) {
        if (start < before + r.rows) {
            place.fromUs = r.lo.first;
            place.fromId = r.lo.second;
            place.skip = start - before;
            return place;
        }
        before += r.rows;
    }
    return place;
}

} // namespace nd
