// Benchmark (not a test): the time to a first full mirror of an environment of many streams when
// every request crosses a slow link, under Nango's rate limit. nango-sim adds 100 ms to every
// request (--latency-ms) and allows 200 requests a minute; 12 connections of 50,000 records each.
// One process run: the engine with its default of two pulls at once, the sequential sum (one at a
// time) as the baseline, four at once, and the floor the latency allows (each stream's pages in a row).
#include "cache/RecordStore.h"
#include "sync/SyncEngine.h"
#include "util/Defaults.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

using namespace Qt::StringLiterals;

namespace {

const QByteArray kKey = "0b6c5e4d-3a2f-4e1d-9c8b-7a6f5e4d3c2b";

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

struct Run
{
    double seconds = -1;
    qint64 records = 0;
    qint64 requests = 0;
};

Run mirror(const QUrl &server, const QString &db, int concurrent)
{
    nd::EngineConfig config;
    config.databasePath = db;
    config.serverUrl = server;
    config.pollIntervalSeconds = 0;
    config.maxConcurrentPulls = concurrent;
    nd::SyncEngine engine(config);
    QString error;
    Run r;
    if (!engine.open(&error)) {
        out() << "error " << error << Qt::endl;
        return r;
    }
    engine.setApiKey(kKey);
    QElapsedTimer t;
    t.start();
    bool done = false;
    engine.syncAll({}, u"manual"_s, [&](bool, const QString &) { done = true; });
    while (!done)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    r.seconds = t.elapsed() / 1000.0;
    for (const nd::Stream &s : engine.records().streams(engine.profile().id)) {
        r.records += s.liveCount + s.deletedCount;
        for (const nd::HistoryEntry &h : engine.records().history(s.id, 1000))
            r.requests += h.pages;
    }
    return r;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"nangodesk.*.info=false"_s);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOptions({{u"streams"_s, u"Connections (one stream each)."_s, u"N"_s, u"12"_s},
                  {u"records"_s, u"Records per stream."_s, u"N"_s, u"50000"_s},
                  {u"latency-ms"_s, u"Added to every request by nango-sim."_s, u"MS"_s, u"100"_s},
                  {u"rate-limit"_s, u"Requests a minute."_s, u"N"_s, u"200"_s}});
    p.process(app);
    const int streams = p.value(u"streams"_s).toInt();
    const int records = p.value(u"records"_s).toInt();
    const int latency = p.value(u"latency-ms"_s).toInt();
    QTemporaryDir dir;
    {
        QFile f(dir.filePath(u"sim.json"_s));
        f.open(QIODevice::WriteOnly);
        QByteArray connections;
        for (int i = 0; i < streams; ++i)
            connections += (i ? "," : "") + QByteArray(R"({"connection_id":"c)") + QByteArray::number(i) +
                           R"(","provider_config_key":"bench"})";
        f.write(R"({"integrations":[{"unique_key":"bench","provider":"hubspot",
            "syncs":[{"name":"contacts","models":["HubspotContact"]}]}],"connections":[)" +
                connections + "]}");
    }
    QProcess sim;
    sim.start(QCoreApplication::applicationDirPath() + u"/nango-sim"_s,
              {u"--config"_s, dir.filePath(u"sim.json"_s), u"--records"_s, QString::number(records),
               u"--record-bytes"_s, u"500"_s, u"--secret-key"_s, QString::fromLatin1(kKey), u"--rate-limit"_s,
               p.value(u"rate-limit"_s), u"--rate-window"_s, u"60"_s, u"--latency-ms"_s,
               QString::number(latency), u"--time-scale"_s, u"0"_s, u"--quiet"_s});
    if (!sim.waitForReadyRead(600000))
        return 1;
    const QUrl server(QString::fromUtf8(sim.readLine()).trimmed().section(u' ', -1));
    out() << "# First mirror of " << streams << " streams x " << records << " records, " << latency
          << " ms added to every request, " << p.value(u"rate-limit"_s) << " requests a minute" << Qt::endl;
    int n = 0;
    for (const int concurrent : {1, 2, 4}) {
        // A fresh window of the limiter for each run: the sim counts per minute.
        if (n++ > 0)
            QThread::sleep(61);
        const Run r = mirror(server, dir.filePath(u"cache%1.sqlite"_s.arg(concurrent)), concurrent);
        out() << concurrent
              << (concurrent == 1   ? " pull at a time (baseline, the sequential sum): "
                  : concurrent == 2 ? " pulls at a time (the engine's default):       "
                                    : " pulls at a time:                              ")
              << r.seconds << " s, " << r.records << " records, " << r.requests << " requests to /records"
              << Qt::endl;
    }
    const int pagesPerStream = (records + nd::Defaults::kPageSize - 1) / nd::Defaults::kPageSize;
    out() << "floor from latency alone (one stream's " << pagesPerStream
          << " pages in a row, all streams at once): " << pagesPerStream * latency / 1000.0 << " s"
          << Qt::endl;
    sim.terminate();
    sim.waitForFinished(10000);
    return 0;
}
