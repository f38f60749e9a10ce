// Benchmark (not a test): is the window responsive while the engine pulls a million records, and
// how fast is the records browser over them? Offscreen Qt, a nango-sim process, the real app classes.
// Two models of RECORDS records each (one sync, one connection).
//   stall probe: a 5 ms timer on the GUI thread; the worst lateness while idle is the baseline,
//                the worst lateness during the pull is the figure (target < 50 ms);
//   open:        showStream() until the first rows are in the model (target < 200 ms), beside the
//                raw query for the same first rows (sqlite3, or libpq on PostgreSQL);
//   jumps:       the scrollbar to the middle, the end, a quarter… until the rows there are loaded
//                (target <= 100 ms), right after the open and once the block boundaries are known;
//   switch:      the other model chosen until its first rows are shown (target <= 200 ms);
//   search:      once the search index has caught up, a word typed and Enter until the first rows
//                are shown (target <= 300 ms) and until the count is known;
//   id order:    the view sorted by id until its first rows are shown, then at once the middle;
//   quit:        the window and the engine torn down while the engine pulls (target <= 500 ms).
// Usage: bench_gui [RECORDS [POSTGRESQL-URI]]: with a URI (a role that may CREATE DATABASE), the
// cache is a fresh database on that server, as a team's shared cache; the benchmark then waits for the
// engine's background ANALYZE and VACUUM after the pull and after the search index has caught up,
// and prints how long each took and the records table's size. BENCH_GUI_TRACE=1 prints the browser's
// block and boundary timings.
#include "AppContext.h"
#include "AppSettings.h"
#include "BenchSupport.h"
#include "MainWindow.h"
#include "models/RecordsModel.h"
#include "panels/RecordsPanel.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
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
using bench::kKey;
using bench::out;

