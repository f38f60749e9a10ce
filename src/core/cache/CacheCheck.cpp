#include "cache/CacheCheck.h"

#include "cache/Store.h"
#include "cache/postgres/PgDb.h"

#include <QFileInfo>

namespace nd {

namespace {

bool yes(SqlDb &db, const char *sql)
{
    auto q = db.prepare(sql);
    return q->step() && q->int64(0) == 1;
}

} // namespace

CacheCheck CacheCheck::run(const QString &location, const QByteArray &password)
{
    CacheCheck check;
    const QString shown = Store::displayLocation(location);
    if (const QString problem = Store::locationProblem(location); !problem.isEmpty()) {
        check.message = problem;
        return check;
    }
    if (!Store::isPostgres(location)) {
        const QFileInfo file(location);
        check.ok =
            file.exists() ? file.isFile() && file.isWritable() : QFileInfo(file.absolutePath()).isWritable();
        check.message = check.ok ? tr("The cache file %1 can be used.").arg(shown)
                                 : tr("The cache file %1 cannot be written here.").arg(shown);
        return check;
    }
    QString error;
    PgDb::Options options;
    options.password = password;
    options.migrate = false; // a test changes nothing: the engine creates or upgrades the tables
    const std::unique_ptr<PgDb> db = PgDb::open(location, options, &error);
    if (!db) {
        check.message = error;
        return check;
    }
    PgDb &pg = *db;
    check.schemaVersion = pg.schemaVersion();
    const QString role = pg.role();
    if (check.schemaVersion == 0) {
        const bool canCreate =
            yes(pg, "SELECT CASE WHEN has_schema_privilege(current_user, current_schema(), "
                    "'CREATE') THEN 1 ELSE 0 END");
        check.ok = canCreate;
        check.readOnly = !canCreate;
        check.message =
            canCreate
                ? tr("Connected to %1 as %2. The database is empty: Nango Desk creates its tables when it "
                     "starts with this cache.")
                      .arg(shown, role)
                : tr("Connected to %1 as %2, but the database is empty and %2 may not create tables in it. "
                     "Ask its owner to run: GRANT CREATE ON SCHEMA public TO %2; or to start Nango Desk "
                     "once as the owner.")
                      .arg(shown, role);
        return check;
    }
    auto count = pg.prepare("SELECT count(*) FROM streams");
    check.streams = count->step() ? count->int64(0) : 0;
    check.readOnly = !pg.canWrite();
    check.ok = true;
    const QString streams = tr("%n sync stream(s)", nullptr, int(check.streams));
    check.message =
        check.readOnly
            ? tr("Connected to %1 as %2: schema %3, %4. %2 may only read it: this window shows the "
                 "cache but neither pulls nor changes syncs.")
                  .arg(shown, role)
                  .arg(check.schemaVersion)
                  .arg(streams)
            : tr("Connected to %1 as %2: schema %3, %4. Several Nango Desks and watch services may "
                 "share it; each stream is pulled by one of them at a time.")
                  .arg(shown, role)
                  .arg(check.schemaVersion)
                  .arg(streams);
    return check;
}

} // namespace nd
