#pragma once

#include "api/RecordsPage.h"

#include <QString>

#include <memory>

namespace nd {

class SqlDb;
struct PageCounts;
struct Stream;

// Writes one page of records into the records table, inside the transaction RecordStore::applyPage
// holds: new records are inserted, known ones updated unless the page holds an older state of the
// same generation (a repair pull racing a cursor pull), pruned records keep their payload. Each
// store writes its fastest way (SQLite: prepared statements row by row; PostgreSQL: COPY into a
// staging table and one merge).
class PageWriter
{
public:
    struct Deltas
    {
        qint64 live = 0;
        qint64 deleted = 0;
        qint64 pruned = 0;
    };
    virtual ~PageWriter() = default;
    virtual bool write(const Stream &stream, const RecordsPage &page, PageCounts *counts, Deltas *deltas,
                       QString *error) = 0;

    static std::unique_ptr<PageWriter> create(SqlDb &db);
};

} // namespace nd
