#include "cache/SqlReadStore.h"

#include "cache/SearchIndex.h"
#include "cache/Sql.h"
#include "cache/Store.h"
#include "cache/postgres/PgBlocks.h"
#include "cache/sqlite/Database.h"
#include "cache/sqlite/SqliteIdSkip.h"
#include "util/Logging.h"
#include "util/Translate.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace nd {

using namespace Qt::StringLiterals;

std::unique_ptr<ReadStore> ReadStore::open(const QString &location, QString *error,
                                           const QByteArray &password)
{
    Store::Options options;
    options.reader = true;
    options.password = password;
    auto store = Store::open(location, options, error);
    if (!store)
        return nullptr;
    return std::make_unique<SqlReadStore>(std::move(store));
}

SqlReadStore::SqlReadStore(std::unique_ptr<Store> store)
    : m_store(std::move(store))
{}

SqlReadStore::~SqlReadStore() = default;

// ---- records ----------------------------------------------------------------------------------

namespace {

// SQLite: the statements of one read in one snapshot, a read transaction (a search's matches and the
// rows they select; the live id order's start and its rows): a page committed between them would
// change the rows. Ended when it goes, either way: a read has nothing to keep.
class ReadSnapshot
{
public:
    ReadSnapshot(SqlDb &db, bool on)
        : m_db(on && db.dialect() == SqlDialect::Sqlite && static_cast<Database &>(db).beginRead()
                   ? static_cast<Database *>(&db)
                   : nullptr)
    {}
    ~ReadSnapshot()
    {
        if (m_db)
            m_db->endRead();
    }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    Database *m_db;
};

QString orderBy(const RecordQuery &q, bool reversed = false)
{
    const QString dir = q.descending != reversed ? u" DESC"_s : QString();
    if (q.sort == RecordQuery::Sort::Id)
        return u"record_id"_s + dir;
    return u"last_modified_us"_s + dir + u", record_id"_s + dir;
}

constexpr const char *kRowColumns =
    "SELECT record_id, payload, first_seen_at, last_modified_at, last_modified_us, "
    "last_action, deleted_at, pruned_at, cursor FROM records WHERE ";

RecordRow readRow(const SqlQuery &q)
{
    RecordRow r;
    r.id = q.bytes(0);
    r.payload = q.bytes(1);
    r.firstSeenAt = q.text(2);
    r.lastModifiedAt = q.text(3);
    r.lastModifiedUs = q.int64(4);
    r.lastAction = q.text(5);
    r.deletedAt = q.text(6);
    r.prunedAt = q.text(7);
    r.cursor = q.bytes(8);
    return r;
}

} // namespace

bool SqlReadStore::liveIdOrder(const RecordQuery &query)
{
    if (m_store->dialect() != SqlDialect::Sqlite || query.sort != RecordQuery::Sort::Id ||
        query.includeDeleted || !query.isUnfiltered())
        return false;
    // A reader may open a cache the engine has not upgraded yet (no index of deleted records there).
    if (!m_deletedIndex)
        m_deletedIndex = SqliteIdSkip::available(m_store->db());
    return m_deletedIndex;
}

bool SqlReadStore::sqliteSearch(const RecordQuery &query) const
{
    return m_store->dialect() == SqlDialect::Sqlite && !query.text.isEmpty();
}

bool SqlReadStore::searchable(const RecordQuery &query)
{
    return !query.text.isEmpty() && m_store->search().pending(query.streamId) == 0;
}

bool SqlReadStore::prepare(SqlQuery &q, const QStringList &values)
{
    if (!q.ok()) {
        m_error = q.error();
        return false;
    }
    for (int i = 0; i < values.size(); ++i)
        q.bind(i + 1, values.at(i));
    return true;
}

void SqlReadStore::interrupt()
{
    m_store->db().interrupt();
}

qint64 SqlReadStore::countRecords(const RecordQuery &query)
{
    m_error.clear();
    if (query.isUnfiltered()) {
        // The counts kept at pull time: no COUNT(*) over a million rows.
        auto q = m_store->db().prepare("SELECT live_count, deleted_count FROM streams WHERE id = ?1");
        q->bind(1, query.streamId);
        return q->step() ? q->int64(0) + (query.includeDeleted ? q->int64(1) : 0) : 0;
    }
    const ReadSnapshot snapshot(m_store->db(), sqliteSearch(query));
    QStringList values;
    const QByteArray sql =
        (u"SELECT count(*) FROM records WHERE "_s + whereClause(query, searchable(query), &values)).toUtf8();
    auto q = m_store->db().prepare(sql.constData());
    if (!prepare(*q, values))
        return -1;
    if (q->step())
        return q->int64(0);
    m_error = q->error(); // the loader shows it
    return -1;
}

