#include "panels/SettingsPanel.h"

#include "AppContext.h"
#include "cache/Store.h"
#include "dialogs/CertificateDialog.h"
#include "dialogs/ProxyLoginDialog.h"
#include "widgets/NetworkBox.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace nd {

using namespace Qt::StringLiterals;

namespace {

QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

SettingsPanel::SettingsPanel(AppContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    const ProfileSettings s = context->settings();
    auto *outer = new QVBoxLayout(this);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"settingsScroll"_s);
    scroll->setWidgetResizable(true);
    // Everything wraps to the panel's width: no sideways scrolling, in any language.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *page = new QWidget(scroll);
    auto *layout = new QVBoxLayout(page);
    scroll->setWidget(page);
    outer->addWidget(scroll);

    auto *server = new QGroupBox(tr("Nango server"), page);
    auto *serverForm = new QFormLayout(server);
    serverForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_cloud = new QRadioButton(tr("Nango Cloud (https://api.nango.dev)"), server);
    m_cloud->setObjectName(u"serverCloud"_s);
    m_selfHosted = new QRadioButton(tr("Self-hosted Nango at:"), server);
    m_selfHosted->setObjectName(u"serverSelfHosted"_s);
    m_url = new QLineEdit(s.serverUrl, server);
    m_url->setObjectName(u"serverUrl"_s);
    m_url->setAccessibleName(tr("Server URL"));
    m_url->setPlaceholderText(u"http://localhost:3003"_s);
    const bool cloud = QUrl(s.serverUrl).host() == u"api.nango.dev";
    m_cloud->setChecked(cloud);
    m_selfHosted->setChecked(!cloud);
    m_url->setEnabled(!cloud);
    connect(m_selfHosted, &QRadioButton::toggled, m_url, &QWidget::setEnabled);
    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(m_selfHosted);
    urlRow->addWidget(m_url, 1);
    serverForm->addRow(m_cloud);
    serverForm->addRow(urlRow);
    m_environment = new QLineEdit(server);
    m_environment->setObjectName(u"environmentName"_s);
    m_environment->setPlaceholderText(tr("e.g. dev or prod (shown on every screen)"));
    m_environment->setText(s.environment.isEmpty() ? context->snapshot().profile.environment : s.environment);
    serverForm->addRow(tr("Environment name"), m_environment);
    m_production =
        new QCheckBox(tr("Production environment (a red banner; every action is confirmed)"), server);
    m_production->setObjectName(u"production"_s);
    m_production->setChecked(s.production);
    serverForm->addRow(m_production);
    if (context->isDemo()) {
        for (QWidget *w : {static_cast<QWidget *>(m_cloud), static_cast<QWidget *>(m_selfHosted),
                           static_cast<QWidget *>(m_url)})
            w->setEnabled(false);
        serverForm->addRow(
            wrapped(tr("The demo runs its own Nango-compatible server inside Nango Desk."), server));
    }
    layout->addWidget(server);

    auto *keys = new QGroupBox(tr("Keys"), page);
    auto *keysForm = new QFormLayout(keys);
    keysForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_apiKey = new QLineEdit(keys);
    m_apiKey->setObjectName(u"apiKey"_s);
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_apiKey->setAccessibleName(tr("Environment API key"));
    m_signingKey = new QLineEdit(keys);
    m_signingKey->setObjectName(u"signingKey"_s);
    m_signingKey->setEchoMode(QLineEdit::Password);
    m_signingKey->setAccessibleName(tr("Webhook signing key"));
    keysForm->addRow(tr("Environment API key"), m_apiKey);
    keysForm->addRow(tr("Webhook signing key"), m_signingKey);
    keysForm->addRow(
        wrapped(tr("From the Nango dashboard: Environment settings > API keys, and > Webhooks > "
                   "Signing key. Since 2026-04 the two differ. Keys are kept in the system keychain "
                   "and never shown again."),
                keys));
    m_sessionOnly = new QCheckBox(tr("Keys for this session only (nothing is written anywhere)"), keys);
    m_sessionOnly->setObjectName(u"sessionOnly"_s);
    m_sessionOnly->setChecked(s.sessionOnlySecrets);
    keysForm->addRow(m_sessionOnly);
    auto *test = new QPushButton(tr("&Test connection"), keys);
    test->setObjectName(u"testConnection"_s);
    keysForm->addRow(test);
    layout->addWidget(keys);

