#pragma once

#include <QString>
#include <QStringList>

struct sqlite3;

namespace nd {

// The records (rowids) a search matches, read once from FTS5 and kept in memory for the reads that
// follow while the cache does not change.
//
// Why: `rowid IN (SELECT rowid FROM records_fts WHERE ... MATCH ?)` builds a b-tree of every match
// in each statement (a common word: a million rowids, twice the cost of reading them from FTS5), and
// each block, the count and the boundaries build it again. Here the matches are read in one pass and
// each row of the walk in the view's order asks the SQL function nd_search_hit(rowid, expression),
// which answers from memory. The function checks that the set it holds is the one for that
// expression and for the statement's snapshot (SQLite's data version): a set from an older snapshot
// fails the statement rather than answer for other rows.
class SqliteSearchHits
{
public:
    // Registers nd_search_hit and nd_search_collect on the connection; it owns what they hold.
    explicit SqliteSearchHits(sqlite3 *db);
    SqliteSearchHits(const SqliteSearchHits &) = delete;
    SqliteSearchHits &operator=(const SqliteSearchHits &) = delete;

    // How many records match an FTS5 expression in the connection's read snapshot, from the set kept
    // since the cache last changed or read anew. The statements that use the set must run in the same
    // read transaction (outside one, a commit in between makes them fail, not answer wrong). -1 if
    // reading them failed; the statements that then ask nd_search_hit fail with that error (an
    // interruption as an interruption). kTooSparse: the table's rowids are too many for a bitmap
    // (beyond kMaxBitmapBytes): the caller searches another way.
    qint64 prepare(const QString &expression);
    static constexpr qint64 kTooSparse = -2;
    static constexpr qint64 kMaxBitmapBytes = 64 * 1024 * 1024;

    // The SQL condition on the records table (a rowid in the set) and its value.
    static QString condition(const QString &expression, QStringList *values);

    // What the SQL function reads: the set, and why the last read of one failed.
    struct Set;
    struct Holder;

private:
    qint64 read(const QString &expression);

    sqlite3 *m_db;
    Holder *m_holder; // owned by the connection (freed when it closes)
};

} // namespace nd
