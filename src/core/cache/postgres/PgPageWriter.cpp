#include "cache/postgres/PgPageWriter.h"

#include "cache/RecordStore.h"
#include "cache/postgres/PgDb.h"
#include "util/Logging.h"

#include <QHash>
#include <QSet>
#include <QtEndian>

namespace nd {

using namespace Qt::StringLiterals;

namespace {

constexpr const char *kStaging =
    "CREATE TEMP TABLE IF NOT EXISTS nd_page (ord INTEGER, record_id TEXT, payload TEXT, "
    "first_seen_at TEXT, first_seen_us BIGINT, last_modified_at TEXT, "
    "last_modified_us BIGINT, last_action TEXT, deleted_at TEXT, pruned_at TEXT, "
    "cursor TEXT) ON COMMIT DELETE ROWS; "
    "CREATE TEMP TABLE IF NOT EXISTS nd_versions (ord INTEGER, record_id TEXT, modified_us BIGINT, action "
    "TEXT, "
    "cursor TEXT, generation BIGINT, changes TEXT, payload TEXT) ON COMMIT DELETE ROWS";

constexpr const char *kSelectOld =
    "SELECT record_id, payload, last_modified_us, last_action, cursor, generation, deleted_at IS NOT NULL "
    "FROM records WHERE stream_id = ?1 AND record_id IN (SELECT record_id FROM nd_page)";

constexpr const char *kKeepVersions = R"sql(
INSERT INTO record_versions (stream_id, record_id, modified_us, action, cursor, generation, changes, payload)
SELECT ?1, record_id, modified_us, action, cursor, generation, changes, payload FROM nd_versions ORDER BY ord
)sql";

constexpr const char *kTrimVersions = R"sql(
DELETE FROM record_versions v USING (
    SELECT id, row_number() OVER (PARTITION BY record_id ORDER BY id DESC) AS n
    FROM record_versions WHERE stream_id = ?1 AND record_id IN (SELECT record_id FROM nd_versions)) x
WHERE v.id = x.id AND x.n > ?2
)sql";

constexpr const char *kCopyRecords =
    "COPY records (stream_id, record_id, payload, first_seen_at, first_seen_us, last_modified_at, "
    "last_modified_us, last_action, deleted_at, pruned_at, cursor, generation, fts_dirty) FROM STDIN (FORMAT "
    "binary)";

