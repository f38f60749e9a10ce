#include "panels/SettingsPanel.h"

#include "AppContext.h"
#include "webhook/WebhookVerifier.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace nd {

using namespace Qt::StringLiterals;

SettingsPanel::SettingsPanel(AppContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_nam(new QNetworkAccessManager(this))
{
    const ProfileSettings s = context->settings();
    auto *outer = new QVBoxLayout(this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    auto *page = new QWidget(scroll);
    auto *layout = new QVBoxLayout(page);
    scroll->setWidget(page);
    outer->addWidget(scroll);

    auto *server = new QGroupBox(tr("Nango server"), page);
    auto *serverForm = new QFormLayout(server);
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
    m_environment->setText(context->snapshot().profile.environment);
    serverForm->addRow(tr("Environment name"), m_environment);
    m_production =
        new QCheckBox(tr("This is a production environment (show a banner, confirm every action)"), server);
    m_production->setObjectName(u"production"_s);
    m_production->setChecked(s.production);
    serverForm->addRow(m_production);
    if (context->isDemo()) {
        for (QWidget *w : {static_cast<QWidget *>(m_cloud), static_cast<QWidget *>(m_selfHosted),
                           static_cast<QWidget *>(m_url)})
            w->setEnabled(false);
        serverForm->addRow(
            new QLabel(tr("The demo runs its own Nango-compatible server inside Nango Desk."), server));
    }
    layout->addWidget(server);

    auto *keys = new QGroupBox(tr("Keys"), page);
    auto *keysForm = new QFormLayout(keys);
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
        new QLabel(tr("From the Nango dashboard: Environment settings > API keys, and > Webhooks > "
                      "Signing key. Since 2026-04 the two differ. Keys are kept in the system keychain "
                      "and never shown again."),
                   keys));
    m_sessionOnly =
        new QCheckBox(tr("Keep the keys for this session only (nothing is written anywhere)"), keys);
    m_sessionOnly->setObjectName(u"sessionOnly"_s);
    m_sessionOnly->setChecked(s.sessionOnlySecrets);
    keysForm->addRow(m_sessionOnly);
    auto *test = new QPushButton(tr("&Test connection"), keys);
    test->setObjectName(u"testConnection"_s);
    keysForm->addRow(test);
    layout->addWidget(keys);

    auto *listener = new QGroupBox(tr("Webhook listener"), page);
    auto *listenForm = new QFormLayout(listener);
    m_listenHost = new QLineEdit(s.listenHost, listener);
    m_listenHost->setObjectName(u"listenHost"_s);
    m_listenHost->setToolTip(
        tr("127.0.0.1 accepts only this computer. Another address exposes the listener to "
           "your network: use it only behind a tunnel you trust."));
    m_listenPort = new QSpinBox(listener);
    m_listenPort->setObjectName(u"listenPort"_s);
    m_listenPort->setRange(0, 65535);
    m_listenPort->setValue(s.listenPort);
    m_legacy =
        new QCheckBox(tr("Also accept the legacy X-Nango-Signature (SHA-256 of key + body)"), listener);
    m_legacy->setObjectName(u"legacySignature"_s);
    m_legacy->setChecked(s.allowLegacySignature);
    m_listenerUrl = new QLabel(listener);
    m_listenerUrl->setObjectName(u"listenerUrl"_s);
    m_listenerUrl->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_listenerUrl->setWordWrap(true);
    auto *testHook = new QPushButton(tr("Send a test &webhook"), listener);
    testHook->setObjectName(u"testWebhook"_s);
    listenForm->addRow(tr("Address"), m_listenHost);
    listenForm->addRow(tr("Port"), m_listenPort);
    listenForm->addRow(m_legacy);
    listenForm->addRow(tr("URL to give Nango"), m_listenerUrl);
    listenForm->addRow(testHook);
    layout->addWidget(listener);

    auto *loop = new QGroupBox(tr("Sync loop"), page);
    auto *loopForm = new QFormLayout(loop);
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
        showMessage(tr("Asking Nango…"), false);
        m_context->testConnection([this](bool ok, const QString &message) { showMessage(message, !ok); });
    });
    connect(testHook, &QPushButton::clicked, this, &SettingsPanel::sendTestWebhook);
    connect(context, &AppContext::engineStarted, this, &SettingsPanel::refreshListener);
    refreshListener();
}

void SettingsPanel::refreshListener()
{
    const QUrl url = m_context->listenerUrl();
    m_listenerUrl->setText(
        url.isEmpty() ? tr("Not listening (add the webhook signing key first).")
                      : tr("%1 — Nango Cloud cannot reach this computer: give Nango a tunnel's URL (e.g. a "
                           "connection's webhook URL override) that forwards here.")
                            .arg(url.toString()));
}

ProfileSettings SettingsPanel::settings() const
{
    ProfileSettings s = m_context->settings();
    if (!m_context->isDemo())
        s.serverUrl = m_cloud->isChecked() ? u"https://api.nango.dev"_s : m_url->text().trimmed();
    s.production = m_production->isChecked();
    s.listenHost = m_listenHost->text().trimmed();
    s.listenPort = m_listenPort->value();
    s.allowLegacySignature = m_legacy->isChecked();
    s.pollSeconds = m_poll->value();
    s.pageSize = m_pageSize->value();
    s.sessionOnlySecrets = m_sessionOnly->isChecked();
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
    // A synthetic sync webhook signed like Nango signs, sent to our own listener: proves the port, the
    // signature check and the processing path (it triggers a pull of a model that may not exist).
    const QUrl url = m_context->listenerUrl();
    if (url.isEmpty()) {
        showMessage(tr("The listener is not running; add the webhook signing key and save."), true);
        return;
    }
    const QByteArray key = newSigningKey();
    if (key.isEmpty() && !m_context->isDemo()) {
        showMessage(tr("Type the webhook signing key above to sign the test (it is not read back from the "
                       "keychain)."),
                    true);
        return;
    }
    const QJsonObject payload{
        {u"connectionId"_s, u"nango-desk-test"_s},
        {u"from"_s, u"nango"_s},
        {u"model"_s, u"TestWebhook"_s},
        {u"providerConfigKey"_s, u"nango-desk-test"_s},
        {u"responseResults"_s, QJsonObject{{u"added"_s, 0}, {u"deleted"_s, 0}, {u"updated"_s, 0}}},
        {u"success"_s, true},
        {u"syncName"_s, u"test"_s},
        {u"syncVariant"_s, u"base"_s},
        {u"type"_s, u"sync"_s}};
    const QByteArray body = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("X-Nango-Hmac-Sha256",
                         WebhookVerifier::hmacHex(key.isEmpty() ? m_context->demoSigningKey() : key, body));
    QNetworkReply *reply = m_nam->post(request, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply]() {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 200)
            showMessage(tr("The listener accepted a signed test webhook. Point Nango's webhook URL here."),
                        false);
        else if (status == 401)
            showMessage(
                tr("The listener refused the signature: the signing key typed here differs from the one "
                   "it uses. Save the settings first."),
                true);
        else
            showMessage(tr("The test webhook failed: %1").arg(reply->errorString()), true);
    });
}

} // namespace nd
