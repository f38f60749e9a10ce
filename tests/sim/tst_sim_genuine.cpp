// nango-sim against what a genuine Nango server (v0.71.4, run locally) answered to the same requests
// (shared/nango-contract.md §11): one test, or one row, per difference measured, each expecting the
// genuine server's answer.
#include "SimHarness.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace simtest;

namespace {

// (moc reads "//" inside a raw string as a comment: the URLs below are in plain literals.)

// A request written byte by byte on a socket, for what QNetworkAccessManager will not send (a POST
// body without Content-Type: it adds one) or hides (the exact headers of a 304).
struct RawReply
{
    int status = 0;
    Headers headers;
    QByteArray body;

    bool hasHeader(const QByteArray &name) const { return !findHeader(headers, name).isNull(); }
    QByteArray header(const QByteArray &name) const { return findHeader(headers, name); }
    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
};

RawReply rawRequest(const QUrl &server, const QByteArray &method, const QByteArray &target,
                    const Headers &headers, const QByteArray &body = {})
{
    QTcpSocket socket;
    socket.connectToHost(server.host(), quint16(server.port()));
    QByteArray request = method + ' ' + target + " HTTP/1.1\r\nHost: " + server.host().toLatin1() + "\r\n";
    for (const auto &[name, value] : headers)
        request += name + ": " + value + "\r\n";
    if (!body.isEmpty() || method != "GET")
        request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    request += "\r\n" + body;
    QElapsedTimer timer;
    timer.start();
    while (socket.state() != QAbstractSocket::ConnectedState && timer.elapsed() < 5000)
        QTest::qWait(5); // the simulator answers on this thread's event loop
    socket.write(request);
    QByteArray data;
    RawReply reply;
    while (timer.elapsed() < 10000) {
        QTest::qWait(5);
        data += socket.readAll();
        const qsizetype end = data.indexOf("\r\n\r\n");
        if (end < 0)
            continue;
        const QList<QByteArray> lines = data.left(end).split('\n');
        reply.status = lines.first().split(' ').value(1).toInt();
        reply.headers.clear();
        qsizetype length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                reply.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
        }
        length = reply.header("Content-Length").toLongLong();
        if (data.size() - end - 4 >= length) {
            reply.body = data.mid(end + 4, length);
            return reply;
        }
    }
    reply.status = -1;
    return reply;
}

QByteArray bearer()
{
    return QByteArray("Bearer " + kSecretKey.toLatin1());
}

QJsonObject firstIssue(const HttpReply &r)
{
    return r.error().value(u"errors"_s).toArray().first().toObject();
}

QJsonArray path(const QStringList &parts)
{
    return QJsonArray::fromStringList(parts);
}

const QString kFrequencyRegex =
    u"/^(?<every>every "
    u")?((?<amount>[0-9]+)?\\s?(?<unit>(s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?))"
    "|(?<unit2>(month|week|half day|half hour|quarter hour)))$/"_s;

// A configuration with one integration whose proxy forwards (no echo) to a simulated provider.
nangosim::SimOptions forwardingOptions(const QJsonObject &proxy)
{
    nangosim::SimOptions options = defaultOptions();
    options.config = QJsonObject{
        {u"integrations"_s,
         QJsonArray{
             QJsonObject{{u"unique_key"_s, u"desk"_s}, {u"provider"_s, u"zendesk"_s}, {u"proxy"_s, proxy}},
             QJsonObject{{u"unique_key"_s, u"echoing"_s},
                         {u"provider"_s, u"hubspot"_s},
                         {u"proxy"_s, QJsonObject{{u"echo"_s, true}}}}}},
        {u"connections"_s,
         QJsonArray{QJsonObject{{u"provider_config_key"_s, u"desk"_s}, {u"connection_id"_s, u"c1"_s}},
                    QJsonObject{{u"provider_config_key"_s, u"echoing"_s}, {u"connection_id"_s, u"c1"_s}}}}};
    return options;
}

Headers proxyHeaders(const QString &integration, const Headers &extra = {})
{
    Headers h{{"Provider-Config-Key", integration.toLatin1()}, {"Connection-Id", "c1"}};
    h.append(extra);
    return h;
}

} // namespace

class TestSimGenuine : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Sim> m_sim;

    void restart(const nangosim::SimOptions &options)
    {
        m_sim.reset();
        m_sim = std::make_unique<Sim>(options);
        QVERIFY(m_sim->start());
    }

    HttpReply patch(const QString &target, const QByteArray &body, const Headers &headers = {})
    {
        return m_sim->call("PATCH", target, body, headers);
    }

    QJsonObject connection(const QString &integration, const QString &id)
    {
        return m_sim->get(u"/connections/%1?provider_config_key=%2"_s.arg(id, integration)).object();
    }

    QJsonObject listed(const QString &integration, const QString &id)
    {
        const QJsonArray list =
            m_sim->get(u"/connections?connectionId=%1&integrationId=%2"_s.arg(id, integration))
                .object()
                .value(u"connections"_s)
                .toArray();
        return list.size() == 1 ? list.first().toObject() : QJsonObject{};
    }