constexpr const char *kMerge = R"sql(
WITH incoming AS (
    -- A record twice in one page: its newest state (as SQLite's row-by-row upsert keeps).
    SELECT DISTINCT ON (record_id) * FROM nd_page ORDER BY record_id, last_modified_us DESC, ord DESC
), old AS (
    -- One primary-key lookup per incoming record, whatever the statistics say: OFFSET 0 keeps the
    -- planner from turning it into a scan of the whole stream (a generic plan made while the table
    -- was small did, and each page then read every record the stream had).
    SELECT i.record_id, o.od, o.op, o.om, o.og
    FROM incoming i CROSS JOIN LATERAL (
        SELECT CASE WHEN r.deleted_at IS NULL THEN 0 ELSE 1 END AS od,
               CASE WHEN r.pruned_at IS NULL THEN 0 ELSE 1 END AS op, r.last_modified_us AS om, r.generation AS og
        FROM records r WHERE r.stream_id = $1::bigint AND r.record_id = i.record_id OFFSET 0) o
), applied AS (
    INSERT INTO records (stream_id, record_id, payload, first_seen_at, first_seen_us, last_modified_at,
                         last_modified_us, last_action, deleted_at, pruned_at, cursor, generation, fts_dirty)
    SELECT $1::bigint, i.record_id, i.payload, i.first_seen_at, i.first_seen_us, i.last_modified_at,
           i.last_modified_us, i.last_action, i.deleted_at, i.pruned_at, i.cursor, $2::bigint, 1
    FROM incoming i LEFT JOIN old o ON o.record_id = i.record_id
    WHERE o.record_id IS NULL OR NOT (i.last_modified_us < o.om AND o.og = $2::bigint)
    ON CONFLICT (stream_id, record_id) DO UPDATE SET
        payload = CASE WHEN excluded.pruned_at IS NOT NULL THEN records.payload ELSE excluded.payload END,
        first_seen_at = excluded.first_seen_at, first_seen_us = excluded.first_seen_us,
        last_modified_at = excluded.last_modified_at, last_modified_us = excluded.last_modified_us,
        last_action = excluded.last_action, deleted_at = excluded.deleted_at, pruned_at = excluded.pruned_at,
        cursor = excluded.cursor, generation = excluded.generation, fts_dirty = 1
    RETURNING record_id, last_modified_us, last_action, CASE WHEN deleted_at IS NULL THEN 0 ELSE 1 END AS nd,
              CASE WHEN pruned_at IS NULL THEN 0 ELSE 1 END AS np
), moved AS (
    -- The block index (PgBlocks). In the modified order a record leaves the range its old key was in
    -- and joins the range of its new key; in the id order its key stays, and it counts anew only
    -- when it is new or its deletion changed.
    SELECT false AS by_id, a.last_modified_us AS us, a.record_id COLLATE "C" AS rid, 1 - a.nd AS dl, a.nd AS dd
    FROM applied a
    UNION ALL
    SELECT false, o.om, o.record_id COLLATE "C", o.od - 1, -o.od FROM applied a JOIN old o ON o.record_id = a.record_id
    UNION ALL
    SELECT true, -9223372036854775808, a.record_id COLLATE "C", (1 - a.nd) - coalesce(1 - o.od, 0),
           a.nd - coalesce(o.od, 0)
    FROM applied a LEFT JOIN old o ON o.record_id = a.record_id WHERE o.record_id IS NULL OR o.od <> a.nd
), placed AS (
    -- Each key's range in one sort of the keys and the ranges' starts together (a range before a
    -- key equal to its start): the ranges counted so far number the key's range. One probe of the
    -- ranges' index per key cost three times as much.
    SELECT r.by_id, r.lo_us, r.lo_id, sum(m.dl) AS dl, sum(m.dd) AS dd
    FROM (SELECT by_id, dl, dd, is_range,
                 count(*) FILTER (WHERE is_range) OVER (PARTITION BY by_id ORDER BY us, rid, is_range DESC
                                                        ROWS UNBOUNDED PRECEDING) AS n
          FROM (SELECT by_id, lo_us AS us, lo_id AS rid, 0 AS dl, 0 AS dd, true AS is_range FROM record_blocks
                WHERE stream_id = $1::bigint
                UNION ALL
                SELECT by_id, us, rid, dl, dd, false FROM moved) u) m
    JOIN (SELECT by_id, lo_us, lo_id, row_number() OVER (PARTITION BY by_id ORDER BY lo_us, lo_id) AS n
          FROM record_blocks WHERE stream_id = $1::bigint) r ON r.by_id = m.by_id AND r.n = m.n
    WHERE NOT m.is_range
    GROUP BY r.by_id, r.lo_us, r.lo_id
), counted AS (
    UPDATE record_blocks k SET live = k.live + p.dl, deleted = k.deleted + p.dd FROM placed p
    WHERE k.stream_id = $1::bigint AND k.by_id = p.by_id AND k.lo_us = p.lo_us AND k.lo_id = p.lo_id
      AND (p.dl <> 0 OR p.dd <> 0)
)
SELECT count(*) FILTER (WHERE a.last_action = 'ADDED'),
       count(*) FILTER (WHERE a.last_action = 'DELETED'),
       count(*) FILTER (WHERE a.last_action NOT IN ('ADDED', 'DELETED')),
       coalesce(sum((1 - a.nd) - coalesce(1 - o.od, 0)), 0),
       coalesce(sum(a.nd - coalesce(o.od, 0)), 0),
       coalesce(sum(a.np - coalesce(o.op, 0)), 0),
       (SELECT count(*) FROM nd_page) - count(*)
FROM applied a LEFT JOIN old o ON o.record_id = a.record_id
)sql";

void putInt16(QByteArray &out, qint16 v)
{
    char b[2];
    qToBigEndian(v, b);
    out.append(b, 2);
}

void putInt32(QByteArray &out, qint32 v)
{
    char b[4];
    qToBigEndian(v, b);
    out.append(b, 4);
}

void putText(QByteArray &out, const QByteArray &v, bool emptyIsNull)
{
    if (v.isNull() || (emptyIsNull && v.isEmpty())) {
        putInt32(out, -1);
        return;
    }
    putInt32(out, qint32(v.size()));
    out.append(v);
}

void putInt64(QByteArray &out, qint64 v)
{
    putInt32(out, 8);
    char b[8];
    qToBigEndian(v, b);
    out.append(b, 8);
}

} // namespace

PgPageWriter::PgPageWriter(PgDb &db)
    : m_db(db)
    , m_blocks(db)
{
    // A session's temporary table, made outside any page's transaction so a rolled-back page does
    // not take it along.
    m_staging = m_db.exec(kStaging);
    m_stagingSession = m_db.sessionEpoch();
}

PgPageWriter::~PgPageWriter() = default;

