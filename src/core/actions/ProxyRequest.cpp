#include "actions/ProxyRequest.h"

#include "api/NangoClient.h"
#include "cache/ProxyStore.h"
#include "util/Logging.h"
#include "util/Translate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUrlQuery>

namespace nd {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return trIn("nd::ProxyRunner", text);
}

} // namespace

// ---- the request --------------------------------------------------------------------------------

QString ProxySpec::problem() const
{
    static const QSet<QByteArray> methods{"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"};
    if (integration.isEmpty())
        return tr("the integration is missing");
    if (connectionId.isEmpty())
        return tr("the connection is missing");
    if (!methods.contains(method))
        return tr("the method \"%1\" is not one of GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS")
            .arg(QString::fromLatin1(method));
    if (path.isEmpty() || path == u"/")
        return tr("the provider path is missing (e.g. /crm/v3/objects/contacts)");
    if (retries < -1)
        return tr("Retries must be 0 or more");
    static const QRegularExpression retryOnRe(u"^\\d+(,\\d+)*$"_s);
    if (!retryOn.isEmpty() && !retryOnRe.match(retryOn).hasMatch())
        return u"Retry-On must be status codes separated by commas, e.g. 409,423 (got \"%1\")"_s.arg(retryOn);
    if (!baseUrlOverride.isEmpty()) {
        const QUrl url(baseUrlOverride, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty())
            return u"Base-Url-Override must be an http(s) URL, e.g. https://api.eu1.hubapi.com (got \"%1\")"_s
                .arg(baseUrlOverride);
    }
    static const QRegularExpression token(u"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"_s);
    for (const auto &[name, value] : headers) {
        if (!token.match(QString::fromLatin1(name)).hasMatch())
            return tr("the header name \"%1\" is not valid").arg(QString::fromUtf8(name));
        if (value.contains('\r') || value.contains('\n'))
            return tr("the header \"%1\" has a line break in its value").arg(QString::fromLatin1(name));
    }
    if (!body.trimmed().isEmpty()) {
        QJsonParseError error;
        QJsonDocument::fromJson(QByteArray('[' + body + ']'), &error);
        if (error.error != QJsonParseError::NoError)
            return tr("the body is not JSON: %1").arg(error.errorString());
    }
    return {};
}

void ProxySpec::setPathAndQuery(const QString &pathWithQuery)
{
    const qsizetype q = pathWithQuery.indexOf(u'?');
    // Decoded here and encoded once when sent: a pasted "%20" must not become "%2520".
    path = QUrl::fromPercentEncoding((q < 0 ? pathWithQuery : pathWithQuery.left(q)).toUtf8());
    if (!path.startsWith(u'/'))
        path.prepend(u'/');
    if (q >= 0) {
        // '+' is a space in a query as Nango (qs) and most providers read it; it is sent as %20.
        const QUrlQuery parsed(QString(pathWithQuery.mid(q + 1)).replace(u'+', u"%20"_s));
        for (const auto &[key, value] : parsed.queryItems(QUrl::FullyDecoded))
            query.append({key, value});
    }
}

ApiRequest ProxySpec::toApiRequest() const
{
    HeaderList all = headers;
    if (retries >= 0)
        all.append({"Retries", QByteArray::number(retries)});
    if (!retryOn.isEmpty())
        all.append({"Retry-On", retryOn.toLatin1()});
    if (!baseUrlOverride.isEmpty())
        all.append({"Base-Url-Override", baseUrlOverride.toUtf8()});
    ApiRequest r = NangoClient::proxyRequest(method, path, query, all, body, integration, connectionId);
    r.timeoutMs = timeoutMs;
    return r;
}

std::optional<QPair<QByteArray, QByteArray>> ProxySpec::parseHeader(const QString &line, QString *error)
{
    const qsizetype colon = line.indexOf(u':');
    const QString name = line.left(colon).trimmed();
    if (colon <= 0 || name.isEmpty() || name.contains(u' ')) {
        if (error)
            *error = tr("a header must look like 'Name: value' (got \"%1\")").arg(line);
        return std::nullopt;
    }
    return QPair<QByteArray, QByteArray>{name.toLatin1(), line.mid(colon + 1).trimmed().toUtf8()};
}

// ---- the result ---------------------------------------------------------------------------------

QString ProxyResult::statusLine() const
{
    if (!answered)
        return tr("(no answer)");
    const QString reason = ProxyRunner::reasonPhrase(status);
    return reason.isEmpty() ? u"HTTP %1"_s.arg(status) : u"HTTP %1 %2"_s.arg(QString::number(status), reason);
}

QByteArray ProxyResult::prettyBody() const
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    return doc.isNull() ? body : doc.toJson(QJsonDocument::Indented);
}

// ---- the runner ---------------------------------------------------------------------------------