std::optional<QList<RecordRow>> SqlReadStore::blockFromIndex(const RecordQuery &query,
                                                             const BlockRequest &block)
{
    // The counts and the rows from one snapshot: a page committed between them would shift the rows.
    SqlDb &db = m_store->db();
    if (!db.exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"))
        return std::nullopt;
    const bool byId = query.sort == RecordQuery::Sort::Id;
    const auto place = PgBlocks::locate(db, query.streamId, byId, query.includeDeleted, query.descending,
                                        block.offset, block.size);
    if (!place) {
        db.rollback();
        return std::nullopt;
    }
    qCDebug(lcDb).nospace() << "block at " << block.offset << " of stream " << query.streamId
                            << " from the block index: skipping " << place->skip << " in its range";
    QList<RecordRow> rows;
    if (place->limit > 0) {
        const QString key = byId ? u"record_id"_s : u"last_modified_us, record_id"_s;
        QStringList values;
        const QString where = whereClause(query, false, &values);
        QString from = where; // the skip's own scan, from its range's first key
        QStringList fromValues = values;
        if (!place->fromStart) {
            from += byId ? u" AND record_id >= ?"_s : u" AND (last_modified_us, record_id) >= (?, ?)"_s;
            if (!byId)
                fromValues << QString::number(place->fromUs);
            fromValues << QString::fromUtf8(place->fromId);
        }
        QString sql = QString::fromLatin1(kRowColumns);
        if (place->skip == 0) {
            sql += from;
            values = fromValues;
        } else {
            sql += where + u" AND ("_s + key + u") >= (SELECT "_s + key + u" FROM records WHERE "_s + from +
                   u" ORDER BY "_s + key + u" LIMIT 1 OFFSET ?)"_s;
            values << fromValues << QString::number(place->skip);
        }
        sql += u" ORDER BY "_s + key + u" LIMIT ?"_s;
        values << QString::number(place->limit);
        const QByteArray utf8 = sql.toUtf8();
        auto q = db.prepare(utf8.constData());
        if (prepare(*q, values)) {
            rows.reserve(int(place->limit));
            while (q->step())
                rows.append(readRow(*q));
            if (!q->done())
                m_error = q->error();
        }
    }
    db.rollback(); // read only: nothing to keep
    if (query.descending)
        std::reverse(rows.begin(), rows.end());
    return rows;
}

QString SqlReadStore::blockQuery(const RecordQuery &query, const BlockRequest &block, QStringList *values,
                                 bool *fromEnd)
{
    QString sql = QString::fromLatin1(kRowColumns) + whereClause(query, searchable(query), values);
    const QString cmp = query.descending ? u"<"_s : u">"_s;
    if (block.hasAfter) {
        if (query.sort == RecordQuery::Sort::Id) {
            sql += u" AND record_id "_s + cmp + u" ?"_s;
        } else {
            sql += u" AND (last_modified_us, record_id) "_s + cmp + u" (?, ?)"_s;
            values->append(QString::number(block.after.lastModifiedUs));
        }
        values->append(QString::fromUtf8(block.after.id));
    }
    // Numbers are bound, not spliced: one prepared statement serves every block of a query's shape.
    // An OFFSET scan costs its length: a block past the middle is read from the other end.
    *fromEnd = !block.hasAfter && block.total > 0 && block.offset > block.total / 2;
    qint64 limit = block.size;
    qint64 skip = block.hasAfter ? 0 : block.offset;
    if (*fromEnd) {
        const qint64 end = std::min<qint64>(block.total, qint64(block.offset) + block.size);
        limit = end - block.offset;
        skip = block.total - end;
        if (limit <= 0)
            return {}; // past the end
    }
    if (skip > 0 && liveIdOrder(query)) {
        // SQLite's live id order: the key where the block starts, counted without reading a row.
        const bool down = query.descending != *fromEnd;
        QByteArray id;
        QString error;
        switch (SqliteIdSkip::liveIdAt(m_store->db(), query.streamId, down, skip, &id, &error)) {
        case SqliteIdSkip::Result::PastEnd:
            return {};
        case SqliteIdSkip::Result::Found:
            sql += u" AND record_id "_s + (down ? u"<="_s : u">="_s) + u" ? ORDER BY "_s +
                   orderBy(query, *fromEnd) + u" LIMIT ?"_s;
            *values << QString::fromUtf8(id) << QString::number(limit);
            return sql;
        case SqliteIdSkip::Result::Failed:
            // Interrupted (a newer read overtook this one) or an error: not a slower read instead.
            m_error = error;
            return {};
        case SqliteIdSkip::Result::TooLong:
            qCWarning(lcDb).noquote()
                << "cannot count the live id order without its rows (read by OFFSET):" << error;
            break;
        }
    }
    if (skip > 0 && (m_store->dialect() == SqlDialect::Postgres || query.isUnfiltered())) {
        // PostgreSQL reads every skipped row from the table when the OFFSET is over whole rows; over
        // the order's key alone it reads the index only (once the table is vacuumed), then one seek
        // from that key reads the block. SQLite looks up no skipped row either way, but steps faster
        // over the key alone (a fifth less in the sqlite3 shell at the middle of a million); with a
        // filter, which reads rows (a search), the subquery would do that work twice.
        const bool down = query.descending != *fromEnd;
        const QString key =
            query.sort == RecordQuery::Sort::Id ? u"record_id"_s : u"(last_modified_us, record_id)"_s;
        QStringList again;
        sql += u" AND "_s + key + (down ? u" <= "_s : u" >= "_s) + u"(SELECT "_s +
               QString(key).remove(u'(').remove(u')') + u" FROM records WHERE "_s +
               whereClause(query, searchable(query), &again) + u" ORDER BY "_s + orderBy(query, *fromEnd) +
               u" LIMIT 1 OFFSET ?) ORDER BY "_s + orderBy(query, *fromEnd) + u" LIMIT ?"_s;
        *values << again << QString::number(skip) << QString::number(limit);
    } else {
        sql += u" ORDER BY "_s + orderBy(query, *fromEnd) + u" LIMIT ?"_s;
        *values << QString::number(limit);
        if (skip > 0) {
            sql += u" OFFSET ?"_s;
            *values << QString::number(skip);
        }
    }
    return sql;
}

QList<RecordRow> SqlReadStore::recordBlock(const RecordQuery &query, const BlockRequest &block)
{
    m_error.clear();
    // PostgreSQL's unfiltered view: the block index finds the block's range.
    if (m_store->dialect() == SqlDialect::Postgres && query.isUnfiltered() && !block.hasAfter &&
        block.offset > 0) {
        if (auto rows = blockFromIndex(query, block))
            return *rows;
        m_error.clear();
    }
    // SQLite's live id order finds the block's start in statements of its own (SqliteIdSkip), a
    // search its matches: those and the rows from one snapshot.
    const ReadSnapshot snapshot(
        m_store->db(), sqliteSearch(query) || (!block.hasAfter && block.offset > 0 && liveIdOrder(query)));
    return readBlock(query, block);
}

QList<RecordRow> SqlReadStore::readBlock(const RecordQuery &query, const BlockRequest &block)
{
    QStringList values;
    bool fromEnd = false;
    const QString sql = blockQuery(query, block, &values, &fromEnd);
    if (sql.isEmpty())
        return {}; // past the end, or (lastError) the block's start could not be found
    const QByteArray utf8 = sql.toUtf8();
    auto q = m_store->db().prepare(utf8.constData());
    QList<RecordRow> rows;
    if (!prepare(*q, values))
        return rows;
    rows.reserve(block.size);
    while (q->step())
        rows.append(readRow(*q));
    if (!q->done())
        m_error = q->error();
    if (fromEnd)
        std::reverse(rows.begin(), rows.end());
    return rows;
}

bool SqlReadStore::blockBoundaries(const RecordQuery &query, int blockSize, QList<RecordRow> *keys,
                                   qint64 *count)
{
    m_error.clear();
    keys->clear();
    *count = 0;
    if (blockSize < 1)
        return false;
    const ReadSnapshot snapshot(m_store->db(), sqliteSearch(query));
    QStringList values;
    const QString where = whereClause(query, searchable(query), &values);
    const bool pg = m_store->dialect() == SqlDialect::Postgres;
    QString sql;
    if (pg) {
        // The server numbers the rows and sends one in `blockSize`, not a million over the wire, and
        // the last row, whose number is the count (one pass: lead() looks one row ahead, where
        // count(*) OVER () would hold every row until the end).
        sql = u"SELECT last_modified_us, record_id, n, last FROM (SELECT last_modified_us, record_id, "
              u"row_number() OVER w AS n, lead(1) OVER w IS NULL AS last FROM records WHERE "_s +
              where + u" WINDOW w AS (ORDER BY "_s + orderBy(query) +
              u")) b WHERE n % ? = 0 OR last ORDER BY n"_s;
        values << QString::number(blockSize);
    } else {
        // SQLite steps through the index in order (a window function would buffer every row first).
        // The live id order over the primary key and the deleted records' index, without a look at
        // each row (its keys are ids alone).
        const QString from = liveIdOrder(query)
                                 ? u"SELECT 0, record_id FROM records WHERE "_s + SqliteIdSkip::liveIds()
                                 : u"SELECT last_modified_us, record_id FROM records WHERE "_s + where;
        if (liveIdOrder(query))
            values = {QString::number(query.streamId), QString::number(query.streamId)};
        sql = from + u" ORDER BY "_s + orderBy(query);
    }
    const QByteArray utf8 = sql.toUtf8();
    auto q = m_store->db().prepare(utf8.constData());
    if (!prepare(*q, values))
        return false;
    qint64 n = 0;
    while (q->step()) {
        if (pg) {
            n = q->int64(2);
            if (n % blockSize != 0) // the last row, there for its number
                continue;
        } else if (++n % blockSize != 0) {
            continue;
        }
        RecordRow key;
        key.lastModifiedUs = q->int64(0);
        key.id = q->bytes(1);
        keys->append(key);
    }
    if (!q->done()) {
        m_error = q->error();
        keys->clear();
        return false;
    }
    *count = n;
    return true;
}

QList<RecordVersion> SqlReadStore::recordHistory(qint64 streamId, const QString &recordId)
{
    m_error.clear();
    auto now =
        m_store->db().prepare("SELECT payload, last_modified_at, last_modified_us, last_action, cursor, "
                              "generation FROM records WHERE stream_id = ?1 AND record_id = ?2");
    now->bind(1, streamId).bind(2, recordId);
    if (!now->step()) {
        m_error = now->done() ? QString() : now->error();
        return {};
    }
    RecordVersion current;
    current.payload = now->bytes(0);
    current.lastModifiedAt = now->text(1);
    current.lastModifiedUs = now->int64(2);
    current.lastAction = now->text(3);
    current.cursor = now->bytes(4);
    current.generation = now->int64(5);
    now->reset();
    auto steps =
        m_store->db().prepare("SELECT modified_us, action, cursor, generation, changes, payload FROM "
                              "record_versions WHERE stream_id = ?1 AND record_id = ?2 ORDER BY id");
    steps->bind(1, streamId).bind(2, recordId);
    QList<StoredVersion> stored;
    while (steps->step())
        stored.append({steps->int64(0), steps->text(1), steps->bytes(2), steps->int64(3),
                       steps->isNull(4) ? QByteArray() : steps->bytes(4),
                       steps->isNull(5) ? QByteArray() : steps->bytes(5)});
    if (!steps->done()) {
        m_error = steps->error();
        return {};
    }
    return RecordHistory::build(stored, current);
}

QStringList SqlReadStore::recordColumns(qint64 streamId)
{
    // The stream's fields in the order the provider sends them; a cache without that list falls
    // back to the fields of the newest records.
    QStringList columns = m_store->records().fields(streamId);
    if (columns.isEmpty()) {
        auto q =
            m_store->db().prepare("SELECT payload FROM records WHERE stream_id = ?1 AND pruned_at IS NULL "
                                  "ORDER BY last_modified_us DESC LIMIT 200");
        q->bind(1, streamId);
        while (q->step()) {
            const QJsonObject o = QJsonDocument::fromJson(q->bytes(0)).object();
            for (auto it = o.begin(); it != o.end(); ++it)
                if (it.key() != u"_nango_metadata" && !columns.contains(it.key()))
                    columns.append(it.key());
        }
    }
    columns.removeAll(u"id"_s);
    columns.prepend(u"id"_s);
    return columns;
}

bool SqlReadStore::forEachRecord(const RecordQuery &query, const std::function<bool(const RecordRow &)> &row)
{
    m_error.clear();
    if (m_store->dialect() == SqlDialect::Postgres) {
        // libpq holds a whole result in memory: read a million rows in keyset blocks instead.
        BlockRequest block;
        block.size = 5000;
        for (;;) {
            const QList<RecordRow> rows = recordBlock(query, block);
            for (const RecordRow &r : rows)
                if (!row(r))
                    return true;
            if (rows.size() < block.size)
                return m_error.isEmpty();
            block.hasAfter = true;
            block.after = rows.constLast();
        }
    }
    const ReadSnapshot snapshot(m_store->db(), sqliteSearch(query));
    QStringList values;
    const QByteArray sql = (QString::fromLatin1(kRowColumns) +
                            whereClause(query, searchable(query), &values) + u" ORDER BY "_s + orderBy(query))
                               .toUtf8();
    auto q = m_store->db().prepare(sql.constData());
    if (!prepare(*q, values))
        return false;
    while (q->step())
        if (!row(readRow(*q)))
            return true;
    if (!q->done()) {
        m_error = q->error();
        return false;
    }
    return true;
}

} // namespace nd
