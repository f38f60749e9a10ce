// The webhook listener over real loopback HTTP: what it accepts, what it refuses and why, that it
// stays up whatever it is sent, and that the engine ignores duplicate deliveries.
#include "SimHarness.h"
#include "StoreFixture.h"
#include "cache/ReadStore.h"
#include "sync/SyncEngine.h"
#include "util/Timestamp.h"
#include "webhook/WebhookListener.h"
#include "webhook/WebhookVerifier.h"

#include <QCryptographicHash>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/socket.h>

using namespace testsupport;
using namespace Qt::StringLiterals;

class TestWebhookListener : public QObject
{
    Q_OBJECT

    std::unique_ptr<nd::WebhookListener> listener;
    QList<nd::WebhookDelivery> deliveries;

    HttpResult post(const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers)
    {
        return http("POST", listener->url(), body, headers);
    }
    static QByteArray syncBody(const QString &model = u"HubspotContact"_s)
    {
        return QJsonDocument(QJsonObject{{u"connectionId"_s, u"acme-corp"_s},
                                         {u"from"_s, u"nango"_s},
                                         {u"model"_s, model},
                                         {u"modifiedAfter"_s, u"2026-11-27T10:00:00.000Z"_s},
                                         {u"providerConfigKey"_s, u"hubspot"_s},
                                         {u"responseResults"_s, QJsonObject{{u"added"_s, 1}}},
                                         {u"success"_s, true},
                                         {u"syncName"_s, u"contacts"_s},
                                         {u"syncVariant"_s, u"base"_s},
                                         {u"type"_s, u"sync"_s}})
            .toJson(QJsonDocument::Compact);
    }
    static QPair<QByteArray, QByteArray> hmac(const QByteArray &body, const QByteArray &key = kSigningKey)
    {
        return {"X-Nango-Hmac-Sha256", nd::WebhookVerifier::hmacHex(key, body)};
    }

private Q_SLOTS:
    void init()
    {
        deliveries.clear();
        listener = std::make_unique<nd::WebhookListener>();
        listener->setSigningKey(kSigningKey);
        nd::WebhookListener::Options o;
        o.maxBodyBytes = 64 * 1024;
        o.idleTimeoutMs = 500;
        QString error;
        QVERIFY2(listener->listen(o, &error), qPrintable(error));
        connect(listener.get(), &nd::WebhookListener::delivered, this,
                [this](const nd::WebhookDelivery &d) { deliveries.append(d); });
    }

