#pragma once

#include "AppSettings.h"
#include "api/ApiError.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace nd {

class AppContext;
class NetworkBox;

// First run and settings: server, keys (kept in the keychain, never shown again), listener and the
// URL to give Nango, a test call and a test webhook, where the cache lives (this computer or a
// PostgreSQL database a team shares), poll interval and page size.
class SettingsPanel : public QWidget
{
    Q_OBJECT
public:
    SettingsPanel(AppContext *context, QWidget *parent = nullptr);

    ProfileSettings settings() const;
    QByteArray newApiKey() const;
    QByteArray newSigningKey() const;
    QByteArray newCachePassword() const;
    QByteArray newProxyPassword() const;
    void setProxyPasswordState(bool stored, const QString &store);
    void setKeyState(bool apiKeyStored, bool signingKeyStored, const QString &store);
    void setCachePasswordState(bool stored, const QString &store);
    void showMessage(const QString &text, bool error);
    // The first start's welcome: what to fill in, or the demo.
    void showWelcome();
    void sendTestWebhook();
    void refreshListener();
    void testCache();
    void inspectCertificate();
    // After a check that failed on TLS or at the proxy: the certificate to trust, or a password to give.
    void offerFix(const ApiError &error, const CertificateInfo &certificate);
    // The proxy's user and password, asked for (the password goes to the keychain on save).
    void askProxyPassword(const QString &message);

Q_SIGNALS:
    void applyRequested();

private:
    AppContext *m_context;
    QRadioButton *m_cloud;
    QRadioButton *m_selfHosted;
    QLineEdit *m_url;
    QLineEdit *m_environment;
    QCheckBox *m_production;
    QLineEdit *m_apiKey;
    QLineEdit *m_signingKey;
    QCheckBox *m_sessionOnly;
    QRadioButton *m_localCache;
    QRadioButton *m_sharedCache;
    QLineEdit *m_cacheUri;
    QLineEdit *m_cachePassword;
    QLineEdit *m_listenHost;
    QSpinBox *m_listenPort;
    QCheckBox *m_legacy;
    QSpinBox *m_rejectedLog = nullptr;
    QCheckBox *m_remote;
    QLabel *m_listenerUrl;
    QSpinBox *m_poll;
    QSpinBox *m_pageSize;
    QSpinBox *m_massDelete;
    QSpinBox *m_historyVersions;
    NetworkBox *m_network;
    QLabel *m_message;
};

} // namespace nd