    m_network = new NetworkBox(s.network, page);
    if (context->isDemo())
        m_network->setEnabled(false); // the demo's server is inside the app: never proxied
    layout->addWidget(m_network);
    connect(m_network, &NetworkBox::inspectRequested, this, &SettingsPanel::inspectCertificate);

    auto *cache = new QGroupBox(tr("Cache"), page);
    auto *cacheForm = new QFormLayout(cache);
    cacheForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_localCache = new QRadioButton(tr("On this computer: %1").arg(ProfileSettings::databasePath()), cache);
    m_localCache->setObjectName(u"cacheLocal"_s);
    m_sharedCache = new QRadioButton(tr("Shared PostgreSQL database:"), cache);
    m_sharedCache->setObjectName(u"cacheShared"_s);
    m_cacheUri = new QLineEdit(s.sharedCache, cache);
    m_cacheUri->setObjectName(u"cacheUri"_s);
    m_cacheUri->setAccessibleName(tr("Shared cache URI"));
    m_cacheUri->setPlaceholderText(u"postgresql://nangodesk@db.example.com:5432/nangodesk"_s);
    m_cachePassword = new QLineEdit(cache);
    m_cachePassword->setObjectName(u"cachePassword"_s);
    m_cachePassword->setEchoMode(QLineEdit::Password);
    m_cachePassword->setAccessibleName(tr("Database password"));
    m_cachePassword->setPlaceholderText(tr("none: PGPASSWORD or ~/.pgpass"));
    auto *testCacheButton = new QPushButton(tr("Test the &shared cache"), cache);
    testCacheButton->setObjectName(u"testCache"_s);
    const bool shared = !s.sharedCache.isEmpty();
    m_sharedCache->setChecked(shared);
    m_localCache->setChecked(!shared);
    auto enableShared = [this, testCacheButton](bool on) {
        m_cacheUri->setEnabled(on);
        m_cachePassword->setEnabled(on);
        testCacheButton->setEnabled(on);
    };
    enableShared(shared);
    connect(m_sharedCache, &QRadioButton::toggled, this, enableShared);
    auto *uriRow = new QHBoxLayout;
    uriRow->addWidget(m_sharedCache);
    uriRow->addWidget(m_cacheUri, 1);
    cacheForm->addRow(m_localCache);
    cacheForm->addRow(uriRow);
    cacheForm->addRow(tr("Database password"), m_cachePassword);
    cacheForm->addRow(
        wrapped(tr("A team shares one cache: several Nango Desks and nango-desk-cli watch services "
                   "use it, and each stream is pulled by one of them at a time. The URI never "
                   "carries the password; it is kept in the keychain. A role that may only read "
                   "sees the records but neither pulls nor changes syncs."),
                cache));
    cacheForm->addRow(testCacheButton);
    if (context->isDemo())
        cache->setEnabled(false);
    layout->addWidget(cache);

