#include "api/ApiError.h"

#include "util/Translate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace nd {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return trIn("nd::ApiError", text);
}

QString date(const QDateTime &t)
{
    return t.toUTC().toString(u"yyyy-MM-dd"_s);
}

QString tlsMessage(const ApiError &e, const QString &host)
{
    using Cause = ApiError::TlsCause;
    const CertificateInfo &c = e.certificate;
    if (e.hasTlsCause(Cause::CaFile))
        return tr("The profile's certificate authority file cannot be used: %1 Choose another one in "
                  "Settings > Network (or --ca-file).")
            .arg(e.serverMessage);
    if (e.hasTlsCause(Cause::Protocol))
        return tr("%1 did not complete a TLS handshake (%2). Does the server speak HTTPS on that port? A "
                  "self-hosted Nango without TLS is reached with http://; otherwise the server and Nango "
                  "Desk share no TLS version.")
            .arg(host, e.serverMessage);
    if (e.hasTlsCause(Cause::PinChanged))
        return tr("The certificate of %1 changed since you trusted it for this profile: you trusted %2, "
                  "the server now shows %3.\n%4\nIf the server's administrator replaced the certificate, "
                  "check the new fingerprint with them and trust it (Settings > Network, or nango-desk-cli "
                  "trust). Otherwise someone may be intercepting the connection: do not trust it.")
            .arg(host, CertificateInfo::displayFingerprint(e.pinnedSha256),
                 CertificateInfo::displayFingerprint(c.sha256), c.describe());
    QStringList why;
    QStringList todo;
    if (e.hasTlsCause(Cause::SelfSigned)) {
        why << tr("it is self-signed");
        todo << tr("If this is your own server, compare the fingerprint with the server's certificate and "
                   "trust it for this profile (Settings > Network, or nango-desk-cli trust).");
    }
    if (e.hasTlsCause(Cause::Untrusted)) {
        why << tr("it was issued by %1, an authority this computer does not trust").arg(c.issuer);
        todo << tr("If your company runs its own certificate authority, add the authority's certificate to "
                   "this profile (Settings > Network, or --ca-file).");
    }
    if (e.hasTlsCause(Cause::Expired)) {
        why << tr("it expired on %1").arg(date(c.notAfter));
        todo << tr("The server's administrator must renew it (or this computer's clock is wrong).");
    }
    if (e.hasTlsCause(Cause::NotYetValid)) {
        why << tr("it is valid only from %1").arg(date(c.notBefore));
        todo << tr("Check this computer's date and time.");
    }
    if (e.hasTlsCause(Cause::HostName)) {
        why << tr("it was issued for %1, not for %2").arg(c.names.join(u", "_s), e.url.host());
        todo << tr("Use a name the certificate lists in the server URL, or ask the administrator for a "
                   "certificate that names %1.")
                    .arg(e.url.host());
    }
    if (why.isEmpty())
        why << e.serverMessage;
    QString text = tr("The certificate of %1 is not trusted: %2.").arg(host, why.join(u"; "_s));
    if (!c.isNull())
        text += u'\n' + c.describe();
    if (!todo.isEmpty())
        text += u'\n' + todo.join(u' ');
    return text;
}

QString proxyMessage(const ApiError &e, const QString &host)
{
    using Cause = ApiError::ProxyCause;
    switch (e.proxyCause) {
    case Cause::AuthRequired:
        return tr("The proxy %1 asks for a user name and password (407) before it lets requests to %2 "
                  "through. Enter them in Settings > Network (the password is kept in the keychain), or for "
                  "the command line put the user in the proxy URL and the password in "
                  "NANGO_DESK_PROXY_PASSWORD.")
            .arg(e.proxy, host);
    case Cause::AuthRejected:
        return tr("The proxy %1 did not accept the user name and password it was given for requests to %2. "
                  "Correct them in Settings > Network (or the user in the proxy URL and "
                  "NANGO_DESK_PROXY_PASSWORD).")
            .arg(e.proxy, host);
    case Cause::TunnelRefused:
        return tr("The proxy %1 refused to open a connection to %2 (%3). Ask its administrator to allow "
                  "that host and port, or add the host to no_proxy if it can be reached directly.")
            .arg(e.proxy, host, e.serverMessage);
    case Cause::Refused:
    case Cause::NotFound:
    case Cause::Closed:
    case Cause::Timeout:
        return tr("Cannot use the proxy %1 to reach %2: %3. Check the proxy setting (Settings > Network, "
                  "--proxy, or https_proxy in the environment).")
            .arg(e.proxy, host, e.serverMessage);
    case Cause::Setting:
    case Cause::None:
        break;
    }
    return tr("The proxy setting cannot be used: %1").arg(e.serverMessage);
}

} // namespace

