#pragma once

#include <QSqlDatabase>
#include <QString>

#include <memory>

struct sqlite3;

namespace nd {

// One SQLite connection to the cache, for the thread that opened it. Opening applies the pragmas
// (WAL, synchronous=NORMAL, foreign keys, busy timeout), checks integrity and runs the ordered
// migrations up to the current schema version.
class Database
{
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // A corrupt cache is moved aside and rebuilt: the server is the source of truth for records.
    static std::unique_ptr<Database> open(const QString &path, QString *error);

    QSqlDatabase &sql() { return m_db; }
    sqlite3 *handle() const { return m_handle; }
    QString path() const { return m_path; }
    int schemaVersion();
    static int latestSchemaVersion();

    bool exec(const char *sql, QString *error = nullptr);
    bool begin(QString *error = nullptr) { return exec("BEGIN IMMEDIATE", error); }
    bool commit(QString *error = nullptr) { return exec("COMMIT", error); }
    void rollback() { exec("ROLLBACK"); }

private:
    Database() = default;
    bool migrate(QString *error);

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    sqlite3 *m_handle = nullptr;
};

// RAII transaction: rolls back unless committed.
class Transaction
{
public:
    explicit Transaction(Database &db)
        : m_db(db)
    {
        m_active = m_db.begin(&m_error);
    }
    ~Transaction()
    {
        if (m_active)
            m_db.rollback();
    }
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
    Database &m_db;
    bool m_active = false;
    QString m_error;
};

} // namespace nd
