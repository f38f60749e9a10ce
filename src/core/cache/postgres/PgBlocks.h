#pragma once

#include "api/RecordsPage.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace nd {

class SqlDb;
class SqlQuery;

// A sparse, counted index of each stream's records in the browser's order (last modified, then id):
// `record_blocks` holds ranges of that order, each from its first key up to the next range's, with
// how many live and deleted records it holds. The first range starts below every key, so each record
// is in exactly one. The page writer keeps it exact in the page's own transaction (a record leaves
// the range of its old key and joins the range of its new one) and cuts a range past twice
// `rows()` into ranges of `rows()`. A read of the block at row n, anywhere in a million, adds up a
// few hundred counts to find its range and skips fewer than 2 × rows() keys inside it, where an
// OFFSET over the index reads every key before row n (PostgreSQL keeps no counts in its B-trees).
// SQLite steps through its index fast enough to go without (docs/performance.md).
class PgBlocks
{
public:
    explicit PgBlocks(SqlDb &db);
    ~PgBlocks();
    PgBlocks(const PgBlocks &) = delete;
    PgBlocks &operator=(const PgBlocks &) = delete;

    static constexpr int kDefaultRows = 4096;
    void setRows(int rows) { m_rows = rows > 0 ? rows : kDefaultRows; }
    int rows() const { return m_rows; }

    // Writer side, inside the page's transaction. Before a page: the stream's first range exists.
    bool ensure(qint64 streamId, QString *error);
    // A page of records all new to the stream (the first pull's direct COPY).
    bool addNew(qint64 streamId, const RecordsPage &page, QString *error);
    // After a page: ranges past 2 × rows() cut into ranges of rows(); empty ranges dropped (their
    // keys fall to the range before, which counts nothing more).
    bool tidy(qint64 streamId, QString *error);
    // After records left by another way than a page (a resync dropping a generation): counted anew.
    bool rebuild(qint64 streamId, QString *error);

    // Reader side. Where the block of `size` rows at `offset` of the unfiltered view starts: from the
    // key `fromUs`/`fromId`, skip `skip` rows and read `limit`, in ascending order (a descending view's
    // block is read ascending and reversed). Run inside one snapshot (a REPEATABLE READ transaction),
    // so the counts and the rows agree. Nothing when the index disagrees with the stream's counts
    // (the caller falls back to skipping from the start, and a warning says so).
    struct Place
    {
        qint64 fromUs = 0;
        QByteArray fromId;
        qint64 skip = 0;
        qint64 limit = 0;
    };
    static std::optional<Place> locate(SqlDb &db, qint64 streamId, bool includeDeleted, bool descending,
                                       qint64 offset, int size);

private:
    // Recounts the range starting at `lo` (up to the next range) and cuts it into ranges of rows().
    bool split(qint64 streamId, qint64 loUs, const QByteArray &loId, QString *error);
    bool fail(QString *error);

    SqlDb &m_db;
    int m_rows = kDefaultRows;
    std::unique_ptr<SqlQuery> m_ensure;
    std::unique_ptr<SqlQuery> m_ranges;
    std::unique_ptr<SqlQuery> m_add;
    std::unique_ptr<SqlQuery> m_oversized;
    std::unique_ptr<SqlQuery> m_dropEmpty;
};

} // namespace nd
