#pragma once

#include "cache/CatalogStore.h"
#include "cache/RecordHistory.h"
#include "cache/RecordQuery.h"
#include "cache/RecordStore.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace nd {

// Everything a screen or a command reads about one stream, in one row: the stream (cursor, counts,
// backoff), the server's last word on its sync, and its latest pull. The status is computed from it.
struct StreamFacts
{
    Stream stream;
    std::optional<SyncRow> sync;
    std::optional<HistoryEntry> lastPull;
};

// One line of the activity log: a webhook received, a pull, an admin action.
struct ActivityItem
{
    QString at;
    QString kind; // webhook | pull | admin
    QString integration;
    QString connectionId;
    QString model;
    QString variant;
    QString summary;
    QString outcome;
    bool failed = false;
    qint64 webhookId = 0;    // a webhook's number in the log
    bool replayable = false; // a verified sync webhook: it can be processed again
};

struct CatalogRead
{
    Profile profile;
    QList<IntegrationRow> integrations;
    QList<ConnectionRow> connections;
    QList<SyncRow> syncs;
    QList<StreamFacts> streams;
};

// The read side of the cache: every query a screen or a command makes, on its own connection and
// thread. Screens and commands never see SQL; each store answers in its own dialect.
class ReadStore
{
public:
    virtual ~ReadStore() = default;

    // Opens the cache at `location` (a file, or a postgresql:// URI) for reading.
    static std::unique_ptr<ReadStore> open(const QString &location, QString *error,
                                           const QByteArray &password = {});

    virtual std::optional<Profile> profile(const QString &name) = 0;
    // The whole catalog of a profile with each stream's facts (empty profile: no such profile yet).
    virtual CatalogRead catalog(const QString &profileName) = 0;
    virtual QList<StreamFacts> streamFacts(qint64 profileId, const QString &integration = {},
                                           const QString &connectionId = {}) = 0;
    virtual QList<HistoryEntry> history(qint64 streamId, int limit = 1000) = 0;
    // Newest first: webhooks, pulls and admin actions together.
    virtual QList<ActivityItem> activity(qint64 profileId, int limit = 1000) = 0;

    // Records.
    virtual qint64 countRecords(const RecordQuery &query) = 0;
    virtual QList<RecordRow> recordBlock(const RecordQuery &query, const BlockRequest &block) = 0;
    // The sort key (id and last_modified_us) of the last row of every full block of `blockSize` rows
    // in the query's order, and the number of rows selected: a block is then one keyset seek from
    // the key before it, wherever it lies, never an OFFSET scan. One pass over the order index
    // (index-only for the live records). False on error or when interrupted.
    virtual bool blockBoundaries(const RecordQuery &query, int blockSize, QList<RecordRow> *keys,
                                 qint64 *count) = 0;
    // The stream's top-level fields in the order the provider sends them ("id" first).
    virtual QStringList recordColumns(qint64 streamId) = 0;
    // The versions of one record the cache kept, oldest first, the current one last (empty: no such
    // record, or an error: lastError()).
    virtual QList<RecordVersion> recordHistory(qint64 streamId, const QString &recordId) = 0;
    // Every selected row in the query's order; stops when `row` returns false. False on error.
    virtual bool forEachRecord(const RecordQuery &query,
                               const std::function<bool(const RecordRow &)> &row) = 0;
    virtual QString lastError() const = 0;
    // From any thread: the query running now stops soon, and fails (see Sql.h).
    virtual void interrupt() = 0;
};

} // namespace nd

Q_DECLARE_METATYPE(nd::StreamFacts)
Q_DECLARE_METATYPE(nd::ActivityItem)
Q_DECLARE_METATYPE(nd::CatalogRead)
