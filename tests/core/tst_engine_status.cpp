// What the engine reports, against nango-sim over loopback: a write error fails the pull (and the
// pull resumes with nothing lost once space returns), a refused connection is reported at once, no
// key means no request, and the status is fetched again after a pull, an admin action or a webhook.
#include "EngineHarness.h"
#include "cache/ReadStore.h"
#include "cache/Store.h"
#include "cache/sqlite/Database.h"
#include "cache/sqlite/Statement.h"
#include "util/Timestamp.h"
#include "webhook/TestWebhook.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

using namespace testsupport;
using namespace Qt::StringLiterals;

namespace {

qint64 pragma(nd::Database &db, const char *sql)
{
    nd::Statement q(db.handle(), sql);
    return q.step() ? q.int64(0) : -1;
}

nd::StreamStatus statusOf(nd::SyncEngine &engine, qint64 streamId)
{
    QString error;
    auto store = nd::ReadStore::open(engine.config().databasePath, &error);
    for (const nd::StreamFacts &f : store->streamFacts(engine.profile().id))
        if (f.stream.id == streamId)
            return nd::Status::evaluate(f, engine.liveState(), {nd::Timestamp::nowMicros(), 300});
    return {};
}

// Counts the engine's finished calls to one path.
struct CallCounter
{
    QHash<QString, int> byPath;
    QMetaObject::Connection connection;
    explicit CallCounter(nd::NangoClient &client)
    {
        connection = QObject::connect(&client, &nd::NangoClient::answered,
                                      [this](const nd::ApiCall *call) { byPath[call->request().path] += 1; });
    }
    ~CallCounter() { QObject::disconnect(connection); }
};

} // namespace

class TestEngineStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aFullDiskFailsThePullAndNothingIsLostWhenSpaceReturns()
    {
        nangosim::SimOptions options = Sim::defaults();
        options.recordsPerModel = 3000;
        Sim sim(options);
        QTemporaryDir dir;
        auto engine = makeEngine(sim, dir.path(), 100);
        if (engine->store().dialect() != nd::SqlDialect::Sqlite)
            QSKIP("SQLite's max_page_count fills this disk; PostgreSQL's full disk is the server's own");
        QString error;
        bool catalogOk = false;
        engine->refreshCatalog([&](bool ok, const QString &) { catalogOk = ok; });
        QTRY_VERIFY(catalogOk);
        const nd::Stream stream = *engine->records().findStream(
            {engine->profile().id, u"hubspot"_s, u"acme-corp"_s, u"HubspotContact"_s, u"base"_s});
        // Room for a few pages, not for 3,000 records: SQLite answers "database or disk is full".
        auto &db = static_cast<nd::Database &>(engine->database());
        const qint64 pages = pragma(db, "PRAGMA page_count");
        QVERIFY(db.exec(QByteArray("PRAGMA max_page_count = " + QByteArray::number(pages + 40)).constData()));
        QSignalSpy failed(engine.get(), &nd::SyncEngine::pullFailed);
        QSignalSpy finished(engine.get(), &nd::SyncEngine::pullFinished);
        engine->requestPull(stream.id, u"manual"_s);
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 1, 60000);
        QCOMPARE(finished.first().at(1).toBool(), false);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().at(2).toString(), u"cache-write"_s); // not "cancelled"
        QVERIFY2(failed.first().at(1).toString().contains(u"full"_s),
                 qPrintable(failed.first().at(1).toString()));
        QVERIFY(failed.first().at(3).toLongLong() > nd::Timestamp::nowMicros()); // a retry is scheduled
        // Every screen shows it as a failure, with what to do.
        const nd::StreamStatus status = statusOf(*engine, stream.id);
        QCOMPARE(status.state, nd::SyncState::Failed);
        QVERIFY(status.error.contains(u"Free some disk space"_s));
        // What was committed is whole: each page with its cursor, counts that match the rows.
        const auto committed = engine->records().stream(stream.id);
        QVERIFY(committed->liveCount > 0 && committed->liveCount < 3000);
        QCOMPARE(checkCounts(db, stream.id), QString());
        // Space returns: the next pull resumes from the stored cursor and ends equal to the server.
        QVERIFY(db.exec("PRAGMA max_page_count = 1073741823"));
        engine->requestPull(stream.id, u"manual"_s);
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 2, 60000);
        QVERIFY(finished.at(1).at(1).toBool());
        const QString diff =
            compareWithTruth(db, stream.id, sim.truth(u"hubspot"_s, u"acme-corp"_s, u"HubspotContact"_s));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QCOMPARE(checkCounts(db, stream.id), QString());
        const auto history = engine->records().history(stream.id);
        QCOMPARE(history.at(0).outcome, u"ok"_s);
        QCOMPARE(history.at(1).outcome, u"failed"_s);
        QCOMPARE(history.at(0).cursorBefore, history.at(1).cursorAfter); // it went on from there
        QCOMPARE(statusOf(*engine, stream.id).state, nd::SyncState::UpToDate);
    }

    void aRefusedConnectionIsReportedAtOnce()
    {
        Sim sim; // first: a port freed below could otherwise be the simulator's own
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there now
        QTemporaryDir dir;
        auto engine = makeEngine(sim, dir.path());
        engine->client().setBaseUrl(QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
        QSignalSpy health(engine.get(), &nd::SyncEngine::healthChanged);
        ApiCallWaiter waiter(engine->client().listIntegrations());
        QVERIFY(waiter.wait());
        // No retries within the call: the person hears of it now; the engine retries later.
        QCOMPARE(waiter.call->attempts(), 1);
        QCOMPARE(waiter.call->error().kind, nd::ApiError::Kind::Network);
        QVERIFY(waiter.call->error().userMessage().contains(u"Cannot reach"_s));
        QTRY_VERIFY(!health.isEmpty());
        const nd::ServerHealth h = engine->health();
        QCOMPARE(h.state, nd::ServerHealth::State::Failing);
        QVERIFY(h.retryAtUs > nd::Timestamp::nowMicros());
        QVERIFY(nd::Status::describe(h, nd::Timestamp::nowMicros()).contains(u"Trying again in"_s));
        // The server comes back (here: the engine is pointed at it): "retry now" recovers at once.
        engine->client().setBaseUrl(sim.url());
        engine->retryNow();
        QTRY_COMPARE(engine->health().state, nd::ServerHealth::State::Ok);
        QTRY_VERIFY_WITH_TIMEOUT(
            engine->isIdle() && !engine->records().streams(engine->profile().id).isEmpty(), 30000);
    }

    void theFirstFailureOfEachKindIsShownAtOnce_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("kindName");
        QTest::addColumn<QString>("says");
        QTest::newRow("refused") << u"refused"_s << u"network"_s << u"Cannot reach"_s;
        QTest::newRow("unknown host") << u"dns"_s << u"network"_s << u"Cannot reach"_s;
        QTest::newRow("silent server") << u"timeout"_s << u"timeout"_s << u"did not answer in time"_s;
        QTest::newRow("not TLS") << u"tls"_s << u"tls"_s << u"did not complete a TLS handshake"_s;
        QTest::newRow("a web page") << u"html"_s << u"not-nango"_s << u"web page"_s;
        QTest::newRow("401") << u"401"_s << u"unauthorized"_s << u"rejected the API key"_s;
    }
    void theFirstFailureOfEachKindIsShownAtOnce()
    {
        // Each is said after the first try, not after a round of retries; the engine's own
        // recovery goes on behind a countdown.
        QFETCH(QString, kind);
        QFETCH(QString, kindName);
        QFETCH(QString, says);
        Sim sim;
        QTemporaryDir dir;
        QTcpServer silent; // accepts and never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 closed = probe.serverPort();
        probe.close();
        auto engine = makeEngine(sim, dir.path());
        engine->client().setTimeoutMs(1500);
        QUrl url = sim.url();
        if (kind == u"refused")
            url = QUrl(u"http://127.0.0.1:%1"_s.arg(closed));
        else if (kind == u"dns")
            url = QUrl(u"http://nango-desk-test.invalid"_s);
        else if (kind == u"timeout")
            url = QUrl(u"http://127.0.0.1:%1"_s.arg(silent.serverPort()));
        else if (kind == u"tls")
            url.setScheme(u"https"_s); // nango-sim speaks plain HTTP there
        else if (kind == u"html")
            url.setPath(u"/dashboard"_s); // the web app's pages, not the API
        else if (kind == u"401")
            engine->setApiKey("11111111-2222-4333-8444-555555555555");
        engine->client().setBaseUrl(url);
        int attempts = 0;
        connect(&engine->client(), &nd::NangoClient::answered, this,
                [&](const nd::ApiCall *call) { attempts = std::max(attempts, call->attempts()); });
        engine->startBackground();
        QTRY_COMPARE_WITH_TIMEOUT(engine->health().state, nd::ServerHealth::State::Failing, 10000);
        QCOMPARE(attempts, 1);
        QCOMPARE(engine->health().kind, kindName);
        QVERIFY2(engine->health().error.contains(says), qPrintable(engine->health().error));
        QVERIFY(engine->health().retryAtUs > nd::Timestamp::nowMicros());
    }

    void aCatalogThatFailsAtStartUpIsShownAndTriedAgain()
    {
        // Nango answers, but with 500s: an answer, yet nothing can be pulled. The window must say
        // so at once and the loop must try again by itself (it used to stop without a word).
        Sim sim;
        QTemporaryDir dir;
        auto engine = makeEngine(sim, dir.path());
        sim.control("POST", u"faults"_s, {{u"storm_500"_s, 1000}});
        engine->startBackground();
        QTRY_COMPARE_WITH_TIMEOUT(engine->health().state, nd::ServerHealth::State::Failing, 20000);
        const nd::ServerHealth failing = engine->health();
        QCOMPARE(failing.kind, u"server"_s);
        QVERIFY(failing.retryAtUs > nd::Timestamp::nowMicros());
        QVERIFY2(nd::Status::describe(failing, nd::Timestamp::nowMicros()).contains(u"Trying again in"_s),
                 qPrintable(nd::Status::describe(failing, nd::Timestamp::nowMicros())));
        QVERIFY(engine->records().streams(engine->profile().id).isEmpty());
        // The storm passes: the next try (5 s later, no person involved) reads the catalog and pulls.
        sim.control("POST", u"faults"_s, {{u"storm_500"_s, 0}});
        QTRY_VERIFY_WITH_TIMEOUT(!engine->records().streams(engine->profile().id).isEmpty(), 30000);
        QTRY_COMPARE(engine->health().state, nd::ServerHealth::State::Ok);
        QTRY_VERIFY_WITH_TIMEOUT(engine->isIdle() && compareAll(*engine, sim).isEmpty(), 60000);
    }

    void aKeyWithoutTheScopeIsShownAsSuch()
    {
        // A key that may not list integrations: Nango's 403 stops the loop just as surely.
        nangosim::SimOptions options = Sim::defaults();
        const QByteArray scoped = "1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d";
        options.config.insert(
            u"api_keys"_s, QJsonArray{QJsonObject{{u"key"_s, QString::fromLatin1(scoped)},
                                                  {u"scopes"_s, QJsonArray{u"environment:records:read"_s}}}});
        Sim sim(options);
        QTemporaryDir dir;
        auto engine = makeEngine(sim, dir.path());
        engine->setApiKey(scoped);
        engine->startBackground();
        QTRY_COMPARE_WITH_TIMEOUT(engine->health().state, nd::ServerHealth::State::Failing, 20000);
        QCOMPARE(engine->health().kind, u"forbidden"_s);
        QVERIFY2(engine->health().error.contains(u"scope"_s, Qt::CaseInsensitive),
                 qPrintable(engine->health().error));
    }

    void logLinesNameTheVariant()
    {
        static QStringList lines;
        lines.clear();
        const QtMessageHandler previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext &, const QString &message) { lines << message; });
        Sim sim;
        QTemporaryDir dir;
        auto engine = makeEngine(sim, dir.path());
        QString error;
        const bool synced = syncAll(*engine, &error);
        qInstallMessageHandler(previous);
        QVERIFY2(synced, qPrintable(error));
        const QStringList variant = lines.filter(u"SalesforceOpportunity (variant emea)"_s);
        QVERIFY2(!variant.filter(u"pulled"_s).isEmpty(), qPrintable(lines.join(u'\n')));
        // The base stream of the same model is named without one.
        QVERIFY2(!lines.filter(QRegularExpression(u"pulled .*/SalesforceOpportunity$"_s)).isEmpty(),
                 qPrintable(lines.filter(u"SalesforceOpportunity"_s).join(u'\n')));
    }

    void withoutAKeyNothingIsSent()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        int connections = 0;
        connect(&server, &QTcpServer::newConnection, this, [&]() {
            while (QTcpSocket *s = server.nextPendingConnection()) {
                ++connections;
                s->close();
            }
        });
        QTemporaryDir dir;
        nd::EngineConfig config;
        config.databasePath = dir.filePath(u"cache.sqlite"_s);
        config.serverUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(server.serverPort()));
        nd::SyncEngine engine(config);
        QString error;
        QVERIFY(engine.open(&error));
        engine.startBackground();
        QCOMPARE(engine.health().state, nd::ServerHealth::State::NoKey);
        QTest::qWait(300); // a request, had one been made, would have connected by now
        QCOMPARE(connections, 0);
        // The probe does see a client that has a key.
        engine.setApiKey(kApiKey);
        engine.startBackground();
        QTRY_VERIFY(connections > 0);
    }

    void theStatusIsFetchedAgainAfterPullsActionsAndWebhooks()
    {
        Sim sim;
        QTemporaryDir dir;
        auto engine = makeEngine(sim, dir.path(), 100, 0, 1000);
        QString error;
        QVERIFY2(syncAll(*engine, &error), qPrintable(error));
        auto fresh = [&](const QList<nd::Stream> &streams) {
            for (const nd::Stream &s : streams) {
                const nd::StreamStatus st = statusOf(*engine, s.id);
                if (st.statusFetchedUs <= st.lastOkUs)
                    return false;
            }
            return engine->isIdle();
        };
        // The first sync's own refreshes, done.
        QTRY_VERIFY_WITH_TIMEOUT(fresh(engine->records().streams(engine->profile().id)), 20000);
        CallCounter calls(engine->client());
        // Pulls of three hubspot streams in a burst: their integration's status, fetched once.
        const auto streams = engine->records().streams(engine->profile().id, u"hubspot"_s, u"acme-corp"_s);
        QVERIFY(streams.size() >= 2);
        for (const nd::Stream &s : streams)
            engine->requestPull(s.id, u"manual"_s);
        // Fresh: each stream's status was taken after its pull.
        QTRY_VERIFY_WITH_TIMEOUT(fresh(streams), 20000);
        // Coalesced: fewer calls than pulls.
        QVERIFY2(calls.byPath.value(u"/sync/status"_s) < streams.size(),
                 qPrintable(QString::number(calls.byPath.value(u"/sync/status"_s))));
        for (const nd::Stream &s : streams) {
            const nd::StreamStatus st = statusOf(*engine, s.id);
            QCOMPARE(st.state,
                     st.serverStatus == u"PAUSED" ? nd::SyncState::Paused : nd::SyncState::UpToDate);
        }
        // A new frequency shows without waiting for a poll.
        bool changed = false;
        engine->setFrequency(u"hubspot"_s, u"acme-corp"_s, u"contacts"_s, u"base"_s, u"every 2h"_s,
                             [&](bool ok, const QString &) { changed = ok; });
        QTRY_VERIFY(changed);
        QTRY_VERIFY([&]() {
            for (const nd::SyncRow &r :
                 engine->catalog().syncs(engine->profile().id, u"hubspot"_s, u"acme-corp"_s))
                if (r.name == u"contacts"_s)
                    return r.frequency == u"every 2h"_s;
            return false;
        }());
        // A verified webhook: the pull it asks for, then the status again.
        QVERIFY(engine->startListener({}, kSigningKey, &error));
        sim.server->addWebhookUrl(engine->listener()->url().toString());
        const int before = calls.byPath.value(u"/sync/status"_s);
        sim.control("POST", u"run"_s, {{u"integration"_s, u"github"_s}});
        QVERIFY(sim.waitIdle());
        QTRY_VERIFY_WITH_TIMEOUT(engine->isIdle() && calls.byPath.value(u"/sync/status"_s) > before, 20000);
        QTRY_VERIFY(compareAll(*engine, sim).isEmpty());
    }

    void aDriftThatAPullCannotMendIsShownNotChased()
    {
        Sim sim;
        QTemporaryDir dir;
        auto engine = makeEngine(sim, dir.path());
        QString error;
        QVERIFY2(syncAll(*engine, &error), qPrintable(error));
        // Nango's counts that miss deletes (PR #2935): the cache is right, the count is not.
        sim.control("POST", u"faults"_s, {{u"counts_include_deleted"_s, true}});
        const nd::Stream stream = *engine->records().findStream(
            {engine->profile().id, u"github"_s, u"acme-corp"_s, u"GithubIssue"_s, u"base"_s});
        QVERIFY(stream.deletedCount > 0);
        int pullsOfIt = 0;
        connect(engine.get(), &nd::SyncEngine::pullStarted, this,
                [&](qint64 id) { pullsOfIt += id == stream.id; });
        engine->requestPull(stream.id, u"manual"_s);
        QTRY_VERIFY(engine->isIdle());
        // The status after that pull shows the drift: one pull to check, then no more for it.
        QTRY_VERIFY_WITH_TIMEOUT(statusOf(*engine, stream.id).drift, 20000);
        QTRY_VERIFY(engine->isIdle());
        const int pulls = pullsOfIt;
        QVERIFY(pulls <= 2); // ours, and at most one the drift asked for
        engine->refreshStatusSoon(u"github"_s);
        QTest::qWait(500); // a second drift pull, were there one, would have started
        QCOMPARE(pullsOfIt, pulls);
        const nd::StreamStatus s = statusOf(*engine, stream.id);
        QCOMPARE(s.state, nd::SyncState::UpToDate);
        QVERIFY(nd::Status::describe(s, nd::Timestamp::nowMicros()).contains(u"Nango counts"_s));
        QVERIFY(compareAll(*engine, sim).isEmpty());
    }

    void theTestWebhookLeavesNothingBehind()
    {
        Sim sim;
        QTemporaryDir dir;
        auto engine = makeEngine(sim, dir.path());
        QString error;
        QVERIFY2(syncAll(*engine, &error), qPrintable(error));
        QVERIFY(engine->startListener({}, kSigningKey, &error));
        const qsizetype streams = engine->records().streams(engine->profile().id).size();
        QNetworkAccessManager nam;
        bool done = false;
        nd::TestWebhook::Result result;
        nd::TestWebhook::send(&nam, engine->listener()->url(), kSigningKey, this,
                              [&](const nd::TestWebhook::Result &r) {
                                  result = r;
                                  done = true;
                              });
        QTRY_VERIFY(done);
        QVERIFY2(result.ok, qPrintable(result.message));
        QTRY_VERIFY(!engine->journal().webhooks(engine->profile().id).isEmpty());
        const nd::WebhookLogEntry logged = engine->journal().webhooks(engine->profile().id).first();
        QCOMPARE(logged.outcome, u"accepted"_s);
        QVERIFY(logged.triggered.contains(u"nothing is pulled"_s));
        QTest::qWait(300); // past the webhook debounce
        QVERIFY(engine->isIdle());
        QCOMPARE(engine->records().streams(engine->profile().id).size(), streams);
        for (const nd::Stream &s : engine->records().streams(engine->profile().id))
            QVERIFY(s.lastError.isEmpty());
        // A wrong key is refused, and the message says which key to look at.
        done = false;
        nd::TestWebhook::send(&nam, engine->listener()->url(), "0a9b8c7d-0000-4a3b-9c2d-1e0f9a8b7c6d", this,
                              [&](const nd::TestWebhook::Result &r) {
                                  result = r;
                                  done = true;
                              });
        QTRY_VERIFY(done);
        QCOMPARE(result.status, 401);
        QVERIFY(result.message.contains(u"signing key"_s));
    }
};

QTEST_GUILESS_MAIN(TestEngineStatus)
#include "tst_engine_status.moc"
