#include "cache/postgres/PgDb.h"

#include "cache/postgres/PgMigrations.h"
#include "util/Logging.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

#include <libpq-fe.h>
#include <vector>

namespace nd {

using namespace Qt::StringLiterals;

namespace {

constexpr Oid kByteaOid = 17;
constexpr int kMaxPrepared = 256;
// pg_advisory_xact_lock key of a schema migration ("ndmigr").
constexpr qint64 kMigrationLock = 0x6e646d696772LL;

QString tr(const char *text)
{
    return QCoreApplication::translate("nd::PgDb", text);
}

QString resultError(const PGresult *r, PGconn *conn)
{
    const char *message = r ? PQresultErrorMessage(r) : PQerrorMessage(conn);
    return QString::fromUtf8(message).trimmed();
}

// What to do about a failed connection, from libpq's words.
QString connectAdvice(const QString &message, const QString &display)
{
    const QString m = message.toLower();
    if (m.contains(u"password authentication failed"_s) || m.contains(u"no password supplied"_s) ||
        m.contains(u"authentication failed"_s))
        return QCoreApplication::translate("nd::PgDb", "PostgreSQL refused the credentials for %1. Save the "
                                                       "right password in Settings (it is kept in "
                                                       "the keychain), or give it with PGPASSWORD or "
                                                       "~/.pgpass; it is never taken from the command line.")
            .arg(display);
    if (m.contains(u"does not exist"_s) && m.contains(u"database"_s))
        return QCoreApplication::translate("nd::PgDb", "The database of %1 does not exist. Create it "
                                                       "(createdb NAME, as a role allowed to) or point "
                                                       "Nango Desk at another one.")
            .arg(display);
    if (m.contains(u"role"_s) && m.contains(u"does not exist"_s))
        return QCoreApplication::translate(
                   "nd::PgDb",
                   "The role of %1 does not exist on that server. Check the user name in the URI.")
            .arg(display);
    if (m.contains(u"ssl"_s) || m.contains(u"certificate"_s))
        return QCoreApplication::translate(
                   "nd::PgDb",
                   "The TLS connection to %1 failed. Check sslmode and sslrootcert in the URI (for example "
                   "sslmode=verify-full&sslrootcert=/path/ca.pem).")
            .arg(display);
    if (m.contains(u"connection refused"_s) || m.contains(u"could not connect"_s) ||
        m.contains(u"timeout"_s) || m.contains(u"could not translate host name"_s) ||
        m.contains(u"no route"_s))
        return QCoreApplication::translate("nd::PgDb", "Cannot reach the PostgreSQL server of %1. Check the "
                                                       "host and port, and that the server accepts "
                                                       "TCP connections from this computer.")
            .arg(display);
    return QCoreApplication::translate("nd::PgDb", "PostgreSQL refused the connection to %1.").arg(display);
}

// What to do about a statement that failed for want of a grant.
QString grantAdvice(const QString &message, const QString &role)
{
    const QString m = message.toLower();
    if (m.contains(u"permission denied for schema"_s))
        return QCoreApplication::translate("nd::PgDb", "The role %1 may not create tables here. As the "
                                                       "database's owner: GRANT CREATE ON SCHEMA public "
                                                       "TO %1; (or run Nango Desk once as a role that may, "
                                                       "then GRANT SELECT, INSERT, UPDATE, DELETE on "
                                                       "its tables).")
            .arg(role);
    if (m.contains(u"permission denied"_s))
        return QCoreApplication::translate(
                   "nd::PgDb",
                   "The role %1 lacks a grant on the cache's tables: GRANT SELECT, INSERT, UPDATE, DELETE ON "
                   "ALL "
                   "TABLES IN SCHEMA public TO %1; and USAGE on its sequences, or use this cache read-only.")
            .arg(role);
    return {};
}

} // namespace

// ---- a prepared statement ------------------------------------------------------------------------

class PgQuery : public SqlQuery
{
public:
    PgQuery(PgDb &db, QByteArray pgSql, QByteArray name, int params, QString error)
        : m_db(db)
        , m_sql(std::move(pgSql))
        , m_name(std::move(name))
        , m_epoch(db.m_preparedEpoch)
        , m_values(size_t(params))
        , m_null(size_t(params), true)
        , m_binary(size_t(params), 0)
        , m_error(std::move(error))
        , m_prepared(m_error.isEmpty())
        , m_ok(m_prepared)
    {}
    ~PgQuery() override { PQclear(m_result); }
    using SqlQuery::bind;
    using SqlQuery::bindOrNull;

    bool ok() const override { return m_ok; }
    QString error() const override { return m_error; }

    SqlQuery &bind(int i, qint64 v) override { return set(i, QByteArray::number(v), false); }
    SqlQuery &bind(int i, const QByteArray &v) override
    {
        return v.isNull() ? bindNull(i) : set(i, v.isEmpty() ? QByteArray("", 0) : v, false);
    }
    SqlQuery &bindBlob(int i, const QByteArray &v) override
    {
        return v.isNull() ? bindNull(i) : set(i, v.isEmpty() ? QByteArray("", 0) : v, true);
    }
    SqlQuery &bindNull(int i) override
    {
        if (i >= 1 && size_t(i) <= m_null.size())
            m_null[size_t(i) - 1] = true;
        return *this;
    }

