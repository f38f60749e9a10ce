#pragma once

#include "net/NetworkSettings.h"

#include <QNetworkProxyFactory>

namespace nd {

// Which proxy a request to Nango goes through, decided per request as curl decides it:
// - "system": https_proxy/HTTPS_PROXY (https), http_proxy (http), then all_proxy/ALL_PROXY, with
//   no_proxy/NO_PROXY; when none of those is set, the desktop's proxy settings (Qt's system proxy
//   configuration);
// - "none": straight to the server;
// - a URL: that proxy (no_proxy still applies, as it does to curl's --proxy).
// Loopback is not special (curl sends it to the proxy too): no_proxy names what goes straight.
class ProxyPolicy : public QNetworkProxyFactory
{
public:
    struct Environment
    {
        QString httpProxy, httpsProxy, allProxy, noProxy;
        bool any() const
        {
            return !httpProxy.isEmpty() || !httpsProxy.isEmpty() || !allProxy.isEmpty() || !noProxy.isEmpty();
        }
        static Environment current();
    };

    ProxyPolicy(const NetworkSettings &settings, const QByteArray &password,
                Environment environment = Environment::current());

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;
    // The proxy for one URL (NoProxy: straight), and where that choice came from.
    QNetworkProxy proxyFor(const QUrl &target, QString *source = nullptr) const;

    // curl's no_proxy rules: comma-separated; "*" matches every host; a name matches itself and
    // its subdomains (a leading dot is ignored); an IP address or CIDR block matches addresses.
    static bool noProxyMatches(const QString &noProxy, const QString &host);
    // The proxy chosen for `server` names a user but has no password (the keychain may hold one).
    // Never asks the desktop's configuration: safe on the GUI thread.
    static bool needsPassword(const NetworkSettings &settings, const QUrl &server);
    // A proxy from a URL; the password, when given, is used for its authentication.
    static QNetworkProxy fromUrl(const QUrl &url, const QByteArray &password);

private:
    NetworkSettings m_settings;
    QByteArray m_password;
    Environment m_env;
};

} // namespace nd
