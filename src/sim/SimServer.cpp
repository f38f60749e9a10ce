#include "SimServer.h"

#include "SimApi.h"
#include "SimHttp.h"
#include "SimWorld.h"
#include "SyncRunner.h"
#include "WebhookSender.h"

#include <QDateTime>
#include <QFile>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QPointer>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTcpSocket>
#include <QTimer>

#include <random>

namespace nangosim {

using namespace Qt::StringLiterals;

SimServer::SimServer(const SimOptions &options, QObject *parent)
    : QObject(parent)
    , m_world(std::make_unique<SimWorld>(options))
    , m_webhooks(std::make_unique<WebhookSender>(*m_world))
    , m_runner(std::make_unique<SyncRunner>(*m_world, *m_webhooks))
    , m_api(std::make_unique<SimApi>(*m_world, *m_runner, *m_webhooks))
    , m_http(std::make_unique<QHttpServer>())
{
    m_keys.insert(options.secretKey.toLower(), KeyInfo{{u"environment:*"_s}, false});
    // Extra keys: scoped keys of this environment and keys of another (empty) environment, so
    // clients can be tested against 403 and wrong-environment 404s.
    for (const QJsonValue &k : options.config.value(u"api_keys"_s).toArray()) {
        const QJsonObject o = k.toObject();
        m_keys.insert(o.value(u"key"_s).toString().toLower(),
                      KeyInfo{o.value(u"scopes"_s).toVariant().toStringList(),
                              o.value(u"other_environment"_s).toBool()});
    }
    m_http->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        handle(request, std::move(responder));
    });
}

SimServer::~SimServer() = default;

const SimOptions &SimServer::options() const
{
    return m_world->options();
}

void SimServer::addWebhookUrl(const QString &url)
{
    m_world->mutableOptions().webhookUrls.append(url);
}

bool SimServer::start(QString *error)
{
    QHostAddress address;
    if (!address.setAddress(options().host)) {
        *error = u"--host %1 is not an IP address"_s.arg(options().host);
        return false;
    }
    const bool tls = !options().tlsCertificate.isEmpty();
    if (tls) {
        QFile keyFile(options().tlsKey);
        const QList<QSslCertificate> chain = QSslCertificate::fromPath(options().tlsCertificate, QSsl::Pem);
        if (chain.isEmpty() || !keyFile.open(QIODevice::ReadOnly)) {
            *error = u"cannot read the certificate %1 or its key %2"_s.arg(options().tlsCertificate,
                                                                           options().tlsKey);
            return false;
        }
        const QSslKey key(keyFile.readAll(), QSsl::Rsa, QSsl::Pem);
        if (key.isNull()) {
            *error = u"%1 is not an unencrypted PEM RSA key"_s.arg(options().tlsKey);
            return false;
        }
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificateChain(chain);
        config.setPrivateKey(key);
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_http->sslSetup(config);
    }
    const quint16 port = m_http->listen(address, options().port);
    if (port == 0) {
        *error = u"cannot listen on %1:%2 (in use, or not allowed)"_s.arg(options().host).arg(options().port);
        return false;
    }
    m_url.setScheme(tls ? u"https"_s : u"http"_s);
    m_url.setHost(options().host);
    m_url.setPort(port);
    m_api->setPublicUrl(m_url.toString());
    m_runner->start();
    return true;
}

QString SimServer::requiredScope(const SimRequest &req, const QStringList &seg)
{
    const QString first = seg.value(0);
    const QString second = seg.value(1);
    if (first == u"integrations")
        return seg.size() == 1 ? u"environment:integrations:list"_s : u"environment:integrations:read"_s;
    if (first == u"connections" || first == u"connection") {
        if (req.method == "PATCH")
            return u"environment:connections:update"_s;
        return seg.size() == 1 ? u"environment:connections:list"_s : u"environment:connections:read"_s;
    }
    if (first == u"environment-variables")
        return u"environment:variables:read"_s;
    if (first == u"records")
        return req.method == "GET" ? u"environment:records:read"_s : u"environment:records:write"_s;
    if (first == u"sync") {
        if (second == u"status")
            return u"environment:syncs:read"_s;
        if (second == u"update-connection-frequency")
            return u"environment:syncs:update"_s;
        return u"environment:syncs:execute"_s;
    }
    if (first == u"scripts")
        return u"environment:integrations:list_functions"_s;
    if (first == u"action")
        return u"environment:actions:execute"_s;
    if (first == u"proxy")
        return u"environment:proxy"_s;
    return {};
}

