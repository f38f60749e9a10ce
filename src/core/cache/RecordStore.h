#pragma once

#include "api/RecordsPage.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace nd {

class Database;
class Statement;

struct StreamKey
{
    qint64 profileId = 0;
    QString integration;
    QString connectionId;
    QString model;
    QString variant = QStringLiteral("base");
};

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
    QString lastPullAt;
    QString lastOutcome;
    QString lastError;
    int failures = 0;
    qint64 retryAfterUs = 0;
};

struct HistoryEntry
{
    qint64 id = 0;
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
    explicit RecordStore(Database &db);
    ~RecordStore();

    Stream ensureStream(const StreamKey &key, const QString &syncName);
    std::optional<Stream> stream(qint64 id);
    std::optional<Stream> findStream(const StreamKey &key);
    QList<Stream> streams(qint64 profileId, const QString &integration = {}, const QString &connectionId = {},
                          const QString &model = {});

    qint64 beginPull(const Stream &s, const QString &trigger, const QString &note = {});
    // advanceCursor=false for repair pulls: records are upserted, the cursor stays.
    bool applyPage(const Stream &s, qint64 historyId, const RecordsPage &page, bool advanceCursor,
                   PageCounts *counts, QString *error);
    void finishPull(qint64 historyId, const QString &outcome, const QString &error = {},
                    const QString &note = {});
    // After a completed pull of a new generation: drops rows that did not come back.
    qint64 dropStaleGeneration(const Stream &s, qint64 historyId);

    void startNewGeneration(qint64 streamId, qint64 requestedAtUs);
    void clearAwaitingResync(qint64 streamId);
    void recordSuccess(qint64 streamId);
    void recordFailure(qint64 streamId, const QString &error, qint64 retryAfterUs);
    // Marks history entries left "running" by a process that died.
    int markInterrupted();

    QList<HistoryEntry> history(qint64 streamId, int limit = 200);
    // The stream's top-level record fields in the order first seen (empty: none recorded).
    QStringList fields(qint64 streamId);

private:
    Database &m_db;
    std::unique_ptr<Statement> m_insertNew;
    std::unique_ptr<Statement> m_selectOld;
    std::unique_ptr<Statement> m_upsert;
    std::unique_ptr<Statement> m_updateStream;
    std::unique_ptr<Statement> m_updateHistory;
    std::unique_ptr<Statement> m_addField;
};

} // namespace nd
