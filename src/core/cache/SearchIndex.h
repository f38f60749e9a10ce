#pragma once

#include <QString>

namespace nd {

class Database;

// Full-text search over the cached records (SQLite FTS5). Pulls only mark rows dirty; index()
// catches up in small batches when the engine is idle, so a million-record pull is not slowed
// down. A stream whose rows are all indexed is searched through FTS5, otherwise by a scan.
class SearchIndex
{
public:
    explicit SearchIndex(Database &db)
        : m_db(db)
    {}

    // Indexes up to `max` dirty records; returns how many, or -1 on error.
    int index(int max);
    // Records of a stream not indexed yet.
    qint64 pending(qint64 streamId);
    // Removes the entries of the rows a generation drop is about to delete.
    void forgetGeneration(qint64 streamId, qint64 belowGeneration);

    // The text a record is indexed under: the values (strings, numbers, booleans) of its payload.
    static QByteArray searchableText(const QByteArray &recordJson);
    // The user's words as an FTS5 query: each a quoted prefix, all required.
    static QString matchExpression(const QString &text);

private:
    Database &m_db;
};

} // namespace nd
