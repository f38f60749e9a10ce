// Settings > Network in the window: a self-signed server refused with its certificate shown (the
// certificate dialog, saved as a picture under Xvfb), trusted for the profile with one click, and a
// proxy that asks for a password prompting for it. Real parts: an HTTPS nango-sim, tinyproxy.
#include "AppContext.h"
#include "AppSettings.h"
#include "GuiSupport.h"
#include "MainWindow.h"
#include "SimHarness.h"
#include "Tinyproxy.h"
#include "dialogs/CertificateDialog.h"
#include "dialogs/ProxyLoginDialog.h"
#include "dialogs/WebhookRouteDialog.h"
#include "net/CertificateInfo.h"
#include "panels/SettingsPanel.h"
#include "secrets/KeyLoader.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTableView>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace testsupport;
using namespace Qt::StringLiterals;

namespace {

template <typename T> T *openDialog(QWidget *owner)
{
    T *found = nullptr;
    const bool open = QTest::qWaitFor(
        [&]() {
            found = owner->findChild<T *>();
            return found && found->isVisible();
        },
        20000);
    return open ? found : nullptr;
}

} // namespace

class TestGuiNetwork : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_certs;
    std::unique_ptr<Sim> m_sim;
    std::unique_ptr<nd::AppContext> m_context;
    std::unique_ptr<nd::MainWindow> m_window;

    nd::SettingsPanel *panel() { return m_window->settings(); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_certs = m_dir.filePath(u"certs"_s);
        QProcess make;
        make.start(qEnvironmentVariable("NANGODESK_SOURCE_DIR") + u"/tests/support/make-test-certs.sh"_s,
                   {m_certs});
        QVERIFY(make.waitForFinished(60000));
        QCOMPARE(make.exitCode(), 0);
        nangosim::SimOptions options = Sim::defaults();
        options.tlsCertificate = m_certs + u"/self.pem"_s;
        options.tlsKey = m_certs + u"/self.key"_s;
        m_sim = std::make_unique<Sim>(options);
        QVERIFY(m_sim->started);
        QCOMPARE(m_sim->url().scheme(), u"https"_s);

        nd::ProfileSettings::setDatabasePathOverride(m_dir.filePath(u"cache.db"_s));
        nd::ProfileSettings settings;
        settings.name = u"selfhosted"_s;
        settings.serverUrl = m_sim->url().toString();
        settings.listenPort = 0;
        settings.pollSeconds = 0;
        settings.save();
        m_context = std::make_unique<nd::AppContext>(settings, false);
        m_window = std::make_unique<nd::MainWindow>(m_context.get());
        m_window->resize(1280, 800);
        m_window->show();
        m_context->start(m_sim->url(), kApiKey, kSigningKey);
    }

    // Messages made in the core's free functions are found in the translation (lupdate files them
    // under the namespace, not under the class the runtime used to ask for).
    void messagesOfTheCoreAreTranslated()
    {
        QTranslator translator;
        QVERIFY(translator.load(u":/i18n/nangodesk_de.qm"_s));
        QCoreApplication::installTranslator(&translator);
        nd::ApiError tls;
        tls.kind = nd::ApiError::Kind::Tls;
        tls.url = QUrl(u"https://nango.internal"_s);
        tls.tlsCauses = {nd::ApiError::TlsCause::SelfSigned};
        const QString tlsText = tls.userMessage();
        nd::ApiError proxy;
        proxy.kind = nd::ApiError::Kind::Proxy;
        proxy.proxyCause = nd::ApiError::ProxyCause::AuthRequired;
        const QString proxyText = proxy.userMessage();
        nd::MemorySecretStore empty;
        QString missing;
        qunsetenv("NANGO_DESK_PROXY_PASSWORD");
        nd::KeyLoader::load(&empty, u"p"_s, nd::SecretStore::Kind::ProxyPassword,
                            [&missing](const nd::KeyLoader::Result &r) { missing = r.problem; });
        QTRY_VERIFY(!missing.isEmpty());
        QCoreApplication::removeTranslator(&translator);
        QVERIFY2(tlsText.contains(u"selbst signiert"_s), qPrintable(tlsText));
        QVERIFY2(proxyText.contains(u"verlangt Benutzername und Passwort"_s), qPrintable(proxyText));
        QVERIFY2(missing.startsWith(u"Kein Proxy-Passwort"_s), qPrintable(missing));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_context.reset();
    }

    void aSelfSignedServerIsShownAndTrustedForTheProfile()
    {
        // The engine refuses the server at once, naming why.
        QTRY_VERIFY_WITH_TIMEOUT(m_context->health().state == nd::ServerHealth::State::Failing, 20000);
        QCOMPARE(m_context->health().kind, u"tls"_s);
        QVERIFY2(m_context->health().error.contains(u"self-signed"_s), qPrintable(m_context->health().error));

        m_window->showPage(nd::MainWindow::Settings);
        auto *message = panel()->findChild<QLabel *>(u"settingsMessage"_s);
        panel()->findChild<QPushButton *>(u"testConnection"_s)->click();
        auto *dialog = openDialog<nd::CertificateDialog>(panel());
        QVERIFY2(dialog, "the certificate dialog opens after a test that met an untrusted certificate");
        QVERIFY2(message->text().contains(u"self-signed"_s), qPrintable(message->text()));
        const QString fp =
            nd::CertificateInfo::sha256Of(QSslCertificate::fromPath(m_certs + u"/self.pem"_s).constFirst());
        QCOMPARE(dialog->findChild<QLabel *>(u"certificateFingerprint"_s)->text(),
                 nd::CertificateInfo::displayFingerprint(fp));
        QVERIFY(dialog->findChild<QLabel *>(u"certificateVerdict"_s)->text().contains(u"self-signed"_s));
        auto *trust = dialog->findChild<QPushButton *>(u"trustCertificate"_s);
        QVERIFY(trust && trust->isVisible());
        QVERIFY(trust->text().contains(u"selfhosted"_s));
        dialog->resize(dialog->sizeHint().expandedTo(QSize(640, 0)));
        screenshot(dialog, u"certificate"_s);

        QSignalSpy apply(panel(), &nd::SettingsPanel::applyRequested);
        trust->click();
        QCOMPARE(apply.size(), 1);
        QCOMPARE(panel()->settings().network.pinnedSha256, fp);
        QVERIFY(panel()
                    ->findChild<QLabel *>(u"pinnedCertificate"_s)
                    ->text()
                    .contains(nd::CertificateInfo::displayFingerprint(fp)));
        // What Save does: the engine starts again with the pin, and the server is used.
        m_context->setSettings(panel()->settings());
        m_context->start(m_sim->url(), kApiKey, kSigningKey);
        QTRY_VERIFY_WITH_TIMEOUT(m_context->health().state == nd::ServerHealth::State::Ok &&
                                     m_context->snapshot().streams.size() >= 12,
                                 30000);
        panel()->findChild<QPushButton *>(u"testConnection"_s)->click();
        QTRY_VERIFY2(message->text().startsWith(u"Connected to"_s), qPrintable(message->text()));
        auto *box = panel()->findChild<QWidget *>(u"networkBox"_s);
        panel()->findChild<QScrollArea *>(u"settingsScroll"_s)->ensureWidgetVisible(box);
        screenshot(m_window.get(), u"settings-network"_s);

        // Shown again on request: trusted now, nothing to click but Close.
        panel()->findChild<QPushButton *>(u"inspectCertificate"_s)->click();
        auto *again = openDialog<nd::CertificateDialog>(panel());
        QVERIFY(again);
        QVERIFY(again->findChild<QLabel *>(u"certificateVerdict"_s)->text().contains(u"trusts"_s));
        QVERIFY(!again->findChild<QPushButton *>(u"trustCertificate"_s));
        again->reject();
    }

    void webhooksAreRoutedFromTheConnectionsPanel()
    {
        ScriptedPrompter prompter;
        nd::Prompter::install(&prompter);
        m_window->showPage(nd::MainWindow::Connections);
        auto *table = m_window->findChild<QTableView *>(u"connectionsTable"_s);
        auto *route = m_window->findChild<QPushButton *>(u"routeWebhooks"_s);
        QVERIFY(table && route);
        QVERIFY(!route->isEnabled());
        int row = -1;
        for (int r = 0; r < table->model()->rowCount(); ++r)
            if (table->model()->index(r, 0).data().toString() == u"acme-corp"_s &&
                table->model()->index(r, 1).data().toString() == u"github"_s)
                row = r;
        QVERIFY(row >= 0);
        table->setCurrentIndex(table->model()->index(row, 0));
        QVERIFY(route->isEnabled());
        route->click();
        auto *dialog = openDialog<nd::WebhookRouteDialog>(m_window.get());
        QVERIFY(dialog);
        auto *now = dialog->findChild<QLabel *>(u"webhookRouteNow"_s);
        auto *message = dialog->findChild<QLabel *>(u"webhookRouteMessage"_s);
        QTRY_VERIFY2(now->text().contains(u"environment's webhook URLs"_s), qPrintable(now->text()));
        const QString tunnel = u"https://nango-hooks.example.com/webhooks/nango"_s;
        dialog->findChild<QLineEdit *>(u"webhookRouteUrl"_s)->setText(tunnel);
        dialog->findChild<QPushButton *>(u"webhookRouteSet"_s)->click();
        QVERIFY(prompter.asked.contains(u"Route webhooks here"_s)); // confirmed first: it replaces both URLs
        QTRY_VERIFY2(now->text().contains(tunnel), qPrintable(now->text() + message->text()));
        // The Connections table says where this connection's webhooks go now.
        auto routed = [table](int r) { return table->model()->index(r, 6).data().toString(); };
        QTRY_COMPARE(routed(row), u"routed to nango-hooks.example.com"_s);
        // The tunnel's far end is this listener: a signed test webhook is accepted there.
        dialog->findChild<QLineEdit *>(u"webhookRouteUrl"_s)->setText(m_context->listenerUrl().toString());
        dialog->findChild<QPushButton *>(u"webhookRouteCheck"_s)->click();
        QTRY_VERIFY2(message->text().contains(u"accepted a signed test webhook"_s),
                     qPrintable(message->text()));
        screenshot(dialog, u"webhook-route"_s);
        dialog->findChild<QPushButton *>(u"webhookRouteClear"_s)->click();
        QTRY_VERIFY2(now->text().contains(u"environment's webhook URLs"_s), qPrintable(now->text()));
        QTRY_COMPARE(routed(row), QString());
        dialog->reject();
        nd::Prompter::install(nullptr);
    }

    // Activity: a verified webhook is replayed with one click; a refused one cannot be.
    void aLoggedWebhookIsReplayedFromActivity()
    {
        m_sim->server->addWebhookUrl(m_context->listenerUrl().toString());
        // The simulator's control route, over its HTTPS with its own certificate as the authority.
        QNetworkAccessManager nam;
        QUrl run = m_sim->url();
        run.setPath(u"/_sim/run"_s);
        QNetworkRequest request(run);
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(m_certs + u"/self.pem"_s));
        request.setSslConfiguration(tls);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = nam.post(request, "{\"integration\":\"github\",\"connection\":\"acme-corp\"}");
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
        m_window->showPage(nd::MainWindow::Activity);
        auto *view = m_window->findChild<QTableView *>(u"activityTable"_s);
        auto *replay = m_window->findChild<QPushButton *>(u"replayWebhook"_s);
        auto *message = m_window->findChild<QLabel *>(u"activityMessage"_s);
        // A sync webhook that asked for a pull (not the test webhook of the test before).
        auto webhookRow = [view](const QString &outcome) {
            for (int r = 0; r < view->model()->rowCount(); ++r)
                if (view->model()->index(r, 1).data().toString() == u"webhook"_s &&
                    view->model()->index(r, 5).data().toString().contains(u"→ pull"_s) &&
                    view->model()->index(r, 6).data().toString().startsWith(outcome))
                    return r;
            return -1;
        };
        auto rows = [view]() {
            QStringList out;
            for (int r = 0; r < view->model()->rowCount(); ++r)
                out << view->model()->index(r, 1).data().toString() + u" | "_s +
                           view->model()->index(r, 5).data().toString() + u" | "_s +
                           view->model()->index(r, 6).data().toString();
            return out.join(u'\n');
        };
        QTRY_VERIFY2_WITH_TIMEOUT(webhookRow(u"accepted"_s) >= 0, qPrintable(rows()), 20000);
        view->setCurrentIndex(view->model()->index(webhookRow(u"accepted"_s), 0));
        QVERIFY(replay->isEnabled());
        replay->click();
        QTRY_VERIFY2(message->text().contains(u"replayed"_s), qPrintable(message->text()));
        QTRY_VERIFY_WITH_TIMEOUT(
            [&]() {
                for (int r = 0; r < view->model()->rowCount(); ++r)
                    if (view->model()->index(r, 5).data().toString().contains(u"replay of #"_s))
                        return true;
                return false;
            }(),
            20000);
    }

    void aProxyThatAsksForAPasswordIsPromptedFor()
    {
        Tinyproxy proxy;
        const QString problem = proxy.start(m_dir.path(), u"gui-auth"_s, {u"BasicAuth alice s3cret-proxy"_s});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        auto *mode = panel()->findChild<QComboBox *>(u"proxyMode"_s);
        mode->setCurrentIndex(2);
        panel()->findChild<QLineEdit *>(u"proxyUrl"_s)->setText(proxy.url());
        auto *message = panel()->findChild<QLabel *>(u"settingsMessage"_s);
        panel()->findChild<QPushButton *>(u"testConnection"_s)->click();
        auto *login = openDialog<nd::ProxyLoginDialog>(panel());
        QVERIFY2(login, qPrintable(message->text()));
        QVERIFY(message->text().contains(u"(407)"_s));
        login->findChild<QLineEdit *>(u"proxyLoginUser"_s)->setText(u"alice"_s);
        login->findChild<QLineEdit *>(u"proxyLoginPassword"_s)->setText(u"s3cret-proxy"_s);
        QSignalSpy apply(panel(), &nd::SettingsPanel::applyRequested);
        login->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        QCOMPARE(apply.size(), 1);
        QCOMPARE(panel()->settings().network.proxyUser, u"alice"_s);
        QCOMPARE(panel()->newProxyPassword(), QByteArray("s3cret-proxy"));
        // Not in the settings that are written to disk.
        QVERIFY(!panel()->settings().network.toJson().contains("s3cret"));
        panel()->findChild<QPushButton *>(u"testConnection"_s)->click();
        QTRY_VERIFY2(message->text().startsWith(u"Connected to"_s), qPrintable(message->text()));
        QVERIFY2(!proxy.requests().filter(u"CONNECT 127.0.0.1:%1"_s.arg(m_sim->url().port())).isEmpty(),
                 qPrintable(proxy.requests().join(u'\n')));
    }

    // The engine itself meets the proxy's 407: the server bar says so and offers the password dialog.
    void theServerBarAsksForTheProxyPassword()
    {
        Tinyproxy proxy;
        QVERIFY(proxy.start(m_dir.path(), u"engine-auth"_s, {u"BasicAuth bob an0ther-secret"_s}).isEmpty());
        panel()->findChild<QComboBox *>(u"proxyMode"_s)->setCurrentIndex(2);
        panel()->findChild<QLineEdit *>(u"proxyUrl"_s)->setText(proxy.url());
        panel()->findChild<QLineEdit *>(u"proxyUser"_s)->clear();
        m_context->setSettings(panel()->settings());
        m_context->start(m_sim->url(), kApiKey, kSigningKey);
        QTRY_VERIFY_WITH_TIMEOUT(m_context->health().kind == u"proxy-auth"_s, 20000);
        QVERIFY2(m_context->health().error.contains(u"(407)"_s), qPrintable(m_context->health().error));
        m_window->showPage(nd::MainWindow::Syncs);
        auto *ask = m_window->findChild<QPushButton *>(u"proxyLogin"_s);
        QTRY_VERIFY(ask->isVisible());
        ask->click();
        QCOMPARE(m_window->currentPage(), nd::MainWindow::Settings);
        auto *login = openDialog<nd::ProxyLoginDialog>(panel());
        QVERIFY(login);
        login->reject();
    }
};

QTEST_MAIN(TestGuiNetwork)
#include "tst_gui_network.moc"
