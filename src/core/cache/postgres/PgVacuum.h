#pragma once

#include <QByteArray>
#include <QString>

#include <atomic>
#include <mutex>
#include <thread>

namespace nd {

class PgDb;

// ANALYZE and VACUUM of the records table on a connection and a thread of its own, so the engine's
// thread goes on pulling meanwhile. After a large pull and after the search indexer's UPDATEs (each
// leaves its page not all-visible, and its new row version where there is room), it sets the
// visibility map and makes the old versions' space reusable: the browser's block boundaries, its
// skips and its counts read the order index alone instead of visiting the table row by row, and the
// planner sees the table as it now is. Autovacuum would do the same, a minute or more later.
class PgVacuum
{
public:
    PgVacuum(const QString &uri, const QByteArray &password);
    // Cancels what still runs (the server stops it between pages) and waits for the thread.
    ~PgVacuum();
    PgVacuum(const PgVacuum &) = delete;
    PgVacuum &operator=(const PgVacuum &) = delete;

    // Starts one unless one runs; false if one was running.
    bool start();
    bool running() const { return m_running; }

private:
    void run();

    QString m_uri;
    QByteArray m_password;
    std::thread m_thread;
    std::atomic<bool> m_running{false};
    std::mutex m_mutex; // m_db, m_cancelled
    PgDb *m_db = nullptr;
    bool m_cancelled = false;
};

} // namespace nd
