#include "cache/sqlite/SqliteConsole.h"

#include "util/Logging.h"

#include <QScopeGuard>
#include <QSet>

#include <sqlite3.h>

namespace nd {

using namespace Qt::StringLiterals;

namespace {

// Pragmas that only read, whatever their argument (a table's name, a count of errors to list).
const QSet<QByteArray> &introspectionPragmas()
{
    static const QSet<QByteArray> names{
        "table_info",    "table_xinfo",     "table_list",       "index_list",
        "index_info",    "index_xinfo",     "foreign_key_list", "collation_list",
        "function_list", "module_list",     "pragma_list",      "compile_options",
        "database_list", "integrity_check", "quick_check",      "foreign_key_check"};
    return names;
}

// Pragmas that read a setting when given no value and change it when given one.
const QSet<QByteArray> &settingPragmas()
{
    static const QSet<QByteArray> names{"user_version",   "schema_version", "data_version", "page_count",
                                        "page_size",      "freelist_count", "encoding",     "journal_mode",
                                        "application_id", "query_only",     "auto_vacuum",  "cache_size"};
    return names;
}

} // namespace

class SqliteConsoleCursor : public ConsoleCursor
{
public:
    SqliteConsoleCursor(SqliteConsole &console, sqlite3_stmt *stmt)
        : m_console(console)
        , m_stmt(stmt)
    {
        const int n = sqlite3_column_count(stmt);
        for (int i = 0; i < n; ++i)
            m_columns << QString::fromUtf8(sqlite3_column_name(stmt, i));
    }
    ~SqliteConsoleCursor() override { sqlite3_finalize(m_stmt); }
    SqliteConsoleCursor(const SqliteConsoleCursor &) = delete;
    SqliteConsoleCursor &operator=(const SqliteConsoleCursor &) = delete;

    QStringList columns() const override { return m_columns; }
    bool atEnd() const override { return m_end; }

    bool fetch(int max, QList<QVariantList> *rows, ConsoleError *error) override
    {
        if (m_end)
            return true;
        m_console.arm();
        m_console.m_busy = true;
        const auto idle = qScopeGuard([this]() { m_console.m_busy = false; });
        const int n = int(m_columns.size());
        for (int got = 0; got < max; ++got) {
            const int rc = sqlite3_step(m_stmt);
            if (rc == SQLITE_DONE) {
                m_end = true;
                return true;
            }
            if (rc != SQLITE_ROW) {
                m_end = true;
                *error = m_console.failure(QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_stmt))));
                return false;
            }
            QVariantList row;
            row.reserve(n);
            for (int i = 0; i < n; ++i)
                row << value(i);
            rows->append(std::move(row));
        }
        return true;
    }

private:
    QVariant value(int i) const
    {
        switch (sqlite3_column_type(m_stmt, i)) {
        case SQLITE_NULL:
            return {};
        case SQLITE_INTEGER:
            return qint64(sqlite3_column_int64(m_stmt, i));
        case SQLITE_FLOAT:
            return sqlite3_column_double(m_stmt, i);
        case SQLITE_BLOB:
            return QByteArray(static_cast<const char *>(sqlite3_column_blob(m_stmt, i)),
                              sqlite3_column_bytes(m_stmt, i));
        default:
            return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, i)),
                                     sqlite3_column_bytes(m_stmt, i));
        }
    }

    SqliteConsole &m_console;
    sqlite3_stmt *m_stmt;
    QStringList m_columns;
    bool m_end = false;
};

std::unique_ptr<SqliteConsole> SqliteConsole::open(const QString &path, QString *error)
{
    std::unique_ptr<SqliteConsole> console(new SqliteConsole);
    // Read-only: this connection cannot write the file whatever it is asked.
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &console->m_db,
                                   SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        *error = tr("cannot open the cache %1 for reading: %2")
                     .arg(path, QString::fromUtf8(console->m_db ? sqlite3_errmsg(console->m_db)
                                                                : sqlite3_errstr(rc)));
        return nullptr;
    }
    sqlite3 *db = console->m_db;
    sqlite3_busy_timeout(db, 5000);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_limit(db, SQLITE_LIMIT_ATTACHED, 0);
    char *message = nullptr;
    if (sqlite3_exec(db, "PRAGMA query_only = 1", nullptr, nullptr, &message) != SQLITE_OK) {
        *error = tr("cannot open the cache %1 for reading: %2").arg(path, QString::fromUtf8(message));
        sqlite3_free(message);
        return nullptr;
    }
    // Is it a cache at all? (Opening reads nothing; the first statement would say "not a database".)
    if (sqlite3_exec(db, "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, &message) != SQLITE_OK) {
        *error = tr("cannot read the cache %1: %2").arg(path, QString::fromUtf8(message));
        sqlite3_free(message);
        return nullptr;
    }
    sqlite3_set_authorizer(db, &SqliteConsole::authorize, console.get());
    sqlite3_progress_handler(db, 10000, &SqliteConsole::progress, console.get());
    return console;
}

SqliteConsole::~SqliteConsole()
{
    sqlite3_close_v2(m_db);
}

void SqliteConsole::cancel()
{
    m_cancel = true;
    if (m_busy)                  // an interrupt outlives the statement it was meant for when none runs
        sqlite3_interrupt(m_db); // a sort or an index build between progress checks stops too
}