std::optional<SimResponse> SimServer::authenticate(const SimRequest &req, KeyInfo *key) const
{
    // access.middleware.ts secretKeyAuth. req.get('authorization') is '' for an empty header, which
    // fails the same `!authorizationHeader` test as a missing one.
    if (req.header("authorization").isEmpty())
        return SimResponse::error(
            401, u"missing_auth_header"_s,
            u"Authentication failed. The request is missing the Authorization header."_s, QJsonObject{});
    const QByteArray header = req.header("authorization");
    // authorizationHeader.split('Bearer ').pop(): the text after the last "Bearer ", or all of it.
    // HTTP parsing (llhttp in Node, QHttpServer here) trims the value, so "Bearer " arrives as
    // "Bearer" and fails the UUID test; an empty result cannot really happen over the wire.
    QByteArray secret = header;
    const qsizetype at = header.lastIndexOf("Bearer ");
    if (at >= 0)
        secret = header.mid(at + 7);
    if (secret.isEmpty())
        return SimResponse::error(401, u"malformed_auth_header"_s,
                                  u"Authentication failed. The Authorization header is malformed."_s,
                                  QJsonObject{});
    static const QRegularExpression uuid(
        u"^[0-9A-F]{8}-[0-9A-F]{4}-[4][0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (!uuid.match(QString::fromLatin1(secret)).hasMatch())
        return SimResponse::error(401, u"invalid_secret_key_format"_s,
                                  u"Authentication failed. The provided secret key is not a UUID v4."_s,
                                  QJsonObject{});
    const auto it = m_keys.constFind(QString::fromLatin1(secret).toLower());
    if (it == m_keys.constEnd())
        return SimResponse::error(
            401, u"unknown_account"_s,
            u"Authentication failed. The provided authorization header does not match any account."_s,
            QJsonObject{});
    *key = it.value();
    return std::nullopt;
}

void SimServer::handle(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    SimRequest req;
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        req.method = "GET";
        break;
    case QHttpServerRequest::Method::Post:
        req.method = "POST";
        break;
    case QHttpServerRequest::Method::Put:
        req.method = "PUT";
        break;
    case QHttpServerRequest::Method::Patch:
        req.method = "PATCH";
        break;
    case QHttpServerRequest::Method::Delete:
        req.method = "DELETE";
        break;
    case QHttpServerRequest::Method::Head:
        req.method = "HEAD";
        break;
    case QHttpServerRequest::Method::Options:
        req.method = "OPTIONS";
        break;
    default:
        req.method = "OTHER";
        break;
    }
    const QUrl url = request.url();
    req.path = url.path(QUrl::FullyEncoded);
    req.rawQuery = url.query(QUrl::FullyEncoded).toUtf8();
    req.query = parseQs(req.rawQuery);
    for (const auto &[name, value] : request.headers())
        req.headers.insert(name.toLower(), value);
    req.body = request.body();

    // The responder is bound to its socket, which QHttpServer deletes when the client goes away:
    // a delayed answer must check it is still there.
    auto shared = std::make_shared<QHttpServerResponder>(std::move(responder));
    QPointer<QTcpSocket> socket = shared->socket();
    const int latency = m_api->latencyMs;
    auto reply = [shared, socket, latency, this](SimResponse r) {
        auto write = [shared, socket, r]() {
            if (!socket || !socket->isOpen())
                return;
            QHttpServerResponse response(r.contentType.isEmpty() ? QByteArray("text/plain") : r.contentType,
                                         r.body, static_cast<QHttpServerResponder::StatusCode>(r.status));
            if (r.contentType.isEmpty())
                response.clearHeader("Content-Type");
            for (const auto &[name, value] : r.headers)
                response.addHeader(name, value);
            response.write(std::move(*shared));
        };
        if (latency > 0)
            QTimer::singleShot(latency, this, write);
        else
            write();
    };
    route(req, reply);
}

