#include "cache/postgres/PgDb.h"

#include "cache/postgres/PgAdvice.h"
#include "cache/postgres/PgMigrations.h"
#include "cache/postgres/PgQuery.h"
#include "util/Logging.h"
#include "util/Translate.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

#include <libpq-fe.h>
#include <vector>

namespace nd {

using namespace Qt::StringLiterals;

namespace {

constexpr int kMaxPrepared = 256;
// Each session's settings. Warnings and worse only (notices go to the debug log). No JIT: the cache's
// statements are short or stream their rows to a screen, and compiling one took 12-160 ms of a
// browser's 100 ms (measured at a million records); a server's own jit setting is left alone for
// everyone else.
constexpr const char *kSessionSettings = "SET client_min_messages = warning; SET jit = off";
// pg_advisory_xact_lock key of a schema migration ("ndmigr").
constexpr qint64 kMigrationLock = 0x6e646d696772LL;

QString tr(const char *text)
{
    return trIn("nd::PgDb", text);
}

} // namespace

// ---- the connection ------------------------------------------------------------------------------

bool PgDb::isUri(const QString &location)
{
    return location.startsWith(u"postgresql://"_s) || location.startsWith(u"postgres://"_s);
}

QString PgDb::displayUri(const QString &uri)
{
    // Neither user:password@ nor a password=... parameter is ever shown or logged.
    QUrl url(uri);
    url.setPassword({});
    QUrlQuery query(url);
    if (query.hasQueryItem(u"password"_s)) {
        query.removeAllQueryItems(u"password"_s);
        url.setQuery(query);
    }
    return url.toString(QUrl::RemovePassword);
}

QString PgDb::uriProblem(const QString &uri)
{
    char *parseError = nullptr;
    PQconninfoOption *parsed = PQconninfoParse(uri.toUtf8().constData(), &parseError);
    if (!parsed) {
        const QString why = QString::fromUtf8(parseError).trimmed();
        PQfreemem(parseError);
        return tr("%1 is not a PostgreSQL URI: %2").arg(displayUri(uri), why);
    }
    bool hasPassword = false;
    for (PQconninfoOption *o = parsed; o->keyword; ++o)
        hasPassword = hasPassword || (qstrcmp(o->keyword, "password") == 0 && o->val && *o->val);
    PQconninfoFree(parsed);
    if (hasPassword)
        return tr(
            "The PostgreSQL URI carries a password. Leave it out: Nango Desk takes it from the keychain "
            "(Settings), PGPASSWORD or ~/.pgpass, so it never shows on a command line or in a log.");
    return {};
}

QByteArray PgDb::toPgPlaceholders(const char *sql)
{
    QByteArray out;
    int sequential = 0;
    bool inString = false;
    for (const char *p = sql; *p; ++p) {
        const char c = *p;
        if (c == '\'') {
            inString = !inString;
            out += c;
            continue;
        }
        if (c == '?' && !inString) {
            out += '$';
            if (p[1] >= '0' && p[1] <= '9') {
                while (p[1] >= '0' && p[1] <= '9')
                    out += *++p;
            } else {
                out += QByteArray::number(++sequential);
            }
            continue;
        }
        out += c;
    }
    return out;
}

std::unique_ptr<PgDb> PgDb::open(const QString &uri, const Options &options, QString *error)
{
    std::unique_ptr<PgDb> db(new PgDb);
    db->m_display = displayUri(uri);
    if (const QString problem = uriProblem(uri); !problem.isEmpty()) {
        *error = problem;
        return nullptr;
    }
    bool hasTimeout = false;
    PQconninfoOption *parsed = PQconninfoParse(uri.toUtf8().constData(), nullptr);
    for (PQconninfoOption *o = parsed; o && o->keyword; ++o)
        hasTimeout = hasTimeout || (qstrcmp(o->keyword, "connect_timeout") == 0 && o->val && *o->val);
    PQconninfoFree(parsed);
    const QByteArray dbname = uri.toUtf8();
    const QByteArray appName = options.applicationName.toUtf8();
    std::vector<const char *> keys{"dbname", "application_name"};
    std::vector<const char *> values{dbname.constData(), appName.constData()};
    if (!options.password.isEmpty()) {
        keys.push_back("password");
        values.push_back(options.password.constData());
    }
    if (!hasTimeout) {
        keys.push_back("connect_timeout");
        values.push_back("10");
    }
    keys.push_back(nullptr);
    values.push_back(nullptr);
    db->m_conn = PQconnectdbParams(keys.data(), values.data(), 1);
    if (PQstatus(db->m_conn) != CONNECTION_OK) {
        const QString message = QString::fromUtf8(PQerrorMessage(db->m_conn)).trimmed();
        *error = pgConnectAdvice(message, db->m_display) + u" ("_s + message + u')';
        return nullptr;
    }
    // Notices (a table that already exists, ...) are for logs at debug level, not stderr.
    PQsetNoticeProcessor(
        db->m_conn, [](void *, const char *message) { qCDebug(lcDb) << "postgresql:" << message; }, nullptr);
    if (!db->exec(kSessionSettings, error))
        return nullptr;
    db->renewCancel();
    if (options.migrate) {
        if (!db->migrate(error))
            return nullptr;
    } else {
        const int version = db->schemaVersion();
        if (version > latestSchemaVersion()) {
            *error = tr("The cache %1 was written by a newer Nango Desk (schema %2; this one knows %3). "
                        "Update Nango "
                        "Desk, or point it at another cache.")
                         .arg(db->m_display)
                         .arg(version)
                         .arg(latestSchemaVersion());
            return nullptr;
        }
    }
    qCDebug(lcDb).noquote() << "cache on PostgreSQL" << db->m_display << "schema" << db->schemaVersion();
    return db;
}

void PgDb::renewCancel()
{
    const std::lock_guard<std::mutex> lock(m_cancelMutex);
    if (m_cancel)
        PQfreeCancel(m_cancel);
    m_cancel = PQgetCancel(m_conn);
}

void PgDb::interrupt()
{
    const std::lock_guard<std::mutex> lock(m_cancelMutex);
    char error[256];
    if (m_cancel)
        PQcancel(m_cancel, error, int(sizeof error)); // thread-safe with its own handle
}

PgDb::~PgDb()
{
    {
        const std::lock_guard<std::mutex> lock(m_cancelMutex);
        if (m_cancel)
            PQfreeCancel(m_cancel);
        m_cancel = nullptr;
    }
    if (m_conn)
        PQfinish(m_conn);
}

int PgDb::latestSchemaVersion()
{
    return int(pgMigrations().size());
}

int PgDb::schemaVersion()
{
    PGresult *r = PQexec(m_conn, "SELECT version FROM nangodesk_schema");
    int version = 0;
    if (PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) == 1)
        version = QByteArray(PQgetvalue(r, 0, 0)).toInt();
    PQclear(r);
    return version;
}

