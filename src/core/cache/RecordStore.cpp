#include "cache/RecordStore.h"

#include "cache/PageWriter.h"
#include "cache/SearchIndex.h"
#include "cache/Sql.h"
#include "util/Logging.h"
#include "util/Timestamp.h"
#include "util/Translate.h"

#include <QCoreApplication>

namespace nd {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return trIn("nd::RecordStore", text);
}

} // namespace

namespace {

QByteArray nowIso()
{
    return Timestamp::toIsoMicros(Timestamp::nowMicros());
}

constexpr const char *kStreamColumns =
    "id, profile_id, provider_config_key, connection_id, model, variant, sync_name, cursor, cursor_moved_at, "
    "generation, awaiting_resync_since, live_count, deleted_count, pruned_count, last_pull_at, last_outcome, "
    "last_error, failures, retry_after, error_kind, last_ok_at, last_ok_started_at, last_ok_run_seen, "
    "mass_delete_history, mass_deleted, mass_delete_of, mass_delete_at";

Stream readStream(const SqlQuery &q)
{
    Stream s;
    s.id = q.int64(0);
    s.key.profileId = q.int64(1);
    s.key.integration = q.text(2);
    s.key.connectionId = q.text(3);
    s.key.model = q.text(4);
    s.key.variant = q.text(5);
    s.syncName = q.text(6);
    s.cursor = q.bytes(7);
    s.cursorMovedAt = q.text(8);
    s.generation = q.int64(9);
    s.awaitingResyncSinceUs = q.int64(10);
    s.liveCount = q.int64(11);
    s.deletedCount = q.int64(12);
    s.prunedCount = q.int64(13);
    s.lastPullAt = q.text(14);
    s.lastOutcome = q.text(15);
    s.lastError = q.text(16);
    s.failures = int(q.int64(17));
    s.retryAfterUs = q.int64(18);
    s.errorKind = q.text(19);
    s.lastOkAt = q.text(20);
    s.lastOkStartedAt = q.text(21);
    s.lastOkRunSeen = q.text(22);
    s.massDeleteHistoryId = q.int64(23);
    s.massDeleted = q.int64(24);
    s.massDeleteOf = q.int64(25);
    s.massDeleteAt = q.text(26);
    return s;
}

} // namespace

QString describeStream(const StreamKey &key)
{
    const QString base = key.integration + u'/' + key.connectionId + u'/' + key.model;
    return key.variant.isEmpty() || key.variant == u"base" ? base
                                                           : base + u" (variant "_s + key.variant + u')';
}

QString RecordStore::lastError() const
{
    return m_db.lastError();
}

void RecordStore::setHistoryLimit(int versions)
{
    m_writer->setHistoryLimit(versions);
}

void RecordStore::setBlockRows(int rows)
{
    m_writer->setBlockRows(rows);
}

qint64 RecordStore::upkeepBlocks(qint64 budget)
{
    if (m_db.dialect() != SqlDialect::Postgres)
        return 0;
    Transaction tx(m_db);
    QString error;
    const qint64 rows = tx.active() ? m_writer->upkeep(budget, &error) : -1;
    if (rows > 0 && !tx.commit(&error))
        return -1;
    if (rows < 0)
        qCWarning(lcDb).noquote() << "cannot cut a range of the block index:"
                                  << (tx.active() ? error : tx.error());
    return rows;
}