private slots:
    void init()
    {
        m_sim = std::make_unique<Sim>();
        QVERIFY(m_sim->start());
    }
    void cleanup() { m_sim.reset(); }

    // ---- 1. PATCH /connections/{id}?provider_config_key=K -----------------------------------------

    void patchConnectionAnswers_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QJsonObject>("issue"); // the first validation issue, or the error's message
        const QString ok = u"/connections/acme-corp?provider_config_key=hubspot"_s;
        const QByteArray json = "application/json";
        auto issue = [](const QString &code, const QString &message, const QStringList &at) {
            return QJsonObject{{u"code"_s, code}, {u"message"_s, message}, {u"path"_s, path(at)}};
        };
        auto message = [](const QString &text) { return QJsonObject{{u"message"_s, text}}; };
        QTest::newRow("empty object") << ok << QByteArray("{}") << json << 200 << QString() << QJsonObject{};
        QTest::newRow("metadata is not a field")
            << ok << QByteArray(R"({"metadata":{"a":1}})") << json << 400 << u"invalid_body"_s
            << issue(u"unrecognized_keys"_s, u"Unrecognized key: \"metadata\""_s, {});
        QTest::newRow("no provider_config_key")
            << u"/connections/acme-corp"_s << QByteArray("{}") << json << 400 << u"invalid_query_params"_s
            << issue(u"invalid_type"_s, u"Invalid input: expected string, received undefined"_s,
                     {u"provider_config_key"_s});
        QTest::newRow("unknown integration")
            << u"/connections/acme-corp?provider_config_key=nope"_s << QByteArray("{}") << json << 400
            << u"unknown_provider_config"_s << message(u"Provider does not exists"_s);
        QTest::newRow("unknown connection")
            << u"/connections/nobody?provider_config_key=hubspot"_s << QByteArray("{}") << json << 404
            << u"not_found"_s << message(u"Failed to find connection"_s);
        QTest::newRow("not JSON") << ok << QByteArray("tags=a") << QByteArray("text/plain") << 415
                                  << u"invalid_content_type"_s
                                  << message(u"Content-Type header must be application/json"_s);
        QTest::newRow("null override")
            << ok << QByteArray(R"({"webhook_url_override":null})") << json << 400 << u"invalid_body"_s
            << issue(u"invalid_union"_s, u"Invalid input"_s, {u"webhook_url_override"_s});
        QTest::newRow("nango.dev override")
            << ok << QByteArray("{\"webhook_url_override\":\"https://api.nango.dev/hooks\"}") << json << 400
            << u"invalid_body"_s
            << issue(u"custom"_s, u"Webhook URLs cannot point to Nango's domain (nango.dev)."_s,
                     {u"webhook_url_override"_s});
        QTest::newRow("loopback override")
            << ok << QByteArray("{\"webhook_url_override\":\"http://127.0.0.1:8080/hooks\"}") << json << 400
            << u"invalid_body"_s
            << issue(u"custom"_s, u"This webhook URL is not allowed."_s, {u"webhook_url_override"_s});
        QTest::newRow("localhost override")
            << ok << QByteArray("{\"webhook_url_override\":\"http://localhost:8080/hooks\"}") << json << 400
            << u"invalid_body"_s
            << issue(u"custom"_s, u"This webhook URL is not allowed."_s, {u"webhook_url_override"_s});
        QByteArray eleven = "{\"tags\":{";
        for (int i = 0; i < 11; ++i)
            eleven += (i ? ",\"k" : "\"k") + QByteArray::number(i) + "\":\"v\"";
        eleven += "}}";
        QTest::newRow("eleven tags") << ok << eleven << json << 400 << u"invalid_body"_s
                                     << issue(u"custom"_s, u"Tags cannot contain more than 10 keys"_s,
                                              {u"tags"_s});
        QTest::newRow("tag key not a name")
            << ok << QByteArray(R"({"tags":{"1plan":"x"}})") << json << 400 << u"invalid_body"_s
            << issue(u"invalid_key"_s, u"Invalid key in record"_s, {u"tags"_s, u"1plan"_s});
        QTest::newRow("empty tag value")
            << ok << QByteArray(R"({"tags":{"plan":""}})") << json << 400 << u"invalid_body"_s
            << issue(u"too_small"_s, u"Too small: expected string to have >=1 characters"_s,
                     {u"tags"_s, u"plan"_s});
        QTest::newRow("end_user is strict")
            << ok << QByteArray(R"({"end_user":{"id":"u-1","org":"x"}})") << json << 400 << u"invalid_body"_s
            << issue(u"unrecognized_keys"_s, u"Unrecognized key: \"org\""_s, {u"end_user"_s});
        QTest::newRow("end_user needs an id")
            << ok << QByteArray(R"({"end_user":{"email":"a@b.example"}})") << json << 400 << u"invalid_body"_s
            << issue(u"invalid_type"_s, u"Invalid input: expected string, received undefined"_s,
                     {u"end_user"_s, u"id"_s});
    }
    void patchConnectionAnswers()
    {
        QFETCH(QString, target);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QJsonObject, issue);
        const HttpReply r = patch(target, body, {{"Content-Type", contentType}});
        QCOMPARE(r.status, status);
        if (status == 200) {
            QCOMPARE(r.object(), (QJsonObject{{u"success"_s, true}}));
            return;
        }
        QCOMPARE(r.errorCode(), code);
        if (issue.contains(u"code"_s)) {
            QVERIFY(!r.error().contains(u"message"_s));
            QCOMPARE(firstIssue(r), issue);
        } else {
            QCOMPARE(r.errorMessage(), issue.value(u"message"_s).toString());
        }
    }

    void patchConnectionHasNoLegacyRoute()
    {
        const HttpReply r = patch(u"/connection/acme-corp?provider_config_key=hubspot"_s, "{}");
        QCOMPARE(r.status, 404);
        QVERIFY(r.header("Content-Type").startsWith("text/html"));
    }

    void patchConnectionTagsReplaceTheMap()
    {
        const QJsonObject before = connection(u"hubspot"_s, u"acme-corp"_s);
        QVERIFY(before.value(u"tags"_s).toObject().contains(u"plan"_s));
        const HttpReply r = patch(u"/connections/acme-corp?provider_config_key=hubspot"_s,
                                  R"({"tags":{"Region":"EU","Team.Name":"Ops"}})");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object(), (QJsonObject{{u"success"_s, true}}));
        const QJsonObject after = connection(u"hubspot"_s, u"acme-corp"_s);
        // The whole map is replaced, keys lower-cased, values kept as they are.
        QCOMPARE(after.value(u"tags"_s).toObject(),
                 (QJsonObject{{u"region"_s, u"EU"_s}, {u"team.name"_s, u"Ops"_s}}));
        QCOMPARE(listed(u"hubspot"_s, u"acme-corp"_s).value(u"tags"_s).toObject(),
                 after.value(u"tags"_s).toObject());
        QCOMPARE(after.value(u"updated_at"_s), before.value(u"updated_at"_s));
    }

    void patchConnectionEndUserOverwritesTags()
    {
        HttpReply r =
            patch(u"/connections/acme-corp?provider_config_key=hubspot"_s,
                  R"({"end_user":{"id":"u-100","email":"grace@acme.example","display_name":"Grace"}})");
        QCOMPARE(r.status, 200);
        const QJsonObject c = connection(u"hubspot"_s, u"acme-corp"_s);
        // Custom tags are gone: the end user's tags take their place.
        QCOMPARE(
            c.value(u"tags"_s).toObject(),
            (QJsonObject{{u"end_user_id"_s, u"u-100"_s}, {u"end_user_email"_s, u"grace@acme.example"_s}}));
        const QJsonObject endUser = c.value(u"end_user"_s).toObject();
        QCOMPARE(endUser.value(u"id"_s).toString(), u"u-100"_s);
        QCOMPARE(endUser.value(u"display_name"_s).toString(), u"Grace"_s);
        QCOMPARE(endUser.value(u"email"_s).toString(), u"grace@acme.example"_s);
        // One end user per id: the other connection of u-100 shows the change too.
        QCOMPARE(
            connection(u"github"_s, u"acme-corp"_s).value(u"end_user"_s).toObject().value(u"display_name"_s),
            QJsonValue(u"Grace"_s));
    }

    void patchConnectionWebhookOverride()
    {
        const QString target = u"/connections/globex?provider_config_key=hubspot"_s;
        HttpReply r = patch(target, "{\"webhook_url_override\":\"https://hooks.example.invalid/nango\"}");
        QCOMPARE(r.status, 200);
        QCOMPARE(connection(u"hubspot"_s, u"globex"_s).value(u"webhook_url_override"_s).toString(),
                 u"https://hooks.example.invalid/nango"_s);
        // The list does not show it.
        QVERIFY(!listed(u"hubspot"_s, u"globex"_s).contains(u"webhook_url_override"_s));
        // Its webhooks go there only, instead of the environment's URLs.
        m_sim->server().addWebhookUrl(u"http://127.0.0.1:9/primary"_s);
        r = m_sim->control(
            "POST", u"/_sim/run"_s,
            {{u"integration"_s, u"hubspot"_s}, {u"connection"_s, u"globex"_s}, {u"sync"_s, u"contacts"_s}});
        QCOMPARE(r.status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(
            !m_sim->control("GET", u"/_sim/webhooks"_s).object().value(u"deliveries"_s).toArray().isEmpty(),
            15000);
        for (const QJsonValue &d :
             m_sim->control("GET", u"/_sim/webhooks"_s).object().value(u"deliveries"_s).toArray())
            QCOMPARE(d.toObject().value(u"url"_s).toString(), u"https://hooks.example.invalid/nango"_s);
        // "" clears it.
        QCOMPARE(patch(target, R"({"webhook_url_override":""})").status, 200);
        QVERIFY(connection(u"hubspot"_s, u"globex"_s).value(u"webhook_url_override"_s).isNull());
    }

    // ---- 2. a JSON body without Content-Type ----------------------------------------------------------

    void bodyWithoutContentType_data()
    {
        QTest::addColumn<QByteArray>("contentType"); // empty: no header at all
        QTest::addColumn<int>("status");
        QTest::newRow("no Content-Type") << QByteArray() << 400;
        QTest::newRow("text/plain") << QByteArray("text/plain") << 415;
        QTest::newRow("form-urlencoded") << QByteArray("application/x-www-form-urlencoded") << 415;
    }
    void bodyWithoutContentType()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(int, status);
        Headers headers{{"Authorization", bearer()}};
        if (!contentType.isEmpty())
            headers.append({"Content-Type", contentType});
        const RawReply r = rawRequest(m_sim->url(), "POST", "/sync/trigger", headers,
                                      R"({"syncs":["contacts"],"provider_config_key":"hubspot"})");
        QCOMPARE(r.status, status);
        if (status == 415) {
            QCOMPARE(r.object().value(u"error"_s).toObject().value(u"code"_s).toString(),
                     u"invalid_content_type"_s);
            return;
        }
        // Express leaves req.body undefined, and the body schema says so.
        QCOMPARE(r.object(),
                 (QJsonObject{{u"error"_s, QJsonObject{{u"code"_s, u"invalid_body"_s},
                                                       {u"errors"_s,
                                                        QJsonArray{QJsonObject{
                                                            {u"code"_s, u"invalid_type"_s},
                                                            {u"message"_s, u"Invalid input: expected object, "
                                                                           "received undefined"_s},
                                                            {u"path"_s, QJsonArray{}}}}}}}}));
    }

    // ---- 3. ETag --------------------------------------------------------------------------------------

    void weakEtagAndNotModified()
    {
        const HttpReply first = m_sim->get(u"/integrations"_s);
        QCOMPARE(first.status, 200);
        const QByteArray etag = first.header("ETag");
        // Express's weak ETag: length in hex and the start of the body's base64 SHA-1.
        const QByteArray expected =
            "W/\"" + QByteArray::number(first.body.size(), 16) + '-' +
            QCryptographicHash::hash(first.body, QCryptographicHash::Sha1).toBase64().left(27) + '"';
        QCOMPARE(etag, expected);
        // Errors carry one too, 401s included.
        QVERIFY(m_sim->get(u"/integrations/nope"_s).header("ETag").startsWith("W/\""));
        QVERIFY(m_sim->get(u"/integrations"_s, {}, false).header("ETag").startsWith("W/\""));

        const RawReply same = rawRequest(m_sim->url(), "GET", "/integrations",
                                         {{"Authorization", bearer()}, {"If-None-Match", etag}});
        QCOMPARE(same.status, 304);
        QVERIFY(same.body.isEmpty());
        QVERIFY(!same.hasHeader("Content-Type"));
        QCOMPARE(same.header("ETag"), etag);
        const RawReply other =
            rawRequest(m_sim->url(), "GET", "/integrations",
                       {{"Authorization", bearer()}, {"If-None-Match", "W/\"0-nothing\""}});
        QCOMPARE(other.status, 200);
        QCOMPARE(other.body, first.body);
    }

    // ---- 4. GET /environment-variables -------------------------------------------------------------------

    void environmentVariables()
    {
        HttpReply r = m_sim->get(u"/environment-variables"_s);
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("Content-Type").startsWith("application/json"));
        QVERIFY(r.json.isArray());
        QVERIFY(r.array().isEmpty());
        QCOMPARE(m_sim->get(u"/environment-variables?x=1"_s).errorCode(), u"invalid_query_params"_s);

        nangosim::SimOptions options = defaultOptions();
        options.config =
            QJsonObject{{u"environment_variables"_s,
                         QJsonArray{QJsonObject{{u"name"_s, u"REGION"_s}, {u"value"_s, u"eu"_s}}}}};
        restart(options);
        r = m_sim->get(u"/environment-variables"_s);
        QCOMPARE(r.array(), (QJsonArray{QJsonObject{{u"name"_s, u"REGION"_s}, {u"value"_s, u"eu"_s}}}));
    }

    // ---- 5. the proxy -----------------------------------------------------------------------------------

    void proxyForwardsTheProvidersAnswer()
    {
        const QJsonObject proxy{
            {u"answers"_s,
             QJsonArray{
                 QJsonObject{{u"method"_s, u"GET"_s},
                             {u"path"_s, u"/api/v2/tickets"_s},
                             {u"status"_s, 200},
                             {u"headers"_s, QJsonObject{{u"Content-Type"_s, u"application/json"_s},
                                                        {u"X-Request-Id"_s, u"zd-1"_s},
                                                        {u"Access-Control-Allow-Origin"_s, u"*"_s}}},
                             {u"body"_s, u"{\"tickets\":[{\"id\":1}]}"_s}},
                 QJsonObject{{u"path"_s, u"/api/v2/locked"_s},
                             {u"status"_s, 409},
                             {u"headers"_s, QJsonObject{{u"Content-Type"_s, u"application/json"_s},
                                                        {u"Access-Control-Allow-Origin"_s, u"*"_s}}},
                             {u"body"_s, QJsonObject{{u"error"_s, u"RecordLocked"_s}}}},
                 QJsonObject{
                     {u"method"_s, u"DELETE"_s}, {u"path"_s, u"/api/v2/tickets/1"_s}, {u"status"_s, 204}},
                 QJsonObject{{u"path"_s, u"/api/v2/flaky"_s},
                             {u"status"_s, 503},
                             {u"times"_s, 1},
                             {u"body"_s, u"busy"_s}},
                 QJsonObject{{u"path"_s, u"/api/v2/flaky"_s}, {u"status"_s, 200}, {u"body"_s, u"ok"_s}}}}};
        restart(forwardingOptions(proxy));
        HttpReply r = m_sim->get(u"/proxy/api/v2/tickets?page=2"_s, proxyHeaders(u"desk"_s));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray(R"({"tickets":[{"id":1}]})"));
        QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(r.header("X-Request-Id"), QByteArray("zd-1"));
        QVERIFY(!r.hasHeader("Access-Control-Allow-Origin")); // Nango sets its own CORS headers
        QVERIFY(r.header("ETag").startsWith("W/\""));

        // Errors are passed on as the provider sent them, its headers included.
        r = m_sim->call("POST", u"/proxy/api/v2/locked"_s, "{}", proxyHeaders(u"desk"_s));
        QCOMPARE(r.status, 409);
        QCOMPARE(r.object(), (QJsonObject{{u"error"_s, u"RecordLocked"_s}}));
        QCOMPARE(r.header("Content-Type"), QByteArray("application/json; charset=utf-8"));
        QCOMPARE(r.header("Access-Control-Allow-Origin"), QByteArray("*"));

        r = m_sim->call("DELETE", u"/proxy/api/v2/tickets/1"_s, {}, proxyHeaders(u"desk"_s));
        QCOMPARE(r.status, 204);
        QVERIFY(r.body.isEmpty());

        // A path the provider does not know: its own 404.
        r = m_sim->get(u"/proxy/api/v2/nothing"_s, proxyHeaders(u"desk"_s));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.object(), (QJsonObject{{u"message"_s, u"Not Found"_s}}));

        // Retries: Nango asks again after a 5xx.
        r = m_sim->get(u"/proxy/api/v2/flaky"_s, proxyHeaders(u"desk"_s, {{"Retries", "1"}}));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("ok"));
    }

    void proxyRefusesOutboundUrls_data()
    {
        QTest::addColumn<QJsonObject>("proxy");
        QTest::addColumn<QByteArray>("baseUrlOverride"); // empty: not sent
        QTest::addColumn<QString>("message");
        const QString outbound = u"This outbound URL is not allowed by server configuration."_s;
        QTest::newRow("provider host does not resolve")
            << QJsonObject{{u"resolves_to"_s, u""_s}} << QByteArray() << outbound;
        QTest::newRow("provider host resolves privately")
            << QJsonObject{{u"resolves_to"_s, u"10.1.2.3"_s}} << QByteArray() << outbound;
        QTest::newRow("provider base URL on loopback")
            << QJsonObject{{u"base_url"_s, u"http://127.0.0.1:9000"_s}} << QByteArray() << outbound;
        QTest::newRow("override to a private address")
            << QJsonObject{} << QByteArray("http://192.168.1.10/api") << outbound;
        QTest::newRow("override on the denylist")
            << QJsonObject{} << QByteArray("http://localhost:9000")
            << u"This base URL override is not allowed by server configuration."_s;
    }
    void proxyRefusesOutboundUrls()
    {
        QFETCH(QJsonObject, proxy);
        QFETCH(QByteArray, baseUrlOverride);
        QFETCH(QString, message);
        restart(forwardingOptions(proxy));
        Headers extra;
        if (!baseUrlOverride.isEmpty())
            extra.append({"Base-Url-Override", baseUrlOverride});
        const HttpReply r = m_sim->get(u"/proxy/api/v2/tickets"_s, proxyHeaders(u"desk"_s, extra));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.object(),
                 (QJsonObject{{u"error"_s, QJsonObject{{u"code"_s, u"base_url_override_not_allowed"_s},
                                                       {u"message"_s, message}}}}));
    }

    void proxyEchoIsOptIn()
    {
        restart(forwardingOptions({}));
        // An integration that opted in echoes; one that did not forwards (and its provider has no
        // answer for this path).
        HttpReply r = m_sim->get(u"/proxy/crm/v3/objects/contacts"_s, proxyHeaders(u"echoing"_s));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"url"_s).toString(), u"https://api.hubapi.com/crm/v3/objects/contacts"_s);
        r = m_sim->get(u"/proxy/crm/v3/objects/contacts"_s, proxyHeaders(u"desk"_s));
        QCOMPARE(r.status, 404);
        QVERIFY(!r.object().contains(u"url"_s));
        // The control API switches a built-in integration at run time.
        restart(defaultOptions());
        r = m_sim->control(
            "POST", u"/_sim/proxy"_s,
            {{u"integration"_s, u"slack"_s},
             {u"echo"_s, false},
             {u"answers"_s, QJsonArray{QJsonObject{{u"path"_s, u"/chat.postMessage"_s},
                                                   {u"body"_s, QJsonObject{{u"ok"_s, true}}}}}}});
        QCOMPARE(r.status, 200);
        const Headers slack{{"Provider-Config-Key", "slack"}, {"Connection-Id", "acme-corp"}};
        r = m_sim->call("POST", u"/proxy/chat.postMessage"_s, R"({"text":"hi"})", slack);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object(), (QJsonObject{{u"ok"_s, true}}));
    }

    // ---- 6. a malformed frequency ----------------------------------------------------------------------

    void malformedFrequency_data()
    {
        QTest::addColumn<QString>("frequency");
        QTest::addColumn<bool>("malformed");
        QTest::newRow("sometimes") << u"sometimes"_s << true;
        QTest::newRow("every 10 seconds") << u"every 10 seconds"_s << false;
    }
    void malformedFrequency()
    {
        QFETCH(QString, frequency);
        QFETCH(bool, malformed);
        const HttpReply r =
            m_sim->put(u"/sync/update-connection-frequency"_s, {{u"sync_name"_s, u"contacts"_s},
                                                                {u"provider_config_key"_s, u"hubspot"_s},
                                                                {u"connection_id"_s, u"acme-corp"_s},
                                                                {u"frequency"_s, frequency}});
        QCOMPARE(r.status, 400);
        if (!malformed) {
            QCOMPARE(r.object(),
                     (QJsonObject{{u"error"_s, QJsonObject{{u"code"_s, u"invalid_body"_s},
                                                           {u"message"_s, u"Sync interval is invalid"_s}}}}));
            return;
        }
        const QJsonObject issue{
            {u"code"_s, u"invalid_format"_s},
            {u"message"_s, QString(u"Invalid string: must match pattern "_s + kFrequencyRegex)},
            {u"path"_s, path({u"frequency"_s})}};
        QCOMPARE(r.object(), (QJsonObject{{u"error"_s, QJsonObject{{u"code"_s, u"invalid_body"_s},
                                                                   {u"errors"_s, QJsonArray{issue}}}}}));
    }

    // ---- 7. POST /sync/trigger with an unknown connection -----------------------------------------------

    void triggerUnknownConnectionPayload()
    {
        const HttpReply r = m_sim->post(u"/sync/trigger"_s, {{u"syncs"_s, QJsonArray{u"contacts"_s}},
                                                             {u"provider_config_key"_s, u"hubspot"_s},
                                                             {u"connection_id"_s, u"nobody"_s}});
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), u"unknown_connection"_s);
        QCOMPARE(r.error().value(u"payload"_s).toObject(),
                 (QJsonObject{{u"connectionId"_s, u"nobody"_s}, {u"providerConfigKey"_s, u"hubspot"_s}}));
        QVERIFY(r.errorMessage().contains(u"\"connectionId\": \"nobody\""_s));
    }

    // ---- 8. unknown routes and GET on POST-only routes ---------------------------------------------------

    void unknownRoutes_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("target");
        QTest::addColumn<bool>("webapp");
        QTest::addColumn<int>("status");
        QTest::newRow("GET unknown") << QByteArray("GET") << u"/no/such/page"_s << false << 404;
        QTest::newRow("GET on a POST route") << QByteArray("GET") << u"/sync/trigger"_s << false << 404;
        QTest::newRow("PUT on a GET route") << QByteArray("PUT") << u"/integrations"_s << false << 404;
        QTest::newRow("official image, GET unknown")
            << QByteArray("GET") << u"/no/such/page"_s << true << 200;
        QTest::newRow("official image, POST unknown")
            << QByteArray("POST") << u"/no/such/page"_s << true << 404;
    }
    void unknownRoutes()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, target);
        QFETCH(bool, webapp);
        QFETCH(int, status);
        nangosim::SimOptions options = defaultOptions();
        options.webapp = webapp;
        restart(options);
        const HttpReply r = m_sim->call(method, target);
        QCOMPARE(r.status, status);
        QVERIFY(r.header("Content-Type").startsWith("text/html"));
        QVERIFY(!r.isJson);
    }

    // ---- 9. rate-limit headers on unrouted requests
    // ---------------------------------------------------------

    void unroutedRequestsAreNotCounted()
    {
        nangosim::SimOptions options = defaultOptions();
        options.rateLimit = 3;
        restart(options);
        QCOMPARE(m_sim->get(u"/integrations"_s).header("X-RateLimit-Remaining"), QByteArray("2"));
        for (int i = 0; i < 5; ++i) {
            const HttpReply r = m_sim->get(u"/no/such/page"_s);
            QCOMPARE(r.status, 404);
            QVERIFY(!r.hasHeader("X-RateLimit-Limit"));
            QVERIFY(!r.hasHeader("X-RateLimit-Remaining"));
        }
        QCOMPARE(m_sim->get(u"/integrations"_s).header("X-RateLimit-Remaining"), QByteArray("1"));
    }

    // ---- 10. deleted_at precision
    // -----------------------------------------------------------------------------

    void deletedAtIsMillisecondsBeforeLastModified()
    {
        int deleted = 0;
        for (const QJsonObject &r : m_sim->truth(u"hubspot"_s, u"acme-corp"_s, u"HubspotContact"_s)) {
            const QJsonObject m = r.value(u"_nango_metadata"_s).toObject();
            if (m.value(u"deleted_at"_s).isNull())
                continue;
            ++deleted;
            const QString text = m.value(u"deleted_at"_s).toString();
            static const QRegularExpression fraction(u"\\.(\\d+)\\+00:00$"_s);
            const auto f = fraction.match(text);
            QVERIFY2(!f.hasMatch() || f.captured(1).size() <= 3, qPrintable(text));
            const auto deletedAt = parseTimestampUs(text);
            const auto modified = parseTimestampUs(m.value(u"last_modified_at"_s).toString());
            QVERIFY(deletedAt && modified);
            QVERIFY2(*modified - *deletedAt >= 1000 && *modified - *deletedAt < 6000, qPrintable(text));
        }
        QVERIFY(deleted > 0);
    }

    // ---- 11. validation wording
    // ------------------------------------------------------------------------------

    void validationWording_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QJsonObject>("issue");
        const QString filterOptions =
            uR"(Invalid option: expected one of "added"|"updated"|"deleted"|"ADDED"|"UPDATED"|"DELETED")"_s;
        const QString records = u"/records?model=HubspotContact&filter="_s;
        QTest::newRow("filter=bogus") << QByteArray("GET") << QString(records + u"bogus"_s) << QJsonObject{}
                                      << u"invalid_query_params"_s
                                      << QJsonObject{{u"code"_s, u"invalid_value"_s},
                                                     {u"message"_s, filterOptions},
                                                     {u"path"_s, path({u"filter"_s, u"0"_s})}};
        QTest::newRow("filter=added,bogus") << QByteArray("GET") << QString(records + u"added,bogus"_s)
                                            << QJsonObject{} << u"invalid_query_params"_s
                                            << QJsonObject{{u"code"_s, u"invalid_value"_s},
                                                           {u"message"_s, filterOptions},
                                                           {u"path"_s, path({u"filter"_s, u"1"_s})}};
        QTest::newRow("filter in mixed case") << QByteArray("GET") << QString(records + u"Deleted"_s)
                                              << QJsonObject{} << u"invalid_query_params"_s
                                              << QJsonObject{{u"code"_s, u"invalid_value"_s},
                                                             {u"message"_s, filterOptions},
                                                             {u"path"_s, path({u"filter"_s, u"0"_s})}};
        QTest::newRow("include=bogus") << QByteArray("GET") << u"/integrations/github?include=bogus"_s
                                       << QJsonObject{} << u"invalid_query_params"_s
                                       << QJsonObject{{u"code"_s, u"invalid_union"_s},
                                                      {u"message"_s, u"Invalid input"_s},
                                                      {u"path"_s, path({u"include"_s})}};
        QTest::newRow("sync_mode")
            << QByteArray("POST") << u"/sync/trigger"_s
            << QJsonObject{{u"syncs"_s, QJsonArray{u"contacts"_s}},
                           {u"provider_config_key"_s, u"hubspot"_s},
                           {u"sync_mode"_s, u"everything"_s}}
            << u"invalid_body"_s
            << QJsonObject{
                   {u"code"_s, u"invalid_value"_s},
                   {u"message"_s,
                    uR"(Invalid option: expected one of "incremental"|"full_refresh"|"full_refresh_and_clear_cache")"_s},
                   {u"path"_s, path({u"sync_mode"_s})}};
        QTest::newRow("syncs item") << QByteArray("POST") << u"/sync/trigger"_s
                                    << QJsonObject{{u"syncs"_s, QJsonArray{u"contacts"_s, 42}},
                                                   {u"provider_config_key"_s, u"hubspot"_s}}
                                    << u"invalid_body"_s
                                    << QJsonObject{{u"code"_s, u"invalid_union"_s},
                                                   {u"message"_s,
                                                    u"Each sync must be either a string or a { name: string, "
                                                    "variant: string } object"_s},
                                                   {u"path"_s, path({u"syncs"_s, u"1"_s})}};
        QTest::newRow("syncs not a list")
            << QByteArray("POST") << u"/sync/trigger"_s
            << QJsonObject{{u"syncs"_s, u"contacts"_s}, {u"provider_config_key"_s, u"hubspot"_s}}
            << u"invalid_body"_s
            << QJsonObject{{u"code"_s, u"invalid_type"_s},
                           {u"message"_s, u"Invalid input: expected array, received string"_s},
                           {u"path"_s, path({u"syncs"_s})}};
        QTest::newRow("unknown integration")
            << QByteArray("GET") << u"/integrations/nope"_s << QJsonObject{} << u"not_found"_s
            << QJsonObject{{u"message"_s, u"Integration \"nope\" does not exist"_s}};
    }
    void validationWording()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, target);
        QFETCH(QJsonObject, body);
        QFETCH(QString, code);
        QFETCH(QJsonObject, issue);
        const Headers headers{{"Connection-Id", "acme-corp"}, {"Provider-Config-Key", "hubspot"}};
        const HttpReply r = method == "GET" ? m_sim->get(target, headers) : m_sim->post(target, body);
        QCOMPARE(r.errorCode(), code);
        if (issue.contains(u"code"_s)) {
            QCOMPARE(r.status, 400);
            QCOMPARE(r.error().value(u"errors"_s).toArray(), QJsonArray{issue});
        } else {
            QCOMPARE(r.status, 404);
            QCOMPARE(r.errorMessage(), issue.value(u"message"_s).toString());
        }
    }

    // ---- 12. shapes
    // ----------------------------------------------------------------------------------------------

    void scriptsConfigSyncsCarrySource()
    {
        const QJsonArray entries = m_sim->get(u"/scripts/config"_s).array();
        int syncs = 0;
        for (const QJsonValue &e : entries) {
            for (const QJsonValue &s : e.toObject().value(u"syncs"_s).toArray()) {
                ++syncs;
                QCOMPARE(s.toObject().value(u"source"_s).toString(), u"repo"_s);
            }
        }
        QVERIFY(syncs > 0);
    }

    void connectionTimestampsAreMilliseconds()
    {
        static const QRegularExpression offsetMillis(
            uR"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+00:00$)"_s);
        static const QRegularExpression rowToJson(
            uR"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?\+00:00$)"_s);
        const QJsonObject c = connection(u"hubspot"_s, u"acme-corp"_s);
        QVERIFY2(offsetMillis.match(c.value(u"created_at"_s).toString()).hasMatch(),
                 qPrintable(c.value(u"created_at"_s).toString()));
        QVERIFY(offsetMillis.match(c.value(u"updated_at"_s).toString()).hasMatch());
        const QString created = listed(u"hubspot"_s, u"acme-corp"_s).value(u"created"_s).toString();
        QVERIFY2(rowToJson.match(created).hasMatch(), qPrintable(created));
        QCOMPARE(*parseTimestampUs(created), *parseTimestampUs(c.value(u"created_at"_s).toString()));
    }

    void endUserConnectionsCarryEndUserTags()
    {
        QCOMPARE(listed(u"hubspot"_s, u"acme-corp"_s).value(u"tags"_s).toObject(),
                 (QJsonObject{{u"end_user_email"_s, u"ada@acme.example"_s},
                              {u"end_user_id"_s, u"u-100"_s},
                              {u"plan"_s, u"enterprise"_s}}));
        QCOMPARE(connection(u"github"_s, u"acme-corp"_s).value(u"tags"_s).toObject(),
                 (QJsonObject{{u"end_user_email"_s, u"ada@acme.example"_s}, {u"end_user_id"_s, u"u-100"_s}}));
        // Without an end user, only the connection's own tags.
        QCOMPARE(listed(u"hubspot-eu"_s, u"umbrella"_s).value(u"tags"_s).toObject(),
                 (QJsonObject{{u"region"_s, u"eu"_s}}));
    }
};

QTEST_GUILESS_MAIN(TestSimGenuine)
#include "tst_sim_genuine.moc"
