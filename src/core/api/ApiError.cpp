#include "api/ApiError.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>

namespace nd {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("nd::ApiError", text);
}

} // namespace

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
    case Kind::TooLarge:
        return u"too-large"_s;
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
    }
    return {};
}

} // namespace nd
