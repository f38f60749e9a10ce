// Benchmark (not a test): is the window responsive while the engine pulls a million records, and
// how fast does a million-row model open? Offscreen Qt, a nango-sim process, the real app classes.
//   stall probe: a 5 ms timer on the GUI thread; the worst lateness while idle is the baseline,
//                the worst lateness during the pull is the figure (target < 50 ms);
//   open:        showStream() until the first rows are in the model (target < 200 ms), beside the
//                raw query for the same first rows (sqlite3, or libpq on PostgreSQL).
// Usage: bench_gui [RECORDS [POSTGRESQL-URI]]: with a URI (a role that may CREATE DATABASE), the
// cache is a fresh database on that server, as a team's shared cache.
#include "AppContext.h"
#include "AppSettings.h"
#include "MainWindow.h"
#include "models/RecordsModel.h"
#include "panels/RecordsPanel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <libpq-fe.h>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace {

const QByteArray kKey = "5e4d3c2b-1a0f-4e9d-8c7b-6a5f4e3d2c1b";

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

// Worst lateness of a 5 ms timer while `running` holds.
class StallProbe : public QObject
{
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this]() {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last)
                m_worst = std::max(m_worst, now - m_last - 5000000);
            m_last = now;
            ++m_ticks;
        });
    }
    void start()
    {
        m_worst = 0;
        m_last = 0;
        m_ticks = 0;
        m_clock.start();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double worstMs() const { return m_worst / 1e6; }
    qint64 ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_worst = 0;
    qint64 m_ticks = 0;
};

void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

