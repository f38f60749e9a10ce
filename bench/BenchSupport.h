#pragma once

// What the benchmarks share: the simulator's key, the output, waiting on the event loop, starting
// nango-sim on a data set of one integration, and what a mirror cost.

#include "cache/RecordStore.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTextStream>
#include <QUrl>

#include <functional>

namespace bench {

inline const QByteArray kKey = "0b6c5e4d-3a2f-4e1d-9c8b-7a6f5e4d3c2b";

inline QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

// Runs the event loop until done() or ms have passed; returns done().
inline bool waitFor(const std::function<bool()> &done, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    return done();
}

// nango-sim (beside this executable) on `configJson` (written to configPath), with payloads of about
// 500 bytes, no schedules and the extra options; its URL, or an empty one if it did not start.
inline QUrl startSim(QProcess &sim, const QString &configPath, const QByteArray &configJson,
                     const QStringList &extra)
{
    QFile f(configPath);
    if (!f.open(QIODevice::WriteOnly) || f.write(configJson) != configJson.size())
        return {};
    f.close();
    sim.start(QCoreApplication::applicationDirPath() + QStringLiteral("/nango-sim"),
              QStringList{QStringLiteral("--config"), configPath, QStringLiteral("--record-bytes"),
                          QStringLiteral("500"), QStringLiteral("--secret-key"), QString::fromLatin1(kKey),
                          QStringLiteral("--time-scale"), QStringLiteral("0"), QStringLiteral("--quiet")} +
                  extra);
    if (!sim.waitForReadyRead(600000))
        return {};
    return QUrl(QString::fromUtf8(sim.readLine()).trimmed().section(QLatin1Char(' '), -1));
}

// What the engine's profile holds, and the /records requests it took (each stored page is one).
struct Mirrored
{
    qint64 records = 0;
    qint64 requests = 0;
};
inline Mirrored mirrored(nd::SyncEngine &engine)
{
    Mirrored m;
    for (const nd::Stream &s : engine.records().streams(engine.profile().id)) {
        m.records += s.liveCount + s.deletedCount;
        for (const nd::HistoryEntry &h : engine.records().history(s.id, 1000))
            m.requests += h.pages;
    }
    return m;
}

// One engine pull in a process of its own: `bench_pull --pull-only` (beside this executable) into
// `db` with the extra options, and what it printed (records=, seconds=, maxrss_kb=, requests=).
struct PullRun
{
    qint64 records = 0;
    double seconds = 0;
    qint64 rssKb = 0;
    qint64 requests = 0;
    QString error; // what it said when it failed
};
inline PullRun runPull(const QUrl &server, const QString &db, const QStringList &extra)
{
    QProcess p;
    p.start(QCoreApplication::applicationDirPath() + QStringLiteral("/bench_pull"),
            QStringList{QStringLiteral("--pull-only"), QStringLiteral("--server"), server.toString(),
                        QStringLiteral("--db"), db} +
                extra);
    p.waitForFinished(-1);
    const QString result = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    auto field = [&](const char *name) {
        return result.section(QLatin1String(name), 1).section(QLatin1Char(' '), 0, 0);
    };
    PullRun run;
    run.records = field("records=").toLongLong();
    run.seconds = field("seconds=").toDouble();
    run.rssKb = field("maxrss_kb=").toLongLong();
    run.requests = field("requests=").toLongLong();
    if (result.contains(QStringLiteral("error")) || p.exitCode() != 0)
        run.error = result + QString::fromUtf8(p.readAllStandardError());
    return run;
}

} // namespace bench
