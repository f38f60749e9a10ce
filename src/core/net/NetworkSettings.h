#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace nd {

// How one profile reaches its Nango server beyond the URL: which certificates it trusts besides the
// system's, and which proxy it goes through. Nothing here is secret: a proxy's password lives in the
// keychain (or NANGO_DESK_PROXY_PASSWORD), never in the URL stored here.
struct NetworkSettings
{
    // A PEM file of certificate authorities added to the system's (a company's own CA).
    QString caFile;
    // The SHA-256 fingerprint (lower-case hex) of the one server certificate the user chose to trust
    // for this profile (a self-signed server). A different certificate is refused.
    QString pinnedSha256;
    // "system" (or empty): the environment's https_proxy/no_proxy, else the desktop's settings;
    // "none": straight to the server; otherwise a proxy URL (http://[user@]host:port, socks5://…).
    QString proxy;
    // The user name for a proxy that asks for one, when its URL names none (its password is in the
    // keychain).
    QString proxyUser;

    static constexpr const char *kSystemProxy = "system";
    static constexpr const char *kNoProxy = "none";

    bool operator==(const NetworkSettings &o) const
    {
        return caFile == o.caFile && pinnedSha256 == o.pinnedSha256 && proxy == o.proxy &&
               proxyUser == o.proxyUser;
    }
    bool operator!=(const NetworkSettings &o) const { return !(*this == o); }

    bool usesSystemProxy() const { return proxy.isEmpty() || proxy == QLatin1String(kSystemProxy); }
    bool usesNoProxy() const { return proxy == QLatin1String(kNoProxy); }
    // The stored form (a JSON object; empty keys left out) and back.
    QByteArray toJson() const;
    static NetworkSettings fromJson(const QByteArray &json);

    // What is wrong with a proxy setting as typed, for a person (empty: fine). A password in the
    // URL is refused: it would end up in settings files and on command lines.
    static QString proxyProblem(const QString &proxy);
    // What is wrong with a CA file (missing, unreadable, no PEM certificate in it); empty: fine.
    static QString caFileProblem(const QString &path);
};

} // namespace nd
