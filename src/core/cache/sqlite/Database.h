#pragma once

#include "cache/Sql.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

struct sqlite3;

namespace nd {

// One SQLite connection to the cache, for the thread that opened it. Opening applies the pragmas
// (WAL, synchronous=NORMAL, foreign keys, busy timeout), checks integrity and runs the ordered
// migrations up to the current schema version.
class Database : public SqlDb
{
public:
    ~Database() override;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // A corrupt cache is moved aside and rebuilt: the server is the source of truth for records.
    static std::unique_ptr<Database> open(const QString &path, QString *error);

    QSqlDatabase &sql() { return m_db; }
    sqlite3 *handle() const { return m_handle; }
    QString path() const { return m_path; }
    int schemaVersion();
    static int latestSchemaVersion();

    SqlDialect dialect() const override { return SqlDialect::Sqlite; }
    std::unique_ptr<SqlQuery> prepare(const char *sql) override;
    using SqlDb::prepare;
    bool exec(const char *sql, QString *error = nullptr) override;
    bool begin(QString *error = nullptr) override { return exec("BEGIN IMMEDIATE", error); }
    QString lastError() const override;

private:
    Database() = default;
    bool migrate(QString *error);

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    sqlite3 *m_handle = nullptr;
};

} // namespace nd