void SimServer::route(const SimRequest &req, const std::function<void(SimResponse)> &reply)
{
    QStringList segments;
    for (const QString &part : req.path.split(u'/', Qt::SkipEmptyParts))
        segments.append(QUrl::fromPercentEncoding(part.toUtf8()));
    if (segments.value(0) == u"_sim") {
        if (!m_api->dispatchControl(req, segments, reply))
            reply(SimResponse::error(404, u"not_found"_s, u"unknown control route"_s));
        return;
    }
    // Every answer of Nango's API goes out through Express's res.send(): a weak ETag, and a 304 for a
    // GET whose If-None-Match names it.
    const Freshness freshness = Freshness::of(req);
    const auto send = [reply, freshness](SimResponse r) {
        finishLikeExpress(r, freshness);
        reply(std::move(r));
    };
    if (req.method == "GET" && segments == QStringList{u"health"_s}) {
        send(SimResponse::json(200, QJsonObject{{u"result"_s, u"ok"_s}}));
        return;
    }
    // express.json() runs for every request of the public router, before any route or key check.
    if (auto unparsable = unparsableJson(req)) {
        send(*unparsable);
        return;
    }
    // jsonContentTypeMiddleware is mounted on these prefixes, also before the routes and the key check.
    static const QStringList jsonPrefixes{
        u"integrations"_s, u"connection"_s,   u"connections"_s, u"environment-variables"_s,
        u"environment"_s,  u"environments"_s, u"sync"_s,        u"records"_s,
        u"scripts"_s,      u"action"_s,       u"providers"_s,   u"connect"_s,
        u"cli"_s,          u"functions"_s,    u"mcp"_s,         u"sessions"_s,
        u"v1"_s,           u"oauth"_s,        u"api-auth"_s,    u"auth"_s};
    if (jsonPrefixes.contains(segments.value(0)) && refusedContentType(req)) {
        send(invalidContentType());
        return;
    }
    // Authentication and rate limiting are per route in Nango: a request that matches no route (an
    // unknown path, GET on a POST-only route, PATCH /connection/:id, ...) reaches Express's
    // finalhandler without a key check, uncounted: 404 "Cannot GET /path". The official Docker image
    // serves the dashboard there instead, so GETs get its index.html with 200 (--webapp).
    if (!m_api->hasRoute(req, segments)) {
        if (req.method == "GET" && options().webapp) {
            SimResponse page = SimResponse::html(200, "<!doctype html><html><head><title>Nango</title></head>"
                                                      "<body><div id=\"root\"></div></body></html>");
            page.etag = false;
            reply(page);
            return;
        }
        reply(SimResponse::notFoundPage(req.method, req.path));
        return;
    }
    const QString scope = requiredScope(req, segments);
    KeyInfo key;
    if (auto failure = authenticate(req, &key)) {
        send(*failure);
        return;
    }
    const RateLimiter::Decision d =
        m_api->rateLimiter.enabled()
            ? m_api->rateLimiter.consume(u"account-secret-1"_s, QDateTime::currentMSecsSinceEpoch())
            : RateLimiter::Decision{};
    auto withLimits = [send, d, enabled = m_api->rateLimiter.enabled()](SimResponse r) {
        // The middleware sets them first; a proxied provider's own X-RateLimit-* headers replace them.
        if (enabled) {
            r.addHeaderOnce("X-RateLimit-Limit", QByteArray::number(d.limit));
            r.addHeaderOnce("X-RateLimit-Remaining", QByteArray::number(d.remaining));
            r.addHeaderOnce("X-RateLimit-Reset", QByteArray::number(d.resetEpochSeconds));
        }
        send(std::move(r));
    };
    const bool stormHere = m_api->stormPath.isEmpty() || req.path.startsWith(m_api->stormPath);
    if (!d.allowed || (m_api->storm429 > 0 && stormHere)) {
        if (d.allowed)
            --m_api->storm429;
        SimResponse r = SimResponse::json(
            429, QJsonObject{{u"error"_s, QJsonObject{{u"code"_s, u"too_many_request"_s},
                                                      {u"method"_s, QString::fromLatin1(req.method)},
                                                      {u"path"_s, req.path}}}});
        r.headers.append({"Retry-After", QByteArray::number(d.msBeforeNext / 1000)});
        withLimits(r);
        return;
    }
    const bool scoped = key.scopes.contains(u"environment:*"_s) || key.scopes.contains(scope) ||
                        (scope.endsWith(u":list"_s) && key.scopes.contains(scope + u"_credentials"_s)) ||
                        (scope.endsWith(u":read"_s) && key.scopes.contains(scope + u"_credentials"_s));
    if (!scoped) {
        withLimits(SimResponse::error(403, u"forbidden"_s, u"Insufficient scope. Required: %1"_s.arg(scope)));
        return;
    }
    static std::mt19937_64 faults(42);
    const bool storm500 = m_api->storm500 > 0 && stormHere;
    if (storm500)
        --m_api->storm500;
    if (storm500 || (m_api->failRate > 0 && double(faults() % 1000000) / 1e6 < m_api->failRate)) {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        withLimits(SimResponse::error(
            500, u"generic_error_support"_s,
            u"An error occurred. Please contact support with this unique id: \"%1\""_s.arg(id), id));
        return;
    }
    if (key.otherEnvironment) {
        // A valid key of another environment: the same routes, none of this environment's data.
        static SimOptions emptyOptions;
        Q_UNUSED(emptyOptions);
        if (segments.value(0) == u"integrations" && segments.size() == 1) {
            withLimits(SimResponse::json(200, QJsonObject{{u"data"_s, QJsonArray{}}}));
            return;
        }
        if (segments.value(0) == u"records" || segments.value(0) == u"sync") {
            withLimits(
                SimResponse::error(404, u"unknown_connection"_s,
                                   u"No connection matching the provided params of 'connection_id' and "
                                   "'provider_config_key'."_s));
            return;
        }
    }
    if (!m_api->dispatch(req, segments, withLimits))
        withLimits(SimResponse::notFoundPage(req.method, req.path));
}

} // namespace nangosim
