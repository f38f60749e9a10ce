#include "net/NetworkSettings.h"

#include "util/Translate.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>

namespace nd {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return trIn("nd::NetworkSettings", text);
}

} // namespace

QByteArray NetworkSettings::toJson() const
{
    QJsonObject o;
    if (!caFile.isEmpty())
        o.insert(u"ca_file"_s, caFile);
    if (!pinnedSha256.isEmpty())
        o.insert(u"pinned_sha256"_s, pinnedSha256);
    if (!proxy.isEmpty())
        o.insert(u"proxy"_s, proxy);
    if (!proxyUser.isEmpty())
        o.insert(u"proxy_user"_s, proxyUser);
    return o.isEmpty() ? QByteArray() : QJsonDocument(o).toJson(QJsonDocument::Compact);
}

NetworkSettings NetworkSettings::fromJson(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    NetworkSettings s;
    s.caFile = o.value(u"ca_file"_s).toString();
    s.pinnedSha256 = o.value(u"pinned_sha256"_s).toString();
    s.proxy = o.value(u"proxy"_s).toString();
    s.proxyUser = o.value(u"proxy_user"_s).toString();
    return s;
}

QString NetworkSettings::proxyProblem(const QString &proxy)
{
    if (proxy.isEmpty() || proxy == QLatin1String(kSystemProxy) || proxy == QLatin1String(kNoProxy))
        return {};
    const QUrl url(proxy, QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid() || url.host().isEmpty() || url.port() <= 0)
        return tr("The proxy must be \"system\", \"none\" or a URL with a port, such as "
                  "http://proxy.example.com:3128.");
    if (scheme == u"https")
        return tr("Nango Desk cannot speak TLS to a proxy: use its http:// address (requests to Nango stay "
                  "encrypted end to end through it).");
    if (scheme != u"http" && scheme != u"socks5" && scheme != u"socks5h")
        return tr("The proxy's address must start with http://, socks5:// or socks5h://.");
    if (!url.password().isEmpty())
        return tr("Leave the password out of the proxy's URL: Nango Desk asks for it and keeps it in the "
                  "keychain (or reads NANGO_DESK_PROXY_PASSWORD).");
    if (!url.path().isEmpty() && url.path() != u"/")
        return tr("The proxy's URL has no path: give only http://host:port.");
    return {};
}

QString NetworkSettings::caFileProblem(const QString &path)
{
    if (path.isEmpty())
        return {};
    const QFileInfo info(path);
    if (!info.exists())
        return tr("The certificate authority file %1 does not exist.").arg(path);
    if (!info.isFile() || !info.isReadable())
        return tr("The certificate authority file %1 cannot be read.").arg(path);
    if (QSslCertificate::fromPath(path, QSsl::Pem).isEmpty())
        return tr("The file %1 holds no PEM certificate (\"-----BEGIN CERTIFICATE-----\"); export your "
                  "authority's certificate in PEM form.")
            .arg(path);
    return {};
}

} // namespace nd
