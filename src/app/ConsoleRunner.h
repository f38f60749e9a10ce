#pragma once

#include "cache/QueryConsole.h"

#include <QMetaType>
#include <QObject>
#include <QThread>
#include <QThreadPool>

#include <memory>
#include <mutex>

namespace nd {

// Runs the SQL console's statements on its own thread and read-only connection: the GUI thread
// never waits on the cache. A statement is numbered; its first block of rows comes with its
// columns, further blocks when the table asks for them (the statement stays open meanwhile, until
// its rows are all read, a newer one starts, cancel(), or a minute without a request). Export re-runs it to a
// file.
class ConsoleRunner : public QObject
{
    Q_OBJECT
public:
    explicit ConsoleRunner(QObject *parent = nullptr);
    ~ConsoleRunner() override;

    // Starts `sql` (ending the statement before it); returns its number.
    quint64 run(const QString &location, const QByteArray &password, const QString &sql, int timeLimitMs);
    void fetchMore(quint64 statement, int rows);
    // From the GUI thread: what runs now stops, and the open statement ends.
    void cancel();
    // Writes every row of `sql` to `path` as CSV (the file appears whole or not at all).
    void exportCsv(const QString &location, const QByteArray &password, const QString &sql, int timeLimitMs,
                   const QString &path);

    static constexpr int kBlock = 1000;

Q_SIGNALS:
    void started(quint64 statement, const QStringList &columns);
    void rowsReady(quint64 statement, const QList<QVariantList> &rows, bool atEnd, qint64 elapsedMs);
    void failed(quint64 statement, int kind, const QString &message);
    void exported(bool ok, qint64 rows, const QString &message);
    // The statement's further rows were left unread for a minute: it was ended (run it again).
    void closedIdle(quint64 statement);

private:
    class Worker;
    void deliver(Worker *worker, quint64 statement, const QList<QVariantList> &rows);
    QThread m_thread;
    Worker *m_worker;
    std::atomic<quint64> m_latest{0};
    std::atomic<quint64> m_running{0}; // the statement the worker runs now (0: none)
    std::mutex m_consoleMutex;         // guards m_console against the worker replacing it
    QThreadPool m_cancels;             // where cancel() asks the console to stop
    QueryConsole *m_console = nullptr;
};

} // namespace nd
