#pragma once

#include "cache/PageWriter.h"
#include "cache/postgres/PgBlocks.h"

#include <QSet>

#include <memory>

namespace nd {

class PgDb;
class SqlQuery;

// A page in two round trips: the records go by binary COPY into a temporary staging table, then
// one statement merges them into the records table (the skip-older and pruned-payload rules of
// every store) and returns the counts. A first pull's records are all new: they go by binary COPY
// straight into the records table (inside a savepoint, so a record stored meanwhile sends the page
// to the merge instead).
class PgPageWriter : public PageWriter
{
public:
    explicit PgPageWriter(PgDb &db);
    ~PgPageWriter() override;
    bool write(const Stream &stream, const RecordsPage &page, PageCounts *counts, Deltas *deltas,
               QString *error) override;
    bool recount(qint64 streamId, QString *error) override;
    qint64 upkeep(qint64 budget, QString *error) override { return m_blocks.upkeep(budget, error); }
    void setBlockRows(int rows) override { m_blocks.setRows(rows); }

    // The COPY BINARY encoding of a page (tests, and the raw COPY baseline of the benchmark).
    static QByteArray encode(const RecordsPage &page);
    // The same rows in the records table's own columns (stream, generation, dirty flag added).
    static QByteArray encodeRecords(const Stream &stream, const RecordsPage &page);

private:
    bool tryDirect(const Stream &stream, const RecordsPage &page);
    bool writeDirect(const Stream &stream, const RecordsPage &page, PageCounts *counts, Deltas *deltas);
    // The versions the page's records replace, kept (record_versions) before the merge.
    bool keepVersions(const Stream &stream, const RecordsPage &page, QString *error);
    bool merge(const Stream &stream, const RecordsPage &page, PageCounts *counts, Deltas *deltas,
               QString *error);

    PgDb &m_db;
    PgBlocks m_blocks;
    bool m_staging = false;
    quint64 m_stagingSession = 0; // the server session the staging table was made in
    std::unique_ptr<SqlQuery> m_merge;
    std::unique_ptr<SqlQuery> m_selectOld;
    std::unique_ptr<SqlQuery> m_keepVersions;
    std::unique_ptr<SqlQuery> m_trimVersions;
    QSet<qint64> m_mergeOnly; // streams whose first pull met records already stored
};

} // namespace nd
