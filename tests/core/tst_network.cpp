// The networks people really have, over loopback: nango-sim serving HTTPS with a self-signed
// certificate, with certificates of a private authority (valid, for another host, expired), a
// changed certificate, a plain-HTTP port asked for TLS, and a real HTTP proxy (tinyproxy) that
// logs what it forwards, asks for a password, or refuses a CONNECT. Driven through nango-desk-cli as a
// user runs it; the certificates are made fresh by tests/support/make-test-certs.sh.
#include "CliHarness.h"
#include "Tinyproxy.h"
#include "net/CertificateInfo.h"
#include "net/ProxyPolicy.h"

#include <QNetworkProxy>
#include <QSslCertificate>
#include <QStandardPaths>

using namespace testsupport;
using namespace Qt::StringLiterals;

namespace {

QString fingerprintOf(const QString &pem)
{
    const auto certs = QSslCertificate::fromPath(pem, QSsl::Pem);
    return certs.isEmpty() ? QString() : nd::CertificateInfo::sha256Of(certs.constFirst());
}

} // namespace

class TestNetwork
    : public QObject
    , protected CliFixture
{
    Q_OBJECT

    QString m_certs;

    // A simulator serving `name`.pem over HTTPS (on `port`, or a free one); its URL in simUrl.
    void serve(const QString &name, quint16 port = 0)
    {
        stopSim();
        const QString problem =
            startSim({u"--tls-cert"_s, m_certs + u'/' + name + u".pem"_s, u"--tls-key"_s,
                      m_certs + u'/' + name + u".key"_s, u"--port"_s, QString::number(port)});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(simUrl.scheme(), u"https"_s);
    }
    Run cliWith(const QStringList &args, const QHash<QString, QString> &environment)
    {
        QProcess p;
        QProcessEnvironment e = env();
        for (const QString &v :
             {u"http_proxy"_s, u"https_proxy"_s, u"HTTPS_PROXY"_s, u"all_proxy"_s, u"ALL_PROXY"_s,
              u"no_proxy"_s, u"NO_PROXY"_s, u"NANGO_DESK_PROXY_PASSWORD"_s})
            e.remove(v);
        for (auto it = environment.cbegin(); it != environment.cend(); ++it)
            e.insert(it.key(), it.value());
        p.setProcessEnvironment(e);
        p.start(bin(u"nango-desk-cli"_s), args);
        Run r;
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }
    Run cliClean(const QStringList &args) { return cliWith(args, {}); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir.isValid());
        m_certs = dir.filePath(u"certs"_s);
        QProcess make;
        make.start(qEnvironmentVariable("NANGODESK_SOURCE_DIR") + u"/tests/support/make-test-certs.sh"_s,
                   {m_certs});
        QVERIFY(make.waitForFinished(60000));
        QVERIFY2(make.exitCode() == 0, make.readAllStandardError().constData());
        for (const char *name : {"ca", "server", "wronghost", "expired", "self", "self2"})
            QVERIFY2(QFile::exists(m_certs + u'/' + QLatin1String(name) + u".pem"_s), name);
    }

    void cleanupTestCase() { stopSim(); }

    void selfSignedIsRefusedUntilItsFingerprintIsTrusted()
    {
        serve(u"self"_s);
        const QString fp = fingerprintOf(m_certs + u"/self.pem"_s);
        const QString shown = nd::CertificateInfo::displayFingerprint(fp);
        const QStringList profile{u"--profile"_s, u"selfsigned"_s};

        const Run refused = cliClean(profile + QStringList{u"sync"_s});
        QCOMPARE(refused.code, 5);
        QVERIFY2(refused.err.contains(u"is not trusted: it is self-signed"_s), qPrintable(refused.err));
        QVERIFY(refused.err.contains(shown));
        QVERIFY(refused.err.contains(u"nango.example.internal"_s));
        QVERIFY2(!refused.err.contains(u"network connection"_s), "the network is fine: no network advice");

        // Not a terminal: the command says how to trust it and trusts nothing.
        const Run asked = cliClean(profile + QStringList{u"trust"_s});
        QCOMPARE(asked.code, 1);
        QVERIFY2(asked.err.contains(u"trust --fingerprint "_s + shown), qPrintable(asked.err));
        QVERIFY(asked.out.contains(u"Valid: "_s));

        const QString other = fingerprintOf(m_certs + u"/self2.pem"_s);
        const Run wrong = cliClean(profile + QStringList{u"trust"_s, u"--fingerprint"_s, other});
        QCOMPARE(wrong.code, 1);
        QVERIFY(wrong.err.contains(u"not the fingerprint you gave"_s));
        QCOMPARE(cliClean(profile + QStringList{u"sync"_s}).code, 5);

        const Run pinned = cliClean(profile + QStringList{u"trust"_s, u"--fingerprint"_s, shown});
        QVERIFY2(pinned.code == 0, qPrintable(pinned.err));
        const Run synced = cliClean(profile + QStringList{u"sync"_s});
        QVERIFY2(synced.code == 0, qPrintable(synced.err));
        QVERIFY(synced.out.contains(u"up to date"_s));
        // Stored with the profile, not the server: another profile still refuses it.
        QCOMPARE(cliClean({u"--profile"_s, u"another"_s, u"status"_s}).code, 5);
    }

    void aChangedCertificateIsRefusedWithBothFingerprints()
    {
        const quint16 port = quint16(simUrl.port());
        serve(u"self2"_s, port);
        const Run refused = cliClean({u"--profile"_s, u"selfsigned"_s, u"sync"_s});
        QCOMPARE(refused.code, 5);
        QVERIFY2(refused.err.contains(u"changed since you trusted it"_s), qPrintable(refused.err));
        QVERIFY(refused.err.contains(
            nd::CertificateInfo::displayFingerprint(fingerprintOf(m_certs + u"/self.pem"_s))));
        QVERIFY(refused.err.contains(
            nd::CertificateInfo::displayFingerprint(fingerprintOf(m_certs + u"/self2.pem"_s))));
        // Even a certificate this computer would trust is not the pinned one.
        serve(u"server"_s, port);
        const Run valid =
            cliClean({u"--profile"_s, u"selfsigned"_s, u"--ca-file"_s, m_certs + u"/ca.pem"_s, u"sync"_s});
        QCOMPARE(valid.code, 5);
        QVERIFY2(valid.err.contains(u"changed since you trusted it"_s), qPrintable(valid.err));
        // Forgetting the pin: the authority's certificate is trusted through the CA file.
        QCOMPARE(cliClean({u"--profile"_s, u"selfsigned"_s, u"trust"_s, u"--forget"_s}).code, 0);
        const Run after = cliClean({u"--profile"_s, u"selfsigned"_s, u"sync"_s});
        QVERIFY2(after.code == 0, qPrintable(after.err));
    }

    void aPrivateAuthorityIsTrustedWithCaFile()
    {
        serve(u"server"_s);
        const QStringList profile{u"--profile"_s, u"corp"_s};
        const Run refused = cliClean(profile + QStringList{u"sync"_s});
        QCOMPARE(refused.code, 5);
        QVERIFY2(refused.err.contains(u"Nango Desk Test CA"_s) &&
                     refused.err.contains(u"an authority this computer does not trust"_s),
                 qPrintable(refused.err));
        QVERIFY(refused.err.contains(u"--ca-file"_s));

        const Run missing =
            cliClean(profile + QStringList{u"--ca-file"_s, dir.filePath(u"none.pem"_s), u"sync"_s});
        QCOMPARE(missing.code, 2);
        QVERIFY(missing.err.contains(u"does not exist"_s));
        const Run notPem = cliClean(profile + QStringList{u"--ca-file"_s, m_certs + u"/ca.key"_s, u"sync"_s});
        QCOMPARE(notPem.code, 2);
        QVERIFY(notPem.err.contains(u"holds no PEM certificate"_s));

        const Run trusted =
            cliClean(profile + QStringList{u"--ca-file"_s, m_certs + u"/ca.pem"_s, u"sync"_s});
        QVERIFY2(trusted.code == 0, qPrintable(trusted.err));
        // Kept with the profile: the next run needs no option.
        const Run again = cliClean(profile + QStringList{u"sync"_s});
        QVERIFY2(again.code == 0, qPrintable(again.err));
        // The trust command sees a certificate this computer now trusts.
        const Run shown = cliClean(profile + QStringList{u"trust"_s});
        QCOMPARE(shown.code, 0);
        QVERIFY(shown.out.contains(u"nothing to pin"_s));
    }

    void eachCertificateFailureIsNamed_data()
    {
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("advice");
        QTest::newRow("wrong host") << u"wronghost"_s
                                    << u"it was issued for nango.internal, not for 127.0.0.1"_s
                                    << u"certificate that names 127.0.0.1"_s;
        QTest::newRow("expired") << u"expired"_s << u"it expired on 2020-02-01"_s << u"renew it"_s;
    }

    void eachCertificateFailureIsNamed()
    {
        QFETCH(QString, certificate);
        QFETCH(QString, expected);
        QFETCH(QString, advice);
        serve(certificate);
        const Run r = cliClean(
            {u"--profile"_s, u"named-"_s + certificate, u"--ca-file"_s, m_certs + u"/ca.pem"_s, u"sync"_s});
        QCOMPARE(r.code, 5);
        QVERIFY2(r.err.contains(expected) && r.err.contains(advice), qPrintable(r.err));
        QVERIFY(!r.err.contains(u"network connection"_s));
        // Neither is offered as a certificate to trust.
        const Run t = cliClean({u"--profile"_s, u"named-"_s + certificate, u"trust"_s});
        QCOMPARE(t.code, 5);
        QVERIFY(!t.err.contains(u"--fingerprint"_s));
    }

    void aPlainHttpPortAskedForTlsIsAProtocolMismatch()
    {
        stopSim();
        QVERIFY(startSim().isEmpty());
        QUrl https = simUrl;
        https.setScheme(u"https"_s);
        const Run r = cliClean({u"--profile"_s, u"mismatch"_s, u"--server"_s, https.toString(), u"status"_s});
        QCOMPARE(r.code, 5);
        QVERIFY2(r.err.contains(u"did not complete a TLS handshake"_s), qPrintable(r.err));
        QVERIFY(r.err.contains(u"Does the server speak HTTPS on that port?"_s));
        QVERIFY(!r.err.contains(u"network connection"_s));
    }

    void theEnvironmentsProxyIsUsedAndNoProxyHonoured()
    {
        stopSim();
        QVERIFY(startSim().isEmpty()); // plain HTTP
        Tinyproxy proxy;
        const QString problem = proxy.start(dir.path(), u"open"_s, {});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QStringList status{u"--profile"_s, u"proxied"_s, u"status"_s};

        const Run through = cliWith(status, {{u"http_proxy"_s, proxy.url()}});
        QVERIFY2(through.code == 0, qPrintable(through.err));
        const QString host = u"http://127.0.0.1:%1/"_s.arg(simUrl.port());
        QVERIFY2(proxy.requests().filter(u"GET "_s + host + u"integrations"_s).size() >= 1,
                 qPrintable(proxy.requests().join(u'\n')));

        const qsizetype before = proxy.requests().size();
        const Run direct =
            cliWith(status, {{u"http_proxy"_s, proxy.url()}, {u"no_proxy"_s, u"localhost,127.0.0.1"_s}});
        QVERIFY2(direct.code == 0, qPrintable(direct.err));
        QCOMPARE(proxy.requests().size(), before);
        // The upper-case HTTPS_PROXY is for https only; curl ignores HTTP_PROXY.
        const Run upper = cliWith(status, {{u"HTTPS_PROXY"_s, proxy.url()}, {u"HTTP_PROXY"_s, proxy.url()}});
        QCOMPARE(upper.code, 0);
        QCOMPARE(proxy.requests().size(), before);
        // The profile's "none" wins over the environment.
        const Run none = cliWith({u"--profile"_s, u"proxied"_s, u"--proxy"_s, u"none"_s, u"status"_s},
                                 {{u"http_proxy"_s, proxy.url()}});
        QCOMPARE(none.code, 0);
        QCOMPARE(proxy.requests().size(), before);
        // ...and is kept with the profile until it is set back to the system's.
        QCOMPARE(cliWith(status, {{u"http_proxy"_s, proxy.url()}}).code, 0);
        QCOMPARE(proxy.requests().size(), before);
        QCOMPARE(cliWith({u"--profile"_s, u"proxied"_s, u"--proxy"_s, u"system"_s, u"status"_s},
                         {{u"http_proxy"_s, proxy.url()}})
                     .code,
                 0);
        QVERIFY(proxy.requests().size() > before);
    }

    void httpsGoesThroughTheProxyAsConnect()
    {
        serve(u"server"_s);
        Tinyproxy proxy;
        QVERIFY(proxy.start(dir.path(), u"tunnel"_s, {}).isEmpty());
        const Run r =
            cliWith({u"--profile"_s, u"tunnel"_s, u"--ca-file"_s, m_certs + u"/ca.pem"_s, u"sync"_s},
                    {{u"HTTPS_PROXY"_s, proxy.url()}});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(proxy.requests().filter(u"CONNECT 127.0.0.1:%1"_s.arg(simUrl.port())).size() >= 1,
                 qPrintable(proxy.requests().join(u'\n')));
        // Nothing in clear: the proxy saw no request path of Nango's API.
        QVERIFY(proxy.requests().filter(u"/records"_s).isEmpty());
    }

    void aProxyThatWantsAPasswordIsNamed()
    {
        stopSim();
        QVERIFY(startSim().isEmpty());
        Tinyproxy proxy;
        QVERIFY(proxy.start(dir.path(), u"auth"_s, {u"BasicAuth alice s3cret-proxy"_s}).isEmpty());
        const QString withUser = u"http://alice@127.0.0.1:%1"_s.arg(proxy.port);
        const Run asked = cliWith({u"--profile"_s, u"auth"_s, u"--proxy"_s, proxy.url(), u"status"_s}, {});
        QCOMPARE(asked.code, 5);
        QVERIFY2(asked.err.contains(u"asks for a user name and password (407)"_s), qPrintable(asked.err));
        QVERIFY(asked.err.contains(u"127.0.0.1:%1"_s.arg(proxy.port)));

        const Run wrong = cliWith({u"--profile"_s, u"auth"_s, u"--proxy"_s, withUser, u"status"_s},
                                  {{u"NANGO_DESK_PROXY_PASSWORD"_s, u"not-it"_s}});
        QVERIFY2(wrong.code == 5, qPrintable(wrong.err));
        QVERIFY(wrong.err.contains(u"did not accept the user name and password"_s));
        QVERIFY2(!wrong.err.contains(u"not-it"_s), "the password is not printed");

        const Run ok = cliWith({u"--profile"_s, u"auth"_s, u"status"_s},
                               {{u"NANGO_DESK_PROXY_PASSWORD"_s, u"s3cret-proxy"_s}});
        QVERIFY2(ok.code == 0, qPrintable(ok.err));
        QVERIFY(!ok.err.contains(u"s3cret-proxy"_s));

        // A password on the command line is refused before anything is stored.
        const Run inline_ =
            cliWith({u"--profile"_s, u"auth"_s, u"--proxy"_s,
                     u"http://alice:s3cret-proxy@127.0.0.1:%1"_s.arg(proxy.port), u"status"_s},
                    {});
        QCOMPARE(inline_.code, 2);
        QVERIFY(inline_.err.contains(u"Leave the password out"_s));
    }

    void aRefusedConnectIsTheProxys()
    {
        serve(u"server"_s);
        Tinyproxy proxy;
        QVERIFY(proxy.start(dir.path(), u"strict"_s, {u"ConnectPort 443"_s}).isEmpty());
        const Run r =
            cliWith({u"--profile"_s, u"strict"_s, u"--ca-file"_s, m_certs + u"/ca.pem"_s, u"status"_s},
                    {{u"https_proxy"_s, proxy.url()}});
        QCOMPARE(r.code, 5);
        QVERIFY2(r.err.contains(u"The proxy 127.0.0.1:%1"_s.arg(proxy.port)), qPrintable(r.err));
        QVERIFY(!r.err.contains(u"not trusted"_s));
    }

    void noProxyFollowsCurl_data()
    {
        QTest::addColumn<QString>("noProxy");
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("direct");
        QTest::newRow("empty") << u""_s << u"api.nango.dev"_s << false;
        QTest::newRow("star") << u"*"_s << u"api.nango.dev"_s << true;
        QTest::newRow("exact") << u"api.nango.dev"_s << u"api.nango.dev"_s << true;
        QTest::newRow("suffix") << u"nango.dev"_s << u"api.nango.dev"_s << true;
        QTest::newRow("leading dot") << u".nango.dev"_s << u"api.nango.dev"_s << true;
        QTest::newRow("not a label boundary") << u"ango.dev"_s << u"api.nango.dev"_s << false;
        QTest::newRow("case") << u"NANGO.DEV"_s << u"Api.Nango.Dev"_s << true;
        QTest::newRow("list with spaces") << u"example.com, nango.dev"_s << u"api.nango.dev"_s << true;
        QTest::newRow("port ignored") << u"nango.internal:3003"_s << u"nango.internal"_s << true;
        QTest::newRow("ip") << u"127.0.0.1"_s << u"127.0.0.1"_s << true;
        QTest::newRow("other ip") << u"127.0.0.2"_s << u"127.0.0.1"_s << false;
        QTest::newRow("cidr") << u"10.0.0.0/8"_s << u"10.20.30.40"_s << true;
        QTest::newRow("cidr outside") << u"10.0.0.0/8"_s << u"11.0.0.1"_s << false;
        QTest::newRow("ipv6") << u"[::1]"_s << u"::1"_s << true;
        QTest::newRow("loopback is not special") << u"example.com"_s << u"localhost"_s << false;
    }

    void noProxyFollowsCurl()
    {
        QFETCH(QString, noProxy);
        QFETCH(QString, host);
        QFETCH(bool, direct);
        QCOMPARE(nd::ProxyPolicy::noProxyMatches(noProxy, host), direct);
    }

    void theProxyIsChosenPerScheme()
    {
        nd::ProxyPolicy::Environment env;
        env.httpProxy = u"http://plain.proxy:3128"_s;
        env.httpsProxy = u"secure.proxy:8080"_s; // no scheme: HTTP, as curl takes it
        nd::ProxyPolicy policy({}, {}, env);
        QString source;
        QNetworkProxy p = policy.proxyFor(QUrl(u"https://api.nango.dev"_s), &source);
        QCOMPARE(p.hostName(), u"secure.proxy"_s);
        QCOMPARE(p.port(), quint16(8080));
        QCOMPARE(p.type(), QNetworkProxy::HttpProxy);
        QCOMPARE(source, u"https_proxy"_s);
        p = policy.proxyFor(QUrl(u"http://nango.internal:3003"_s), &source);
        QCOMPARE(p.hostName(), u"plain.proxy"_s);
        // only http_proxy: https goes straight (curl), not through it (Qt's generic fallback)
        env.httpsProxy.clear();
        nd::ProxyPolicy httpOnly({}, {}, env);
        QCOMPARE(httpOnly.proxyFor(QUrl(u"https://api.nango.dev"_s)).type(), QNetworkProxy::NoProxy);
        // all_proxy, socks5h, and a profile URL with a user whose password is the keychain's
        env.allProxy = u"socks5h://socks.internal:1080"_s;
        nd::ProxyPolicy all({}, {}, env);
        QCOMPARE(all.proxyFor(QUrl(u"https://api.nango.dev"_s)).type(), QNetworkProxy::Socks5Proxy);
        nd::NetworkSettings manual;
        manual.proxy = u"http://bob@corp.proxy:3128"_s;
        nd::ProxyPolicy profile(manual, "pw", env);
        p = profile.proxyFor(QUrl(u"https://api.nango.dev"_s), &source);
        QCOMPARE(p.hostName(), u"corp.proxy"_s);
        QCOMPARE(p.user(), u"bob"_s);
        QCOMPARE(p.password(), u"pw"_s);
        QCOMPARE(source, u"profile"_s);
    }
};

QTEST_GUILESS_MAIN(TestNetwork)
#include "tst_network.moc"
