#include "api/ApiError.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace nd {

using namespace Qt::StringLiterals;

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
    }
    return {};
}

QString ApiError::userMessage() const
{
    const QString host =
        url.host().isEmpty() ? url.toString() : url.toString(QUrl::RemovePath | QUrl::RemoveQuery);
    const QString said = serverMessage.isEmpty() ? QString() : u" (Nango said: %1)"_s.arg(serverMessage);
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        return u"Cannot reach %1: %2. Check the server URL and your network connection."_s.arg(host,
                                                                                               serverMessage);
    case Kind::Timeout:
        return u"%1 did not answer in time. The server may be overloaded or unreachable; Nango Desk will try again."_s
            .arg(host);
    case Kind::NotNango:
        return u"The server at %1 answered with a web page, not Nango's API. Check the server URL: Nango "
               u"Cloud is "
               "https://api.nango.dev; a self-hosted Nango serves its API on port 3003 by default, not the "
               "dashboard's port."_s.arg(host);
    case Kind::BadResponse:
        return u"%1 answered %2 with data Nango Desk does not understand. Is this a Nango server, and a "
               u"recent "
               "version?"_s.arg(host, url.path());
    case Kind::Unauthorized:
        if (code == u"invalid_secret_key_format")
            return u"Nango rejected the API key: it is not a UUID. Copy the environment API key from the "
                   u"Nango "
                   "dashboard (Environment settings > API keys)."_s;
        if (code == u"missing_auth_header" || code == u"malformed_auth_header")
            return u"Nango did not receive an API key. Add the environment API key to this profile."_s;
        return u"Nango rejected the API key%1: it is wrong, revoked, or belongs to another environment or "
               u"account. "
               "Copy the API key of this environment from the Nango dashboard (Environment settings > API keys)."_s
                   .arg(said);
    case Kind::Forbidden: {
        static const QRegularExpression scopeRe(u"Required(?: one of)?: (.+)$"_s);
        const auto m = scopeRe.match(serverMessage);
        const QString scope = m.hasMatch() ? m.captured(1) : u"needed for this call"_s;
        return u"The API key lacks the scope %1. Give the key that scope in the Nango dashboard (Environment "
               "settings > API keys), or use a key with full access."_s.arg(scope);
    }
    case Kind::NotFound:
        if (code == u"unknown_connection")
            return u"Nango knows no such connection for this integration%1. If it exists in the dashboard, "
                   u"this "
                   "API key probably belongs to another environment (dev or prod)."_s.arg(said);
        return u"Nango found nothing at %1%2. If it exists in the dashboard, check that the key belongs to "
               u"the "
               "same environment."_s.arg(url.path(), said);
    case Kind::Invalid:
        if (code == u"unknown_connection")
            return u"Nango knows no such connection for this integration%1. If it exists in the dashboard, "
                   u"this "
                   "API key probably belongs to another environment (dev or prod)."_s.arg(said);
        return u"Nango refused the request (%1 %2)%3."_s.arg(QString::number(httpStatus), code, said);
    case Kind::RateLimited:
        return u"Nango's rate limit for this account is used up (the limit is shared with your production "
               "backend). Nango Desk slows down and retries; consider a longer poll interval."_s;
    case Kind::Server:
        return u"Nango had an internal error (%1 %2)%3. It will be retried later."_s.arg(
            QString::number(httpStatus), code, said);
    case Kind::Cancelled:
        return u"Cancelled."_s;
    }
    return {};
}

} // namespace nd
