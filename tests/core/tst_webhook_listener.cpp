// The webhook listener over real loopback HTTP: what it accepts, what it refuses and why, that it
// stays up whatever it is sent, and that the engine ignores duplicate deliveries.
#include "SimHarness.h"
#include "StoreFixture.h"
#include "sync/SyncEngine.h"
#include "webhook/WebhookListener.h"
#include "webhook/WebhookVerifier.h"

#include <QCryptographicHash>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

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
};

QTEST_GUILESS_MAIN(TestWebhookListener)
#include "tst_webhook_listener.moc"
