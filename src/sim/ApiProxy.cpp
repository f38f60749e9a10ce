// ALL /proxy/* (controllers/proxy/allProxy.ts, services/proxy.service.ts) and the /_sim/proxy control.
//
// Nango forwards the request to the provider and answers with the provider's status, headers and
// body. nango-sim has no provider behind it, so an integration either opts into the echo (the
// request nango-sim would have sent, the built-in data set's choice) or simulates the forwarding:
// Nango's outbound URL policy first, then a provider whose answers come from the integration's
// proxy configuration, passed through the way Express passes them.
#include "OutboundPolicy.h"
#include "SimApi.h"
#include "SimWorld.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

namespace nangosim {

using namespace Qt::StringLiterals;

namespace {

const QString kProviderConfigKeyPattern = u"^[a-zA-Z0-9~:.@ _-]+$"_s;
const QString kConnectionIdPattern = uR"(^[a-zA-Z0-9,.;:=+~[\]|@${}"'\\/_ -]+$)"_s;

QString providerBaseUrl(const Integration &i)
{
    static const QHash<QString, QString> bases{{u"hubspot"_s, u"https://api.hubapi.com"_s},
                                               {u"github"_s, u"https://api.github.com"_s},
                                               {u"salesforce"_s, u"https://initech.my.salesforce.com"_s},
                                               {u"slack"_s, u"https://slack.com/api"_s}};
    if (!i.proxy.baseUrl.isEmpty())
        return i.proxy.baseUrl;
    return bases.value(i.provider, u"https://api.example.com"_s);
}

SimResponse outboundRefused()
{
    return SimResponse::error(400, u"base_url_override_not_allowed"_s,
                              u"This outbound URL is not allowed by server configuration."_s);
}

// Express's setCharset(): the media type with charset=utf-8, as res.send(string) sets it.
QByteArray withUtf8Charset(const QByteArray &type)
{
    QList<QByteArray> parts;
    for (const QByteArray &part : type.split(';')) {
        const QByteArray p = part.trimmed();
        if (!p.isEmpty() && !p.toLower().startsWith("charset="))
            parts.append(p);
    }
    parts.append("charset=utf-8");
    return parts.join("; ");
}

// handleResponse (2xx) and handleErrorResponse (the rest), as they hand a provider's answer on.
SimResponse passThrough(const ProviderAnswer &a)
{
    SimResponse r;
    r.status = a.status;
    if (a.status == 204) {
        r.contentType.clear(); // res.status(204).end(): no provider header, no body, no ETag
        r.etag = false;
        return r;
    }
    static const QList<QByteArray> dropped{"connection",          "keep-alive", "proxy-authenticate",
                                           "proxy-authorization", "te",         "trailer",
                                           "transfer-encoding",   "upgrade",    "content-length"};
    const bool ok = a.status >= 200 && a.status < 300;
    QByteArray type;
    for (const auto &[name, value] : a.headers) {
        const QByteArray lower = name.toLower();
        if (lower == "content-type") {
            type = value;
            continue;
        }
        if (lower == "content-length" || lower == "transfer-encoding")
            continue; // Express writes its own length
        if (ok && (dropped.contains(lower) || lower.startsWith("access-control-")))
            continue;
        r.headers.append({name, value});
    }
    r.body = a.body;
    if (ok)
        r.contentType = type.isEmpty() ? QByteArray("application/octet-stream") : type; // res.send(Buffer)
    else
        r.contentType = type.isEmpty() ? QByteArray("text/html; charset=utf-8") : withUtf8Charset(type);
    return r;
}

} // namespace

SimResponse SimApi::proxy(const SimRequest &req, const QString &providerPath)
{
    // schemaHeaders (a non-strict z.object over the request's headers).
    Validation hv;
    for (const char *name : {"provider-config-key", "connection-id"}) {
        const QString key = QString::fromLatin1(name);
        if (!req.hasHeader(name)) {
            hv.invalidType(u"string"_s, QJsonValue::Undefined, {key});
            continue;
        }
        const QString value = QString::fromUtf8(req.header(name));
        hv.matches(value, key == u"connection-id" ? kConnectionIdPattern : kProviderConfigKeyPattern, {key});
        if (value.size() > 255)
            hv.add(u"too_big"_s, u"Too big: expected string to have <=255 characters"_s, {key});
    }
    int retries = 0;
    if (req.hasHeader("retries")) {
        bool ok = false;
        retries = req.header("retries").trimmed().toInt(&ok); // z.coerce.number()
        if (!ok)
            hv.add(u"invalid_type"_s, u"Invalid input: expected number, received NaN"_s, {u"retries"_s});
    }
    const QByteArray baseOverride = req.header("base-url-override");
    const QUrl overrideUrl(QString::fromUtf8(baseOverride), QUrl::StrictMode);
    if (!baseOverride.isEmpty() && (!overrideUrl.isValid() || overrideUrl.scheme().isEmpty()))
        hv.add(u"invalid_format"_s, u"Invalid URL"_s, {u"base-url-override"_s});
    for (const char *name :
         {"decompress", "forward-headers-on-redirect", "nango-is-sync", "nango-is-dry-run"}) {
        if (req.hasHeader(name) && req.header(name) != "true" && req.header(name) != "false")
            hv.invalidOption({u"true"_s, u"false"_s}, {QString::fromLatin1(name)});
    }
    if (req.hasHeader("retry-on"))
        hv.matches(QString::fromLatin1(req.header("retry-on")), u"^\\d+(,\\d+)*$"_s, u"retry-on"_s);
    if (!hv.ok())
        return SimResponse::validation(u"invalid_headers"_s, hv.errors());
    // The override is checked against the denylist before anything else is looked up.
    if (!baseOverride.isEmpty() && OutboundPolicy::onDefaultDenylist(overrideUrl))
        return SimResponse::error(400, u"base_url_override_not_allowed"_s,
                                  u"This base URL override is not allowed by server configuration."_s);
    const QString key = QString::fromUtf8(req.header("provider-config-key"));
    Integration *integration = m_world.integration(key);
    if (!integration)
        return SimResponse::error(404, u"unknown_provider_config"_s,
                                  u"Provider config not found for the given provider config key. Please make "
                                  "sure the provider config exists in the Nango dashboard."_s);
    Connection *c = m_world.connection(key, QString::fromUtf8(req.header("connection-id")));
    if (!c)
        return SimResponse::error(400, u"server_error"_s, u"Failed to get connection"_s);

    // The outbound URL: the override, or the provider's base URL, then the path and query string.
    const QString base =
        baseOverride.isEmpty() ? providerBaseUrl(*integration) : QString::fromUtf8(baseOverride);
    const QString url =
        base + providerPath +
        (req.rawQuery.isEmpty() ? QString() : QString(u'?' + QString::fromUtf8(req.rawQuery)));
    if (!m_world.outboundPolicy().allows(QUrl(url)))
        return outboundRefused();
    if (integration->proxy.echo)
        return proxyEcho(req, url, retries, *c);
    // The policy's DNS step: a host that does not resolve, or resolves to a refused address, is refused
    // too (Nango answers so when it cannot resolve the provider at all, Base-Url-Override or not).
    if (baseOverride.isEmpty() && integration->proxy.dnsConfigured &&
        (integration->proxy.resolvesTo.isEmpty() ||
         !OutboundPolicy::blockedAddress(integration->proxy.resolvesTo).isEmpty()))
        return outboundRefused();
    return proxyForward(req, *integration, providerPath, retries);
}

SimResponse SimApi::proxyEcho(const SimRequest &req, const QString &url, int retries, const Connection &c)
{
    QJsonObject forwarded;
    for (auto it = req.headers.constBegin(); it != req.headers.constEnd(); ++it)
        if (it.key().startsWith("nango-proxy-"))
            forwarded.insert(QString::fromLatin1(it.key().mid(12)), QString::fromUtf8(it.value()));
    QJsonValue bodyValue = QJsonValue::Null;
    if (!req.body.isEmpty()) {
        const QJsonDocument doc = QJsonDocument::fromJson(req.body);
        bodyValue = doc.isObject()  ? QJsonValue(doc.object())
                    : doc.isArray() ? QJsonValue(doc.array())
                                    : QJsonValue(QString::fromUtf8(req.body));
    }
    // /status/<code> on any provider answers with that status, to exercise error handling.
    static const QRegularExpression statusPath(u"/status/(\\d{3})$"_s);
    const auto m = statusPath.match(QUrl(url).path());
    const int status = m.hasMatch() ? m.captured(1).toInt() : 200;
    QJsonObject echo{{u"method"_s, QString::fromLatin1(req.method)},
                     {u"url"_s, url},
                     {u"headers"_s, forwarded},
                     {u"body"_s, bodyValue},
                     {u"retries"_s, retries},
                     {u"connection_id"_s, c.connectionId}};
    if (status != 200)
        echo.insert(u"message"_s, u"The provider answered %1"_s.arg(status));
    SimResponse r = SimResponse::json(status, echo);
    r.headers.append({"X-Provider-Request-Id", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)});
    return r;
}

