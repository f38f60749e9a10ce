#include "cache/postgres/PgVacuum.h"

#include "cache/postgres/PgDb.h"
#include "cache/postgres/PgQuery.h"
#include "util/Logging.h"

#include <QElapsedTimer>

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
        if (m_db)
            m_db->interrupt();
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

QString PgVacuum::lastError() const
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    return m_error;
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
    // VACUUM cannot run inside a transaction: sent on its own. A role that does not own the table gets
    // a warning from the server, not an error, and nothing is done.
    bool ok = false;
    if (!cancelled && db) {
        PGresult *r = PQexec(db->handle(), "VACUUM (ANALYZE) records");
        ok = PQresultStatus(r) == PGRES_COMMAND_OK;
        if (!ok)
            error = pgResultError(r, db->handle());
        PQclear(r);
    }
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_db = nullptr;
        cancelled = m_cancelled;
        m_error = ok ? QString() : error;
    }
    db.reset();
    if (ok)
        qCInfo(lcDb) << "VACUUM (ANALYZE) records:" << timer.elapsed() << "ms";
    else if (!cancelled)
        qCWarning(lcDb).noquote() << "VACUUM (ANALYZE) records failed (autovacuum will do it later):"
                                  << error;
    ++m_finished;
    m_running = false;
}

} // namespace nd