    bool step() override
    {
        if (!m_executed && !execute())
            return false;
        ++m_row;
        return m_row < m_rows;
    }
    bool done() const override { return m_ok; }
    bool run() override
    {
        const bool good = m_executed ? m_ok : execute();
        reset();
        return good;
    }
    void reset() override
    {
        PQclear(m_result);
        m_result = nullptr;
        m_executed = false;
        m_row = -1;
        m_rows = 0;
        std::fill(m_null.begin(), m_null.end(), true);
        std::fill(m_binary.begin(), m_binary.end(), 0);
        // A failed run spoils no later use of the statement.
        m_ok = m_prepared;
    }
    qint64 changes() const override { return m_changes; }

    qint64 int64(int col) const override
    {
        const char *v = value(col);
        if (!v)
            return 0;
        if (v[0] == 't' && v[1] == 0)
            return 1;
        if (v[0] == 'f' && v[1] == 0)
            return 0;
        return QByteArray::fromRawData(v, qsizetype(qstrlen(v))).toLongLong();
    }
    QByteArray bytes(int col) const override
    {
        const char *v = value(col);
        if (!v)
            return {};
        const int length = PQgetlength(m_result, m_row, col);
        if (PQftype(m_result, col) == kByteaOid && length >= 2 && v[0] == '\\' && v[1] == 'x')
            return QByteArray::fromHex(QByteArray::fromRawData(v + 2, length - 2));
        return QByteArray(v, length);
    }
    bool isNull(int col) const override
    {
        return !m_result || m_row < 0 || m_row >= m_rows || PQgetisnull(m_result, m_row, col);
    }

private:
    SqlQuery &set(int i, QByteArray v, bool binary)
    {
        if (i >= 1 && size_t(i) <= m_values.size()) {
            // libpq reads a text parameter up to its NUL: an owned, terminated copy (a value may be
            // a view into a page's buffer).
            m_values[size_t(i) - 1] = binary ? std::move(v) : QByteArray(v.constData(), v.size());
            m_null[size_t(i) - 1] = false;
            m_binary[size_t(i) - 1] = binary ? 1 : 0;
        }
        return *this;
    }
    const char *value(int col) const
    {
        if (isNull(col))
            return nullptr;
        return PQgetvalue(m_result, m_row, col);
    }
    bool execute()
    {
        // A lost connection is made again first; a statement that could not be prepared (the
        // connection was down then) is prepared again rather than failing for ever.
        if (!m_db.ensureConnected()) {
            m_ok = false;
            m_error = m_db.lastError();
            return false;
        }
        const int n = int(m_values.size());
        if (!m_prepared)
            m_epoch = m_db.m_preparedEpoch - 1;
        std::vector<const char *> values(static_cast<size_t>(n));
        std::vector<int> lengths(static_cast<size_t>(n));
        for (int i = 0; i < n; ++i) {
            values[size_t(i)] = m_null[size_t(i)] ? nullptr : m_values[size_t(i)].constData();
            lengths[size_t(i)] = int(m_values[size_t(i)].size());
        }
        if (m_epoch != m_db.m_preparedEpoch) {
            // The connection's statements were deallocated (too many shapes of query): again.
            QString error;
            m_name = m_db.preparedName(m_sql, n, &error);
            m_epoch = m_db.m_preparedEpoch;
            m_prepared = error.isEmpty();
            if (!m_prepared) {
                m_ok = false;
                m_error = error;
                m_db.setError(error);
                return false;
            }
        }
        PQclear(m_result);
        m_result = PQexecPrepared(m_db.handle(), m_name.constData(), n, values.data(), lengths.data(),
                                  m_binary.data(), 0);
        m_executed = true;
        m_row = -1;
        const ExecStatusType status = PQresultStatus(m_result);
        if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
            m_ok = false;
            m_error = resultError(m_result, m_db.handle());
            m_db.setError(m_error);
            m_rows = 0;
            return false;
        }
        m_ok = true;
        m_rows = PQntuples(m_result);
        m_changes = QByteArray(PQcmdTuples(m_result)).toLongLong();
        return true;
    }

    PgDb &m_db;
    QByteArray m_sql;
    QByteArray m_name;
    quint64 m_epoch;
    std::vector<QByteArray> m_values;
    std::vector<bool> m_null;
    std::vector<int> m_binary;
    QString m_error;
    bool m_prepared;
    bool m_ok;
    PGresult *m_result = nullptr;
    bool m_executed = false;
    int m_row = -1;
    int m_rows = 0;
    qint64 m_changes = 0;
};

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
        return tr("The PostgreSQL URI carries a password. Leave it out: Nango Desk takes it from the keychain "
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
        *error = connectAdvice(message, db->m_display) + u" ("_s + message + u')';
        return nullptr;
    }
    // Notices (a table that already exists, ...) are for logs at debug level, not stderr.
    PQsetNoticeProcessor(
        db->m_conn, [](void *, const char *message) { qCDebug(lcDb) << "postgresql:" << message; }, nullptr);
    if (!db->exec("SET client_min_messages = warning", error))
        return nullptr;
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

PgDb::~PgDb()
{
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
        const QString advice = grantAdvice(why, role);
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
        m_error = connectAdvice(message, m_display) + u" ("_s + message + u')';
        return false;
    }
    // A new session: nothing prepared, no temporary table, no lock.
    m_prepared.clear();
    ++m_preparedEpoch;
    ++m_sessionEpoch;
    PGresult *r = PQexec(m_conn, "SET client_min_messages = warning");
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
        m_error = resultError(r, m_conn);
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
        *error = resultError(r, m_conn);
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
        *error = m_error = resultError(r, m_conn);
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
            *error = m_error = resultError(end, m_conn);
        }
        PQclear(end);
    }
    return good && sent;
}

} // namespace nd