namespace {

// COPY BINARY: the header, a row per record (`before` and `after` add the columns around the
// record's own ten), the trailer.
template <typename Before, typename After>
QByteArray copyRows(const RecordsPage &page, qint16 columns, Before before, After after)
{
    QByteArray out;
    out.reserve(qsizetype(page.bytes) + qsizetype(page.records.size()) * 120 + 32);
    out.append("PGCOPY\n\377\r\n\0", 11);
    putInt32(out, 0); // flags
    putInt32(out, 0); // header extension
    for (const PulledRecord &r : page.records) {
        putInt16(out, columns);
        before(out);
        putText(out, r.id, false);
        putText(out, r.json, false);
        putText(out, r.firstSeenAt, true);
        putInt64(out, r.firstSeenUs);
        putText(out, r.lastModifiedAt, false);
        putInt64(out, r.lastModifiedUs);
        putText(out, r.lastAction, false);
        putText(out, r.deletedAt, true);
        putText(out, r.prunedAt, true);
        putText(out, r.cursor, false);
        after(out);
    }
    putInt16(out, -1);
    return out;
}

} // namespace

QByteArray PgPageWriter::encode(const RecordsPage &page)
{
    // The staging table: the record's place in the page first (the merge keeps a record's last copy).
    qint32 ord = 0;
    return copyRows(
        page, 11,
        [&ord](QByteArray &out) {
            putInt32(out, 4);
            char b[4];
            qToBigEndian(ord++, b);
            out.append(b, 4);
        },
        [](QByteArray &) {});
}

QByteArray PgPageWriter::encodeRecords(const Stream &s, const RecordsPage &page)
{
    // The records table itself: the stream before, its generation and the search index's flag after.
    return copyRows(
        page, 13, [&s](QByteArray &out) { putInt64(out, s.id); },
        [&s](QByteArray &out) {
            putInt64(out, s.generation);
            putInt32(out, 4);
            putInt32(out, 1); // fts_dirty
        });
}

bool PgPageWriter::write(const Stream &s, const RecordsPage &page, PageCounts *counts, Deltas *deltas,
                         QString *error)
{
    if (page.records.empty())
        return true;
    if (!m_blocks.ensure(s.id, error))
        return false;
    const bool written =
        (tryDirect(s, page) && writeDirect(s, page, counts, deltas)) || merge(s, page, counts, deltas, error);
    return written && m_blocks.tidy(s.id, error);
}

bool PgPageWriter::recount(qint64 streamId, QString *error)
{
    return m_blocks.rebuild(streamId, error);
}

bool PgPageWriter::tryDirect(const Stream &s, const RecordsPage &page)
{
    // A stream that was empty when its pull began (a first pull): its records are new, so they can
    // go straight into the table, PostgreSQL's fastest path. Once a page meets a record already
    // stored (changed while we paged), the rest of the stream's pages are merged.
    if (s.liveCount + s.deletedCount + s.prunedCount != 0 || m_mergeOnly.contains(s.id))
        return false;
    QSet<QByteArrayView> ids;
    ids.reserve(qsizetype(page.records.size()));
    for (const PulledRecord &r : page.records) {
        if (ids.contains(QByteArrayView(r.id)))
            return false; // the merge keeps the page's last state of a record
        ids.insert(QByteArrayView(r.id));
    }
    return true;
}

bool PgPageWriter::writeDirect(const Stream &s, const RecordsPage &page, PageCounts *counts, Deltas *deltas)
{
    QString why;
    if (!m_db.exec("SAVEPOINT nd_direct", &why))
        return false;
    if (!m_db.copyIn(kCopyRecords, encodeRecords(s, page), &why)) {
        // Most likely a record already stored: the merge takes this page and the stream's next ones.
        qCDebug(lcDb).noquote() << "direct COPY of a page fell back to the merge:" << why;
        m_mergeOnly.insert(s.id);
        m_db.exec("ROLLBACK TO SAVEPOINT nd_direct");
        return false;
    }
    if (!m_blocks.addNew(s.id, page, &why)) {
        qCWarning(lcDb).noquote() << "cannot count a page in the block index; merging it instead:" << why;
        m_db.exec("ROLLBACK TO SAVEPOINT nd_direct");
        return false;
    }
    if (!m_db.exec("RELEASE SAVEPOINT nd_direct", &why))
        return false;
    for (const PulledRecord &r : page.records) {
        if (r.lastAction == "ADDED")
            ++counts->added;
        else if (r.lastAction == "DELETED")
            ++counts->deleted;
        else
            ++counts->updated;
        const bool deleted = !r.deletedAt.isEmpty();
        deltas->live += deleted ? 0 : 1;
        deltas->deleted += deleted ? 1 : 0;
        deltas->pruned += r.prunedAt.isEmpty() ? 0 : 1;
    }
    return true;
}