bool ApiError::canTrustCertificate() const
{
    return kind == Kind::Tls && !certificate.isNull() &&
           (hasTlsCause(TlsCause::SelfSigned) || hasTlsCause(TlsCause::Untrusted) ||
            hasTlsCause(TlsCause::PinChanged)) &&
           !hasTlsCause(TlsCause::Expired) && !hasTlsCause(TlsCause::NotYetValid);
}

ApiError ApiError::fromReply(int status, const QByteArray &contentType, const QByteArray &body,
                             const QUrl &url)
{
    ApiError e;
    e.httpStatus = status;
    e.url = url.adjusted(QUrl::RemoveQuery);
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonObject error = doc.object().value(u"error"_s).toObject();
    e.code = error.value(u"code"_s).toString();
    e.serverMessage = error.value(u"message"_s).toString();
    if (e.serverMessage.isEmpty()) {
        // A validation failure: Nango lists the issues in errors[] (zod's path and message).
        QStringList issues;
        for (const QJsonValue &v : error.value(u"errors"_s).toArray()) {
            const QJsonObject issue = v.toObject();
            QStringList path;
            for (const QJsonValue &p : issue.value(u"path"_s).toArray())
                path << (p.isString() ? p.toString() : QString::number(p.toInt()));
            const QString message = issue.value(u"message"_s).toString();
            issues << (path.isEmpty() ? message : path.join(u'.') + u": "_s + message);
        }
        e.serverMessage = issues.join(u"; "_s);
    }
    const bool looksHtml = contentType.contains("html") || body.trimmed().startsWith('<');
    if (status >= 200 && status < 300) {
        e.kind = looksHtml || doc.isNull() ? Kind::NotNango : Kind::BadResponse;
        return e;
    }
    if (looksHtml && status != 401 && status != 403 && status != 429) {
        e.kind = Kind::NotNango;
        return e;
    }
    switch (status) {
    case 401:
        e.kind = Kind::Unauthorized;
        break;
    case 403:
        e.kind = Kind::Forbidden;
        break;
    case 404:
        e.kind = Kind::NotFound;
        break;
    case 429:
        e.kind = Kind::RateLimited;
        break;
    default:
        e.kind = status >= 500 ? Kind::Server : Kind::Invalid;
        break;
    }
    return e;
}

QString ApiError::kindName() const
{
    switch (kind) {
    case Kind::None:
        return u"ok"_s;
    case Kind::Network:
        return u"network"_s;
    case Kind::Timeout:
        return u"timeout"_s;
    case Kind::NotNango:
        return u"not-nango"_s;
    case Kind::BadResponse:
        return u"bad-response"_s;
    case Kind::Unauthorized:
        return u"unauthorized"_s;
    case Kind::Forbidden:
        return u"forbidden"_s;
    case Kind::NotFound:
        return u"not-found"_s;
    case Kind::Invalid:
        return u"invalid"_s;
    case Kind::RateLimited:
        return u"rate-limited"_s;
    case Kind::Server:
        return u"server"_s;
    case Kind::Cancelled:
        return u"cancelled"_s;
    case Kind::TooLarge:
        return u"too-large"_s;
    case Kind::Tls:
        return u"tls"_s;
    case Kind::Proxy:
        // A password to give is something a person can do at once: the screens offer it.
        return proxyCause == ProxyCause::AuthRequired || proxyCause == ProxyCause::AuthRejected
                   ? u"proxy-auth"_s
                   : u"proxy"_s;
    }
    return {};
}

