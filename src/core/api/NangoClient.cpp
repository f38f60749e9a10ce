#include "api/NangoClient.h"

#include "util/Logging.h"
#include "util/Timestamp.h"
#include "util/Version.h"

#include <QDateTime>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTimer>

#include <algorithm>

namespace nd {

using namespace Qt::StringLiterals;

ApiCall::ApiCall(NangoClient *client, ApiRequest request)
    : QObject(client)
    , m_client(client)
    , m_request(std::move(request))
{
    m_elapsed.start();
}

QByteArray ApiCall::responseHeader(const QByteArray &name) const
{
    for (const auto &[k, v] : m_responseHeaders)
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    return {};
}

void ApiCall::abort()
{
    if (m_done)
        return;
    m_error.kind = ApiError::Kind::Cancelled;
    if (m_timer)
        m_timer->stop();
    if (QNetworkReply *reply = m_reply.data()) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
        --m_client->m_inFlight;
    }
    m_client->finish(this);
}

NangoClient::NangoClient(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
{
    // Nango answers redirects only from misconfigured proxies; follow them within the same scheme.
    m_nam->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    setNetwork({});
}

NangoClient::~NangoClient()
{
    SecretRedactor::remove(m_apiKey);
    SecretRedactor::remove(m_proxyPassword);
}

void NangoClient::setApiKey(const QByteArray &key)
{
    SecretRedactor::remove(m_apiKey);
    m_apiKey = key.trimmed();
    SecretRedactor::add(m_apiKey);
}

QByteArray NangoClient::encodeQuery(const QueryItems &items)
{
    // Nango parses queries with `qs`, which turns '+' into a space: base64 cursors must have
    // '+', '/' and '=' percent-encoded. toPercentEncoding leaves only unreserved characters.
    QByteArray out;
    for (const auto &[key, value] : items) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

ApiCall *NangoClient::send(const ApiRequest &request)
{
    auto *call = new ApiCall(this, request);
    if (m_apiKey.isEmpty() && !request.anonymous) {
        // Nothing leaves without a key: the call fails as Nango would answer it, without the network.
        call->m_error.kind = ApiError::Kind::Unauthorized;
        call->m_error.code = u"missing_auth_header"_s;
        call->m_error.url = m_baseUrl;
        QTimer::singleShot(0, call, [this, call]() { finish(call); });
        return call;
    }
    const bool https = m_baseUrl.scheme() == u"https";
    if (!m_proxyProblem.isEmpty() || (https && !m_tls.problem().isEmpty())) {
        // A setting that cannot work fails every call the same way, without the network.
        ApiError &e = call->m_error;
        e.url = m_baseUrl;
        if (m_proxyProblem.isEmpty()) {
            e.kind = ApiError::Kind::Tls;
            e.tlsCauses = {ApiError::TlsCause::CaFile};
            e.serverMessage = m_tls.problem();
        } else {
            e.kind = ApiError::Kind::Proxy;
            e.proxyCause = ApiError::ProxyCause::Setting;
            e.serverMessage = m_proxyProblem;
        }
        QTimer::singleShot(0, call, [this, call]() { finish(call); });
        return call;
    }
    // Sent at once (finished() is always emitted later, from the event loop): a pull asks for the
    // next page before it writes the current one, and that only overlaps if the request leaves now.
    attempt(call);
    return call;
}

qint64 NangoClient::backoffMs(int attempt)
{
    // Full jitter: uniform in [0, min(cap, base * 2^attempt)], at least 100 ms.
    const qint64 ceiling = std::min<qint64>(m_backoffCapMs, qint64(m_backoffBaseMs) << std::min(attempt, 16));
    std::uniform_int_distribution<qint64> pick(100, std::max<qint64>(100, ceiling));
    return pick(m_rng);
}

QByteArray NangoClient::encodedUrl(const QUrl &baseUrl, const ApiRequest &r)
{
    QByteArray url = baseUrl.toEncoded(QUrl::StripTrailingSlash);
    url += QUrl::toPercentEncoding(r.path, "/");
    if (!r.query.isEmpty())
        url += '?' + encodeQuery(r.query);
    return url;
}

void NangoClient::attempt(ApiCall *call)
{
    if (call->m_done)
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 wait = m_budget.delayBeforeSend(now, m_inFlight, call->m_request.bulk);
    if (wait > 0) {
        qCInfo(lcApi) << "rate budget low; waiting" << wait << "ms before" << call->m_request.path;
        if (!call->m_timer) {
            call->m_timer = new QTimer(call);
            call->m_timer->setSingleShot(true);
            connect(call->m_timer, &QTimer::timeout, this, [this, call]() { attempt(call); });
        }
        call->m_timer->start(int(std::min<qint64>(wait, 120000)));
        return;
    }
    const ApiRequest &r = call->m_request;
    QNetworkRequest request{QUrl::fromEncoded(encodedUrl(m_baseUrl, r), QUrl::StrictMode)};
    request.setTransferTimeout(r.timeoutMs > 0 ? r.timeoutMs : m_timeoutMs);
    request.setRawHeader("User-Agent", userAgent());
    request.setRawHeader("Accept", "application/json");
    if (!m_apiKey.isEmpty() && !r.anonymous)
        request.setRawHeader("Authorization", "Bearer " + m_apiKey);
    if (!r.body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &[name, value] : r.headers)
        request.setRawHeader(name, value);
    if (m_tls.customised())
        request.setSslConfiguration(m_tls.configuration());
    ++call->m_attempts;
    ++m_inFlight;
    QNetworkReply *reply = m_nam->sendCustomRequest(request, r.method, r.body);
    call->m_reply = reply;
    connect(reply, &QNetworkReply::finished, call, [this, call, reply]() { onReplyFinished(call, reply); });
    watchTls(call, reply);
    // A Content-Length over the limit, or a body that grows past it: stopped, not buffered whole.
    const qint64 limit = m_maxResponseBytes;
    auto guard = [call, reply, limit](qint64 received) {
        const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (limit > 0 && (received > limit || announced > limit) && !call->m_tooLarge) {
            call->m_tooLarge = true;
            reply->abort();
        }
    };
    connect(reply, &QNetworkReply::metaDataChanged, call, [guard]() { guard(0); });
    connect(reply, &QNetworkReply::downloadProgress, call,
            [guard](qint64 received, qint64) { guard(received); });
}

void NangoClient::onReplyFinished(ApiCall *call, QNetworkReply *reply)
{
    reply->deleteLater();
    if (call->m_reply != reply)
        return;
    call->m_reply = nullptr;
    --m_inFlight;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // A proxied answer may carry the provider's own X-RateLimit-* headers (GitHub's do): they say
    // nothing about Nango's budget.
    if (!call->m_request.passthrough) {
        m_budget.update(reply, now);
        if (reply->hasRawHeader("X-RateLimit-Remaining"))
            Q_EMIT rateBudgetChanged(m_budget.snapshot());
    }

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QUrl url = reply->url();
    call->m_status = status;
    if (call->m_tooLarge) {
        // Stopped at the limit: what came is not kept, and asking again would only bring it again.
        call->m_body.clear();
        call->m_error = {};
        call->m_error.kind = ApiError::Kind::TooLarge;
        call->m_error.httpStatus = status;
        call->m_error.url = url.adjusted(QUrl::RemoveQuery);
        call->m_error.serverMessage = QString::number(m_maxResponseBytes / (1024 * 1024));
        qCWarning(lcApi).noquote() << call->m_request.method << call->m_request.path << "answer over"
                                   << m_maxResponseBytes << "bytes; stopped";
        finish(call);
        return;
    }
    if (call->m_peer.isNull() && url.scheme() == u"https")
        call->m_peer = reply->sslConfiguration().peerCertificate();
    call->m_body = reply->readAll();
    call->m_responseHeaders.clear();
    for (const auto &pair : reply->rawHeaderPairs())
        call->m_responseHeaders.append(pair);
    const ApiRequest &r = call->m_request;

    ApiError error;
    const QNetworkReply::NetworkError net = reply->error();
    // The proxy's refusals can come with its status (407): they are the proxy's, not Nango's.
    const bool proxyFailed =
        net >= QNetworkReply::ProxyConnectionRefusedError && net <= QNetworkReply::UnknownProxyError;
    // Some proxies (tinyproxy) refuse wrong credentials with a 401 of their own, not Nango's JSON.
    const bool proxyRejected =
        status == 401 && proxyHasCredentials(url) && !call->m_body.contains("\"error\"");
    if (status == 0 || proxyFailed || proxyRejected || call->m_pinMismatch) {
        error = transportError(call, reply);
        if (proxyRejected) {
            error.kind = ApiError::Kind::Proxy;
            error.proxyCause = ApiError::ProxyCause::AuthRejected;
        }
    } else if (status < 200 || status >= 300) {
        error = ApiError::fromReply(status, reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(),
                                    call->m_body, url);
    } else if (r.expectJson) {
        const QByteArray head = call->m_body.left(64).trimmed();
        const QByteArray type = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        const bool json =
            !head.isEmpty() && (head.startsWith('{') || head.startsWith('[')) && !type.contains("html");
        if (!json)
            error = ApiError::fromReply(status, type, call->m_body, url);
    }
    qCDebug(lcApi).noquote() << r.method << r.path << status << call->m_elapsed.elapsed() << "ms";

    if (!error.isError()) {
        call->m_error = {};
        finish(call);
        return;
    }
    // Classified retries: network errors and 5xx on idempotent calls; 429 always (the request was
    // not processed), after Retry-After; never 400, 401, 403 or 404.
    qint64 delay = -1;
    if (status == 429) {
        // A provider's 429 through the proxy is the provider's answer (Nango retries it itself when
        // asked with Retries); only Nango's own refusal means the request was not processed.
        const bool nangoRefused = !r.passthrough || error.code == u"too_many_request";
        if (nangoRefused && ++call->m_rateLimitedAttempts < m_maxRateLimitedAttempts) {
            bool ok = false;
            const qint64 retryAfter = reply->rawHeader("Retry-After").toLongLong(&ok);
            std::uniform_int_distribution<int> jitter(50, 500);
            delay = (ok ? std::max<qint64>(0, retryAfter) * 1000 : backoffMs(call->m_rateLimitedAttempts)) +
                    jitter(m_rng);
        }
    } else if (call->m_attempts < m_maxAttempts) {
        // A refused connection, an unknown host, a TLS failure or a silent server is reported at
        // once: the engine retries the whole operation later with a visible countdown. A connection
        // that broke mid-answer and 5xx are retried here, briefly, on idempotent calls.
        const bool reportNow = net == QNetworkReply::ConnectionRefusedError ||
                               net == QNetworkReply::HostNotFoundError || error.kind == ApiError::Kind::Tls ||
                               error.kind == ApiError::Kind::Proxy || error.kind == ApiError::Kind::Timeout;
        const bool transient = (status >= 500 && !proxyFailed) || (status == 0 && !reportNow);
        if (transient && r.idempotent)
            delay = backoffMs(call->m_attempts);
    }
    if (delay < 0) {
        call->m_error = error;
        if (r.expectErrors && status > 0)
            qCDebug(lcApi).noquote() << r.method << r.path << "answered" << status << error.code;
        else
            qCInfo(lcApi).noquote() << r.method << r.path << "failed:" << error.kindName() << status
                                    << error.code;
        finish(call);
        return;
    }
    qCInfo(lcApi).noquote() << r.method << r.path << "answered"
                            << (status ? QString::number(status) : error.serverMessage) << "- retrying in"
                            << delay << "ms";
    Q_EMIT retrying(status, delay);
    if (!call->m_timer) {
        call->m_timer = new QTimer(call);
        call->m_timer->setSingleShot(true);
        connect(call->m_timer, &QTimer::timeout, this, [this, call]() { attempt(call); });
    }
    call->m_timer->start(int(delay));
}

void NangoClient::finish(ApiCall *call)
{
    if (call->m_done)
        return;
    call->m_done = true;
    if (call->m_error.kind != ApiError::Kind::Cancelled)
        Q_EMIT answered(call);
    Q_EMIT call->finished();
}

// ---- typed calls --------------------------------------------------------------------------------

namespace {

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

ApiRequest get(const QString &path, QueryItems query = {})
{
    ApiRequest r;
    r.path = path;
    r.query = std::move(query);
    return r;
}

ApiRequest post(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    ApiRequest r;
    r.method = method;
    r.path = path;
    r.body = compact(body);
    r.idempotent = method == "PUT";
    return r;
}

QJsonArray syncList(const QStringList &syncs)
{
    QJsonArray out;
    for (const QString &s : syncs) {
        if (s.contains(u"::"_s))
            out.append(
                QJsonObject{{u"name"_s, s.section(u"::"_s, 0, 0)}, {u"variant"_s, s.section(u"::"_s, 1)}});
        else
            out.append(s);
    }
    return out;
}

} // namespace

ApiCall *NangoClient::probe()
{
    ApiRequest r = get(u"/"_s);
    r.anonymous = true;
    r.expectJson = false;
    r.expectErrors = true;
    return send(r);
}

ApiCall *NangoClient::listIntegrations()
{
    return send(get(u"/integrations"_s));
}

ApiCall *NangoClient::listConnections(int limit, int page)
{
    return send(
        get(u"/connections"_s, {{u"limit"_s, QString::number(limit)}, {u"page"_s, QString::number(page)}}));
}

ApiCall *NangoClient::getConnection(const QString &integration, const QString &connectionId)
{
    return send(get(u"/connections/"_s + connectionId, {{u"provider_config_key"_s, integration}}));
}

ApiCall *NangoClient::patchConnection(const QString &integration, const QString &connectionId,
                                      const QJsonObject &body)
{
    ApiRequest r = post("PATCH", u"/connections/"_s + connectionId, body);
    r.query = {{u"provider_config_key"_s, integration}};
    return send(r);
}

ApiCall *NangoClient::scriptsConfig()
{
    return send(get(u"/scripts/config"_s));
}

ApiCall *NangoClient::syncStatus(const QString &integration, const QString &connectionId,
                                 const QStringList &syncs)
{
    QueryItems q{{u"syncs"_s, syncs.isEmpty() ? u"*"_s : syncs.join(u',')},
                 {u"provider_config_key"_s, integration}};
    if (!connectionId.isEmpty())
        q.append({u"connection_id"_s, connectionId});
    return send(get(u"/sync/status"_s, q));
}

ApiCall *NangoClient::records(const RecordsQuery &query)
{
    ApiRequest r =
        get(u"/records"_s, {{u"model"_s, query.model}, {u"limit"_s, QString::number(query.limit)}});
    if (!query.variant.isEmpty() && query.variant != u"base")
        r.query.append({u"variant"_s, query.variant});
    if (!query.cursor.isEmpty())
        r.query.append({u"cursor"_s, query.cursor});
    if (query.modifiedAfterUs) {
        // modified_after accepts only the Z form (zod 4 datetime); milliseconds round down, so
        // the inclusive filter never skips a record.
        const QDateTime dt = Timestamp::toDateTime(*query.modifiedAfterUs);
        r.query.append({u"modified_after"_s, dt.toString(u"yyyy-MM-ddTHH:mm:ss.zzz'Z'"_s)});
    }
    if (!query.filter.isEmpty())
        r.query.append({u"filter"_s, query.filter});
    for (const QString &id : query.ids)
        r.query.append({u"ids"_s, id});
    r.headers = {{"Connection-Id", query.connectionId.toUtf8()},
                 {"Provider-Config-Key", query.integration.toUtf8()}};
    r.bulk = query.bulk;
    return send(r);
}

ApiCall *NangoClient::triggerSync(const SyncSelector &target, ResyncMode mode)
{
    QJsonObject body{{u"syncs"_s, syncList(target.syncs)}, {u"provider_config_key"_s, target.integration}};
    if (!target.connectionId.isEmpty())
        body.insert(u"connection_id"_s, target.connectionId);
    if (mode != ResyncMode::Incremental)
        body.insert(u"opts"_s, QJsonObject{{u"reset"_s, true},
                                           {u"emptyCache"_s, mode == ResyncMode::ResetAndEmptyCache}});
    return send(post("POST", u"/sync/trigger"_s, body));
}

ApiCall *NangoClient::pauseSyncs(const SyncSelector &target)
{
    QJsonObject body{{u"syncs"_s, syncList(target.syncs)}, {u"provider_config_key"_s, target.integration}};
    if (!target.connectionId.isEmpty())
        body.insert(u"connection_id"_s, target.connectionId);
    return send(post("POST", u"/sync/pause"_s, body));
}

ApiCall *NangoClient::startSyncs(const SyncSelector &target)
{
    QJsonObject body{{u"syncs"_s, syncList(target.syncs)}, {u"provider_config_key"_s, target.integration}};
    if (!target.connectionId.isEmpty())
        body.insert(u"connection_id"_s, target.connectionId);
    return send(post("POST", u"/sync/start"_s, body));
}

ApiCall *NangoClient::updateFrequency(const QString &integration, const QString &connectionId,
                                      const QString &sync, const QString &variant,
                                      const std::optional<QString> &frequency)
{
    QJsonObject body{{u"sync_name"_s, sync},
                     {u"provider_config_key"_s, integration},
                     {u"connection_id"_s, connectionId},
                     {u"frequency"_s, frequency ? QJsonValue(*frequency) : QJsonValue(QJsonValue::Null)}};
    if (!variant.isEmpty() && variant != u"base")
        body.insert(u"sync_variant"_s, variant);
    return send(post("PUT", u"/sync/update-connection-frequency"_s, body));
}

ApiCall *NangoClient::triggerAction(const QString &integration, const QString &connectionId,
                                    const QString &action, const QJsonValue &input, bool async, int timeoutMs)
{
    // An undefined input leaves the key out: the action has no input model.
    ApiRequest r =
        post("POST", u"/action/trigger"_s, QJsonObject{{u"action_name"_s, action}, {u"input"_s, input}});
    r.headers = {{"Connection-Id", connectionId.toUtf8()}, {"Provider-Config-Key", integration.toUtf8()}};
    if (async)
        r.headers.append({QByteArray("X-Async"), QByteArray("true")});
    r.timeoutMs = timeoutMs;
    return send(r);
}

ApiCall *NangoClient::actionResult(const QString &id)
{
    ApiRequest r = get(u"/action/"_s + id);
    // A finished action that failed answers 5xx (action_script_failure) on every ask: that is its
    // result, not a server hiccup to retry. The poller retries transient failures on its own.
    r.idempotent = false;
    r.expectErrors = true; // 404 not_found until it is done
    return send(r);
}

bool NangoClient::isNangoProxyHeader(const QByteArray &name)
{
    for (const char *own :
         {"Retries", "Retry-On", "Base-Url-Override", "Decompress", "Forward-Headers-On-Redirect"})
        if (name.compare(own, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

ApiCall *NangoClient::proxy(const QByteArray &method, const QString &providerPath, const QueryItems &query,
                            const HeaderList &headers, const QByteArray &body, const QString &integration,
                            const QString &connectionId)
{
    return send(proxyRequest(method, providerPath, query, headers, body, integration, connectionId));
}

ApiRequest NangoClient::proxyRequest(const QByteArray &method, const QString &providerPath,
                                     const QueryItems &query, const HeaderList &headers,
                                     const QByteArray &body, const QString &integration,
                                     const QString &connectionId)
{
    ApiRequest r;
    r.method = method;
    r.path = u"/proxy"_s + (providerPath.startsWith(u'/') ? providerPath : QString(u'/' + providerPath));
    r.query = query;
    r.body = body;
    r.idempotent = false; // the provider call may have side effects; Nango retries it if asked to
    r.expectJson = false;
    r.passthrough = true;
    r.expectErrors = true; // the provider's status is the result, whatever it is
    r.headers = {{"Connection-Id", connectionId.toUtf8()}, {"Provider-Config-Key", integration.toUtf8()}};
    for (const auto &[name, value] : headers) {
        // Nango strips the prefix case-insensitively (parseHeaders): an already prefixed header
        // must not be prefixed twice.
        const bool prefixed =
            name.size() > 12 && name.left(12).compare("Nango-Proxy-", Qt::CaseInsensitive) == 0;
        r.headers.append(
            {isNangoProxyHeader(name) || prefixed ? name : QByteArray("Nango-Proxy-" + name), value});
    }
    return r;
}

} // namespace nd
