// Benchmark (not a test): the time to a first full mirror of an environment of many streams when
// every request crosses a slow link, under Nango's rate limit. nango-sim adds 100 ms to every
// request (--latency-ms) and allows 200 requests a minute; 12 connections of 50,000 records each.
// One process run: the engine with its default of two pulls at once, the sequential sum (one at a
// time) as the baseline, four at once, and the floor the latency allows (each stream's pages in a row).
#include "BenchSupport.h"
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

using bench::out;

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
    engine.setApiKey(bench::kKey);
    QElapsedTimer t;
    t.start();
    bool done = false;
    engine.syncAll({}, u"manual"_s, [&](bool, const QString &) { done = true; });
    bench::waitFor([&]() { return done; }, 3600000);
    r.seconds = t.elapsed() / 1000.0;
    const bench::Mirrored m = bench::mirrored(engine);
    r.records = m.records;
    r.requests = m.requests;
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
    QByteArray connections;
    for (int i = 0; i < streams; ++i)
        connections += (i ? "," : "") + QByteArray(R"({"connection_id":"c)") + QByteArray::number(i) +
                       R"(","provider_config_key":"bench"})";
    QProcess sim;
    const QUrl server = bench::startSim(sim, dir.filePath(u"sim.json"_s),
                                        R"({"integrations":[{"unique_key":"bench","provider":"hubspot",
            "syncs":[{"name":"contacts","models":["HubspotContact"]}]}],"connections":[)" +
                                            connections + "]}",
                                        {u"--records"_s, QString::number(records), u"--rate-limit"_s,
                                         p.value(u"rate-limit"_s), u"--rate-window"_s, u"60"_s,
                                         u"--latency-ms"_s, QString::number(latency)});
    if (server.isEmpty())
        return 1;
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