bool PgDb::migrate(QString *error)
{
    const QString role = this->role();
    // Current already: nothing to lock or create (a role without CREATE opens it as it is).
    if (schemaVersion() == latestSchemaVersion())
        return true;
    auto fail = [&](const QString &what, const QString &why) {
        rollback();
        const QString advice = pgGrantAdvice(why, role);
        *error = what + u": "_s + why + (advice.isEmpty() ? QString() : u' ' + advice);
        return false;
    };
    QString why;
    if (!begin(&why))
        return fail(tr("Cannot use the cache %1").arg(m_display), why);
    // One process at a time migrates; the others wait here, then find the schema current.
    if (!exec(QByteArray("SELECT pg_advisory_xact_lock(" + QByteArray::number(kMigrationLock) + ")")
                  .constData(),
              &why) ||
        !exec("CREATE TABLE IF NOT EXISTS nangodesk_schema (version INTEGER NOT NULL)", &why) ||
        !exec("INSERT INTO nangodesk_schema (version) SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM "
              "nangodesk_schema)",
              &why))
        return fail(tr("Cannot prepare the cache %1").arg(m_display), why);
    const int current = schemaVersion();
    const int latest = latestSchemaVersion();
    if (current > latest) {
        rollback();
        *error =
            tr("The cache %1 was written by a newer Nango Desk (schema %2; this one knows %3). Update Nango "
               "Desk, or point it at another cache.")
                .arg(m_display)
                .arg(current)
                .arg(latest);
        return false;
    }
    for (int v = current; v < latest; ++v) {
        if (!exec(pgMigrations()[size_t(v)], &why) ||
            !exec(
                QByteArray("UPDATE nangodesk_schema SET version = " + QByteArray::number(v + 1)).constData(),
                &why))
            return fail(tr("Cannot upgrade the cache %1 to schema %2").arg(m_display).arg(v + 1), why);
    }
    if (!commit(&why))
        return fail(tr("Cannot upgrade the cache %1").arg(m_display), why);
    if (latest > current)
        qCInfo(lcDb) << "PostgreSQL cache schema upgraded from" << current << "to" << latest;
    return true;
}

bool PgDb::begin(QString *error)
{
    const bool ok = exec("BEGIN", error);
    m_inTransaction = ok;
    return ok;
}

bool PgDb::ensureConnected()
{
    if (PQstatus(m_conn) == CONNECTION_OK)
        return true;
    if (m_inTransaction) {
        m_error = tr("The connection to %1 was lost in the middle of a transaction; nothing of it was "
                     "kept.")
                      .arg(m_display);
        return false;
    }
    qCWarning(lcDb).noquote() << "the connection to" << m_display << "was lost; connecting again";
    PQreset(m_conn);
    if (PQstatus(m_conn) != CONNECTION_OK) {
        const QString message = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
        m_error = pgConnectAdvice(message, m_display) + u" ("_s + message + u')';
        return false;
    }
    // A new session: nothing prepared, no temporary table, no lock.
    m_prepared.clear();
    ++m_preparedEpoch;
    ++m_sessionEpoch;
    renewCancel();
    PGresult *r = PQexec(m_conn, kSessionSettings);
    PQclear(r);
    qCInfo(lcDb).noquote() << "connected to" << m_display << "again";
    return true;
}

