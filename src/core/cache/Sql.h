#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

namespace nd {

enum class SqlDialect { Sqlite, Postgres };

// One prepared statement of a cache connection. SQL is written once, in the dialect both stores
// accept (numbered placeholders ?1 ?2 or sequential ?, ON CONFLICT, RETURNING, FILTER), and each
// connection turns the placeholders into its own.
class SqlQuery
{
public:
    virtual ~SqlQuery() = default;

    virtual bool ok() const = 0;
    virtual QString error() const = 0;

    virtual SqlQuery &bind(int i, qint64 v) = 0;
    // A null QByteArray binds NULL.
    virtual SqlQuery &bind(int i, const QByteArray &v) = 0;
    virtual SqlQuery &bindNull(int i) = 0;
    // Bytes that may not be text (a provider's answer through the proxy, a webhook body).
    virtual SqlQuery &bindBlob(int i, const QByteArray &v) { return bind(i, v); }
    // No copy where the store allows it: `v` must stay alive and unchanged until the query runs.
    virtual SqlQuery &bindView(int i, const QByteArray &v) { return bindOrNull(i, v); }
    SqlQuery &bind(int i, const QString &v) { return v.isNull() ? bindNull(i) : bind(i, v.toUtf8()); }
    // Empty text binds NULL: the cache stores "no value" as NULL.
    SqlQuery &bindOrNull(int i, const QByteArray &v) { return v.isEmpty() ? bindNull(i) : bind(i, v); }
    // A row id, or NULL for none (0 or less).
    SqlQuery &bindIdOrNull(int i, qint64 id) { return id > 0 ? bind(i, id) : bindNull(i); }
    SqlQuery &bindOrNull(int i, const QString &v) { return bindOrNull(i, v.toUtf8()); }

    // Runs the statement on the first call; true while a row is available.
    virtual bool step() = 0;
    // True when the last step ended without an error (a row, or done).
    virtual bool done() const = 0;
    // Runs to completion and resets; false on error.
    virtual bool run() = 0;
    virtual void reset() = 0;
    // Rows inserted, updated or deleted by the last run.
    virtual qint64 changes() const = 0;

    virtual qint64 int64(int col) const = 0; // booleans read as 0 and 1
    virtual QByteArray bytes(int col) const = 0;
    virtual bool isNull(int col) const = 0;
    QString text(int col) const { return QString::fromUtf8(bytes(col)); }
};

// One connection to the cache, for the thread that opened it.
class SqlDb
{
public:
    virtual ~SqlDb() = default;

    virtual SqlDialect dialect() const = 0;
    virtual std::unique_ptr<SqlQuery> prepare(const char *sql) = 0;
    std::unique_ptr<SqlQuery> prepare(const QByteArray &sql) { return prepare(sql.constData()); }
    // One or more statements without parameters.
    virtual bool exec(const char *sql, QString *error = nullptr) = 0;
    // A write transaction (SQLite takes the write lock at once).
    virtual bool begin(QString *error = nullptr) = 0;
    bool commit(QString *error = nullptr) { return exec("COMMIT", error); }
    virtual void rollback() { exec("ROLLBACK"); }
    virtual QString lastError() const = 0;
    // Inside a write transaction: other clients of a shared cache hear, once it commits, that this
    // stream changed (PostgreSQL's NOTIFY; nothing for a file only this process writes).
    virtual void notifyStreamChanged(qint64 streamId) { Q_UNUSED(streamId); }
    // From any thread: the statement running on this connection stops soon with an error (a reader
    // whose query was overtaken by a newer one, or a window closing). Nothing when none runs.
    virtual void interrupt() {}
};

// RAII transaction: rolls back unless committed.
class Transaction
{
public:
    explicit Transaction(SqlDb &db)
        : m_db(db)
    {
        m_active = m_db.begin(&m_error);
    }
    ~Transaction()
    {
        if (m_active)
            m_db.rollback();
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    bool active() const { return m_active; }
    bool commit(QString *error = nullptr)
    {
        if (!m_active)
            return false;
        m_active = false;
        return m_db.commit(error);
    }
    QString error() const { return m_error; }

private:
    SqlDb &m_db;
    bool m_active = false;
    QString m_error;
};

} // namespace nd
