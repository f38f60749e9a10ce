#include "cache/sqlite/SqliteIdSkip.h"

#include "cache/Sql.h"

namespace nd {

using namespace Qt::StringLiterals;

namespace {

// Steps are few: each passes the deleted records found by the one before, and a step that passed
// deleted records only goes on to the next live one. A stream whose live and deleted records
// alternate in long stretches could still take many; the caller then reads by OFFSET as before.
constexpr int kMaxSteps = 256;

} // namespace

SqliteIdSkip::Result SqliteIdSkip::liveIdAt(SqlDb &db, qint64 streamId, bool descending, qint64 skip,
                                            QByteArray *id, QString *error)
{
    const char *order = descending ? " DESC" : "";
    const char *after = descending ? "<" : ">";
    const char *before = descending ? ">" : "<";
    // The key `n` places in, over the primary key alone; and `n` places past a key.
    const QByteArray atSql =
        QByteArray("SELECT record_id FROM records WHERE stream_id = ?1 ORDER BY record_id") + order +
        " LIMIT 1 OFFSET ?2";
    const QByteArray pastSql =
        QByteArray("SELECT record_id FROM records WHERE stream_id = ?1 AND record_id ") + after +
        " ?2 ORDER BY record_id" + order + " LIMIT 1 OFFSET ?3";
    // Deleted records before a key, and from one key up to another.
    const QByteArray deleted = "SELECT count(*) FROM records INDEXED BY records_deleted WHERE stream_id = ?1 "
                               "AND deleted_at IS NOT NULL AND record_id ";
    const QByteArray beforeSql = deleted + before + " ?2";
    const QByteArray fromSql = deleted + after + "= ?2 AND record_id " + before + " ?3";
    // The first live record from a key on (a look at each deleted one on the way: only after a step
    // that passed nothing else).
    const QByteArray liveSql =
        QByteArray(
            "SELECT record_id FROM records WHERE stream_id = ?1 AND deleted_at IS NULL AND record_id ") +
        after + "= ?2 ORDER BY record_id" + order + " LIMIT 1";
    auto at = db.prepare(atSql.constData());
    auto past = db.prepare(pastSql.constData());
    auto deletedBefore = db.prepare(beforeSql.constData());
    auto deletedFrom = db.prepare(fromSql.constData());
    auto firstLive = db.prepare(liveSql.constData());
    // Deleted records from one key up to another (the first counted, the second not).
    const auto deletedBetween = [&](const QByteArray &from, const QByteArray &to) -> qint64 {
        deletedFrom->reset();
        deletedFrom->bind(1, streamId).bind(2, from).bind(3, to);
        if (!deletedFrom->step()) {
            *error = deletedFrom->error();
            return -1;
        }
        return deletedFrom->int64(0);
    };
    for (SqlQuery *q : {at.get(), past.get(), deletedBefore.get(), deletedFrom.get(), firstLive.get()}) {
        if (!q->ok()) {
            *error = q->error();
            return Result::Failed;
        }
    }
    at->bind(1, streamId).bind(2, skip);
    if (!at->step()) {
        *error = at->error();
        return at->done() ? Result::PastEnd : Result::Failed;
    }
    QByteArray key = at->bytes(0);
    deletedBefore->bind(1, streamId).bind(2, key);
    if (!deletedBefore->step()) {
        *error = deletedBefore->error();
        return Result::Failed;
    }
    qint64 place = skip;                     // the key's place among all records
    qint64 behind = deletedBefore->int64(0); // deleted records before it
    for (int step = 0; step < kMaxSteps; ++step) {
        // place - deleted live records come before the key; `skip` should.
        const qint64 missing = skip - (place - behind);
        if (missing == 0) {
            *id = key;
            return Result::Found;
        }
        past->reset();
        past->bind(1, streamId).bind(2, key).bind(3, missing - 1);
        if (!past->step()) {
            *error = past->error();
            return past->done() ? Result::PastEnd : Result::Failed;
        }
        QByteArray next = past->bytes(0);
        const qint64 passed = deletedBetween(key, next);
        if (passed < 0)
            return Result::Failed;
        behind += passed;
        place += missing;
        if (passed == missing) {
            // Deleted records only: inside a stretch of them (a mass deletion of ids in a row), where
            // steps of `missing` would stay that long. On to the next live record.
            firstLive->reset();
            firstLive->bind(1, streamId).bind(2, next);
            if (!firstLive->step()) {
                *error = firstLive->error();
                return firstLive->done() ? Result::PastEnd : Result::Failed;
            }
            const QByteArray live = firstLive->bytes(0);
            const qint64 between = deletedBetween(next, live); // all of the records between
            if (between < 0)
                return Result::Failed;
            behind += between;
            place += between;
            next = live;
        }
        key = next;
    }
    *error = u"more than %1 steps"_s.arg(kMaxSteps);
    return Result::TooLong;
}

bool SqliteIdSkip::available(SqlDb &db)
{
    auto q = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'records_deleted'");
    return q->step();
}

QString SqliteIdSkip::liveIds()
{
    return u"stream_id = ? AND record_id NOT IN (SELECT record_id FROM records INDEXED BY records_deleted "
           u"WHERE stream_id = ? AND deleted_at IS NOT NULL)"_s;
}

} // namespace nd