bool PgDb::exec(const char *sql, QString *error)
{
    const bool ends = qstrcmp(sql, "COMMIT") == 0 || qstrcmp(sql, "ROLLBACK") == 0;
    if (ends && PQstatus(m_conn) != CONNECTION_OK) {
        // The session and its transaction are gone: a rollback has nothing left to do, a commit failed.
        m_inTransaction = false;
        const bool rollback = qstrcmp(sql, "ROLLBACK") == 0;
        if (!rollback && error)
            *error = tr("The connection to %1 was lost before the commit; nothing of the transaction was "
                        "kept.")
                         .arg(m_display);
        return rollback;
    }
    if (ends)
        m_inTransaction = false;
    if (!ensureConnected()) {
        if (error)
            *error = m_error;
        return false;
    }
    PGresult *r = PQexec(m_conn, sql);
    const ExecStatusType status = PQresultStatus(r);
    const bool good = status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
    if (!good) {
        m_error = pgResultError(r, m_conn);
        if (error)
            *error = m_error;
        qCWarning(lcDb).noquote() << "SQL failed:" << m_error;
    }
    PQclear(r);
    return good;
}

QByteArray PgDb::preparedName(const QByteArray &pgSql, int params, QString *error)
{
    const auto it = m_prepared.constFind(pgSql);
    if (it != m_prepared.constEnd())
        return it.value();
    if (m_prepared.size() >= kMaxPrepared) {
        // Dynamic filters make many shapes of query: start over rather than grow without end.
        exec("DEALLOCATE ALL");
        m_prepared.clear();
        ++m_preparedEpoch; // the statements still held prepare themselves again on their next run
    }
    const QByteArray name = "nd" + QByteArray::number(++m_statementCounter); // unique on this connection
    PGresult *r = PQprepare(m_conn, name.constData(), pgSql.constData(), 0, nullptr);
    const bool good = PQresultStatus(r) == PGRES_COMMAND_OK;
    if (!good)
        *error = pgResultError(r, m_conn);
    PQclear(r);
    Q_UNUSED(params);
    if (!good)
        return {};
    m_prepared.insert(pgSql, name);
    return name;
}

std::unique_ptr<SqlQuery> PgDb::prepare(const char *sql)
{
    ensureConnected(); // if it fails, so does the statement, with the reason
    const QByteArray pgSql = toPgPlaceholders(sql);
    // The highest $N is the parameter count.
    int params = 0;
    for (qsizetype i = 0; i < pgSql.size(); ++i) {
        if (pgSql.at(i) != '$')
            continue;
        int n = 0;
        qsizetype j = i + 1;
        while (j < pgSql.size() && pgSql.at(j) >= '0' && pgSql.at(j) <= '9')
            n = n * 10 + (pgSql.at(j++) - '0');
        params = std::max(params, n);
    }
    QString error;
    const QByteArray name = preparedName(pgSql, params, &error);
    if (!error.isEmpty())
        m_error = error;
    return std::make_unique<PgQuery>(*this, pgSql, name, params, error);
}

void PgDb::notifyStreamChanged(qint64 streamId)
{
    auto q = prepare("SELECT pg_notify('nangodesk_streams', ?1)");
    q->bind(1, QByteArray::number(streamId));
    q->run();
}

int PgDb::backendPid() const
{
    return PQbackendPID(m_conn);
}

QString PgDb::role() const
{
    return QString::fromUtf8(PQuser(m_conn));
}

bool PgDb::canWrite()
{
    PGresult *r = PQexec(m_conn, "SELECT has_table_privilege(current_user, 'records', 'INSERT') AND "
                                 "has_table_privilege(current_user, 'streams', 'UPDATE')");
    const bool yes =
        PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) == 1 && PQgetvalue(r, 0, 0)[0] == 't';
    PQclear(r);
    return yes;
}

bool PgDb::copyIn(const char *sql, const QByteArray &data, QString *error)
{
    PGresult *r = PQexec(m_conn, sql);
    if (PQresultStatus(r) != PGRES_COPY_IN) {
        *error = m_error = pgResultError(r, m_conn);
        PQclear(r);
        return false;
    }
    PQclear(r);
    const bool sent = PQputCopyData(m_conn, data.constData(), int(data.size())) == 1;
    if (PQputCopyEnd(m_conn, sent ? nullptr : "client failed to send the data") != 1) {
        *error = m_error = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
        return false;
    }
    bool good = true;
    while (PGresult *end = PQgetResult(m_conn)) {
        if (PQresultStatus(end) != PGRES_COMMAND_OK) {
            good = false;
            *error = m_error = pgResultError(end, m_conn);
        }
        PQclear(end);
    }
    return good && sent;
}

} // namespace nd
