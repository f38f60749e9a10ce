#pragma once

#include "api/RecordsPage.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace nd {

class SqlDb;
class SqlQuery;

// A sparse, counted index of each stream's records in the browser's two orders (last modified, then
// id; and id alone): `record_blocks` holds ranges of each order, each from its first key up to the
// next range's, with how many live and deleted records it holds. The first range of an order starts
// below every key, so each record is in exactly one. The page writer keeps the counts exact in the
// page's own transaction (a record leaves the range of its old key and joins the range of its new
// one) and ranges past twice `rows()` are cut into ranges of `rows()`. A read of the block at row n, anywhere
// in a million, adds up a few hundred counts to find its range and skips fewer than 2 × rows() keys inside
// it, where an OFFSET over the index reads every key before row n (PostgreSQL keeps no counts in its
// B-trees). SQLite steps through its indexes fast enough to go without (docs/performance.md; its live
// id order counts deleted records apart: SqliteIdSkip).
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

    // Writer side, inside the page's transaction. Before a page: the stream's first ranges exist.
    bool ensure(qint64 streamId, QString *error);
    // A page of records all new to the stream (the first pull's direct COPY).
    bool addNew(qint64 streamId, const RecordsPage &page, QString *error);
    // After a page: ranges of the modified order past 2 × rows() cut into ranges of rows(); empty
    // ranges dropped (their keys fall to the range before, which counts nothing more). The id order's
    // ranges are cut by upkeep(): a first pull's ids fall all over the order, and cutting them page by
    // page would read the whole table again and again.
    bool tidy(qint64 streamId, QString *error);
    // Between pulls, in a transaction of its own: cuts one range of the id order past 2 × rows(),
    // reading at most `budget` of its rows (what is past them stays one range, its count the rest).
    // The rows read: 0 when no range is too long.
    qint64 upkeep(qint64 budget, QString *error);
    // After records left by another way than a page (a resync dropping a generation): counted anew.
    bool rebuild(qint64 streamId, QString *error);

    // Reader side. Where the block of `size` rows at `offset` of the unfiltered view in the modified
    // order, or the id order, starts: from the range's first key `fromUs`/`fromId` (nothing before
    // the first range's), skip `skip` rows and read `limit`, in ascending order (a descending view's
    // block is read ascending and reversed). Run inside one snapshot (a REPEATABLE READ transaction),
    // so the counts and the rows agree. Nothing when the index disagrees with the stream's counts
    // (the caller falls back to skipping from the start, and a warning says so).
    struct Place
    {
        bool fromStart = true;
        qint64 fromUs = 0;
        QByteArray fromId;
        qint64 skip = 0;
        qint64 limit = 0;
    };
    static std::optional<Place> locate(SqlDb &db, qint64 streamId, bool byId, bool includeDeleted,
                                       bool descending, qint64 offset, int size);

private:
    // Recounts the range of an order starting at `lo` (up to the next range) and cuts it into ranges
    // of rows(); with a budget, only its first `budget` rows (0: all).
    bool split(qint64 streamId, bool byId, qint64 loUs, const QByteArray &loId, qint64 budget, qint64 *read,
               QString *error);
    bool lockStream(qint64 streamId, QString *error);
    bool fail(QString *error);

    SqlDb &m_db;
    int m_rows = kDefaultRows;
    std::unique_ptr<SqlQuery> m_lock;
    std::unique_ptr<SqlQuery> m_ensure;
    std::unique_ptr<SqlQuery> m_ranges;
    std::unique_ptr<SqlQuery> m_add;
    std::unique_ptr<SqlQuery> m_oversized;
    std::unique_ptr<SqlQuery> m_dropEmpty;
};

} // namespace nd
