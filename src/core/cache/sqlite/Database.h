#pragma once

#include "cache/Sql.h"
#include "cache/sqlite/Salvage.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

struct sqlite3;

namespace nd {

// One SQLite connection to the cache, for the thread that opened it. Opening applies the pragmas
// (WAL, synchronous=NORMAL, foreign keys, busy timeout). Only the engine's connection looks after the
// file: it runs the ordered migrations (the version read again inside the write lock, so two
// processes opening a fresh cache do not both create it), checks integrity after an unclean exit
// of an engine (or when asked), and rebuilds a damaged cache. A reader does none of that.
class Database : public SqlDb
{
public:
    struct Options
    {
        bool reader = false; // a reader never migrates, checks or moves the file
        bool check = false;  // the engine checks integrity even after a clean exit
        bool repair = true;  // false: damage is reported, the file left as it is (and unclean exits
                             // left for the next engine that may repair)
    };

    ~Database() override;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // A corrupt cache is moved aside and rebuilt: the server is the source of truth for records.
    static std::unique_ptr<Database> open(const QString &path, const Options &options, QString *error);
    static std::unique_ptr<Database> open(const QString &path, QString *error)
    {
        return open(path, Options{}, error);
    }
    // Whether opening ran PRAGMA quick_check (after an unclean exit, or when asked).
    bool checked() const { return m_checked; }
    // What was read back from a damaged file when opening made the cache anew (ran: false if not).
    const SalvageReport &salvage() const { return m_salvage; }

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
    // A write interrupted mid-statement (a quit) has had its transaction rolled back by SQLite
    // already: nothing to do then, and no "SQL failed" in the log.
    void rollback() override;
    // A read transaction for a reader's statements that must see one snapshot: true if one began
    // here (none was open), then endRead() ends it, and makes sure it ended.
    bool beginRead();
    void endRead();
    QString lastError() const override;
    void interrupt() override;

private:
    Database() = default;
    bool migrate(QString *error);
    // Whether an engine of this cache ended without closing it (its marker is left, its process gone).
    bool uncleanExit() const;

    QString m_marker; // the engine's "open" marker beside the file, removed when it closes cleanly
    bool m_checked = false;
    SalvageReport m_salvage;
    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    sqlite3 *m_handle = nullptr;
};

} // namespace nd