SimResponse SimApi::proxyForward(const SimRequest &req, Integration &integration, const QString &providerPath,
                                 int retries)
{
    QList<int> retryOn;
    for (const QByteArray &code : req.header("retry-on").split(','))
        if (!code.isEmpty())
            retryOn.append(code.toInt());
    const QString withQuery =
        providerPath + (req.rawQuery.isEmpty() ? QString() : QString(u'?' + QString::fromUtf8(req.rawQuery)));
    auto nextAnswer = [&]() {
        for (ProviderAnswer &a : integration.proxy.answers) {
            if (!a.method.isEmpty() && a.method != req.method)
                continue;
            const bool matches = a.path.endsWith(u'*')   ? withQuery.startsWith(a.path.chopped(1))
                                 : a.path.contains(u'?') ? a.path == withQuery
                                                         : a.path == providerPath;
            if (!matches || (a.times > 0 && a.used >= a.times))
                continue;
            ++a.used;
            return a;
        }
        ProviderAnswer notFound; // what a provider says about a path it does not know
        notFound.status = 404;
        notFound.headers = {{"Content-Type", "application/json; charset=utf-8"}};
        notFound.body = R"({"message":"Not Found"})";
        return notFound;
    };
    // Nango retries 5xx, 429 and the Retry-On codes, Retries times (nango-sim does not wait between).
    ProviderAnswer answer = nextAnswer();
    for (int attempt = 0; attempt < retries; ++attempt) {
        const bool retryable =
            answer.status >= 500 || answer.status == 429 || retryOn.contains(answer.status);
        if (!retryable)
            break;
        answer = nextAnswer();
    }
    return passThrough(answer);
}

SimResponse SimApi::controlProxy(const SimRequest &req)
{
    if (req.method == "POST") {
        const QJsonObject b = QJsonDocument::fromJson(req.body).object();
        Integration *i = m_world.integration(b.value(u"integration"_s).toString());
        if (!i)
            return SimResponse::error(404, u"not_found"_s, u"unknown integration"_s);
        i->proxy = ProxyConfig::fromJson(b, i->proxy);
    }
    QJsonObject out;
    for (const Integration &i : m_world.integrations()) {
        QJsonObject config = i.proxy.toJson();
        config.insert(u"effective_base_url"_s, providerBaseUrl(i));
        out.insert(i.uniqueKey, config);
    }
    return SimResponse::json(200, QJsonObject{{u"integrations"_s, out},
                                              {u"outbound_url_policy"_s,
                                               OutboundPolicy::modeName(m_world.outboundPolicy().mode())}});
}

} // namespace nangosim
