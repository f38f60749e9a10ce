#pragma once

#include "cache/Sql.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <memory>
#include <mutex>

struct pg_conn;
typedef struct pg_conn PGconn;
struct pg_cancel;
typedef struct pg_cancel PGcancel;

namespace nd {

// One libpq connection to a PostgreSQL cache, for the thread that opened it. Opening checks the
// server, runs the numbered migrations (serialised between processes by an advisory lock, the
// version read again inside it) and refuses a schema written by a newer Nango Desk.
class PgDb : public SqlDb
{
public:
    struct Options
    {
        QByteArray password; // from the keychain; empty: libpq's PGPASSWORD or ~/.pgpass
        bool migrate = true; // readers leave the schema to the engine
        QString applicationName = QStringLiteral("nango-desk");
    };

    static bool isUri(const QString &location);
    // The URI as it may be shown and logged: never a password.
    static QString displayUri(const QString &uri);
    // Why the URI cannot be used (not a URI libpq reads, or it carries a password), or empty.
    static QString uriProblem(const QString &uri);
    static std::unique_ptr<PgDb> open(const QString &uri, const Options &options, QString *error);
    ~PgDb() override;
    PgDb(const PgDb &) = delete;
    PgDb &operator=(const PgDb &) = delete;

    SqlDialect dialect() const override { return SqlDialect::Postgres; }
    std::unique_ptr<SqlQuery> prepare(const char *sql) override;
    using SqlDb::prepare;
    bool exec(const char *sql, QString *error = nullptr) override;
    bool begin(QString *error = nullptr) override;
    // The server's session: a new one after a reconnection (a session's temporary tables, prepared
    // statements and advisory locks went with the old one).
    quint64 sessionEpoch() const { return m_sessionEpoch; }
    QString lastError() const override { return m_error; }
    void notifyStreamChanged(qint64 streamId) override;
    void interrupt() override;

    // The channel of NOTIFY: a payload is the id of a stream whose records or status changed (0: the
    // catalog); the notification carries the writer's backend process id.
    static constexpr const char *kChannel = "nangodesk_streams";

    PGconn *handle() const { return m_conn; }
    QString uri() const { return m_display; }
    // The role the server took this connection as, and its server process (a NOTIFY's sender).
    QString role() const;
    int backendPid() const;
    int schemaVersion();
    static int latestSchemaVersion();
    // What the connected role may do (a GUI for people who should not trigger syncs has no writes).
    bool canWrite();
    // COPY ... FROM STDIN (FORMAT binary) of `data`, already encoded.
    bool copyIn(const char *sql, const QByteArray &data, QString *error);

    // Turns ?N and ? placeholders into $N, outside string literals.
    static QByteArray toPgPlaceholders(const char *sql);

private:
    friend class PgQuery;
    PgDb() = default;
    bool migrate(QString *error);
    // A connection the server dropped (a restart, a failover, an idle timeout) is made again before
    // the next statement; false when the server still cannot be reached (that statement fails).
    bool ensureConnected();
    // Name of the server-side prepared statement for `sql` (prepared once per connection).
    QByteArray preparedName(const QByteArray &pgSql, int params, QString *error);
    void setError(const QString &error) { m_error = error; }

    PGconn *m_conn = nullptr;
    QString m_display;
    QString m_error;
    QHash<QByteArray, QByteArray> m_prepared;
    quint64 m_preparedEpoch = 0; // moves when every prepared statement was deallocated
    quint64 m_statementCounter = 0;
    quint64 m_sessionEpoch = 0;
    // Between BEGIN and COMMIT/ROLLBACK: a connection lost then is not made again until the
    // transaction is ended, so no statement of it runs on its own in a new session (a cursor
    // without its page).
    bool m_inTransaction = false;
    // The session's cancel handle, for interrupt() from another thread (made again on reconnecting).
    std::mutex m_cancelMutex;
    PGcancel *m_cancel = nullptr;
    void renewCancel();
};

} // namespace nd