bool spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"nango-desk-bench"_s);
    QLoggingCategory::setFilterRules(u"nangodesk.*.info=false"_s);
    const int records = argc > 1 ? QByteArray(argv[1]).toInt() : 1000000;
    const QString pgAdmin = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString();
    QString pgCache;
    if (!pgAdmin.isEmpty()) {
        PGconn *c = PQconnectdb(pgAdmin.toUtf8().constData());
        const QByteArray name = "bench_gui_" + QByteArray::number(QCoreApplication::applicationPid());
        PQclear(PQexec(c, QByteArray("DROP DATABASE IF EXISTS " + name).constData()));
        PGresult *r = PQexec(c, QByteArray("CREATE DATABASE " + name).constData());
        if (PQresultStatus(r) != PGRES_COMMAND_OK) {
            out() << "CREATE DATABASE failed: " << PQresultErrorMessage(r) << Qt::endl;
            return 1;
        }
        PQclear(r);
        PQfinish(c);
        QUrl url(pgAdmin);
        url.setPath(u'/' + QString::fromLatin1(name));
        pgCache = url.toString();
    }
    QTemporaryDir dir;
    QStandardPaths::setTestModeEnabled(true);
    nd::ProfileSettings::setDatabasePathOverride(dir.filePath(u"cache.sqlite"_s));
    const QString config = dir.filePath(u"sim.json"_s);
    {
        QFile f(config);
        f.open(QIODevice::WriteOnly);
        f.write("{\"integrations\":[{\"unique_key\":\"bench\",\"provider\":\"hubspot\",\"syncs\":[{\"name\":"
                "\"contacts\","
                "\"models\":[\"HubspotContact\"]}]}],\"connections\":[{\"connection_id\":\"bench-co\","
                "\"provider_config_key\":\"bench\"}]}");
    }
    QProcess sim;
    sim.start(QCoreApplication::applicationDirPath() + u"/nango-sim"_s,
              {u"--config"_s, config, u"--records"_s, QString::number(records), u"--record-bytes"_s, u"500"_s,
               u"--secret-key"_s, QString::fromLatin1(kKey), u"--rate-limit"_s, u"0"_s, u"--time-scale"_s,
               u"0"_s, u"--quiet"_s});
    if (!sim.waitForReadyRead(600000))
        return 1;
    const QUrl server(QString::fromUtf8(sim.readLine()).trimmed().section(u' ', -1));

    nd::ProfileSettings settings;
    settings.name = u"bench"_s;
    settings.serverUrl = server.toString();
    settings.pollSeconds = 0;
    settings.listenPort = 0;
    settings.sharedCache = pgCache;
    nd::AppContext context(settings, false);
    nd::MainWindow window(&context);
    window.resize(1280, 800);
    window.show();
    window.showPage(nd::MainWindow::Syncs);

    StallProbe probe;
    probe.start();
    spin(3000);
    probe.stop();
    const double idleWorst = probe.worstMs();

    QElapsedTimer pullClock;
    probe.start();
    pullClock.start();
    context.start(server, kKey, {});
    const bool pulled = spinUntil(
        [&]() {
            const auto &streams = context.snapshot().streams;
            return !streams.isEmpty() &&
                   streams.first().liveCount + streams.first().deletedCount >= records &&
                   context.pullsRunning() == 0;
        },
        900000);
    probe.stop();
    const double pullSeconds = pullClock.elapsed() / 1000.0;
    out() << "# GUI benchmark: " << records << " records, cache "
          << (pgCache.isEmpty() ? u"SQLite file"_s : u"PostgreSQL "_s + pgCache) << Qt::endl;
    out() << "event loop, idle (baseline):        worst lateness " << idleWorst << " ms" << Qt::endl;
    out() << "event loop, while pulling:          worst lateness " << probe.worstMs() << " ms over "
          << probe.ticks() << " ticks, " << pullSeconds << " s (target < 50 ms)"
          << (pulled ? "" : " [pull did not finish]") << Qt::endl;

    // Opening the model: first rows in the view.
    const qint64 stream = context.snapshot().streams.first().id;
    window.showPage(nd::MainWindow::Records);
    nd::RecordsPanel *panel = window.records();
    QElapsedTimer open;
    open.start();
    panel->showStream(stream);
    spinUntil([&]() { return panel->model()->rowCount() > 0 && panel->model()->isLoaded(0); }, 60000);
    const double openMs = open.nsecsElapsed() / 1e6;

    const char *firstRows =
        "SELECT record_id, payload FROM records WHERE stream_id = ?1 AND deleted_at IS NULL "
        "ORDER BY last_modified_us, record_id LIMIT 200";
    int rows = 0;
    QElapsedTimer raw;
    if (pgCache.isEmpty()) {
        sqlite3 *db = nullptr;
        sqlite3_open_v2(nd::ProfileSettings::databasePath().toUtf8().constData(), &db, SQLITE_OPEN_READONLY,
                        nullptr);
        raw.start();
        sqlite3_stmt *q = nullptr;
        sqlite3_prepare_v2(db, firstRows, -1, &q, nullptr);
        sqlite3_bind_int64(q, 1, stream);
        while (sqlite3_step(q) == SQLITE_ROW)
            ++rows;
        sqlite3_finalize(q);
        sqlite3_close(db);
    } else {
        PGconn *c = PQconnectdb(pgCache.toUtf8().constData());
        raw.start();
        const QByteArray id = QByteArray::number(stream);
        const char *values[] = {id.constData()};
        PGresult *r = PQexecParams(c, QByteArray(firstRows).replace("?1", "$1").constData(), 1, nullptr,
                                   values, nullptr, nullptr, 0);
        rows = PQntuples(r);
        PQclear(r);
        PQfinish(c);
    }
    const double rawMs = raw.nsecsElapsed() / 1e6;
    out() << "open the model, first rows shown:   " << openMs << " ms (target < 200 ms); raw "
          << (pgCache.isEmpty() ? "sqlite3" : "libpq") << " query for the " << rows
          << " first rows: " << rawMs << " ms" << Qt::endl;

    // Jump to the middle: an OFFSET seek on the index, then keyset blocks around it.
    QElapsedTimer jump;
    jump.start();
    const int middle = panel->model()->rowCount() / 2;
    panel->view()->scrollTo(panel->model()->index(middle, 0));
    spinUntil([&]() { return panel->model()->isLoaded(middle); }, 60000);
    out() << "jump to row " << middle << ":              " << jump.nsecsElapsed() / 1e6 << " ms; "
          << panel->model()->cachedBlocks() << " blocks of " << nd::RecordsModel::kBlockSize
          << " rows cached (bounded at " << nd::RecordsModel::kMaxBlocks << ")" << Qt::endl;
    // Drag the scrollbar through the whole model: 50 positions, one per event-loop turn, then wait for
    // the rows where it stops. Requests overtaken by newer ones are skipped by the loader.
    QElapsedTimer drag;
    drag.start();
    int last = 0;
    for (int step = 1; step <= 50; ++step) {
        last = int(qint64(panel->model()->rowCount() - 1) * step / 50);
        panel->view()->scrollTo(panel->model()->index(last, 0));
        QCoreApplication::processEvents();
    }
    spinUntil([&]() { return panel->model()->isLoaded(last); }, 120000);
    out() << "drag through 50 positions, rows at the end shown: " << drag.nsecsElapsed() / 1e6 << " ms"
          << Qt::endl;
    sim.terminate();
    sim.waitForFinished();
    return pulled ? 0 : 1;
}