RecordStore::RecordStore(SqlDb &db, SearchIndex &search)
    : m_db(db)
    , m_search(search)
    , m_writer(PageWriter::create(db))
    , m_updateStream(db.prepare(R"sql(
UPDATE streams SET live_count = live_count + ?2, deleted_count = deleted_count + ?3,
    pruned_count = pruned_count + ?4, cursor = COALESCE(?5, cursor),
    cursor_moved_at = CASE WHEN CAST(?5 AS TEXT) IS NULL THEN cursor_moved_at ELSE ?6 END, last_pull_at = ?6
WHERE id = ?1
)sql"))
    , m_updateHistory(db.prepare(R"sql(
UPDATE cursor_history SET pages = pages + 1, added = added + ?2, updated = updated + ?3,
    deleted = deleted + ?4, cursor_after = COALESCE(?5, cursor_after)
WHERE id = ?1
)sql"))
    , m_addField(db.prepare("INSERT INTO stream_fields (stream_id, name, position) VALUES (?1, ?2, "
                            "(SELECT count(*) + 1 FROM stream_fields WHERE stream_id = ?1)) "
                            "ON CONFLICT (stream_id, name) DO NOTHING"))
{
    if (!m_updateStream->ok() || !m_updateHistory->ok() || !m_addField->ok())
        qCCritical(lcDb) << "cannot prepare record statements:" << m_db.lastError();
}

RecordStore::~RecordStore() = default;

Stream RecordStore::ensureStream(const StreamKey &key, const QString &syncName)
{
    auto insert = m_db.prepare(
        "INSERT INTO streams (profile_id, provider_config_key, connection_id, model, variant, sync_name) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (profile_id, provider_config_key, connection_id, model, "
        "variant) "
        "DO UPDATE SET sync_name = CASE WHEN excluded.sync_name = '' THEN streams.sync_name ELSE "
        "excluded.sync_name END");
    insert->bind(1, key.profileId).bind(2, key.integration).bind(3, key.connectionId).bind(4, key.model);
    insert->bind(5, key.variant.isEmpty() ? u"base"_s : key.variant).bind(6, syncName);
    if (!insert->run())
        qCWarning(lcDb) << "cannot create stream:" << insert->error();
    return findStream(key).value_or(Stream{});
}

std::optional<Stream> RecordStore::findStream(const StreamKey &key)
{
    auto q = m_db.prepare(QByteArray(QByteArray("SELECT ") + kStreamColumns +
                                     " FROM streams WHERE profile_id = ?1 AND provider_config_key = ?2 AND "
                                     "connection_id = ?3 AND model = ?4 AND variant = ?5")
                              .constData());
    q->bind(1, key.profileId).bind(2, key.integration).bind(3, key.connectionId).bind(4, key.model);
    q->bind(5, key.variant.isEmpty() ? u"base"_s : key.variant);
    if (!q->step())
        return std::nullopt;
    return readStream(*q);
}

std::optional<Stream> RecordStore::stream(qint64 id)
{
    auto q = m_db.prepare(
        QByteArray(QByteArray("SELECT ") + kStreamColumns + " FROM streams WHERE id = ?1").constData());
    q->bind(1, id);
    if (!q->step())
        return std::nullopt;
    return readStream(*q);
}

QList<Stream> RecordStore::streams(qint64 profileId, const QString &integration, const QString &connectionId,
                                   const QString &model)
{
    auto q = m_db.prepare(
        QByteArray(
            QByteArray("SELECT ") + kStreamColumns +
            " FROM streams WHERE profile_id = ?1 AND (CAST(?2 AS TEXT) IS NULL OR provider_config_key = ?2) "
            "AND "
            "(CAST(?3 AS TEXT) IS NULL OR connection_id = ?3) AND (CAST(?4 AS TEXT) IS NULL OR model = ?4) "
            "ORDER BY provider_config_key, connection_id, model, variant")
            .constData());
    q->bind(1, profileId).bindOrNull(2, integration.toUtf8()).bindOrNull(3, connectionId.toUtf8());
    q->bindOrNull(4, model.toUtf8());
    QList<Stream> out;
    while (q->step())
        out.append(readStream(*q));
    return out;
}

qint64 RecordStore::beginPull(const Stream &s, const QString &trigger, const QString &note)
{
    auto q = m_db.prepare("INSERT INTO cursor_history (stream_id, trigger, started_at, cursor_before, "
                          "cursor_after, generation, note) VALUES (?1, ?2, ?3, ?4, ?4, ?5, ?6) RETURNING id");
    q->bind(1, s.id).bind(2, trigger).bind(3, nowIso()).bindOrNull(4, s.cursor).bind(5, s.generation);
    q->bindOrNull(6, note.toUtf8());
    if (!q->step()) {
        qCWarning(lcDb) << "cannot start cursor history:" << q->error();
        return 0;
    }
    const qint64 id = q->int64(0);
    m_db.notifyStreamChanged(s.id);
    return id;
}

bool RecordStore::applyPage(const Stream &s, qint64 historyId, const RecordsPage &page, bool advanceCursor,
                            PageCounts *counts, QString *error)
{
    Transaction tx(m_db);
    if (!tx.active()) {
        *error = tx.error();
        return false;
    }
    *counts = {};
    PageWriter::Deltas deltas;
    if (!m_writer->write(s, page, counts, &deltas, error))
        return false;
    QSet<QByteArray> &known = m_knownFields[s.id];
    QList<QByteArray> newFields;
    for (const QByteArray &field : page.fields) {
        if (known.contains(field))
            continue;
        m_addField->bind(1, s.id).bindView(2, field);
        if (!m_addField->run()) {
            *error = tr("cannot record the fields: %1").arg(m_addField->error());
            return false;
        }
        newFields.append(field);
    }
    QByteArray cursor;
    if (advanceCursor && !page.records.empty())
        cursor = page.nextCursor.isEmpty() ? page.records.back().cursor : page.nextCursor;
    const QByteArray now = nowIso();
    m_updateStream->bind(1, s.id).bind(2, deltas.live).bind(3, deltas.deleted).bind(4, deltas.pruned);
    m_updateStream->bindOrNull(5, cursor).bind(6, now);
    m_updateHistory->bind(1, historyId).bind(2, qint64(counts->added)).bind(3, qint64(counts->updated));
    m_updateHistory->bind(4, qint64(counts->deleted)).bindOrNull(5, cursor);
    if (!m_updateStream->run() || !m_updateHistory->run()) {
        *error = tr("cannot advance the cursor: %1").arg(m_db.lastError());
        return false;
    }
    m_db.notifyStreamChanged(s.id);
    if (!tx.commit(error))
        return false;
    for (const QByteArray &field : std::as_const(newFields))
        known.insert(QByteArray(field.constData(), field.size())); // a copy: the page's buffer goes
    return true;
}

bool RecordStore::finishPull(qint64 historyId, const QString &outcome, const QString &error,
                             const QString &note)
{
    auto q = m_db.prepare("UPDATE cursor_history SET finished_at = ?2, outcome = ?3, error = ?4, "
                          "note = COALESCE(note || '; ' || ?5, note, ?5) WHERE id = ?1");
    q->bind(1, historyId)
        .bind(2, nowIso())
        .bind(3, outcome)
        .bindOrNull(4, error.toUtf8())
        .bindOrNull(5, note.toUtf8());
    if (q->run())
        return true;
    qCWarning(lcDb) << "cannot finish cursor history:" << q->error();
    return false;
}

bool RecordStore::flagMassDelete(qint64 streamId, qint64 historyId, qint64 removed, qint64 liveBefore)
{
    Transaction tx(m_db);
    auto history = m_db.prepare("UPDATE cursor_history SET mass_delete = ?2 WHERE id = ?1");
    history->bind(1, historyId).bind(2, removed);
    auto stream = m_db.prepare("UPDATE streams SET mass_delete_history = ?2, mass_deleted = ?3, "
                               "mass_delete_of = ?4, mass_delete_at = ?5 WHERE id = ?1");
    stream->bind(1, streamId).bind(2, historyId).bind(3, removed).bind(4, liveBefore).bind(5, nowIso());
    if (!history->run() || !stream->run()) {
        qCWarning(lcDb) << "cannot flag a mass delete:" << history->error() << stream->error();
        return false;
    }
    return tx.commit();
}

bool RecordStore::clearMassDelete(qint64 streamId)
{
    auto q =
        m_db.prepare("UPDATE streams SET mass_delete_history = NULL, mass_deleted = 0, mass_delete_of = 0, "
                     "mass_delete_at = NULL WHERE id = ?1");
    q->bind(1, streamId);
    return q->run();
}

qint64 RecordStore::dropStaleGeneration(const Stream &s, qint64 historyId)
{
    Transaction tx(m_db);
    auto count = m_db.prepare("SELECT count(*), count(*) FILTER (WHERE deleted_at IS NOT NULL), "
                              "count(*) FILTER (WHERE pruned_at IS NOT NULL) FROM records "
                              "WHERE stream_id = ?1 AND generation < ?2");
    count->bind(1, s.id).bind(2, s.generation);
    if (!tx.active() || !count->step())
        return -1;
    const qint64 total = count->int64(0);
    const qint64 deleted = count->int64(1);
    const qint64 pruned = count->int64(2);
    count->reset();
    // Their search entries first, while the rows still say which they are.
    m_search.forgetGeneration(s.id, s.generation);
    auto drop = m_db.prepare("DELETE FROM records WHERE stream_id = ?1 AND generation < ?2");
    drop->bind(1, s.id).bind(2, s.generation);
    auto update = m_db.prepare("UPDATE streams SET live_count = live_count - ?2, deleted_count = "
                               "deleted_count - ?3, pruned_count = pruned_count - ?4, "
                               "awaiting_resync_since = NULL WHERE id = ?1");
    update->bind(1, s.id).bind(2, total - deleted).bind(3, deleted).bind(4, pruned);
    auto history = m_db.prepare("UPDATE cursor_history SET dropped = ?2 WHERE id = ?1");
    history->bind(1, historyId).bind(2, total);
    // A dropped record's versions go with it (one that comes back later starts anew).
    auto versions = m_db.prepare("DELETE FROM record_versions WHERE stream_id = ?1 AND record_id NOT IN "
                                 "(SELECT record_id FROM records WHERE stream_id = ?1)");
    versions->bind(1, s.id);
    QString why;
    if (!drop->run() || !versions->run() || !update->run() || !history->run() ||
        !m_writer->recount(s.id, &why) || !tx.commit()) {
        if (!why.isEmpty())
            qCWarning(lcDb).noquote() << "cannot count the stream's block index anew:" << why;
        return -1;
    }
    return total;
}

void RecordStore::startNewGeneration(qint64 streamId, qint64 requestedAtUs)
{
    // The old rows stay until the new generation's pull completes; the cursor starts over.
    auto q = m_db.prepare("UPDATE streams SET generation = generation + 1, cursor = NULL, "
                          "cursor_moved_at = ?2, awaiting_resync_since = ?3 WHERE id = ?1");
    q->bind(1, streamId).bind(2, nowIso()).bind(3, requestedAtUs);
    if (!q->run())
        qCWarning(lcDb) << "cannot start a cache generation:" << q->error();
}

void RecordStore::clearAwaitingResync(qint64 streamId)
{
    auto q = m_db.prepare("UPDATE streams SET awaiting_resync_since = NULL WHERE id = ?1");
    q->bind(1, streamId);
    q->run();
}

bool RecordStore::recordSuccess(qint64 streamId, const QString &startedAt, const QString &runSeen)
{
    auto q = m_db.prepare(
        "UPDATE streams SET failures = 0, retry_after = NULL, last_error = NULL, error_kind = NULL, "
        "last_outcome = 'ok', last_pull_at = ?2, last_ok_at = ?2, last_ok_started_at = ?3, "
        "last_ok_run_seen = ?4 WHERE id = ?1");
    q->bind(1, streamId).bind(2, nowIso()).bind(3, startedAt).bindOrNull(4, runSeen.toUtf8());
    if (q->run()) {
        m_db.notifyStreamChanged(streamId);
        return true;
    }
    qCWarning(lcDb) << "cannot record a completed pull:" << q->error();
    return false;
}

bool RecordStore::recordFailure(qint64 streamId, const QString &error, const QString &kind,
                                qint64 retryAfterUs)
{
    auto q = m_db.prepare("UPDATE streams SET failures = failures + 1, retry_after = ?3, last_error = ?2, "
                          "last_outcome = 'failed', last_pull_at = ?4, error_kind = ?5 WHERE id = ?1");
    q->bind(1, streamId).bind(2, error).bind(3, retryAfterUs).bind(4, nowIso()).bind(5, kind);
    if (q->run()) {
        m_db.notifyStreamChanged(streamId);
        return true;
    }
    qCWarning(lcDb) << "cannot record a failed pull:" << q->error();
    return false;
}

qint64 RecordStore::newestModifiedUs(qint64 streamId)
{
    auto q =
        m_db.prepare("SELECT max(r.last_modified_us) FROM records r JOIN streams s ON s.id = r.stream_id "
                     "WHERE r.stream_id = ?1 AND r.generation = s.generation");
    q->bind(1, streamId);
    return q->step() ? q->int64(0) : 0;
}

int RecordStore::markInterrupted()
{
    // On a shared PostgreSQL cache a pull still running holds its stream's advisory lock (another
    // client's): only the others were cut short.
    auto q = m_db.prepare(
        m_db.dialect() == SqlDialect::Postgres
            ? "UPDATE cursor_history SET outcome = 'interrupted', finished_at = coalesce(finished_at, ?1) "
              "WHERE outcome = 'running' AND NOT EXISTS (SELECT 1 FROM pg_locks l WHERE "
              "l.locktype = 'advisory' AND l.classid = 28260 AND l.objid::bigint = cursor_history.stream_id "
              "AND l.objsubid = 2 AND l.granted AND l.database = (SELECT oid FROM pg_database WHERE datname "
              "= current_database()))"
            : "UPDATE cursor_history SET outcome = 'interrupted', finished_at = coalesce(finished_at, ?1) "
              "WHERE outcome = 'running'");
    q->bind(1, nowIso());
    return q->run() ? int(q->changes()) : 0;
}

QStringList RecordStore::fields(qint64 streamId)
{
    auto q = m_db.prepare("SELECT name FROM stream_fields WHERE stream_id = ?1 ORDER BY position");
    q->bind(1, streamId);
    QStringList out;
    while (q->step())
        out.append(q->text(0));
    return out;
}

namespace {

constexpr const char *kHistoryColumns =
    "id, trigger, started_at, finished_at, cursor_before, cursor_after, pages, added, updated, deleted, "
    "dropped, outcome, error, generation, note, stream_id, mass_delete";

HistoryEntry readHistory(const SqlQuery &q)
{
    HistoryEntry h;
    h.id = q.int64(0);
    h.trigger = q.text(1);
    h.startedAt = q.text(2);
    h.finishedAt = q.text(3);
    h.cursorBefore = q.bytes(4);
    h.cursorAfter = q.bytes(5);
    h.pages = int(q.int64(6));
    h.added = q.int64(7);
    h.updated = q.int64(8);
    h.deleted = q.int64(9);
    h.dropped = q.int64(10);
    h.outcome = q.text(11);
    h.error = q.text(12);
    h.generation = q.int64(13);
    h.note = q.text(14);
    h.streamId = q.int64(15);
    h.massDelete = q.int64(16);
    return h;
}

} // namespace

QHash<qint64, HistoryEntry> RecordStore::latestHistory(qint64 profileId)
{
    auto q = m_db.prepare(
        QByteArray(QByteArray("SELECT ") + kHistoryColumns +
                   " FROM cursor_history WHERE id IN (SELECT max(h.id) FROM cursor_history h JOIN "
                   "streams s ON s.id = h.stream_id WHERE s.profile_id = ?1 GROUP BY h.stream_id)")
            .constData());
    q->bind(1, profileId);
    QHash<qint64, HistoryEntry> out;
    while (q->step())
        out.insert(q->int64(15), readHistory(*q));
    return out;
}

QList<HistoryEntry> RecordStore::history(qint64 streamId, int limit)
{
    auto q = m_db.prepare(QByteArray(QByteArray("SELECT ") + kHistoryColumns +
                                     " FROM cursor_history WHERE stream_id = ?1 ORDER BY id DESC LIMIT ?2")
                              .constData());
    q->bind(1, streamId).bind(2, qint64(limit));
    QList<HistoryEntry> out;
    while (q->step()) {
        out.append(readHistory(*q));
    }
    return out;
}

} // namespace nd
