#include "net/ProxyPolicy.h"

#include <QHostAddress>

namespace nd {

using namespace Qt::StringLiterals;

namespace {

QString env(const char *lower, const char *upper = nullptr)
{
    QString value = qEnvironmentVariable(lower).trimmed();
    if (value.isEmpty() && upper)
        value = qEnvironmentVariable(upper).trimmed();
    return value;
}

QUrl proxyUrl(const QString &value)
{
    // curl takes "host:port" without a scheme as an HTTP proxy.
    return QUrl(value.contains(u"://"_s) ? value : u"http://"_s + value);
}

} // namespace

ProxyPolicy::Environment ProxyPolicy::Environment::current()
{
    Environment e;
    // curl reads only the lower-case http_proxy (HTTP_PROXY can be set by a CGI request's header).
    e.httpProxy = env("http_proxy");
    e.httpsProxy = env("https_proxy", "HTTPS_PROXY");
    e.allProxy = env("all_proxy", "ALL_PROXY");
    e.noProxy = env("no_proxy", "NO_PROXY");
    return e;
}

ProxyPolicy::ProxyPolicy(const NetworkSettings &settings, const QByteArray &password, Environment environment)
    : m_settings(settings)
    , m_password(password)
    , m_env(std::move(environment))
{}

QList<QNetworkProxy> ProxyPolicy::queryProxy(const QNetworkProxyQuery &query)
{
    if (query.queryType() != QNetworkProxyQuery::UrlRequest)
        return {QNetworkProxy(QNetworkProxy::NoProxy)};
    return {proxyFor(query.url())};
}

QNetworkProxy ProxyPolicy::proxyFor(const QUrl &target, QString *source) const
{
    auto direct = [source](const QString &why) {
        if (source)
            *source = why;
        return QNetworkProxy(QNetworkProxy::NoProxy);
    };
    if (m_settings.usesNoProxy())
        return direct(u"profile: none"_s);
    if (noProxyMatches(m_env.noProxy, target.host()))
        return direct(u"no_proxy"_s);
    auto withUser = [this](QNetworkProxy proxy) {
        if (proxy.user().isEmpty() && !m_settings.proxyUser.isEmpty())
            proxy.setUser(m_settings.proxyUser);
        return proxy;
    };
    if (!m_settings.usesSystemProxy()) {
        if (source)
            *source = u"profile"_s;
        return withUser(fromUrl(QUrl(m_settings.proxy), m_password));
    }
    if (m_env.any()) {
        const bool https = target.scheme() == u"https";
        QString chosen = https ? m_env.httpsProxy : m_env.httpProxy;
        QString from = https ? u"https_proxy"_s : u"http_proxy"_s;
        if (chosen.isEmpty()) {
            chosen = m_env.allProxy;
            from = u"all_proxy"_s;
        }
        if (chosen.isEmpty())
            return direct(u"environment"_s);
        if (source)
            *source = from;
        return withUser(fromUrl(proxyUrl(chosen), m_password));
    }
    // The desktop's settings (libproxy or Qt's own reading of them).
    const QList<QNetworkProxy> system = QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(target));
    if (system.isEmpty() || system.constFirst().type() == QNetworkProxy::NoProxy)
        return direct(u"system"_s);
    if (source)
        *source = u"system"_s;
    QNetworkProxy proxy = withUser(system.constFirst());
    if (proxy.password().isEmpty() && !m_password.isEmpty())
        proxy.setPassword(QString::fromUtf8(m_password));
    return proxy;
}

bool ProxyPolicy::needsPassword(const NetworkSettings &settings, const QUrl &server)
{
    // Asked on the GUI thread: the desktop's configuration is not consulted (libproxy may fetch a
    // PAC file); for it, a user name in the profile says a password is wanted.
    const Environment env = Environment::current();
    if (settings.usesSystemProxy() && !env.any())
        return !settings.proxyUser.isEmpty();
    const QNetworkProxy proxy = ProxyPolicy(settings, {}, env).proxyFor(server);
    return proxy.type() != QNetworkProxy::NoProxy && !proxy.user().isEmpty() && proxy.password().isEmpty();
}

QNetworkProxy ProxyPolicy::fromUrl(const QUrl &url, const QByteArray &password)
{
    const QString scheme = url.scheme().toLower();
    const bool socks = scheme.startsWith(u"socks"_s);
    QNetworkProxy proxy(socks ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy, url.host(),
                        quint16(url.port(1080))); // curl's default proxy port
    proxy.setUser(url.userName());
    // A password in the URL (an environment variable of the user's) wins; else the keychain's.
    proxy.setPassword(url.password().isEmpty() ? QString::fromUtf8(password) : url.password());
    // socks5h: the proxy resolves names (curl's meaning); socks5: they are resolved here.
    if (scheme == u"socks5")
        proxy.setCapabilities(proxy.capabilities() & ~QNetworkProxy::HostNameLookupCapability);
    return proxy;
}

bool ProxyPolicy::noProxyMatches(const QString &noProxy, const QString &rawHost)
{
    if (noProxy.isEmpty() || rawHost.isEmpty())
        return false;
    QString host = rawHost.toLower();
    if (host.endsWith(u'.'))
        host.chop(1);
    QHostAddress address;
    const bool hostIsAddress = address.setAddress(host);
    const QStringList entries = noProxy.split(u',', Qt::SkipEmptyParts);
    for (QString entry : entries) {
        entry = entry.trimmed().toLower();
        if (entry.isEmpty())
            continue;
        if (entry == u"*")
            return true;
        if (hostIsAddress) {
            QString bare = entry;
            if (bare.startsWith(u'[')) // [::1] or [::1]:port
                bare = bare.mid(1, bare.indexOf(u']') - 1);
            if (bare.contains(u'/')) {
                const auto subnet = QHostAddress::parseSubnet(bare);
                if (subnet.second >= 0 && address.isInSubnet(subnet))
                    return true;
                continue;
            }
            if (bare.count(u':') == 1) // an IPv4 address with a port
                bare = bare.section(u':', 0, 0);
            const QHostAddress other(bare);
            if (!other.isNull() && other.isEqual(address))
                return true;
            continue;
        }
        if (entry.contains(u':') && !entry.contains(u'/'))
            entry = entry.section(u':', 0, 0); // a port is not part of the match
        while (entry.startsWith(u'.'))
            entry.remove(0, 1);
        if (entry.endsWith(u'.'))
            entry.chop(1);
        if (host == entry || host.endsWith(u'.' + entry))
            return true;
    }
    return false;
}

} // namespace nd
