#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace nd {

// Full-text search over the cached records. Pulls only mark rows dirty; index() catches up in small
// batches when the engine is idle, so a million-record pull is not slowed down. A stream whose rows
// are all indexed is searched through the index, otherwise by a scan. SQLite keeps it in FTS5,
// PostgreSQL in a tsvector column with a GIN index; both index the values of the payload (strings,
// numbers, booleans), not its keys or Nango's metadata, and match each word as a prefix.
class SearchIndex
{
public:
    virtual ~SearchIndex() = default;

    // Indexes up to `max` dirty records; returns how many, or -1 on error.
    virtual int index(int max) = 0;
    // Records of a stream not indexed yet.
    virtual qint64 pending(qint64 streamId) = 0;
    // Removes the entries of the rows a generation drop is about to delete.
    virtual void forgetGeneration(qint64 streamId, qint64 belowGeneration) = 0;
    // The condition on the records table that selects a stream's rows matching `text` through the
    // index (its values appended to `values`). `fewMatches`: so few match that the read should be
    // driven by them (the caller keeps its other conditions off the table's indexes); otherwise the
    // read walks the view's order and tests each row. On SQLite the call may read the index (in the
    // caller's read transaction); a failure there fails the statement that uses the condition.
    struct Match
    {
        QString condition;
        bool fewMatches = false;
    };
    virtual Match match(const QString &text, qint64 streamId, QStringList *values) = 0;

    // The user's words, split as both stores split them.
    static QStringList words(const QString &text);
};

} // namespace nd
