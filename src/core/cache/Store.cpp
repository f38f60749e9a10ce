#include "cache/Store.h"

#include "cache/ActionStore.h"
#include "cache/CatalogStore.h"
#include "cache/JournalStore.h"
#include "cache/ProxyStore.h"
#include "cache/RecordStore.h"
#include "cache/postgres/PgDb.h"
#include "cache/postgres/PgPageWriter.h"
#include "cache/postgres/PgSearchIndex.h"
#include "cache/postgres/PgVacuum.h"
#include "cache/sqlite/Database.h"
#include "cache/sqlite/SqlitePageWriter.h"
#include "cache/sqlite/SqliteSearchIndex.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace nd {

using namespace Qt::StringLiterals;

std::unique_ptr<PageWriter> PageWriter::create(SqlDb &db)
{
    if (db.dialect() == SqlDialect::Postgres)
        return std::make_unique<PgPageWriter>(static_cast<PgDb &>(db));
    return std::make_unique<SqlitePageWriter>(static_cast<Database &>(db));
}

bool Store::isPostgres(const QString &location)
{
    return PgDb::isUri(location);
}

QString Store::displayLocation(const QString &location)
{
    return isPostgres(location) ? PgDb::displayUri(location) : location;
}

QString Store::locationProblem(const QString &location)
{
    if (isPostgres(location))
        return PgDb::uriProblem(location);
    if (location.contains(u"://"_s))
        return tr("A shared cache is a postgresql:// URI (postgresql://user@host:port/dbname), not %1.")
            .arg(location.section(u'@', -1));
    if (QFileInfo(location).isDir())
        return tr("%1 is a folder: give the cache file inside it, e.g. %1/cache.sqlite").arg(location);
    return {};
}

std::unique_ptr<Store> Store::open(const QString &location, const Options &options, QString *error)
{
    std::unique_ptr<Store> store(new Store);
    store->m_location = displayLocation(location);
    if (isPostgres(location)) {
        PgDb::Options o;
        o.password = options.password;
        o.migrate = !options.reader;
        auto db = PgDb::open(location, o, error);
        if (!db)
            return nullptr;
        if (options.reader && db->schemaVersion() == 0) {
            // Nothing to read before the engine has created the tables.
            *error =
                QCoreApplication::translate(
                    "nd::Store",
                    "The shared cache %1 has no tables yet: Nango Desk creates them when it starts on it "
                    "with a role that may.")
                    .arg(store->m_location);
            return nullptr;
        }
        store->m_search = std::make_unique<PgSearchIndex>(*db);
        store->m_db = std::move(db);
        if (!options.reader) { // the engine's upkeep; a reader keeps no second copy of the password
            store->m_uri = location;
            store->m_password = options.password;
        }
    } else {
        Database::Options o;
        o.reader = options.reader;
        o.check = options.checkIntegrity;
        o.repair = options.repair;
        auto db = Database::open(location, o, error);
        if (!db)
            return nullptr;
        store->m_search = std::make_unique<SqliteSearchIndex>(*db);
        store->m_checked = db->checked();
        if (db->salvage().ran)
            store->m_salvage = db->salvage().describe();
        store->m_db = std::move(db);
    }
    store->build();
    return store;
}

void Store::build()
{
    m_records = std::make_unique<RecordStore>(*m_db, *m_search);
    m_catalog = std::make_unique<CatalogStore>(*m_db);
    m_journal = std::make_unique<JournalStore>(*m_db);
    m_actions = std::make_unique<ActionStore>(*m_db);
    m_proxies = std::make_unique<ProxyStore>(*m_db);
}

Store::~Store()
{
    m_vacuum.reset(); // cancelled if it still runs
    // The stores' prepared statements before their connection.
    m_proxies.reset();
    m_actions.reset();
    m_journal.reset();
    m_catalog.reset();
    m_records.reset();
    m_search.reset();
    m_db.reset();
}

Store::Lock Store::tryLockStream(qint64 streamId)
{
    if (dialect() != SqlDialect::Postgres)
        return Lock::Taken;
    auto q = m_db->prepare("SELECT pg_try_advisory_lock(?1, ?2)");
    q->bind(1, qint64(0x6e64)).bind(2, streamId); // ("nd", stream): apart from other users' locks
    if (!q->step())
        return Lock::Failed;
    return q->int64(0) == 1 ? Lock::Taken : Lock::Busy;
}

void Store::unlockStream(qint64 streamId)
{
    if (dialect() != SqlDialect::Postgres)
        return;
    auto q = m_db->prepare("SELECT pg_advisory_unlock(?1, ?2)");
    q->bind(1, qint64(0x6e64)).bind(2, streamId);
    q->run();
}

bool Store::canWrite()
{
    return dialect() != SqlDialect::Postgres || static_cast<PgDb &>(*m_db).canWrite();
}

qint64 Store::writerId() const
{
    return dialect() == SqlDialect::Postgres ? static_cast<const PgDb &>(*m_db).backendPid() : 0;
}

void Store::refreshStatistics()
{
    if (dialect() == SqlDialect::Postgres)
        m_db->exec("ANALYZE records, streams");
}

bool Store::vacuumInBackground()
{
    if (dialect() != SqlDialect::Postgres || m_uri.isEmpty())
        return false;
    if (!m_vacuum)
        m_vacuum = std::make_unique<PgVacuum>(m_uri, m_password);
    return m_vacuum->start();
}

bool Store::vacuumRunning() const
{
    return m_vacuum && m_vacuum->running();
}

} // namespace nd
