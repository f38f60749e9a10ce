#pragma once

#include "cache/PageWriter.h"

#include <memory>

namespace nd {

class PgDb;
class SqlQuery;

// A page in two round trips: the records go by binary COPY into a temporary staging table, then
// one statement merges them into the records table (the skip-older and pruned-payload rules of
// every store) and returns the counts.
class PgPageWriter : public PageWriter
{
public:
    explicit PgPageWriter(PgDb &db);
    ~PgPageWriter() override;
    bool write(const Stream &stream, const RecordsPage &page, PageCounts *counts, Deltas *deltas,
               QString *error) override;

    // The COPY BINARY encoding of a page (tests, and the raw COPY baseline of the benchmark).
    static QByteArray encode(const RecordsPage &page);

private:
    PgDb &m_db;
    bool m_staging = false;
    std::unique_ptr<SqlQuery> m_merge;
};

} // namespace nd