    auto *listener = new QGroupBox(tr("Webhook listener"), page);
    auto *listenForm = new QFormLayout(listener);
    listenForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_listenHost = new QLineEdit(s.listenHost, listener);
    m_listenHost->setObjectName(u"listenHost"_s);
    m_listenHost->setToolTip(
        tr("127.0.0.1 accepts only this computer. Another address exposes the listener to "
           "your network: use it only behind a tunnel you trust."));
    m_listenPort = new QSpinBox(listener);
    m_listenPort->setObjectName(u"listenPort"_s);
    m_listenPort->setRange(0, 65535);
    m_listenPort->setSpecialValueText(tr("any free port"));
    m_listenPort->setValue(s.listenPort);
    m_legacy = new QCheckBox(tr("Also accept the legacy X-Nango-Signature"), listener);
    m_legacy->setToolTip(tr("The old signature, SHA-256 of key and body, open to length extension."));
    m_legacy->setObjectName(u"legacySignature"_s);
    m_legacy->setChecked(s.allowLegacySignature);
    m_remote = new QCheckBox(tr("Accept webhooks from other machines"), listener);
    m_remote->setObjectName(u"allowRemote"_s);
    m_remote->setChecked(s.allowRemote);
    auto *remoteWarning =
        new QLabel(tr("Needed for an address other than 127.0.0.1. Anyone who reaches that address may post "
                      "to the listener: every post is checked against the signing key, but keep it behind a "
                      "firewall or a tunnel you trust."),
                   listener);
    remoteWarning->setObjectName(u"allowRemoteWarning"_s);
    remoteWarning->setWordWrap(true);
    remoteWarning->setStyleSheet(u"color: #b26a00;"_s);
    remoteWarning->setVisible(s.allowRemote);
    connect(m_remote, &QCheckBox::toggled, remoteWarning, &QWidget::setVisible);
    m_rejectedLog = new QSpinBox(listener);
    m_rejectedLog->setObjectName(u"rejectedLogMb"_s);
    m_rejectedLog->setRange(0, 1024);
    m_rejectedLog->setSuffix(tr(" MB"));
    m_rejectedLog->setValue(s.rejectedLogMb);
    m_rejectedLog->setToolTip(tr("Refused deliveries (a bad signature, a wrong path) are kept in Activity up "
                                 "to this size, oldest dropped first; a burst from one address is counted on "
                                 "one row. Verified webhooks are all kept."));
    m_listenerUrl = new QLabel(listener);
    m_listenerUrl->setObjectName(u"listenerUrl"_s);
    m_listenerUrl->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_listenerUrl->setWordWrap(true);
    auto *testHook = new QPushButton(tr("Send a test &webhook"), listener);
    testHook->setObjectName(u"testWebhook"_s);
    listenForm->addRow(tr("Address"), m_listenHost);
    listenForm->addRow(tr("Port"), m_listenPort);
    listenForm->addRow(m_legacy);
    listenForm->addRow(m_remote);
    listenForm->addRow(remoteWarning);
    listenForm->addRow(tr("Keep refused deliveries up to"), m_rejectedLog);
    listenForm->addRow(tr("URL to give Nango"), m_listenerUrl);
    listenForm->addRow(testHook);
    layout->addWidget(listener);

    auto *loop = new QGroupBox(tr("Sync loop"), page);
    auto *loopForm = new QFormLayout(loop);
    loopForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_poll = new QSpinBox(loop);
    m_poll->setObjectName(u"pollSeconds"_s);
    m_poll->setRange(0, 86400);
    m_poll->setSuffix(tr(" s"));
    m_poll->setValue(s.pollSeconds);
    m_poll->setToolTip(tr("How often /sync/status is read to catch missed webhooks (0: never)."));
    m_pageSize = new QSpinBox(loop);
    m_pageSize->setObjectName(u"pageSize"_s);
    m_pageSize->setRange(1, 10000);
    m_pageSize->setValue(s.pageSize);
    m_pageSize->setToolTip(
        tr("Records per request. The rate limit (200 requests a minute on the free plan) is "
           "shared with your production backend."));
    loopForm->addRow(tr("Poll every"), m_poll);
    loopForm->addRow(tr("Records per request"), m_pageSize);
    m_massDelete = new QSpinBox(loop);
    m_massDelete->setObjectName(u"massDeletePercent"_s);
    m_massDelete->setRange(0, 100);
    m_massDelete->setSuffix(tr(" %"));
    m_massDelete->setSpecialValueText(tr("never"));
    m_massDelete->setValue(s.massDeletePercent);
    m_massDelete->setToolTip(tr("A pull that removes more than this share of a model's records is flagged on "
                                "its row, in the cursor history and as a notification: a wrong cursor or a "
                                "bug has deleted records by mistake before."));
    loopForm->addRow(tr("Flag a pull that deletes more than"), m_massDelete);
    m_historyVersions = new QSpinBox(loop);
    m_historyVersions->setObjectName(u"historyVersions"_s);
    m_historyVersions->setRange(0, 1000);
    m_historyVersions->setSpecialValueText(tr("none"));
    m_historyVersions->setValue(s.historyVersions);
    m_historyVersions->setToolTip(
        tr("Earlier versions kept of each record, with the fields each change touched "
           "(the record's History tab). About 180 bytes a version, up to 700 when an update changes every "
           "field."));
    loopForm->addRow(tr("Versions kept per record"), m_historyVersions);
    layout->addWidget(loop);

    m_message = new QLabel(page);
    m_message->setObjectName(u"settingsMessage"_s);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *apply = new QPushButton(tr("&Save and restart the sync"), page);
    apply->setObjectName(u"applySettings"_s);
    layout->addWidget(apply);
    layout->addStretch();

