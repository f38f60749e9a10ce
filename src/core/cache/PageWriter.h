#pragma once

#include "api/RecordsPage.h"

#include <QString>

#include <memory>
#include <optional>

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
    // After records left the stream by another way than a page (a resync dropping a generation):
    // what the writer keeps about the stream's rows is counted anew (PostgreSQL's block index).
    virtual bool recount(qint64 streamId, QString *error)
    {
        Q_UNUSED(streamId);
        Q_UNUSED(error);
        return true;
    }
    // Between pulls, inside a transaction: a bounded step of upkeep of what the writer keeps about
    // the stream's rows (PostgreSQL cuts a long range of its block index). The rows it read; 0 when
    // nothing is left to do, -1 on an error.
    virtual qint64 upkeep(qint64 budget, QString *error)
    {
        Q_UNUSED(budget);
        Q_UNUSED(error);
        return 0;
    }
    // Rows per range of PostgreSQL's block index (tests make it small); SQLite keeps none.
    virtual void setBlockRows(int rows) { Q_UNUSED(rows); }
    // How many earlier versions of each record are kept (record_versions); 0 keeps none.
    void setHistoryLimit(int versions) { m_historyLimit = versions; }
    int historyLimit() const { return m_historyLimit; }

    static std::unique_ptr<PageWriter> create(SqlDb &db);

    // An earlier version of a record, written when a newer one replaces it: its own facts, what
    // changed from it (RecordDiff), or its whole payload when the newer one is a deletion.
    struct Version
    {
        QByteArray recordId;
        qint64 modifiedUs = 0;
        QByteArray action;
        QByteArray cursor;
        qint64 generation = 0;
        QByteArray changes;
        QByteArray payload;
    };
    // The version the record `now` replaces (`old*`: the stored row), or nothing to keep: the same
    // version again, or a pruning (the payload went, nothing about the record changed).
    static std::optional<Version> versionReplaced(const PulledRecord &now, const QByteArray &oldPayload,
                                                  qint64 oldModifiedUs, const QByteArray &oldAction,
                                                  const QByteArray &oldCursor, qint64 oldGeneration,
                                                  bool oldDeleted);

protected:
    int m_historyLimit = 20;
};

} // namespace nd