    // A raw request over its own socket; returns what came back before the server closed it.
    static QByteArray raw(quint16 port, const QByteArray &request, bool halfClose,
                          int *closedAfterMs = nullptr)
    {
        // The listener runs in this thread: every wait below lets the event loop run.
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, port);
        QElapsedTimer t;
        t.start();
        while (s.state() != QAbstractSocket::ConnectedState && t.elapsed() < 5000)
            QTest::qWait(10);
        s.write(request);
        s.flush(); // into the kernel now: a half-close follows it before the listener reads anything
        while (s.bytesToWrite() > 0 && t.elapsed() < 5000)
            QTest::qWait(10);
        if (halfClose)
            ::shutdown(int(s.socketDescriptor()), SHUT_WR); // "I have sent everything"
        QByteArray answer;
        t.restart();
        while (s.state() == QAbstractSocket::ConnectedState && t.elapsed() < 10000) {
            QTest::qWait(10);
            answer += s.readAll();
        }
        answer += s.readAll();
        if (closedAfterMs)
            *closedAfterMs = s.state() == QAbstractSocket::ConnectedState ? -1 : int(t.elapsed());
        return answer;
    }
    QByteArray signedRequest(const QByteArray &extraHeaders = {})
    {
        const QByteArray body = syncBody();
        return "POST /webhooks/nango HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
               "X-Nango-Hmac-Sha256: " +
               hmac(body).second + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n" +
               extraHeaders + "\r\n" + body;
    }

    void answersAClientThatHalfClosedAfterSending()
    {
        const QByteArray answer = raw(listener->port(), signedRequest(), true);
        QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());
        QTRY_COMPARE(deliveries.size(), 1);
    }

    void closesTheConnectionAfterAnsweringConnectionClose()
    {
        // A long idle timeout, as in production: only the client's Connection: close ends it early.
        nd::WebhookListener patient;
        patient.setSigningKey(kSigningKey);
        nd::WebhookListener::Options o;
        o.idleTimeoutMs = 30000;
        QString error;
        QVERIFY2(patient.listen(o, &error), qPrintable(error));
        int closedAfter = 0;
        const QByteArray answer =
            raw(patient.port(), signedRequest("Connection: close\r\n"), false, &closedAfter);
        QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());
        QVERIFY2(closedAfter >= 0 && closedAfter < 5000, qPrintable(QString::number(closedAfter)));
    }

    void aHeadOverTheCapIs431_data()
    {
        QTest::addColumn<int>("lineBytes");
        QTest::newRow("60 KB header line") << 60 * 1024;
        QTest::newRow("100 KB header line") << 100 * 1024;
    }
    void aHeadOverTheCapIs431()
    {
        QFETCH(int, lineBytes);
        // The whole head in one write: it arrives in one read.
        const QByteArray answer =
            raw(listener->port(), signedRequest("X-Padding: " + QByteArray(lineBytes, 'a') + "\r\n"), false);
        QVERIFY2(answer.startsWith("HTTP/1.1 431"), answer.left(120).constData());
        // Logged as refused (the webhook log shows it), never acted on.
        QCOMPARE(deliveries.size(), 1);
        QVERIFY(!deliveries.first().accepted);
        QCOMPARE(deliveries.first().httpStatus, 431);
        // The listener is still there for the next one.
        QVERIFY(raw(listener->port(), signedRequest(), false).startsWith("HTTP/1.1 200"));
    }

    void listensOnLoopbackByDefault()
    {
        QCOMPARE(listener->url().host(), u"127.0.0.1"_s);
        QCOMPARE(listener->url().path(), u"/webhooks/nango"_s);
    }

    void acceptsASignedDelivery()
    {
        const QByteArray body = syncBody();
        const HttpResult r = post(body, {hmac(body)});
        QCOMPARE(r.status, 200);
        QTRY_COMPARE(deliveries.size(), 1);
        QVERIFY(deliveries.first().accepted);
        QCOMPARE(deliveries.first().signature, u"valid"_s);
        QCOMPARE(deliveries.first().payload.value(u"model"_s).toString(), u"HubspotContact"_s);
        // The stored headers keep only the start of the signature.
        QVERIFY(!deliveries.first().headersJson.contains(hmac(body).second));
    }

    void refusesForgedAndMissingSignatures()
    {
        const QByteArray body = syncBody();
        HttpResult r = post(body, {hmac(body, "some-other-key-that-is-wrong")});
        QCOMPARE(r.status, 401);
        QVERIFY(r.json().value(u"message"_s).toString().contains(u"signing key"_s));
        r = post(body, {});
        QCOMPARE(r.status, 401);
        // A body changed after signing (one byte) fails too.
        QByteArray tampered = body;
        tampered.replace("acme-corp", "acme-corq");
        QCOMPARE(post(tampered, {hmac(body)}).status, 401);
        QTRY_COMPARE(deliveries.size(), 3);
        for (const auto &d : std::as_const(deliveries))
            QVERIFY(!d.accepted);
        QCOMPARE(deliveries.at(1).signature, u"missing"_s);
    }

    void acceptsTheReplacedKeyUntilItsTimeIsUp()
    {
        // Nango signs with the old key for minutes after a rotation and never retries a 401.
        const QByteArray oldKey = "7f6e5d4c-3b2a-4190-8f7e-6d5c4b3a2910";
        const QByteArray body = syncBody();
        QCOMPARE(post(body, {hmac(body, oldKey)}).status, 401);
        listener->setPreviousSigningKey(oldKey, nd::Timestamp::nowMicros() + 600LL * 1000000);
        QCOMPARE(post(body, {hmac(body, oldKey)}).status, 200);
        QCOMPARE(post(syncBody(u"HubspotCompany"_s), {hmac(syncBody(u"HubspotCompany"_s))}).status, 200);
        // Past its time it is a forgery like any other.
        listener->setPreviousSigningKey(oldKey, nd::Timestamp::nowMicros() - 1);
        QCOMPARE(post(body, {hmac(body, oldKey)}).status, 401);
        QTRY_COMPARE(deliveries.size(), 4);
        QVERIFY(!deliveries.at(0).accepted);
        QVERIFY(deliveries.at(0).verifiedBy.isEmpty());
        QVERIFY(deliveries.at(1).accepted);
        QCOMPARE(deliveries.at(1).verifiedBy, u"previous"_s);
        QCOMPARE(deliveries.at(2).verifiedBy, u"current"_s);
        QVERIFY(!deliveries.at(3).accepted);
    }

    void legacySignatureOnlyWhenEnabled()
    {
        const QByteArray body = syncBody();
        QByteArray data = kSigningKey;
        data.append(body);
        const QPair<QByteArray, QByteArray> legacy{
            "X-Nango-Signature", QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()};
        QCOMPARE(post(body, {legacy}).status, 401);
        nd::WebhookListener::Options o;
        o.allowLegacySignature = true;
        QString error;
        QVERIFY(listener->listen(o, &error));
        QCOMPARE(post(body, {legacy}).status, 200);
    }

    void refusesBrokenJson()
    {
        const QByteArray body = "{\"type\":\"sync\",";
        const HttpResult r = post(body, {hmac(body)});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value(u"error"_s).toString(), u"invalid_json"_s);
    }

    void refusesHugeBodiesBeforeReadingThem()
    {
        const QByteArray body(200 * 1024, 'x');
        const HttpResult r = post(body, {hmac(body)});
        QCOMPARE(r.status, 413);
        QTRY_VERIFY(!deliveries.isEmpty());
        QCOMPARE(deliveries.last().httpStatus, 413);
        // A chunked body without Content-Length is cut off once past the limit. The listener runs on
        // this thread, so the socket is driven from the event loop, not with blocking waits.
        QTcpSocket socket;
        QByteArray answer;
        connect(&socket, &QTcpSocket::readyRead, this, [&]() { answer += socket.readAll(); });
        socket.connectToHost(QHostAddress::LocalHost, listener->port());
        QTRY_COMPARE(socket.state(), QAbstractSocket::ConnectedState);
        socket.write("POST /webhooks/nango HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n");
        const QByteArray chunk = QByteArray::number(16384, 16) + "\r\n" + QByteArray(16384, 'y') + "\r\n";
        for (int i = 0; i < 20 && answer.isEmpty() && socket.state() == QAbstractSocket::ConnectedState;
             ++i) {
            socket.write(chunk);
            QTest::qWait(5);
        }
        QTRY_VERIFY2(answer.startsWith("HTTP/1.1 413"), answer.left(80).constData());
    }

    void dropsIdleConnections()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, listener->port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("POST /webhooks/nango HTTP/1.1\r\n");
        QSignalSpy closed(&socket, &QTcpSocket::disconnected);
        QVERIFY(closed.wait(10000));
    }

    void staysUpAfterAbuse()
    {
        post("garbage", {{"X-Nango-Hmac-Sha256", "zz"}});
        post(QByteArray(100 * 1024, 'z'), {});
        http("GET", listener->url());
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, listener->port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("NOT HTTP AT ALL\r\n\r\n\r\n");
        socket.waitForBytesWritten(1000);
        socket.abort();
        const QByteArray body = syncBody();
        QCOMPARE(post(body, {hmac(body)}).status, 200);
    }

    void engineIgnoresDuplicatesAndLogsEverything()
    {
        QTemporaryDir dir;
        nd::EngineConfig config;
        config.databasePath = freshCacheLocation(dir.path());
        config.serverUrl = QUrl(u"http://127.0.0.1:9"_s);
        config.webhookDebounceMs = 60000; // the pull itself is not under test here
        nd::SyncEngine engine(config);
        QString error;
        QVERIFY(engine.open(&error));
        QVERIFY(engine.startListener({}, kSigningKey, &error));
        const QByteArray body = syncBody();
        QCOMPARE(http("POST", engine.listener()->url(), body, {hmac(body)}).status, 200);
        QCOMPARE(http("POST", engine.listener()->url(), body, {hmac(body)}).status, 200); // Nango's retry
        QCOMPARE(http("POST", engine.listener()->url(), body, {}).status, 401);
        QTRY_COMPARE(engine.journal().webhooks(engine.profile().id).size(), 3);
        const auto log = engine.journal().webhooks(engine.profile().id);
        QVERIFY(log.at(0).outcome.startsWith(u"rejected (401)"_s));
        QCOMPARE(log.at(1).outcome, u"duplicate"_s);
        QCOMPARE(log.at(2).outcome, u"accepted"_s);
        QCOMPARE(log.at(2).triggered, u"pull hubspot/acme-corp/HubspotContact"_s);
        QCOMPARE(log.at(2).body, body);
        // Another profile on the same cache (a team's shared one) has a log of its own.
        nd::EngineConfig other = config;
        other.profileName = u"other"_s;
        nd::SyncEngine second(other);
        QVERIFY2(second.open(&error), qPrintable(error));
        QVERIFY(second.journal().webhooks(second.profile().id).isEmpty());
        QVERIFY(second.startListener({}, kSigningKey, &error));
        QCOMPARE(http("POST", second.listener()->url(), body, {hmac(body)}).status, 200);
        // Not a duplicate there: the first profile's delivery is not this one's.
        QTRY_COMPARE(second.journal().webhooks(second.profile().id).size(), 1);
        QCOMPARE(second.journal().webhooks(second.profile().id).at(0).outcome, u"accepted"_s);
        QCOMPARE(engine.journal().webhooks(engine.profile().id).size(), 3);
    }

    // Missed-webhook detection: a run with changes whose verified webhook came is not flagged; one
    // whose webhook Nango never delivered is logged as missed once the grace has passed.
    void aRunWhoseWebhookNeverCameIsLoggedAsMissed()
    {
        Sim sim;
        QTemporaryDir dir;
        nd::EngineConfig config;
        config.databasePath = freshCacheLocation(dir.path());
        config.serverUrl = sim.url();
        config.pollIntervalSeconds = 0;
        config.webhookDebounceMs = 100;
        config.statusRefreshDelayMs = 100;
        config.missedWebhookGraceMs = 300;
        nd::SyncEngine engine(config);
        QString error;
        QVERIFY2(engine.open(&error), qPrintable(error));
        engine.setApiKey(kApiKey);
        QVERIFY(engine.startListener({}, kSigningKey, &error));
        sim.server->addWebhookUrl(engine.listener()->url().toString());
        engine.startBackground();
        QTRY_VERIFY_WITH_TIMEOUT(engine.isIdle() && !engine.records().streams(engine.profile().id).isEmpty(),
                                 60000);
        auto missed = [&engine]() {
            int n = 0;
            for (const nd::WebhookLogEntry &w : engine.journal().webhooks(engine.profile().id))
                n += w.outcome == u"missed"_s ? 1 : 0;
            return n;
        };
        auto accepted = [&engine]() {
            int n = 0;
            for (const nd::WebhookLogEntry &w : engine.journal().webhooks(engine.profile().id))
                n += w.outcome == u"accepted"_s && w.model == u"GithubIssue"_s ? 1 : 0;
            return n;
        };
        const QJsonObject run{
            {u"integration"_s, u"github"_s}, {u"connection"_s, u"acme-corp"_s}, {u"sync"_s, u"issues"_s}};
        // Delivered: the webhook comes, the status shows the run, nothing is missed.
        const int before = accepted();
        QCOMPARE(sim.control("POST", u"run"_s, run).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(accepted() > before, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(engine.isIdle(), 20000);
        engine.pollNow();
        QTest::qWait(1500); // the grace (300 ms) and the status refresh have passed
        QCOMPARE(missed(), 0);
        // Never delivered: logged as missed, with what to check.
        QCOMPARE(sim.control("POST", u"faults"_s, {{u"webhook_drop_rate"_s, 1.0}}).status, 200);
        QCOMPARE(sim.control("POST", u"run"_s, run).status, 200);
        QTest::qWait(300); // the run takes --run-ms
        engine.pollNow();
        QTRY_VERIFY_WITH_TIMEOUT(missed() >= 1, 20000);
        for (const nd::WebhookLogEntry &w : engine.journal().webhooks(engine.profile().id))
            if (w.outcome == u"missed"_s) {
                QCOMPARE(w.integration, u"github"_s);
                QCOMPARE(w.connectionId, u"acme-corp"_s);
                QVERIFY2(w.triggered.contains(u"no verified webhook for it came"_s), qPrintable(w.triggered));
            }
        // The connection shows how many (the read side the screens use).
        auto reader = nd::ReadStore::open(config.databasePath, &error);
        QVERIFY2(reader, qPrintable(error));
        const nd::CatalogRead read = reader->catalog(engine.profile().name);
        int shown = -1;
        for (const nd::ConnectionRow &c : read.connections)
            if (c.integration == u"github"_s && c.connectionId == u"acme-corp"_s)
                shown = c.missedWebhooks;
        QCOMPARE(shown, missed());
    }
};

QTEST_GUILESS_MAIN(TestWebhookListener)
#include "tst_webhook_listener.moc"