namespace {

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

// Waits as a window does, sleeping until an event comes (a 1 ms timer checks `done` between them),
// so the benchmark's own thread does not take a core from the threads it measures.
bool spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.start(1);
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
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
                "\"models\":[\"HubspotContact\",\"HubspotCompany\"]}]}],\"connections\":[{\"connection_id\":"
                "\"bench-co\","
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
    auto *contextPtr = new nd::AppContext(settings, false);
    auto *windowPtr = new nd::MainWindow(contextPtr);
    nd::AppContext &context = *contextPtr;
    nd::MainWindow &window = *windowPtr;
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
            qint64 have = 0;
            for (const auto &st : streams)
                have += st.liveCount + st.deletedCount;
            return streams.size() == 2 && have >= 2 * qint64(records) && context.pullsRunning() == 0;
        },
        900000);
    probe.stop();
    const double pullSeconds = pullClock.elapsed() / 1000.0;
    out() << "# GUI benchmark: 2 models x " << records << " records, cache "
          << (pgCache.isEmpty() ? u"SQLite file"_s : u"PostgreSQL "_s + pgCache) << Qt::endl;
    out() << "event loop, idle (baseline):        worst lateness " << idleWorst << " ms" << Qt::endl;
    out() << "event loop, while pulling:          worst lateness " << probe.worstMs() << " ms over "
          << probe.ticks() << " ticks, " << pullSeconds << " s (target < 50 ms)"
          << (pulled ? "" : " [pull did not finish]") << Qt::endl;

    // PostgreSQL: the engine vacuums the table in the background after a large pull (the browser's
    // scans then read indexes alone); the measurements below wait for it, and say how long it took.
    auto pgCount = [&](const char *sql) -> qint64 {
        PGconn *c = PQconnectdb(pgCache.toUtf8().constData());
        PGresult *r = PQexec(c, sql);
        const qint64 n =
            PQresultStatus(r) == PGRES_TUPLES_OK ? QByteArray(PQgetvalue(r, 0, 0)).toLongLong() : -1;
        PQclear(r);
        PQfinish(c);
        return n;
    };
    auto waitForVacuum = [&]() {
        QElapsedTimer t;
        t.start();
        while (pgCount("SELECT vacuum_count FROM pg_stat_user_tables WHERE relname = 'records'") < 1 &&
               t.elapsed() < 600000)
            spin(250);
        return t.elapsed() / 1000.0;
    };
    if (!pgCache.isEmpty())
        out() << "VACUUM after the pull ended " << waitForVacuum() << " s after the pull; the records table "
              << pgCount("SELECT pg_relation_size('records') / 1048576") << " MB" << Qt::endl;

    // Opening the model: first rows in the view.
    const qint64 stream = context.snapshot().streams.first().id;
    window.showPage(nd::MainWindow::Records);
    nd::RecordsPanel *panel = window.records();
    if (qEnvironmentVariableIsSet("BENCH_GUI_TRACE"))
        QLoggingCategory::setFilterRules(u"nangodesk.*.info=false\nnangodesk.db.debug=true"_s);
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

    // Jumps: right after the open (the block boundaries may not be known yet), then once they are.
    nd::RecordsModel *model = panel->model();
    auto jumpTo = [&](int row) {
        QElapsedTimer t;
        t.start();
        panel->view()->scrollTo(model->index(row, 0));
        spinUntil([&]() { return model->isLoaded(row); }, 60000);
        return t.nsecsElapsed() / 1e6;
    };
    const int total = model->rowCount();
    out() << "jump to row " << total / 2 << " right after the open: " << jumpTo(total / 2) << " ms"
          << Qt::endl;
    QLoggingCategory::setFilterRules(u"nangodesk.*.info=false"_s);
    if (qEnvironmentVariableIsSet("BENCH_GUI_TRACE") && pgCache.isEmpty())
        out() << "the cache's WAL then: " << QFileInfo(nd::ProfileSettings::databasePath() + u"-wal"_s).size()
              << " bytes" << Qt::endl;
    QElapsedTimer boundaries;
    boundaries.start();
    spinUntil([&]() { return model->knownBoundaries() > 0; }, 120000);
    out() << "block boundaries known " << boundaries.nsecsElapsed() / 1e6 << " ms after that jump ("
          << model->knownBoundaries() << " keys)" << Qt::endl;
    double worstJump = 0;
    QStringList jumps;
    for (const double at : {0.25, 1.0, 0.75, 0.5, 0.1, 0.9}) {
        const int row = std::min(total - 1, int(total * at));
        const double ms = jumpTo(row);
        worstJump = std::max(worstJump, ms);
        jumps << u"row %1: %2 ms"_s.arg(row).arg(ms, 0, 'f', 1);
    }
    out() << "jumps once the boundaries are known: " << jumps.join(u", "_s) << "; worst " << worstJump
          << " ms (target <= 100 ms); " << model->cachedBlocks() << " blocks of "
          << nd::RecordsModel::kBlockSize << " rows cached (bounded at " << nd::RecordsModel::kMaxBlocks
          << ")" << Qt::endl;
    // Drag the scrollbar through the whole model: 50 positions, one per event-loop turn, then wait for
    // the rows where it stops. Requests overtaken by newer ones are skipped by the loader.
    QElapsedTimer drag;
    drag.start();
    int last = 0;
    for (int step = 1; step <= 50; ++step) {
        last = int(qint64(model->rowCount() - 1) * step / 50);
        panel->view()->scrollTo(model->index(last, 0));
        QCoreApplication::processEvents();
    }
    spinUntil([&]() { return model->isLoaded(last); }, 120000);
    out() << "drag through 50 positions, rows at the end shown: " << drag.nsecsElapsed() / 1e6 << " ms"
          << Qt::endl;

    // Switching model: the other stream, then back.
    const qint64 other = context.snapshot().streams.last().id == stream
                             ? context.snapshot().streams.first().id
                             : context.snapshot().streams.last().id;
    QStringList switches;
    for (const qint64 to : {other, stream, other}) {
        QElapsedTimer t;
        t.start();
        panel->showStream(to);
        spinUntil([&]() { return model->rowCount() > 0 && model->isLoaded(0); }, 60000);
        switches << u"%1 ms"_s.arg(t.nsecsElapsed() / 1e6, 0, 'f', 1);
    }
    out() << "switch model, first rows shown:     " << switches.join(u", "_s) << " (target <= 200 ms)"
          << Qt::endl;
    panel->showStream(stream);
    spinUntil([&]() { return model->rowCount() > 0 && model->isLoaded(0); }, 60000);

    // Search: once the index has caught up with the pull (the engine indexes while idle).
    auto pending = [&]() -> qint64 {
        const char *sql = "SELECT count(*) FROM records WHERE fts_dirty = 1";
        qint64 n = -1;
        if (pgCache.isEmpty()) {
            sqlite3 *db = nullptr;
            sqlite3_open_v2(nd::ProfileSettings::databasePath().toUtf8().constData(), &db,
                            SQLITE_OPEN_READONLY, nullptr);
            sqlite3_stmt *q = nullptr;
            sqlite3_prepare_v2(db, sql, -1, &q, nullptr);
            if (sqlite3_step(q) == SQLITE_ROW)
                n = sqlite3_column_int64(q, 0);
            sqlite3_finalize(q);
            sqlite3_close(db);
        } else {
            n = pgCount(sql);
        }
        return n;
    };
    QElapsedTimer indexing;
    indexing.start();
    while (pending() != 0 && indexing.elapsed() < 900000)
        spin(1000);
    out() << "search index caught up " << indexing.elapsed() / 1000.0 << " s after the measurements above"
          << Qt::endl;
    if (!pgCache.isEmpty()) {
        // The engine's last VACUUM, once the index has caught up: every page all-visible again.
        QElapsedTimer t;
        t.start();
        while (pgCount("SELECT (relallvisible = relpages)::int FROM pg_class WHERE relname = 'records'") !=
                   1 &&
               t.elapsed() < 600000)
            spin(250);
        out() << "VACUUM after the index caught up ended " << t.elapsed() / 1000.0 << " s after that; the "
              << "records table then " << pgCount("SELECT pg_relation_size('records') / 1048576") << " MB ("
              << pgCount("SELECT vacuum_count FROM pg_stat_user_tables WHERE relname = 'records'")
              << " VACUUMs by the engine)" << Qt::endl;
    }
    auto *search = panel->findChild<QLineEdit *>(u"recordsSearch"_s);
    if (qEnvironmentVariableIsSet("BENCH_GUI_TRACE"))
        QLoggingCategory::setFilterRules(u"nangodesk.*.info=false\nnangodesk.db.debug=true"_s);
    // A common word (half the records), a city (an eighth), one record's id (one), and no word.
    jumpTo(total / 3);
    const QString oneId = model->data(model->index(total / 3, 0), nd::RecordsModel::RecordIdRole).toString();
    for (const QString &word : {u"renewal"_s, u"Kraków"_s, oneId, u"zzzq"_s}) {
        qint64 counted = -1;
        const auto connection =
            QObject::connect(model, &nd::RecordsModel::countKnown, [&](qint64 n) { counted = n; });
        QElapsedTimer t;
        t.start();
        search->setText(word);
        Q_EMIT search->returnPressed();
        double firstMs = -1;
        spinUntil(
            [&]() {
                if (firstMs < 0 && model->isLoaded(0) && model->rowCount() > 0)
                    firstMs = t.nsecsElapsed() / 1e6;
                return counted >= 0 && (counted == 0 || firstMs >= 0);
            },
            120000);
        const double countMs = t.nsecsElapsed() / 1e6;
        QObject::disconnect(connection);
        out() << "search \"" << word << "\": first rows "
              << (firstMs < 0 ? u"(none)"_s : QString::number(firstMs)) << " ms (target <= 300 ms), count "
              << counted << " known after " << countMs << " ms" << Qt::endl;
    }
    search->clear();
    Q_EMIT search->returnPressed();
    spinUntil([&]() { return model->query().text.isEmpty() && model->isLoaded(0); }, 60000);

    // The id order chosen, then at once the middle (its block boundaries not known yet).
    auto *order = panel->findChild<QComboBox *>(u"recordsSort"_s);
    QElapsedTimer byId;
    byId.start();
    order->setCurrentIndex(order->findData(2));
    spinUntil(
        [&]() {
            return model->query().sort == nd::RecordQuery::Sort::Id && model->rowCount() > 0 &&
                   model->isLoaded(0);
        },
        60000);
    const double byIdMs = byId.nsecsElapsed() / 1e6;
    const double byIdJump = jumpTo(model->rowCount() / 2);
    out() << "sorted by id, first rows shown: " << byIdMs << " ms; jump to row " << model->rowCount() / 2
          << " right after: " << byIdJump << " ms (target <= 100 ms)" << Qt::endl;
    order->setCurrentIndex(order->findData(0));

    // Quitting while the engine pulls: a repair pull of the whole stream (every record again).
    context.repair(stream, context.nowUs() - 60LL * 86400 * 1000000); // Nango: within 12 months
    spinUntil([&]() { return context.pullsRunning() > 0; }, 60000);
    spin(3000);
    const int pullsAtQuit = context.pullsRunning();
    QElapsedTimer quit;
    quit.start();
    delete windowPtr;
    const double windowGoneMs = quit.nsecsElapsed() / 1e6;
    delete contextPtr;
    out() << "quit while pulling (" << pullsAtQuit << " pull(s) running): window and engine gone after "
          << quit.nsecsElapsed() / 1e6 << " ms (target <= 500 ms; the window " << windowGoneMs << " ms of it)"
          << Qt::endl;
    sim.terminate();
    sim.waitForFinished();
    return pulled ? 0 : 1;
}
