// Routing Nango's webhooks to this desktop (nango-desk-cli webhook-url), against nango-sim as Nango
// behaves: a connection's webhook_url_override replaces both environment URLs for that connection
// only; loopback and nango.dev URLs are refused with Nango's reason; --clear gives the webhooks back
// to the environment; --check posts a signed test webhook to a URL and sees a listener accept it.
#include "CliHarness.h"

#include <QTcpServer>

using namespace testsupport;
using namespace Qt::StringLiterals;

class TestWebhookRouting
    : public QObject
    , protected CliFixture
{
    Q_OBJECT

    QString m_environmentHook;

    QStringList deliveryUrls(const QString &connection)
    {
        QStringList urls;
        for (const QJsonValue &d : control("GET", u"webhooks"_s).json().value(u"deliveries"_s).toArray()) {
            const QJsonObject o = d.toObject();
            if (QJsonDocument::fromJson(o.value(u"body"_s).toString().toUtf8())
                    .object()
                    .value(u"connectionId"_s)
                    .toString() == connection)
                urls << o.value(u"url"_s).toString();
        }
        return urls;
    }
    void runSyncs(const QString &integration, const QString &connection)
    {
        control("DELETE", u"webhooks"_s);
        control("POST", u"run"_s,
                QJsonObject{{u"integration"_s, integration}, {u"connection"_s, connection}});
        // Where each went is logged when it is sent (the hosts do not resolve here; Nango's retries of
        // a failed delivery go to the same URL).
        QTRY_VERIFY_WITH_TIMEOUT(!deliveryUrls(connection).isEmpty(), 20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir.isValid());
        m_environmentHook = u"http://127.0.0.1:9/environment-primary"_s; // nothing listens: delivery fails
        QVERIFY(startSim({u"--webhook-url"_s, m_environmentHook}).isEmpty());
    }
    void cleanupTestCase() { stopSim(); }

    void aConnectionsWebhooksGoToItsOverrideOnly()
    {
        const QStringList target{u"webhook-url"_s, u"--integration"_s, u"github"_s, u"--connection"_s,
                                 u"acme-corp"_s};
        const Run none = cli(target + QStringList{u"--show"_s});
        QVERIFY2(none.code == 0, qPrintable(none.err));
        QVERIFY(none.out.contains(u"none: the environment's webhook URLs"_s));

        const QString tunnel = u"https://nango-hooks.example.com/webhooks/nango"_s;
        const Run set = cli(target + QStringList{u"--set"_s, tunnel});
        QVERIFY2(set.code == 0, qPrintable(set.err));
        QVERIFY(set.err.contains(u"replaces both of the environment's webhook URLs"_s));
        QCOMPARE(cli(target + QStringList{u"--show"_s}).out.trimmed(), tunnel);

        // Nango sends that connection's webhooks to the override only, the others' as before.
        runSyncs(u"github"_s, u"acme-corp"_s);
        for (const QString &url : deliveryUrls(u"acme-corp"_s))
            QCOMPARE(url, tunnel);
        runSyncs(u"hubspot"_s, u"globex"_s);
        for (const QString &url : deliveryUrls(u"globex"_s))
            QCOMPARE(url, m_environmentHook);

        // In Activity: who routed what where.
        QVERIFY(CliFixture::countInCache(
                    cachePath, "SELECT count(*) FROM admin_journal WHERE action = 'webhook-url' AND "
                               "outcome = 'ok'") >= 1);

        const Run cleared = cli(target + QStringList{u"--clear"_s});
        QVERIFY2(cleared.code == 0, qPrintable(cleared.err));
        QVERIFY(cli(target + QStringList{u"--show"_s}).out.contains(u"none"_s));
        runSyncs(u"github"_s, u"acme-corp"_s);
        for (const QString &url : deliveryUrls(u"acme-corp"_s))
            QCOMPARE(url, m_environmentHook);
    }

    void urlsNangoRefusesAreRefusedWithItsReason()
    {
        const QStringList target{u"webhook-url"_s, u"--integration"_s, u"github"_s, u"--connection"_s,
                                 u"acme-corp"_s};
        const Run loopback = cli(target + QStringList{u"--set"_s, u"http://127.0.0.1:8787/webhooks/nango"_s});
        QVERIFY2(loopback.code == 1 &&
                     loopback.err.contains(u"webhook_url_override: This webhook URL is not allowed."_s),
                 qPrintable(QString::number(loopback.code) + u": "_s + loopback.err));
        const Run nango = cli(target + QStringList{u"--set"_s, u"https://api.nango.dev/hooks"_s});
        QCOMPARE(nango.code, 1);
        QVERIFY2(nango.err.contains(u"cannot point to Nango's domain"_s), qPrintable(nango.err));
        QVERIFY(cli(target + QStringList{u"--show"_s}).out.contains(u"none"_s));
        const Run unknown = cli({u"webhook-url"_s, u"--integration"_s, u"github"_s, u"--connection"_s,
                                 u"nobody"_s, u"--set"_s, u"https://hooks.example.com/x"_s});
        QVERIFY2(unknown.code == 1 && unknown.err.contains(u"Failed to find connection"_s),
                 qPrintable(QString::number(unknown.code) + u": "_s + unknown.err));
        QCOMPARE(cli(target + QStringList{u"--set"_s, u"not a url"_s}).code, 2);
    }

    void checkSeesASignedTestWebhookArrive()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        QProcess watch;
        watch.setProcessEnvironment(env());
        watch.start(bin(u"nango-desk-cli"_s),
                    {u"--db"_s, freshCacheLocation(dir.path(), u"watch"_s), u"watch"_s, u"--listen"_s,
                     u"127.0.0.1:%1"_s.arg(port), u"--poll"_s, u"0"_s});
        QVERIFY(watch.waitForReadyRead(20000));
        // What a tunnel forwards to: the listener. Accepted with the profile's signing key...
        const QString listener = u"http://127.0.0.1:%1/webhooks/nango"_s.arg(port);
        const Run ok = cli({u"webhook-url"_s, u"--integration"_s, u"github"_s, u"--connection"_s,
                            u"acme-corp"_s, u"--check"_s, listener});
        QVERIFY2(ok.code == 0, qPrintable(ok.err));
        QVERIFY(ok.out.contains(u"accepted a signed test webhook"_s));
        // ...refused with another key (the tunnel leads to someone else's listener).
        QProcess other;
        QProcessEnvironment e = env();
        e.insert(u"NANGO_WEBHOOK_SIGNING_KEY"_s, u"00000000-1111-4222-8333-444444444444"_s);
        other.setProcessEnvironment(e);
        other.start(bin(u"nango-desk-cli"_s), {u"webhook-url"_s, u"--integration"_s, u"github"_s,
                                               u"--connection"_s, u"acme-corp"_s, u"--check"_s, listener});
        QVERIFY(other.waitForFinished(30000));
        QCOMPARE(other.exitCode(), 1);
        QVERIFY(QString::fromUtf8(other.readAllStandardError()).contains(u"refused the signature"_s));
        watch.terminate();
        QVERIFY(watch.waitForFinished(10000));
    }

    // A logged, verified webhook processed again: the pull it asks for runs (here: records that
    // changed after the webhook came, with no webhook of their own); a refused one is not replayed.
    void aVerifiedWebhookIsReplayed()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        QProcess hooks;
        QUrl hooksUrl;
        QVERIFY(startSimProcess(hooks, &hooksUrl,
                                {u"--webhook-url"_s, u"http://127.0.0.1:%1/webhooks/nango"_s.arg(port)})
                    .isEmpty());
        const QString cache = freshCacheLocation(dir.path(), u"replay"_s);
        QProcessEnvironment e = env();
        e.insert(u"NANGO_SERVER_URL"_s, hooksUrl.toString());
        e.insert(u"NANGO_DESK_DB"_s, cache);
        auto run = [&e](const QStringList &args) {
            QProcess p;
            p.setProcessEnvironment(e);
            p.start(bin(u"nango-desk-cli"_s), args);
            Run r;
            if (!p.waitForFinished(60000))
                return r;
            r.code = p.exitCode();
            r.out = QString::fromUtf8(p.readAllStandardOutput());
            r.err = QString::fromUtf8(p.readAllStandardError());
            return r;
        };
        auto control = [&hooksUrl](const QByteArray &method, const QString &path, const QJsonObject &body) {
            QUrl u = hooksUrl;
            u.setPath(u"/_sim/"_s + path);
            return http(method, u, QJsonDocument(body).toJson(QJsonDocument::Compact));
        };
        QVERIFY(run({u"sync"_s}).code == 0);
        QProcess watch;
        watch.setProcessEnvironment(e);
        watch.start(bin(u"nango-desk-cli"_s),
                    {u"watch"_s, u"--listen"_s, u"127.0.0.1:%1"_s.arg(port), u"--poll"_s, u"0"_s});
        QVERIFY(watch.waitForReadyRead(20000));
        const QJsonObject issues{
            {u"integration"_s, u"github"_s}, {u"connection"_s, u"acme-corp"_s}, {u"sync"_s, u"issues"_s}};
        control("POST", u"run"_s, issues);
        QTRY_VERIFY_WITH_TIMEOUT(countInCache(cache,
                                              "SELECT count(*) FROM webhook_log WHERE type = 'sync' AND "
                                              "outcome = 'accepted'") >= 1,
                                 20000);
        // A delivery nobody signed is logged as refused.
        http("POST", QUrl(u"http://127.0.0.1:%1/webhooks/nango"_s.arg(port)), "{\"type\":\"sync\"}",
             {{"X-Nango-Hmac-Sha256", "00"}});
        QTRY_VERIFY_WITH_TIMEOUT(countInCache(cache, "SELECT count(*) FROM webhook_log WHERE outcome LIKE "
                                                     "'rejected%'") >= 1,
                                 20000);
        QTRY_VERIFY_WITH_TIMEOUT(countInCache(cache, "SELECT count(*) FROM cursor_history WHERE trigger = "
                                                     "'webhook' AND outcome = 'ok'") >= 1,
                                 20000);
        watch.terminate();
        QVERIFY(watch.waitForFinished(10000));
        // New records on the server, and no webhook for them.
        QVariantMap mutate = issues.toVariantMap();
        mutate.insert(u"add"_s, 7);
        control("POST", u"mutate"_s, QJsonObject::fromVariantMap(mutate));
        const qint64 verified = countInCache(cache, "SELECT max(id) FROM webhook_log WHERE type = 'sync' AND "
                                                    "outcome = 'accepted' AND model = 'GithubIssue'");
        const qint64 refused =
            countInCache(cache, "SELECT max(id) FROM webhook_log WHERE outcome LIKE 'rejected%'");
        const char *live = "SELECT live_count FROM streams WHERE model = 'GithubIssue' AND connection_id = "
                           "'acme-corp'";
        const qint64 liveBefore = countInCache(cache, live);
        const qint64 pullsBefore =
            countInCache(cache, "SELECT count(*) FROM cursor_history WHERE trigger = 'webhook'");
        const Run replayed = run({u"webhook-replay"_s, QString::number(verified)});
        QVERIFY2(replayed.code == 0, qPrintable(replayed.err));
        QVERIFY(replayed.out.contains(u"replayed webhook #%1"_s.arg(verified)));
        QCOMPARE(countInCache(cache, "SELECT count(*) FROM cursor_history WHERE trigger = 'webhook'"),
                 pullsBefore + 1);
        QCOMPARE(countInCache(cache, "SELECT count(*) FROM webhook_log WHERE remote LIKE 'replay of #%'"), 1);
        QCOMPARE(countInCache(cache, live), liveBefore + 7); // what changed after the webhook came
        const Run notSigned = run({u"webhook-replay"_s, QString::number(refused)});
        QCOMPARE(notSigned.code, 1);
        QVERIFY2(notSigned.err.contains(u"only a verified delivery is replayed"_s),
                 qPrintable(notSigned.err));
        const Run unknown = run({u"webhook-replay"_s, u"99999"_s});
        QCOMPARE(unknown.code, 1);
        QCOMPARE(run({u"webhook-replay"_s, u"x"_s}).code, 2);
        hooks.terminate();
        hooks.waitForFinished(5000);
    }
};

QTEST_GUILESS_MAIN(TestWebhookRouting)
#include "tst_webhook_routing.moc"