    connect(apply, &QPushButton::clicked, this, &SettingsPanel::applyRequested);
    connect(test, &QPushButton::clicked, this, [this]() {
        // What is typed, not what was saved: the URL of the form, its key (or the saved one).
        const QUrl url(settings().serverUrl, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty()) {
            showMessage(tr("The server URL must be an http(s) address, e.g. http://localhost:3003."), true);
            return;
        }
        showMessage(tr("Asking %1…").arg(url.toString()), false);
        m_context->testConnection(url, newApiKey(), m_network->settings(), newProxyPassword(),
                                  [this](const AppContext::ConnectionCheck &check) {
                                      showMessage(check.message, !check.ok);
                                      if (!check.ok)
                                          offerFix(check.error, check.certificate);
                                  });
    });
    connect(testHook, &QPushButton::clicked, this, &SettingsPanel::sendTestWebhook);
    connect(testCacheButton, &QPushButton::clicked, this, &SettingsPanel::testCache);
    connect(context, &AppContext::engineStarted, this, &SettingsPanel::refreshListener);
    refreshListener();
}

void SettingsPanel::showWelcome()
{
    showMessage(tr("Welcome to Nango Desk. Choose the Nango server, paste this environment's API key and "
                   "webhook signing key, then save. Or start the built-in demo with nango-desk --demo."),
                false);
}

void SettingsPanel::refreshListener()
{
    const QUrl url = m_context->listenerUrl();
    // "Any free port" says which one the system gave.
    m_listenPort->setSpecialValueText(url.isEmpty() ? tr("any free port")
                                                    : tr("any free port (now %1)").arg(url.port()));
    if (!url.isEmpty() && m_context->isDemo()) {
        // The demo listens where the system lets it: show that port, not the setting's.
        m_listenPort->setValue(url.port());
        m_listenPort->setEnabled(false);
        m_listenHost->setEnabled(false);
    }
    if (!m_context->listenerError().isEmpty())
        m_listenerUrl->setText(tr("Not listening: %1").arg(m_context->listenerError()));
    else if (url.isEmpty())
        m_listenerUrl->setText(tr("Not listening (add the webhook signing key first)."));
    else
        m_listenerUrl->setText(
            tr("%1 — Nango Cloud cannot reach this computer: give Nango a tunnel's URL (e.g. a "
               "connection's webhook URL override) that forwards here.")
                .arg(url.toString()));
}

ProfileSettings SettingsPanel::settings() const
{
    ProfileSettings s = m_context->settings();
    if (!m_context->isDemo())
        s.serverUrl = m_cloud->isChecked() ? u"https://api.nango.dev"_s : m_url->text().trimmed();
    s.environment = m_environment->text().trimmed();
    s.production = m_production->isChecked();
    s.listenHost = m_listenHost->text().trimmed();
    s.listenPort = m_listenPort->value();
    s.allowLegacySignature = m_legacy->isChecked();
    s.allowRemote = m_remote->isChecked();
    s.rejectedLogMb = m_rejectedLog->value();
    s.pollSeconds = m_poll->value();
    s.pageSize = m_pageSize->value();
    s.massDeletePercent = m_massDelete->value();
    s.historyVersions = m_historyVersions->value();
    s.sessionOnlySecrets = m_sessionOnly->isChecked();
    s.sharedCache = m_sharedCache->isChecked() ? m_cacheUri->text().trimmed() : QString();
    if (!m_context->isDemo())
        s.network = m_network->settings();
    return s;
}

QByteArray SettingsPanel::newApiKey() const
{
    return m_apiKey->text().trimmed().toLatin1();
}

QByteArray SettingsPanel::newSigningKey() const
{
    return m_signingKey->text().trimmed().toLatin1();
}

QByteArray SettingsPanel::newCachePassword() const
{
    return m_cachePassword->text().toUtf8(); // a password may end in a space
}

QByteArray SettingsPanel::newProxyPassword() const
{
    return m_network->newProxyPassword();
}

void SettingsPanel::setProxyPasswordState(bool stored, const QString &store)
{
    m_network->setProxyPasswordState(stored, store);
}

