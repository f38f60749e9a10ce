#pragma once

#include "cache/ReadStore.h"

#include <memory>
#include <optional>

namespace nd {

class SqlQuery;
class Store;

// The read side over one cache connection (SQLite or PostgreSQL). Record queries use the search index
// when the stream is fully indexed, keyset seeks when the previous row is known, and the counts kept
// at pull time when nothing is filtered.
class SqlReadStore : public ReadStore
{
public:
    explicit SqlReadStore(std::unique_ptr<Store> store);
    ~SqlReadStore() override;

    std::optional<Profile> profile(const QString &name) override;
    CatalogRead catalog(const QString &profileName) override;
    QList<StreamFacts> streamFacts(qint64 profileId, const QString &integration = {},
                                   const QString &connectionId = {}) override;
    QList<HistoryEntry> history(qint64 streamId, int limit = 1000) override;
    QList<ActivityItem> activity(qint64 profileId, int limit = 1000) override;

    qint64 countRecords(const RecordQuery &query) override;
    QList<RecordRow> recordBlock(const RecordQuery &query, const BlockRequest &block) override;
    bool blockBoundaries(const RecordQuery &query, int blockSize, QList<RecordRow> *keys,
                         qint64 *count) override;
    QStringList recordColumns(qint64 streamId) override;
    QList<RecordVersion> recordHistory(qint64 streamId, const QString &recordId) override;
    bool forEachRecord(const RecordQuery &query, const std::function<bool(const RecordRow &)> &row) override;
    QString lastError() const override { return m_error; }
    void interrupt() override;

    Store &store() { return *m_store; }

    // The WHERE clause (without "WHERE") of a query over the records table, and its values in order.
    // A search on SQLite reads its matches here (SqliteSearchHits): the statements that use the
    // clause must run in the same read transaction.
    QString whereClause(const RecordQuery &query, bool useSearchIndex, QStringList *values);
    // The statement that reads `block` of `query` by a keyset seek or by its place, and its values in
    // order; *fromEnd if it reads the view's other end (its rows come reversed). Empty past the end.
    // SQLite's live id order: the block's first key is found first, by reading indexes (SqliteIdSkip);
    // if that fails, empty with lastError(). Keys of blockBoundaries in that order carry no time.
    QString blockQuery(const RecordQuery &query, const BlockRequest &block, QStringList *values,
                       bool *fromEnd);

private:
    bool searchable(const RecordQuery &query);
    // A search on SQLite: its reads run in a read transaction of their own (ReadSnapshot).
    bool sqliteSearch(const RecordQuery &query) const;
    // SQLite's live records in id order, unfiltered: read by place through SqliteIdSkip.
    bool liveIdOrder(const RecordQuery &query);
    // recordBlock's read, without PostgreSQL's block index.
    QList<RecordRow> readBlock(const RecordQuery &query, const BlockRequest &block);
    // A block of PostgreSQL's unfiltered view by its place, through the block index (PgBlocks);
    // nothing if the index cannot say.
    std::optional<QList<RecordRow>> blockFromIndex(const RecordQuery &query, const BlockRequest &block);
    bool prepare(SqlQuery &q, const QStringList &values);

    std::unique_ptr<Store> m_store;
    QString m_error;
    bool m_deletedIndex = false; // SQLite's index of deleted records is there (once seen, for good)
};

} // namespace nd
