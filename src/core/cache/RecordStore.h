#pragma once

#include "api/RecordsPage.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

namespace nd {

class PageWriter;
class SearchIndex;
class SqlDb;
class SqlQuery;

struct StreamKey
{
    qint64 profileId = 0;
    QString integration;
    QString connectionId;
    QString model;
    QString variant = QStringLiteral("base");
};

// "hubspot/acme-corp/HubspotContact", with the variant when it is not the base one: for logs.
QString describeStream(const StreamKey &key);

// The consumer side of one connection x model x variant: where our cursor stands, and how it is.
struct Stream
{
    qint64 id = 0;
    StreamKey key;
    QString syncName;
    QByteArray cursor;
    QString cursorMovedAt;
    qint64 generation = 1;
    qint64 awaitingResyncSinceUs = 0; // an emptyCache resync was asked for at this time
    qint64 liveCount = 0;
    qint64 deletedCount = 0;
    qint64 prunedCount = 0;
    QString lastPullAt;  // the last page written or pull ended, whatever its outcome
    QString lastOutcome; // ok | failed
    QString lastError;
    QString errorKind; // what the last failure was (PullError::kindName), empty after a success
    int failures = 0;
    qint64 retryAfterUs = 0;
    QString lastOkAt;        // the last pull that succeeded: when it finished
    QString lastOkStartedAt; // ... and when it started
    QString lastOkRunSeen;   // ... and Nango's last finished run known then (its finishedAt)
    // The last pull that removed more than the guard's share of the live records, until a person
    // looked at them: its history id, how many it removed, of how many live, when.
    qint64 massDeleteHistoryId = 0;
    qint64 massDeleted = 0;
    qint64 massDeleteOf = 0;
    QString massDeleteAt;
};

struct HistoryEntry
{
    qint64 id = 0;
    qint64 streamId = 0;
    QString trigger;
    QString startedAt;
    QString finishedAt;
    QByteArray cursorBefore;
    QByteArray cursorAfter;
    int pages = 0;
    qint64 added = 0;
    qint64 updated = 0;
    qint64 deleted = 0;
    qint64 dropped = 0;
    QString outcome;
    QString error;
    qint64 generation = 0;
    QString note;
    qint64 massDelete = 0; // records this pull removed when it passed the mass-delete guard's share
};

struct PageCounts
{
    int added = 0;
    int updated = 0;
    int deleted = 0;
    int skippedOlder = 0;
};

// Records, cursors and cursor history. A page of records, the cursor after it, the counts and
// the history entry commit in one transaction, or none of them do.
class RecordStore
{
public:
    RecordStore(SqlDb &db, SearchIndex &search);
    ~RecordStore();

    Stream ensureStream(const StreamKey &key, const QString &syncName);
    std::optional<Stream> stream(qint64 id);
    std::optional<Stream> findStream(const StreamKey &key);
    QList<Stream> streams(qint64 profileId, const QString &integration = {}, const QString &connectionId = {},
                          const QString &model = {});

    // 0 when the cache could not be written.
    qint64 beginPull(const Stream &s, const QString &trigger, const QString &note = {});
    // The mass-delete guard: the pull removed `removed` of `liveBefore` live records.
    bool flagMassDelete(qint64 streamId, qint64 historyId, qint64 removed, qint64 liveBefore);
    // A person looked at the deleted records: the stream's flag goes (the history keeps it).
    bool clearMassDelete(qint64 streamId);
    // How many earlier versions of each record pages keep (0: none; see RecordHistory).
    void setHistoryLimit(int versions);
    // Rows per range of PostgreSQL's block index (PgBlocks); tests make it small.
    void setBlockRows(int rows);
    // Between pulls: one step of the block index's upkeep, reading at most `budget` rows, in a
    // transaction of its own. The rows read: 0 when nothing is left to do (always on SQLite), -1 on
    // an error (logged).
    qint64 upkeepBlocks(qint64 budget);
    // advanceCursor=false for repair pulls: records are upserted, the cursor stays.
    bool applyPage(const Stream &s, qint64 historyId, const RecordsPage &page, bool advanceCursor,
                   PageCounts *counts, QString *error);
    bool finishPull(qint64 historyId, const QString &outcome, const QString &error = {},
                    const QString &note = {});
    // After a completed pull of a new generation: drops rows that did not come back.
    qint64 dropStaleGeneration(const Stream &s, qint64 historyId);

    void startNewGeneration(qint64 streamId, qint64 requestedAtUs);
    // The newest last_modified_at of the stream's records of its current generation (0: none).
    qint64 newestModifiedUs(qint64 streamId);
    void clearAwaitingResync(qint64 streamId);
    // A completed pull: the failure count and error go, the success times are kept. False when the
    // cache could not be written.
    bool recordSuccess(qint64 streamId, const QString &startedAt, const QString &runSeen);
    bool recordFailure(qint64 streamId, const QString &error, const QString &kind, qint64 retryAfterUs);
    // Marks history entries left "running" by a process that died.
    int markInterrupted();

    QList<HistoryEntry> history(qint64 streamId, int limit = 200);
    // The newest history entry of each of a profile's streams.
    QHash<qint64, HistoryEntry> latestHistory(qint64 profileId);
    // The stream's top-level record fields in the order first seen (empty: none recorded).
    QStringList fields(qint64 streamId);
    // The database's words for the last statement that failed on this connection.
    QString lastError() const;

private:
    SqlDb &m_db;
    SearchIndex &m_search;
    std::unique_ptr<PageWriter> m_writer;
    std::unique_ptr<SqlQuery> m_updateStream;
    std::unique_ptr<SqlQuery> m_updateHistory;
    std::unique_ptr<SqlQuery> m_addField;
    // The fields each stream is known to have stored (a page names its fields; most are known).
    QHash<qint64, QSet<QByteArray>> m_knownFields;
};

} // namespace nd