bool PgPageWriter::keepVersions(const Stream &s, const RecordsPage &page, QString *error)
{
    // The rows the page replaces, read before the merge overwrites them.
    struct Held
    {
        QByteArray payload;
        qint64 modifiedUs = 0;
        QByteArray action;
        QByteArray cursor;
        qint64 generation = 0;
        bool deleted = false;
    };
    QHash<QByteArray, Held> held;
    if (!m_selectOld)
        m_selectOld = m_db.prepare(kSelectOld);
    m_selectOld->bind(1, s.id);
    while (m_selectOld->step())
        held.insert(m_selectOld->bytes(0),
                    Held{m_selectOld->bytes(1), m_selectOld->int64(2), m_selectOld->bytes(3),
                         m_selectOld->bytes(4), m_selectOld->int64(5), m_selectOld->int64(6) != 0});
    const bool read = m_selectOld->done();
    m_selectOld->reset();
    if (!read) {
        *error = m_db.lastError();
        return false;
    }
    if (held.isEmpty())
        return true;
    // In the page's order: a record twice in one page keeps the version its second copy replaces.
    std::vector<Version> versions;
    for (const PulledRecord &r : page.records) {
        auto it = held.find(r.id);
        if (it == held.end())
            continue;
        if (r.lastModifiedUs < it->modifiedUs && it->generation == s.generation)
            continue; // an older state: the merge keeps the stored one
        if (auto v = versionReplaced(r, it->payload, it->modifiedUs, it->action, it->cursor, it->generation,
                                     it->deleted))
            versions.push_back(*v); // each replaced version in page order is a row of its own
        it->payload = r.prunedAt.isEmpty() ? r.json : it->payload;
        it->modifiedUs = r.lastModifiedUs;
        it->action = r.lastAction;
        it->cursor = r.cursor;
        it->generation = s.generation;
        it->deleted = !r.deletedAt.isEmpty();
    }
    if (versions.empty())
        return true;
    QByteArray rows;
    rows.append("PGCOPY\n\377\r\n\0", 11);
    putInt32(rows, 0);
    putInt32(rows, 0);
    qint32 ord = 0;
    for (const Version &v : versions) {
        putInt16(rows, 8);
        putInt32(rows, 4);
        char b[4];
        qToBigEndian(ord++, b);
        rows.append(b, 4);
        putText(rows, v.recordId, false);
        putInt64(rows, v.modifiedUs);
        putText(rows, v.action, false);
        putText(rows, v.cursor, true);
        putInt64(rows, v.generation);
        putText(rows, v.changes, false);
        putText(rows, v.payload, false);
    }
    putInt16(rows, -1);
    if (!m_db.copyIn("COPY nd_versions FROM STDIN (FORMAT binary)", rows, error))
        return false;
    if (!m_keepVersions) {
        m_keepVersions = m_db.prepare(kKeepVersions);
        m_trimVersions = m_db.prepare(kTrimVersions);
    }
    m_keepVersions->bind(1, s.id);
    m_trimVersions->bind(1, s.id).bind(2, qint64(m_historyLimit));
    const bool kept =
        m_keepVersions->run() && m_trimVersions->run() && m_db.exec("TRUNCATE nd_versions", error);
    if (!kept && error->isEmpty())
        *error = m_db.lastError();
    return kept;
}

bool PgPageWriter::merge(const Stream &s, const RecordsPage &page, PageCounts *counts, Deltas *deltas,
                         QString *error)
{
    if (!m_staging || m_stagingSession != m_db.sessionEpoch()) {
        if (!m_db.exec(kStaging, error))
            return false;
        m_staging = true; // a rolled-back page takes it with it: made again below if so
        m_stagingSession = m_db.sessionEpoch();
    }
    if (!m_db.copyIn("COPY nd_page FROM STDIN (FORMAT binary)", encode(page), error)) {
        m_staging = false;
        return false;
    }
    // History off: a record that changes now loses the versions kept from before (its chain would
    // skip this change).
    if (m_historyLimit == 0 &&
        !m_db.exec(QByteArray("DELETE FROM record_versions WHERE stream_id = " + QByteArray::number(s.id) +
                              " AND record_id IN (SELECT record_id FROM nd_page)")
                       .constData(),
                   error)) {
        m_staging = false;
        return false;
    }
    if (m_historyLimit > 0 && !keepVersions(s, page, error)) {
        m_staging = false;
        return false;
    }
    if (!m_merge)
        m_merge = m_db.prepare(kMerge);
    m_merge->bind(1, s.id).bind(2, s.generation);
    if (!m_merge->step()) {
        *error = m_db.lastError();
        m_merge->reset();
        m_staging = false;
        return false;
    }
    counts->added = int(m_merge->int64(0));
    counts->deleted = int(m_merge->int64(1));
    counts->updated = int(m_merge->int64(2));
    deltas->live = m_merge->int64(3);
    deltas->deleted = m_merge->int64(4);
    deltas->pruned = m_merge->int64(5);
    counts->skippedOlder = int(m_merge->int64(6));
    m_merge->reset();
    return true;
}

} // namespace nd