QString ApiError::userMessage() const
{
    const QString host =
        url.host().isEmpty() ? url.toString() : url.toString(QUrl::RemovePath | QUrl::RemoveQuery);
    const QString said = serverMessage.isEmpty() ? QString() : tr(" (Nango said: %1)").arg(serverMessage);
    const QString unknownConnection =
        tr("Nango knows no such connection for this integration%1. If it exists in the dashboard, this API "
           "key probably belongs to another environment (dev or prod).")
            .arg(said);
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        return tr("Cannot reach %1: %2. Check the server URL and your network connection.")
            .arg(host, serverMessage);
    case Kind::Timeout:
        return tr("%1 did not answer in time. The server may be overloaded or unreachable; Nango Desk will "
                  "try "
                  "again.")
            .arg(host);
    case Kind::NotNango:
        return tr("The server at %1 answered with a web page, not Nango's API. Check the server URL: Nango "
                  "Cloud "
                  "is https://api.nango.dev; a self-hosted Nango serves its API on port 3003 by default, not "
                  "the dashboard's port.")
            .arg(host);
    case Kind::BadResponse:
        return tr("%1 answered %2 with data Nango Desk does not understand. Is this a Nango server, and a "
                  "recent "
                  "version?")
            .arg(host, url.path());
    case Kind::Unauthorized:
        if (code == u"invalid_secret_key_format")
            return tr(
                "Nango rejected the API key: it is not a UUID. Copy the environment API key from the Nango "
                "dashboard (Environment settings > API keys).");
        if (code == u"missing_auth_header" || code == u"malformed_auth_header")
            return tr("Nango did not receive an API key. Add the environment API key to this profile.");
        return tr("Nango rejected the API key%1: it is wrong, revoked, or belongs to another environment or "
                  "account. Copy the API key of this environment from the Nango dashboard (Environment "
                  "settings > API keys).")
            .arg(said);
    case Kind::Forbidden: {
        static const QRegularExpression scopeRe(u"Required(?: one of)?: (.+)$"_s);
        const auto m = scopeRe.match(serverMessage);
        const QString scope = m.hasMatch() ? m.captured(1) : tr("needed for this call");
        return tr("The API key lacks the scope %1. Give the key that scope in the Nango dashboard "
                  "(Environment "
                  "settings > API keys), or use a key with full access.")
            .arg(scope);
    }
    case Kind::NotFound:
        if (code == u"unknown_connection")
            return unknownConnection;
        return tr("Nango found nothing at %1%2. If it exists in the dashboard, check that the key belongs to "
                  "the "
                  "same environment.")
            .arg(url.path(), said);
    case Kind::Invalid:
        if (code == u"unknown_connection")
            return unknownConnection;
        return tr("Nango refused the request (%1 %2)%3.").arg(QString::number(httpStatus), code, said);
    case Kind::RateLimited:
        return tr("Nango's rate limit for this account is used up (the limit is shared with your production "
                  "backend). Nango Desk slows down and retries; consider a longer poll interval.");
    case Kind::Server:
        return tr("Nango had an internal error (%1 %2)%3. It will be retried later.")
            .arg(QString::number(httpStatus), code, said);
    case Kind::Cancelled:
        return tr("Cancelled.");
    case Kind::TooLarge:
        return tr("%1 sent an answer larger than Nango Desk takes in one (%2 MB): it was stopped there. Ask "
                  "for "
                  "smaller pages (the page size in Settings, or --page-size).")
            .arg(host)
            .arg(serverMessage);
    case Kind::Tls:
        return tlsMessage(*this, host);
    case Kind::Proxy:
        return proxyMessage(*this, host);
    }
    return {};
}

} // namespace nd
