// Benchmark (not a test): how long a webhook's pull of a mirrored stream waits while a first mirror
// (a backfill) of another stream runs, under Nango's rate limit (nango-sim's limiter, 200 requests a
// minute by default). Run twice in one process: with the engine's order (mirrored streams first,
// backfills yield and leave budget headroom) and, as the baseline, first come first served.
#include "BenchSupport.h"
#include "api/RateBudget.h"
#include "cache/RecordStore.h"
#include "sync/SyncEngine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

using bench::out;
using bench::waitFor;

void control(const QUrl &server, const QString &what, const QJsonObject &body)
{
    static QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(server.toString() + u"/_sim/"_s + what));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    QNetworkReply *reply = nam.post(request, QJsonDocument(body).toJson());
    waitFor([reply]() { return reply->isFinished(); }, 60000);
    reply->deleteLater();
}

struct Figures
{
    double mirrorSeconds = 0;
    double firstPageSeconds = -1; // from the webhook to its first page stored
    double doneSeconds = -1;      // to its pull's end
    qint64 backfillAtWebhook = 0;
    int budgetAtWebhook = -1; // requests left in the window
    bool backfillDone = false;
};

// One scenario against a fresh simulator: mirror "small", start the first mirror of "big", and
// once that mirror is well under way, change records of "small" and announce them as a webhook.
Figures scenario(int records, int rateLimit, bool mirroredFirst)
{
    Figures f;
    QTemporaryDir dir;
    QProcess sim;
    const QUrl server = bench::startSim(sim, dir.filePath(u"sim.json"_s),
                                        R"({"integrations":[{"unique_key":"bench","provider":"hubspot",
            "syncs":[{"name":"contacts","models":["HubspotContact"]}]}],
            "connections":[{"connection_id":"small","provider_config_key":"bench"},
                           {"connection_id":"big","provider_config_key":"bench"}]})",
                                        {u"--records"_s, QString::number(records), u"--rate-limit"_s,
                                         QString::number(rateLimit), u"--rate-window"_s, u"60"_s});
    if (server.isEmpty())
        return f;

    nd::EngineConfig engineConfig;
    engineConfig.databasePath = dir.filePath(u"cache.sqlite"_s);
    engineConfig.serverUrl = server;
    engineConfig.pollIntervalSeconds = 0;
    engineConfig.webhookDebounceMs = 0;
    engineConfig.mirroredFirst = mirroredFirst;
    nd::SyncEngine engine(engineConfig);
    QString error;
    if (!engine.open(&error)) {
        out() << "error " << error << Qt::endl;
        return f;
    }
    engine.setApiKey(bench::kKey);
    QElapsedTimer t;
    t.start();
    bool done = false;
    engine.syncAll({u"bench"_s, u"small"_s, {}}, u"manual"_s, [&](bool, const QString &) { done = true; });
    waitFor([&]() { return done; }, 3600000);
    f.mirrorSeconds = t.elapsed() / 1000.0;
    const qint64 profile = engine.profile().id;
    const auto small =
        engine.records().findStream({profile, u"bench"_s, u"small"_s, u"HubspotContact"_s, u"base"_s});
    const auto big =
        engine.records().findStream({profile, u"bench"_s, u"big"_s, u"HubspotContact"_s, u"base"_s});
    if (!small || !big)
        return f;
    engine.requestPull(big->id, u"start-up"_s, u"benchmark"_s);
    // The worst moment: the backfill has spent the rate budget down to what it may not use, so it
    // waits for the next window (or it is half done).
    const nd::RateBudget &budget = engine.client().budget();
    waitFor(
        [&]() {
            const auto b = budget.snapshot();
            return engine.records().stream(big->id)->liveCount >= records / 2 ||
                   (b.limit > 0 &&
                    b.remaining <= budget.reserve() + (mirroredFirst ? budget.urgentHeadroom() : 0));
        },
        3600000);
    f.budgetAtWebhook = budget.snapshot().remaining;
    control(server, u"mutate"_s,
            {{u"integration"_s, u"bench"_s},
             {u"connection"_s, u"small"_s},
             {u"sync"_s, u"contacts"_s},
             {u"update"_s, 100}});
    f.backfillAtWebhook = engine.records().stream(big->id)->liveCount;
    QElapsedTimer webhook;
    QObject::connect(&engine, &nd::SyncEngine::pullProgress, &engine, [&](qint64 id, int pages, qint64) {
        if (id == small->id && pages >= 1 && f.firstPageSeconds < 0)
            f.firstPageSeconds = webhook.elapsed() / 1000.0;
    });
    QObject::connect(&engine, &nd::SyncEngine::pullFinished, &engine,
                     [&](qint64 id, bool ok, const QString &) {
                         if (id == small->id && ok && f.doneSeconds < 0)
                             f.doneSeconds = webhook.elapsed() / 1000.0;
                     });
    webhook.start();
    engine.requestPull(small->id, u"webhook"_s, u"a webhook announced new records"_s);
    waitFor([&]() { return f.doneSeconds >= 0; }, 600000);
    f.backfillDone = engine.records().stream(big->id)->liveCount >= records * 9 / 10;
    bool stopped = false;
    engine.stop([&]() { stopped = true; });
    waitFor([&]() { return stopped; }, 60000);
    sim.terminate();
    sim.waitForFinished(10000);
    return f;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"nangodesk.*.info=false"_s);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOptions({{u"records"_s, u"Records of each of the two streams."_s, u"N"_s, u"1000000"_s},
                  {u"rate-limit"_s, u"nango-sim's requests a minute (Nango's common plan: 200)."_s, u"N"_s,
                   u"200"_s}});
    p.process(app);
    const int records = p.value(u"records"_s).toInt();
    const int rateLimit = p.value(u"rate-limit"_s).toInt();
    out() << "# A webhook's pull of a mirrored stream during another stream's first mirror of " << records
          << " records; nango-sim limited to " << rateLimit << " requests a minute, engine defaults"
          << Qt::endl;
    for (const bool mirroredFirst : {false, true}) {
        const Figures f = scenario(records, rateLimit, mirroredFirst);
        out() << (mirroredFirst ? "mirrored streams first (the engine): "
                                : "first come, first served (baseline): ")
              << "webhook -> first page " << f.firstPageSeconds << " s, pull done " << f.doneSeconds
              << " s (target: 2 s and 5 s); backfill at " << f.backfillAtWebhook << " records and "
              << f.budgetAtWebhook << " requests left in the window then"
              << (f.backfillDone ? ", done before the webhook's pull ended" : "")
              << "; first mirror of the other " << f.mirrorSeconds << " s" << Qt::endl;
    }
    return 0;
}
