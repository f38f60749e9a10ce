#pragma once

#include "cache/Sql.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace nd {

class ActionStore;
class CatalogStore;
class JournalStore;
class PgVacuum;
class ProxyStore;
class RecordStore;
class SearchIndex;

// The cache, wherever it lives: a SQLite file on this computer, or a PostgreSQL database a team
// shares (`postgresql://user@host:port/dbname`). One connection and the stores over it, for the
// thread that opened it; every store speaks the same interface whatever the engine underneath.
class Store
{
    Q_DECLARE_TR_FUNCTIONS(nd::Store)

public:
    struct Options
    {
        QByteArray password;         // PostgreSQL, from the keychain; never in the location
        bool reader = false;         // a reader leaves migrations and checks to the engine
        bool checkIntegrity = false; // a file's integrity is checked even after a clean exit
        bool repair = true;          // false: a damaged file is reported, never moved aside
    };

    static std::unique_ptr<Store> open(const QString &location, const Options &options, QString *error);
    static std::unique_ptr<Store> open(const QString &location, QString *error)
    {
        return open(location, {}, error);
    }
    // A location that names a PostgreSQL database rather than a file.
    static bool isPostgres(const QString &location);
    // The location as it may be shown and logged (a URI without a password).
    static QString displayLocation(const QString &location);
    // Why a location cannot be used before anything is opened: something with "://" that is not a
    // postgresql:// URI, a URI libpq cannot read or that carries a password, a folder. Empty if none.
    static QString locationProblem(const QString &location);

    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    SqlDialect dialect() const { return m_db->dialect(); }
    QString location() const { return m_location; }
    SqlDb &db() { return *m_db; }
    RecordStore &records() { return *m_records; }
    CatalogStore &catalog() { return *m_catalog; }
    JournalStore &journal() { return *m_journal; }
    ActionStore &actions() { return *m_actions; }
    ProxyStore &proxies() { return *m_proxies; }
    SearchIndex &search() { return *m_search; }

    // Pulls of one stream from several processes on a shared cache take turns: Taken when this
    // connection now holds the stream (always, for a file of this process), Busy when another
    // client pulls it, Failed when the database could not be asked (lastError() says why).
    enum class Lock { Taken, Busy, Failed };
    Lock tryLockStream(qint64 streamId);
    void unlockStream(qint64 streamId);
    // False for a role without write grants (a shared cache used read-only).
    bool canWrite();
    // After many rows were written: PostgreSQL's planner statistics again (ANALYZE), so the
    // browser's first block is an index read, not a scan planned for the empty table of before.
    void refreshStatistics();
    // After a large pull, while it is indexed for search and once it is: PostgreSQL's ANALYZE and
    // VACUUM of the records table on a connection and thread of its own (see PgVacuum). False when
    // none was started (a file, a reader, or one still runs).
    bool vacuumInBackground();
    bool vacuumRunning() const;
    // Who writes through this connection, as other clients' StoreWatchers see it (PostgreSQL's
    // backend process id; 0 for a file).
    qint64 writerId() const;
    // Opening found the file damaged, made it anew and read back what it could: what was saved and
    // what was not (empty when nothing happened).
    QString salvageReport() const { return m_salvage; }
    // Opening checked the file's integrity (after an unclean exit, or when asked).
    bool integrityChecked() const { return m_checked; }

private:
    Store() = default;
    void build();

    QString m_location;
    QString m_salvage;
    bool m_checked = false;
    QString m_uri;         // PostgreSQL's engine store: the location as given (never with a password)
    QByteArray m_password; // PostgreSQL's engine store: for the background VACUUM's own connection
    std::unique_ptr<PgVacuum> m_vacuum;
    std::unique_ptr<SqlDb> m_db;
    std::unique_ptr<SearchIndex> m_search;
    std::unique_ptr<RecordStore> m_records;
    std::unique_ptr<CatalogStore> m_catalog;
    std::unique_ptr<JournalStore> m_journal;
    std::unique_ptr<ActionStore> m_actions;
    std::unique_ptr<ProxyStore> m_proxies;
};

} // namespace nd
