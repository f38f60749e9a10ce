#include "cache/sqlite/SqliteSearchHits.h"

#include "util/Logging.h"
#include "util/Translate.h"

#include <QElapsedTimer>
#include <QStringList>

#include <algorithm>
#include <sqlite3.h>

namespace nd {

using namespace Qt::StringLiterals;

// The rowids of one expression's matches: a bitmap of the records table's rowids (a bit each: 125 KB
// a million records, however many match).
struct SqliteSearchHits::Set
{
    QByteArray expression;
    unsigned dataVersion = 0;
    qint64 count = 0;
    std::vector<quint64> bits;

    void add(qint64 rowid)
    {
        // Past the table's last rowid in this snapshot: an entry of no record (or of a damaged file).
        const auto word = size_t(quint64(rowid) / 64);
        if (rowid < 0 || word >= bits.size())
            return;
        const quint64 bit = quint64(1) << (quint64(rowid) % 64);
        count += (bits[word] & bit) == 0 ? 1 : 0;
        bits[word] |= bit;
    }
    bool contains(qint64 rowid) const
    {
        const auto word = size_t(quint64(rowid) / 64);
        return rowid >= 0 && word < bits.size() && (bits[word] >> (quint64(rowid) % 64) & 1U) != 0;
    }
};

struct SqliteSearchHits::Holder
{
    std::shared_ptr<const Set> set;
    Set *reading = nullptr; // the set nd_search_collect fills
    // Why the last read of the matches failed, for the statements that then ask.
    QByteArray failure;
    int failureCode = SQLITE_OK;
};

namespace {

QString tr(const char *text)
{
    return trIn("nd::SqliteSearchHits", text);
}

unsigned dataVersion(sqlite3 *db)
{
    unsigned version = 0;
    sqlite3_file_control(db, "main", SQLITE_FCNTL_DATA_VERSION, &version);
    return version;
}

void deleteHolder(void *p)
{
    delete static_cast<SqliteSearchHits::Holder *>(p);
}

void deleteSetRef(void *p)
{
    delete static_cast<std::shared_ptr<const SqliteSearchHits::Set> *>(p);
}

// nd_search_hit(rowid, expression): whether the row is among the expression's matches.
void searchHit(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    // The set this statement checked on its first row, held for as long as the statement runs.
    if (auto *held =
            static_cast<std::shared_ptr<const SqliteSearchHits::Set> *>(sqlite3_get_auxdata(ctx, 1))) {
        sqlite3_result_int(ctx, (*held)->contains(sqlite3_value_int64(argv[0])) ? 1 : 0);
        return;
    }
    const auto *holder = static_cast<const SqliteSearchHits::Holder *>(sqlite3_user_data(ctx));
    const QByteArray expression(static_cast<const char *>(sqlite3_value_blob(argv[1])),
                                sqlite3_value_bytes(argv[1]));
    const auto &set = holder->set;
    if (!set || set->expression != expression ||
        set->dataVersion != dataVersion(sqlite3_context_db_handle(ctx))) {
        if (holder->failureCode == SQLITE_INTERRUPT) {
            sqlite3_result_error_code(ctx, SQLITE_INTERRUPT);
        } else {
            const QByteArray why =
                holder->failure.isEmpty()
                    ? tr("the search's matches are from an older snapshot of the cache: search again")
                          .toUtf8()
                    : holder->failure;
            sqlite3_result_error(ctx, why.constData(), int(why.size()));
        }
        return;
    }
    const bool hit = set->contains(sqlite3_value_int64(argv[0]));
    sqlite3_set_auxdata(ctx, 1, new std::shared_ptr<const SqliteSearchHits::Set>(set), deleteSetRef);
    sqlite3_result_int(ctx, hit ? 1 : 0);
}

// nd_search_collect(rowid), an aggregate: each match into the set being read. One statement step
// for all of them: stepping out a row at a time cost half as much again (the sqlite3 shell's max()
// over the same matches took 30 ms, a step a row 100 ms, this 57-61 ms for 973,088 matches).
void collectHit(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    auto *holder = static_cast<SqliteSearchHits::Holder *>(sqlite3_user_data(ctx));
    if (!holder->reading) {
        sqlite3_result_error(ctx, "no set of matches is being read", -1);
        return;
    }
    holder->reading->add(sqlite3_value_int64(argv[0]));
}

void collectDone(sqlite3_context *ctx)
{
    sqlite3_result_null(ctx);
}

} // namespace

SqliteSearchHits::SqliteSearchHits(sqlite3 *db)
    : m_db(db)
    , m_holder(new Holder)
{
    // DIRECTONLY: not from a view or trigger a cache file might bring.
    if (sqlite3_create_function_v2(db, "nd_search_hit", 2, SQLITE_UTF8 | SQLITE_DIRECTONLY, m_holder,
                                   searchHit, nullptr, nullptr, deleteHolder) != SQLITE_OK) {
        // SQLite has freed the holder; the statements that name the function fail to prepare.
        qCWarning(lcDb) << "search: cannot register nd_search_hit:" << sqlite3_errmsg(db);
        m_holder = nullptr;
        return;
    }
    if (sqlite3_create_function_v2(db, "nd_search_collect", 1, SQLITE_UTF8 | SQLITE_DIRECTONLY, m_holder,
                                   nullptr, collectHit, collectDone, nullptr) != SQLITE_OK)
        qCWarning(lcDb) << "search: cannot register nd_search_collect:" << sqlite3_errmsg(db);
}

QString SqliteSearchHits::condition(const QString &expression, QStringList *values)
{
    values->append(expression);
    return u"nd_search_hit(rowid, ?)"_s;
}

qint64 SqliteSearchHits::prepare(const QString &expression)
{
    if (!m_holder)
        return -1;
    // The table's last rowid and the matches from one snapshot: the caller's, or one of its own.
    const bool own =
        sqlite3_get_autocommit(m_db) && sqlite3_exec(m_db, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK;
    const qint64 count = read(expression);
    if (own)
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    return count;
}

qint64 SqliteSearchHits::read(const QString &expression)
{
    // The version is the read snapshot's once it has begun (a first read in it): a statement of our own.
    sqlite3_exec(m_db, "SELECT 1 FROM sqlite_schema LIMIT 1", nullptr, nullptr, nullptr);
    const QByteArray utf8 = expression.toUtf8();
    const unsigned version = dataVersion(m_db);
    if (m_holder->set && m_holder->set->expression == utf8 && m_holder->set->dataVersion == version)
        return m_holder->set->count;
    m_holder->set.reset(); // before reading the next one: not two in memory at once
    m_holder->failure.clear();
    m_holder->failureCode = SQLITE_OK;
    QElapsedTimer clock;
    clock.start();
    auto set = std::make_shared<Set>();
    set->expression = utf8;
    sqlite3_stmt *stmt = nullptr;
    // Sized for the table's rowids (the last one is the largest). A table whose rowids went far past
    // its size (SQLite picks them at random once the largest is taken) is searched as before.
    int rc = sqlite3_prepare_v2(m_db, "SELECT max(rowid) FROM records", -1, &stmt, nullptr);
    qint64 last = 0;
    if (rc == SQLITE_OK && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        last = std::max<qint64>(sqlite3_column_int64(stmt, 0), 0);
        rc = SQLITE_DONE;
    }
    sqlite3_finalize(stmt);
    stmt = nullptr;
    if (rc == SQLITE_DONE && last / 8 > kMaxBitmapBytes) {
        qCDebug(lcDb) << "search: rowids up to" << last << "are too many for a bitmap";
        return kTooSparse;
    }
    if (rc == SQLITE_DONE)
        set->bits.assign(size_t(last / 64 + 1), 0);
    if (rc == SQLITE_DONE)
        rc = sqlite3_prepare_v2(m_db,
                                "SELECT nd_search_collect(rowid) FROM records_fts WHERE records_fts MATCH ?1",
                                -1, &stmt, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_bind_text(stmt, 1, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
        m_holder->reading = set.get();
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        }
        m_holder->reading = nullptr;
    }
    if (rc != SQLITE_DONE) {
        m_holder->failureCode = sqlite3_errcode(m_db);
        m_holder->failure = tr("cannot read the search index (%1): search again; if it keeps failing, run "
                               "nango-desk-cli check")
                                .arg(QString::fromUtf8(sqlite3_errmsg(m_db)))
                                .toUtf8();
        sqlite3_finalize(stmt);
        return -1;
    }
    sqlite3_finalize(stmt);
    set->dataVersion = dataVersion(m_db); // the snapshot the matches were read in
    const qint64 count = set->count;
    qCDebug(lcDb).nospace() << "search: " << count << " matches of " << expression << " read in "
                            << clock.nsecsElapsed() / 1e6 << " ms";
    m_holder->set = std::move(set);
    return count;
}

} // namespace nd
