#pragma once

#include <QByteArray>
#include <QString>

namespace nd {

class SqlDb;

// SQLite's live records in id order, by place. Its primary key (stream, id) orders the ids but does
// not say which records are deleted, so an OFFSET over the live view looks up every skipped row in
// the table (3.2 s at the middle of a million). Here the place is counted over the primary key alone
// and corrected with the index of deleted records (records_deleted, partial: it costs a write only
// for a deleted record): the key n places in holds n - d live records before it, d the deleted
// records before it; step on by what is missing until nothing is (each step as long as the deleted
// records among the ones just passed; after a step over deleted records only, on to the next live one).
class SqliteIdSkip
{
public:
    // Failed: a statement failed (or was interrupted): the read fails. TooLong: more steps than a
    // read should take: read by OFFSET instead.
    enum class Result { Found, PastEnd, Failed, TooLong };
    // The id from which the live record `skip` places from the start (`descending`: from the end) of
    // the stream's id order is the first live one; PastEnd if there are not that many.
    static Result liveIdAt(SqlDb &db, qint64 streamId, bool descending, qint64 skip, QByteArray *id,
                           QString *error);
    // Whether the cache has the deleted records' index (schema 13 on).
    static bool available(SqlDb &db);
    // The WHERE condition of a stream's live records (stream_id = ?, ? its id) over the primary key
    // and the deleted records' index alone: a pass over the live id order that reads no row.
    static QString liveIds();
};

} // namespace nd
