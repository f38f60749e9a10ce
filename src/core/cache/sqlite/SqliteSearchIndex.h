#pragma once

#include "cache/SearchIndex.h"
#include "cache/sqlite/SqliteSearchHits.h"

namespace nd {

class Database;

// The search index in SQLite's FTS5 (table records_fts, rowid = the record's rowid).
class SqliteSearchIndex : public SearchIndex
{
public:
    explicit SqliteSearchIndex(Database &db);

    int index(int max) override;
    qint64 pending(qint64 streamId) override;
    void forgetGeneration(qint64 streamId, qint64 belowGeneration) override;
    Match match(const QString &text, qint64 streamId, QStringList *values) override;

    // The text a record is indexed under: the values (strings, numbers, booleans) of its payload.
    static QByteArray searchableText(const QByteArray &recordJson);
    // The user's words as an FTS5 query: each a quoted prefix, all required.
    static QString matchExpression(const QString &text);

private:
    Database &m_db;
    SqliteSearchHits m_hits;
};

} // namespace nd
