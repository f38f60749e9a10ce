#include "cache/postgres/PgVacuum.h"

#include "cache/postgres/PgDb.h"
#include "cache/postgres/PgQuery.h"
#include "util/Logging.h"

#include <QElapsedTimer>

#include <chrono>
#include <libpq-fe.h>

namespace nd {

PgVacuum::PgVacuum(const QString &uri, const QByteArray &password)
    : m_uri(uri)
    , m_password(password)
{}

PgVacuum::~PgVacuum()
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_cancelled = true;
    }
    // Again until the thread ends: a cancel that reaches the server between its two statements is
    // dropped there.
    while (m_running) {
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            if (m_db)
                m_db->interrupt();
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    if (m_thread.joinable())
        m_thread.join();
}

bool PgVacuum::start()
{
    if (m_running)
        return false;
    if (m_thread.joinable())
        m_thread.join(); // the last one's thread, already at its end
    m_running = true;
    m_thread = std::thread(&PgVacuum::run, this);
    return true;
}

void PgVacuum::run()
{
    QElapsedTimer timer;
    timer.start();
    PgDb::Options options;
    options.password = m_password;
    options.migrate = false;
    options.applicationName = QStringLiteral("nango-desk (vacuum)");
    QString error;
    std::unique_ptr<PgDb> db = PgDb::open(m_uri, options, &error);
    bool cancelled = false;
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_db = db.get();
        cancelled = m_cancelled;
    }
    // The planner's statistics first (a second or so at a million rows): a search that comes while
    // VACUUM still runs is planned for the table as it now is, its search column filled in (the
    // statistics of after the pull knew it empty and chose a bitmap scan and a sort of every match
    // for a word in half the records: 2.2 s instead of 21 ms). Then VACUUM, outside a transaction. A
    // role that does not own the table gets a warning from the server, not an error, and nothing
    // is done. The ANALYZE commits with synchronous_commit local (on, without waiting for standbys,
    // which could hold its lock on records while one is down), which flushes the WAL of every commit
    // before it: on a server (or a session) with it off, the last pages' commits may not be flushed
    // yet, and VACUUM cannot set the hint bits of their rows, so it leaves their pages not
    // all-visible (seen on the test cluster: a fifth of the pages, until autovacuum came a minute
    // later). (A transaction that writes no WAL, as SELECT txid_current(), commits without a flush.)
    bool ok = !cancelled && db;
    for (const char *sql : {"SET synchronous_commit = local", "ANALYZE records", "VACUUM records"}) {
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            ok = ok && !m_cancelled;
        }
        if (!ok)
            break;
        PGresult *r = PQexec(db->handle(), sql);
        ok = PQresultStatus(r) == PGRES_COMMAND_OK;
        if (!ok)
            error = pgResultError(r, db->handle());
        PQclear(r);
    }
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_db = nullptr;
        cancelled = m_cancelled;
    }
    db.reset();
    if (ok)
        qCInfo(lcDb) << "ANALYZE and VACUUM of records:" << timer.elapsed() << "ms";
    else if (!cancelled)
        qCWarning(lcDb).noquote() << "ANALYZE and VACUUM of records failed (autovacuum will do it later):"
                                  << error;
    m_running = false;
}

} // namespace nd
