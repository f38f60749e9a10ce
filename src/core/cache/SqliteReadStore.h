#pragma once

#include "cache/ReadStore.h"

#include <memory>

namespace nd {

class Database;
class JournalStore;
class Statement;

// The read side over one SQLite connection. Record queries use the search index when the stream is
// fully indexed, keyset seeks when the previous row is known, and the counts kept at pull time when
// nothing is filtered.
class SqliteReadStore : public ReadStore
{
public:
    explicit SqliteReadStore(std::unique_ptr<Database> db);
    ~SqliteReadStore() override;

    std::optional<Profile> profile(const QString &name) override;
    CatalogRead catalog(const QString &profileName) override;
    QList<StreamFacts> streamFacts(qint64 profileId, const QString &integration = {},
                                   const QString &connectionId = {}) override;
    QList<HistoryEntry> history(qint64 streamId, int limit = 1000) override;
    QList<ActivityItem> activity(qint64 profileId, int limit = 1000) override;

    qint64 countRecords(const RecordQuery &query) override;
    QList<RecordRow> recordBlock(const RecordQuery &query, const BlockRequest &block) override;
    QStringList recordColumns(qint64 streamId) override;
    bool forEachRecord(const RecordQuery &query, const std::function<bool(const RecordRow &)> &row) override;
    QString lastError() const override { return m_error; }

    Database &database() { return *m_db; }

    // The WHERE clause (without "WHERE") of a query over the records table, and its values in order.
    static QString whereClause(const RecordQuery &query, bool useSearchIndex, QStringList *values);

private:
    bool searchable(const RecordQuery &query);
    bool prepare(Statement &q, const QStringList &values);

    std::unique_ptr<Database> m_db;
    std::unique_ptr<RecordStore> m_records;
    std::unique_ptr<CatalogStore> m_catalog;
    std::unique_ptr<JournalStore> m_journal;
    QString m_error;
};

} // namespace nd