bool SqliteConsole::hasViews()
{
    bool found = false;
    sqlite3_exec(
        m_db, "SELECT 1 FROM sqlite_schema WHERE type = 'view' AND name = 'live_records'",
        [](void *out, int, char **, char **) {
            *static_cast<bool *>(out) = true;
            return 0;
        },
        &found, nullptr);
    return found;
}

void SqliteConsole::arm()
{
    m_cancel = false;
    m_cancelled = false;
    m_timedOut = false;
    m_clock.start();
}

int SqliteConsole::progress(void *self)
{
    auto *c = static_cast<SqliteConsole *>(self);
    if (c->m_cancel.load()) {
        c->m_cancelled = true;
        return 1;
    }
    if (c->m_timeLimitMs > 0 && c->m_clock.hasExpired(c->m_timeLimitMs)) {
        c->m_timedOut = true;
        return 1;
    }
    return 0;
}

ConsoleError SqliteConsole::failure(const QString &message) const
{
    if (m_timedOut)
        return {ConsoleError::Kind::TimedOut,
                tr("Stopped after the time limit of %1 s. Narrow the question (a WHERE on an indexed "
                   "column, a LIMIT) or raise the limit.")
                    .arg(m_timeLimitMs / 1000.0)};
    if (m_cancelled || m_cancel.load())
        return {ConsoleError::Kind::Cancelled, tr("Cancelled.")};
    return {ConsoleError::Kind::Failed, message};
}

int SqliteConsole::authorize(void *self, int action, const char *a, const char *b, const char *db,
                             const char *)
{
    Q_UNUSED(db);
    auto *c = static_cast<SqliteConsole *>(self);
    const QByteArray first(a);
    auto refuse = [c](const QString &what) {
        if (c->m_refusal.isEmpty())
            c->m_refusal = what;
        return SQLITE_DENY;
    };
    switch (action) {
    case SQLITE_SELECT:
    case SQLITE_READ:
    case SQLITE_RECURSIVE:
        return SQLITE_OK;
    case SQLITE_FUNCTION:
        if (qstrcmp(b, "load_extension") == 0)
            return refuse(tr("would load an extension"));
        return SQLITE_OK;
    case SQLITE_PRAGMA:
        if (introspectionPragmas().contains(first.toLower()))
            return SQLITE_OK;
        if (settingPragmas().contains(first.toLower()) && b == nullptr)
            return SQLITE_OK;
        return refuse(
            b ? tr("would change the setting PRAGMA %1").arg(QString::fromUtf8(first))
              : tr("uses PRAGMA %1, which this console does not run").arg(QString::fromUtf8(first)));
    case SQLITE_UPDATE:
        // SQLite asks this of the schema table when a table-valued function (json_each,
        // pragma_table_info) is first used on a connection; it writes nothing. A person's UPDATE of it
        // is refused all the same: the statement is not read-only (and the connection is).
        if (first == "sqlite_master" || first == "sqlite_schema" || first == "sqlite_temp_master")
            return SQLITE_OK;
        return refuse(tr("would change the table %1").arg(QString::fromUtf8(first)));
    case SQLITE_INSERT:
    case SQLITE_DELETE:
        return refuse(tr("would change the table %1").arg(QString::fromUtf8(first)));
    case SQLITE_ATTACH:
    case SQLITE_DETACH:
        return refuse(tr("would attach or write another database file (ATTACH, DETACH or VACUUM)"));
    case SQLITE_TRANSACTION:
    case SQLITE_SAVEPOINT:
        return refuse(tr("starts or ends a transaction (each statement here reads one snapshot by itself)"));
    default:
        return refuse(tr("would change the cache's schema, indexes or statistics"));
    }
}

std::unique_ptr<ConsoleCursor> SqliteConsole::run(const QString &sql, ConsoleError *error)
{
    const QByteArray text = sql.toUtf8();
    m_refusal.clear();
    arm();
    m_busy = true;
    const auto idle = qScopeGuard([this]() { m_busy = false; });
    sqlite3_stmt *stmt = nullptr;
    const char *tail = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, text.constData(), int(text.size()), 0, &stmt, &tail);
    if (rc != SQLITE_OK) {
        if (!m_refusal.isEmpty())
            *error = {ConsoleError::Kind::Refused, writeRefused(m_refusal)};
        else
            *error = failure(QString::fromUtf8(sqlite3_errmsg(m_db)));
        return nullptr;
    }
    if (!stmt) {
        *error = {ConsoleError::Kind::Failed, tr("There is no statement to run.")};
        return nullptr;
    }
    // Whatever follows the first statement must be nothing (spaces, ';', comments).
    sqlite3_stmt *next = nullptr;
    const char *end = text.constData() + text.size();
    const int rest = sqlite3_prepare_v3(m_db, tail, int(end - tail), 0, &next, nullptr);
    sqlite3_finalize(next);
    if (rest != SQLITE_OK || next) {
        sqlite3_finalize(stmt);
        *error = {ConsoleError::Kind::Refused,
                  tr("Run one statement at a time: only the first may be given.")};
        return nullptr;
    }
    if (!sqlite3_stmt_readonly(stmt)) {
        sqlite3_finalize(stmt);
        *error = {ConsoleError::Kind::Refused, writeRefused(tr("would write"))};
        return nullptr;
    }
    return std::make_unique<SqliteConsoleCursor>(*this, stmt);
}

} // namespace nd