ProxyRunner::ProxyRunner(NangoClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

ProxyRunner::~ProxyRunner()
{
    if (ApiCall *call = m_call) {
        call->disconnect(this);
        call->abort();
        call->deleteLater();
    }
}

bool ProxyRunner::run(const ProxySpec &spec)
{
    if (m_running)
        return false;
    m_running = true;
    m_spec = spec;
    m_result = {};
    m_elapsed.start();
    const QString problem = spec.problem();
    if (!problem.isEmpty()) {
        // Not sent, so not history: the form was incomplete.
        m_result.message = tr("Not sent: %1.").arg(problem);
        QMetaObject::invokeMethod(
            this,
            [this]() {
                m_running = false;
                Q_EMIT finished(m_result);
            },
            Qt::QueuedConnection);
        return true;
    }
    qCDebug(lcActions).noquote() << "proxy" << spec.method << spec.path << "via" << spec.integration << '/'
                                 << spec.connectionId;
    ApiCall *call = m_client->send(spec.toApiRequest());
    m_call = call;
    connect(call, &ApiCall::finished, this, [this, call]() { onFinished(call); });
    return true;
}

void ProxyRunner::cancel()
{
    ApiCall *call = m_call;
    if (!m_running || !call)
        return;
    // abort() emits finished() at once; onFinished sees a cancelled call.
    call->abort();
}

void ProxyRunner::onFinished(ApiCall *call)
{
    call->deleteLater();
    m_call = nullptr;
    m_result.elapsedMs = m_elapsed.elapsed();
    m_result.status = call->status();
    m_result.answered = call->status() > 0 && call->error().kind != ApiError::Kind::Cancelled;
    if (!m_result.answered) {
        m_result.status = 0;
        m_result.message =
            call->error().kind == ApiError::Kind::Cancelled
                ? tr("Cancelled. If Nango had received the request, the provider call may still happen.")
                : call->error().userMessage();
        finish();
        return;
    }
    m_result.headers = call->responseHeaders();
    m_result.body = call->body();
    m_result.size = call->body().size();
    const QString nango = explainNangoError(m_result.status, m_result.body, m_spec);
    if (!nango.isEmpty()) {
        m_result.nangoError = true;
        m_result.message = nango;
    } else if (m_result.status >= 400) {
        m_result.message = tr("The provider answered %1.").arg(m_result.statusLine().mid(5));
    }
    finish();
}

void ProxyRunner::finish()
{
    m_running = false;
    qCInfo(lcActions).noquote() << "proxy" << m_spec.method << m_spec.path << "answered" << m_result.status
                                << (m_result.nangoError ? "(Nango's error) in" : "in") << m_result.elapsedMs
                                << "ms";
    if (m_store) {
        ProxyEntry e;
        e.profileId = m_profileId;
        e.integration = m_spec.integration;
        e.connectionId = m_spec.connectionId;
        e.method = m_spec.method;
        e.path = m_spec.path;
        e.query = NangoClient::encodeQuery(m_spec.query);
        e.requestHeaders = m_spec.headers;
        e.requestBody = m_spec.body;
        e.retries = m_spec.retries;
        e.retryOn = m_spec.retryOn;
        e.baseUrlOverride = m_spec.baseUrlOverride;
        e.status = m_result.status;
        e.nangoError = m_result.nangoError;
        e.responseHeaders = m_result.headers;
        e.responseBody = m_result.body;
        e.responseSize = m_result.size;
        e.error = m_result.message;
        e.durationMs = m_result.elapsedMs;
        m_result.historyId = m_store->add(e);
    }
    Q_EMIT finished(m_result);
}

QString ProxyRunner::explainNangoError(int status, const QByteArray &body, const ProxySpec &spec)
{
    if (status == 500 && body.trimmed().isEmpty())
        return tr("Nango answered 500 with an empty body: it could not complete the call to the provider (a "
                  "network "
                  "error or a timeout inside Nango, or an unexpected failure). The details are in the Nango "
                  "dashboard "
                  "(Logs).");
    const QJsonObject e = QJsonDocument::fromJson(body).object().value(u"error"_s).toObject();
    const QString code = e.value(u"code"_s).toString();
    if (code.isEmpty())
        return {};
    // Only Nango's own codes: a provider may also answer {"error": {"code": ...}}.
    static const QSet<QString> auth{
        u"missing_auth_header"_s, u"malformed_auth_header"_s, u"invalid_secret_key_format"_s,
        u"unknown_account"_s,     u"plan_not_found"_s,        u"too_many_request"_s};
    static const QSet<QString> validation{u"invalid_headers"_s,    u"invalid_query_params"_s,
                                          u"invalid_uri_params"_s, u"invalid_body"_s,
                                          u"invalid_json"_s,       u"invalid_content_type"_s};
    const QString said = e.value(u"message"_s).toString();
    const QString saidPart = said.isEmpty() ? QString() : tr(" (Nango said: %1)").arg(said);
    if (auth.contains(code) || (status == 403 && code == u"forbidden"))
        return ApiError::fromReply(status, "application/json", body, QUrl()).userMessage();
    if (validation.contains(code)) {
        QStringList problems;
        for (const QJsonValue &v : e.value(u"errors"_s).toArray()) {
            const QJsonObject o = v.toObject();
            QStringList path;
            for (const QJsonValue &p : o.value(u"path"_s).toArray())
                path << (p.isString() ? p.toString() : QString::number(p.toInt()));
            problems << (path.isEmpty() ? o.value(u"message"_s).toString()
                                        : u"%1: %2"_s.arg(path.join(u'.'), o.value(u"message"_s).toString()));
        }
        return tr("Nango refused the request (%1)%2%3")
            .arg(code, problems.isEmpty() ? saidPart : QString(u": "_s), problems.join(u"; "_s));
    }
    if (code == u"unknown_provider_config")
        return tr("Nango knows no integration \"%1\" in this environment. Check the integration's unique key "
                  "(Integrations in the Nango dashboard).")
            .arg(spec.integration);
    if (code == u"unknown_connection" || (code == u"server_error" && said.contains(u"connection"_s)))
        return tr("Nango could not get the connection \"%1\" of the integration \"%2\"%3. Check the "
                  "connection "
                  "id; "
                  "if it exists in the dashboard, this API key probably belongs to another environment (dev "
                  "or "
                  "prod).")
            .arg(spec.connectionId, spec.integration, saidPart);
    if (code == u"connection_refresh_backoff" || code.startsWith(u"refresh_token"_s))
        return tr("Nango cannot refresh the credentials of the connection \"%1\"%2: recent refreshes failed "
                  "and it is "
                  "backing off. The end user probably has to reconnect (Connections in the Nango dashboard).")
            .arg(spec.connectionId, saidPart);
    // Nango answers base_url_override_not_allowed for any outbound URL its policy refuses, also when
    // no Base-Url-Override was sent (the integration's own base URL, e.g. a private address).
    if (code == u"base_url_override_not_allowed" && spec.baseUrlOverride.isEmpty())
        return tr("The Nango server's configuration does not allow requests to this outbound URL%1: Nango "
                  "refuses private, loopback and metadata addresses unless its administrator allows them. "
                  "Check the integration's base URL, or ask whoever runs the Nango server.")
            .arg(saidPart);
    if (code == u"base_url_override_disabled" || code == u"base_url_override_not_allowed")
        return tr("Nango does not allow this Base-Url-Override%1. Leave it out, or allow it in the "
                  "integration's settings (a self-hosted server's administrator may also have to allow "
                  "the address).")
            .arg(saidPart);
    if (code == u"plan_limit")
        return tr("The Nango plan of this account does not allow this proxy request%1.").arg(saidPart);
    if (code == u"generic_error_support" || code == u"server_error" || code == u"internal_server_error")
        return tr("Nango had an internal error (%1)%2. The request may not have reached the provider.")
            .arg(code, saidPart);
    return {};
}

QString ProxyRunner::reasonPhrase(int status)
{
    static const QHash<int, QString> phrases{
        {200, u"OK"_s},
        {201, u"Created"_s},
        {202, u"Accepted"_s},
        {204, u"No Content"_s},
        {301, u"Moved Permanently"_s},
        {302, u"Found"_s},
        {304, u"Not Modified"_s},
        {400, u"Bad Request"_s},
        {401, u"Unauthorized"_s},
        {402, u"Payment Required"_s},
        {403, u"Forbidden"_s},
        {404, u"Not Found"_s},
        {405, u"Method Not Allowed"_s},
        {409, u"Conflict"_s},
        {410, u"Gone"_s},
        {415, u"Unsupported Media Type"_s},
        {422, u"Unprocessable Entity"_s},
        {423, u"Locked"_s},
        {424, u"Failed Dependency"_s},
        {429, u"Too Many Requests"_s},
        {500, u"Internal Server Error"_s},
        {502, u"Bad Gateway"_s},
        {503, u"Service Unavailable"_s},
        {504, u"Gateway Timeout"_s},
    };
    return phrases.value(status);
}

QString ProxyRunner::curlCommand(const QUrl &baseUrl, const ProxySpec &spec)
{
    auto quote = [](const QString &s) {
        return QString(u'\'' + QString(s).replace(u"'"_s, u"'\\''"_s) + u'\'');
    };
    const ApiRequest r = spec.toApiRequest();
    QStringList parts{u"curl"_s};
    if (r.method == "HEAD")
        parts << u"--head"_s;
    else if (r.method != "GET" || !r.body.isEmpty())
        parts << u"-X "_s + QString::fromLatin1(r.method);
    parts << quote(QString::fromUtf8(NangoClient::encodedUrl(baseUrl, r)));
    // Double quotes: the shell fills in the key; the text never holds it.
    const QString authorization = u"-H \"Authorization: Bearer $NANGO_SECRET_KEY\""_s;
    parts << authorization;
    for (const auto &[name, value] : r.headers)
        parts << u"-H "_s + quote(QString::fromLatin1(name) + u": "_s + QString::fromUtf8(value));
    if (!r.body.isEmpty())
        parts << u"-H 'Content-Type: application/json'"_s
              << u"--data-raw "_s + quote(QString::fromUtf8(r.body));
    // Whatever a person typed into a header or the body: a key this process knows is masked too.
    for (QString &p : parts)
        if (p != authorization)
            p = SecretRedactor::redact(p);
    return parts.join(u" \\\n  "_s);
}

} // namespace nd