void SettingsPanel::inspectCertificate()
{
    const QUrl url(settings().serverUrl, QUrl::StrictMode);
    if (url.scheme() != u"https") {
        showMessage(tr("%1 is plain HTTP: there is no certificate to look at.").arg(url.toString()), true);
        return;
    }
    showMessage(tr("Looking at the certificate of %1…").arg(url.toString()), false);
    m_context->inspectCertificate(
        url, m_network->settings(), newProxyPassword(),
        [this, url](const AppContext::ConnectionCheck &check) {
            showMessage(check.message, !check.ok);
            if (check.error.kind == ApiError::Kind::Tls || check.error.kind == ApiError::Kind::Proxy) {
                offerFix(check.error, check.certificate);
                return;
            }
            if (check.certificate.isNull())
                return;
            auto *dialog =
                new CertificateDialog(url.toString(), settings().name, {}, check.certificate, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        });
}

void SettingsPanel::offerFix(const ApiError &error, const CertificateInfo &certificate)
{
    if (error.kind == ApiError::Kind::Tls && !certificate.isNull()) {
        const QString server = settings().serverUrl;
        auto *dialog = new CertificateDialog(server, settings().name, error, certificate, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &CertificateDialog::trustRequested, this, [this](const QString &sha256) {
            m_network->setPinnedSha256(sha256);
            showMessage(
                tr("This certificate is trusted for profile \"%1\" now; saving.").arg(settings().name),
                false);
            Q_EMIT applyRequested();
        });
        dialog->open();
        return;
    }
    const bool askPassword =
        error.kind == ApiError::Kind::Proxy && (error.proxyCause == ApiError::ProxyCause::AuthRequired ||
                                                error.proxyCause == ApiError::ProxyCause::AuthRejected);
    if (askPassword)
        askProxyPassword(error.userMessage());
}

void SettingsPanel::askProxyPassword(const QString &message)
{
    auto *dialog = new ProxyLoginDialog(message, m_network->settings().proxyUser, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProxyLoginDialog::credentialsGiven, this,
            [this](const QString &user, const QByteArray &password) {
                m_network->setProxyUser(user);
                m_network->setProxyPassword(QString::fromUtf8(password));
                Q_EMIT applyRequested();
            });
    dialog->open();
}

void SettingsPanel::setCachePasswordState(bool stored, const QString &store)
{
    m_cachePassword->clear();
    m_cachePassword->setPlaceholderText(stored ? tr("stored in the %1; type to replace").arg(store)
                                               : tr("none: PGPASSWORD or ~/.pgpass"));
}

void SettingsPanel::testCache()
{
    const QString uri = m_cacheUri->text().trimmed();
    if (!Store::isPostgres(uri)) {
        showMessage(
            tr("A shared cache is a postgresql:// URI, e.g. postgresql://nangodesk@db.example.com:5432/"
               "nangodesk."),
            true);
        return;
    }
    showMessage(tr("Opening %1…").arg(Store::displayLocation(uri)), false);
    m_context->testCache(uri, newCachePassword(),
                         [this](bool ok, const QString &message) { showMessage(message, !ok); });
}

void SettingsPanel::setKeyState(bool apiKeyStored, bool signingKeyStored, const QString &store)
{
    m_apiKey->clear();
    m_signingKey->clear();
    m_apiKey->setPlaceholderText(apiKeyStored ? tr("stored in the %1; type to replace").arg(store)
                                              : tr("not set"));
    m_signingKey->setPlaceholderText(signingKeyStored ? tr("stored in the %1; type to replace").arg(store)
                                                      : tr("not set: webhooks cannot be verified"));
}

void SettingsPanel::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? u"color: #c62828;"_s : QString());
}

void SettingsPanel::sendTestWebhook()
{
    const QUrl running = m_context->listenerUrl();
    if (running.isEmpty()) {
        showMessage(tr("The listener is not running; add the webhook signing key and save."), true);
        return;
    }
    if (!m_context->isDemo() && (m_listenPort->value() != running.port() && m_listenPort->value() != 0)) {
        showMessage(tr("The listener runs on port %1; save the settings to move it to %2, then test again.")
                        .arg(running.port())
                        .arg(m_listenPort->value()),
                    true);
        return;
    }
    showMessage(tr("Sending a signed test webhook to %1…").arg(running.toString()), false);
    m_context->sendTestWebhook(newSigningKey(),
                               [this](bool ok, const QString &message) { showMessage(message, !ok); });
}

} // namespace nd
