#include "ConsoleRunner.h"

#include "export/ResultWriter.h"

#include <QElapsedTimer>
#include <QSaveFile>
#include <QTimer>

namespace nd {

using namespace Qt::StringLiterals;

class ConsoleRunner::Worker : public QObject
{
public:
    // The console for `location`, opened (again) when it changed.
    QueryConsole *console(ConsoleRunner *runner, const QString &location, const QByteArray &password,
                          QString *error)
    {
        if (m_console && m_location == location && m_password == password)
            return m_console.get();
        close();
        {
            const std::lock_guard<std::mutex> lock(runner->m_consoleMutex);
            runner->m_console = nullptr;
        }
        m_console = QueryConsole::open(location, password, error);
        if (!m_console)
            return nullptr;
        m_location = location;
        m_password = password;
        const std::lock_guard<std::mutex> lock(runner->m_consoleMutex);
        runner->m_console = m_console.get();
        return m_console.get();
    }

    void close()
    {
        m_cursor.reset();
        if (m_idle)
            m_idle->stop();
    }
    // A statement whose rows nobody asks for a while is ended: its read snapshot would hold back
    // the engine's checkpoints (the WAL file grows) for as long as the window stays open.
    void keepOpen(ConsoleRunner *runner)
    {
        if (!m_idle) {
            m_idle = new QTimer(this);
            m_idle->setSingleShot(true);
            m_idle->setInterval(kIdleMs);
            connect(m_idle, &QTimer::timeout, this, [this, runner]() {
                if (!m_cursor)
                    return;
                m_cursor.reset();
                Q_EMIT runner->closedIdle(m_statement);
            });
        }
        m_idle->start();
    }

    static constexpr int kIdleMs = 60000;
    std::unique_ptr<QueryConsole> m_console;
    std::unique_ptr<ConsoleCursor> m_cursor; // before m_console goes
    QTimer *m_idle = nullptr;
    quint64 m_statement = 0;
    QElapsedTimer m_clock;
    QString m_location;
    QByteArray m_password;
};

ConsoleRunner::ConsoleRunner(QObject *parent)
    : QObject(parent)
    , m_worker(new Worker)
{
    qRegisterMetaType<QList<QVariantList>>();
    m_thread.setObjectName(u"sql-console"_s);
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

ConsoleRunner::~ConsoleRunner()
{
    cancel();
    m_cancels.waitForDone();
    QMetaObject::invokeMethod(
        m_worker,
        [this, w = m_worker]() {
            {
                const std::lock_guard<std::mutex> lock(m_consoleMutex);
                m_console = nullptr;
            }
            delete w;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void ConsoleRunner::cancel()
{
    const quint64 now = ++m_latest; // the open statement's further blocks are not wanted any more
    // Off the GUI thread: PostgreSQL's cancel opens a connection of its own to the server.
    // Only what ran before this cancel: a statement started since is newer than `now`.
    m_cancels.start([this, now]() {
        const std::lock_guard<std::mutex> lock(m_consoleMutex);
        const quint64 running = m_running;
        if (m_console && running != 0 && running < now)
            m_console->cancel();
    });
    // An open statement holds a read snapshot (the engine's checkpoints wait for it): end it.
    QMetaObject::invokeMethod(m_worker, [this, w = m_worker, now]() {
        if (m_latest == now)
            w->close();
    });
}

quint64 ConsoleRunner::run(const QString &location, const QByteArray &password, const QString &sql,
                           int timeLimitMs)
{
    cancel();
    const quint64 statement = ++m_latest;
    QMetaObject::invokeMethod(m_worker,
                              [this, w = m_worker, statement, location, password, sql, timeLimitMs]() {
                                  if (m_latest != statement)
                                      return; // a newer statement, or a cancel, came first
                                  w->close();
                                  QString why;
                                  QueryConsole *console = w->console(this, location, password, &why);
                                  if (!console) {
                                      Q_EMIT failed(statement, int(ConsoleError::Kind::Failed), why);
                                      return;
                                  }
                                  console->setTimeLimitMs(timeLimitMs);
                                  w->m_clock.start();
                                  ConsoleError error;
                                  m_running = statement;
                                  w->m_cursor = console->run(sql, &error);
                                  QList<QVariantList> rows;
                                  if (w->m_cursor && !w->m_cursor->fetch(kBlock, &rows, &error))
                                      w->m_cursor.reset();
                                  m_running = 0;
                                  if (!w->m_cursor) {
                                      Q_EMIT failed(statement, int(error.kind), error.message);
                                      return;
                                  }
                                  w->m_statement = statement;
                                  Q_EMIT started(statement, w->m_cursor->columns());
                                  deliver(w, statement, rows);
                              });
    return statement;
}

void ConsoleRunner::fetchMore(quint64 statement, int count)
{
    QMetaObject::invokeMethod(m_worker, [this, w = m_worker, statement, count]() {
        if (!w->m_cursor || w->m_statement != statement)
            return;
        if (m_latest != statement) {
            w->close(); // cancelled: the statement ends here
            return;
        }
        w->m_clock.start();
        QList<QVariantList> rows;
        ConsoleError error;
        m_running = statement;
        const bool fetched = w->m_cursor->fetch(count, &rows, &error);
        m_running = 0;
        if (!fetched) {
            w->close();
            Q_EMIT failed(statement, int(error.kind), error.message);
            return;
        }
        deliver(w, statement, rows);
    });
}

void ConsoleRunner::deliver(Worker *w, quint64 statement, const QList<QVariantList> &rows)
{
    // On the worker: a block of the open statement's rows; its end closes it.
    const bool end = w->m_cursor->atEnd();
    Q_EMIT rowsReady(statement, rows, end, w->m_clock.elapsed());
    if (end)
        w->close();
    else
        w->keepOpen(this);
}

void ConsoleRunner::exportCsv(const QString &location, const QByteArray &password, const QString &sql,
                              int timeLimitMs, const QString &path)
{
    cancel();
    const quint64 statement = ++m_latest;
    QMetaObject::invokeMethod(m_worker, [this, w = m_worker, statement, location, password, sql, timeLimitMs,
                                         path]() {
        w->close();
        QString why;
        QueryConsole *console = w->console(this, location, password, &why);
        if (!console) {
            Q_EMIT exported(false, 0, why);
            return;
        }
        console->setTimeLimitMs(timeLimitMs);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            Q_EMIT exported(false, 0, tr("Cannot write %1: %2").arg(path, file.errorString()));
            return;
        }
        ResultWriter writer(&file, ResultWriter::Format::Csv);
        ConsoleError error;
        m_running = statement;
        const bool ok = ResultWriter::run(*console, sql, writer, &error,
                                          [this, statement](qint64) { return m_latest == statement; });
        m_running = 0;
        if (!ok) {
            file.cancelWriting();
            Q_EMIT exported(false, writer.rows(), error.message);
            return;
        }
        if (!file.commit()) {
            Q_EMIT exported(false, writer.rows(), tr("Cannot write %1: %2").arg(path, file.errorString()));
            return;
        }
        Q_EMIT exported(true, writer.rows(), path);
    });
}

} // namespace nd
