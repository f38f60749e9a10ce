#include "cache/sqlite/SqliteSearchHits.h"

#include "util/Logging.h"

#include <QElapsedTimer>
#include <QStringList>

#include <algorithm>
#include <sqlite3.h>

namespace nd {

using namespace Qt::StringLiterals;

// The rowids of one expression's matches: a bitmap over their range where that is smaller than the
// list (a common word), else the sorted list (FTS5 gives them in rowid order).
struct SqliteSearchHits::Set
{
    QByteArray expression;
    unsigned dataVersion = 0;
    qint64 count = 0;
    qint64 first = 0;
    std::vector<quint64> bits;
    std::vector<qint64> rowids;

    bool contains(qint64 rowid) const
    {
        if (bits.empty())
            return std::binary_search(rowids.begin(), rowids.end(), rowid);
        const quint64 at = quint64(rowid - first);
        return rowid >= first && at / 64 < bits.size() && (bits[at / 64] >> (at % 64) & 1U) != 0;
    }
};

struct SqliteSearchHits::Holder
{
    std::shared_ptr<const Set> set;
    // Why the last read of the matches failed, for the statements that then ask.
    QByteArray failure;
    int failureCode = SQLITE_OK;
};

namespace {

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
            const QByteArray why = holder->failure.isEmpty()
                                       ? QByteArray("the search's matches were not read for this snapshot")
                                       : holder->failure;
            sqlite3_result_error(ctx, why.constData(), int(why.size()));
        }
        return;
    }
    const bool hit = set->contains(sqlite3_value_int64(argv[0]));
    sqlite3_set_auxdata(ctx, 1, new std::shared_ptr<const SqliteSearchHits::Set>(set), deleteSetRef);
    sqlite3_result_int(ctx, hit ? 1 : 0);
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
    }
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
    int rc = sqlite3_prepare_v2(m_db, "SELECT rowid FROM records_fts WHERE records_fts MATCH ?1", -1, &stmt,
                                nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_bind_text(stmt, 1, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
            set->rowids.push_back(sqlite3_column_int64(stmt, 0));
    }
    if (rc != SQLITE_DONE) {
        m_holder->failureCode = sqlite3_errcode(m_db);
        m_holder->failure = "the search index could not be read: " + QByteArray(sqlite3_errmsg(m_db));
        sqlite3_finalize(stmt);
        return -1;
    }
    sqlite3_finalize(stmt);
    set->dataVersion = dataVersion(m_db); // the snapshot the matches were read in
    const qint64 count = set->count = qint64(set->rowids.size());
    if (!std::is_sorted(set->rowids.begin(), set->rowids.end())) // FTS5 gives them in rowid order
        std::sort(set->rowids.begin(), set->rowids.end());
    if (count > 0) {
        // A bitmap where it takes less room than the list: a bit a rowid of the range, against 64.
        const quint64 range = quint64(set->rowids.back() - set->rowids.front()) + 1;
        if (range / 64 + 1 < quint64(count)) {
            set->first = set->rowids.front();
            set->bits.assign(range / 64 + 1, 0);
            for (const qint64 rowid : set->rowids) {
                const quint64 at = quint64(rowid - set->first);
                set->bits[at / 64] |= quint64(1) << (at % 64);
            }
            set->rowids = {};
        }
    }
    qCDebug(lcDb).nospace() << "search: " << count << " matches of " << expression << " read in "
                            << clock.nsecsElapsed() / 1e6 << " ms"
                            << (set->bits.empty() ? "" : " (a bitmap)");
    m_holder->set = std::move(set);
    return count;
}

} // namespace nd
