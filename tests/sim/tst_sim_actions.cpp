// nango-sim's POST /action/trigger, GET /action/:id and ALL /proxy/* against the contract (§2.12,
// §2.13): synchronous and asynchronous actions, their failures, and the proxy echo.
#include "SimHarness.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace simtest;

namespace {

Headers actionHeaders(const QString &pck, const QString &conn, const Headers &extra = {})
{
    Headers h{{"Provider-Config-Key", pck.toUtf8()}, {"Connection-Id", conn.toUtf8()}};
    h += extra;
    return h;
}

QJsonObject actionBody(const QString &name, const QJsonValue &input)
{
    QJsonObject body{{u"action_name"_s, name}};
    if (!input.isUndefined())
        body.insert(u"input"_s, input);
    return body;
}

} // namespace

class TestSimActions : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Sim> m_sim;

    // Sends an async action and checks the 202 answer; returns its status URL.
    QString triggerAsync(const QString &pck, const QString &conn, const QString &name,
                         const QJsonObject &input)
    {
        const HttpReply r = m_sim->post(u"/action/trigger"_s, actionBody(name, input),
                                        actionHeaders(pck, conn, {{"X-Async", "true"}}));
        if (r.status != 202) {
            qWarning("async trigger answered %d: %s", r.status, r.body.constData());
            return {};
        }
        const QJsonObject o = r.object();
        if (keysOf(o) != QStringList{u"id"_s, u"statusUrl"_s} || !isUuid(o.value(u"id"_s).toString()) ||
            o.value(u"statusUrl"_s).toString() != QString(u"/action/"_s + o.value(u"id"_s).toString()) ||
            r.header("Location") != o.value(u"statusUrl"_s).toString().toUtf8()) {
            qWarning("unexpected async answer: %s (Location %s)", r.body.constData(),
                     r.header("Location").constData());
            return {};
        }
        return o.value(u"statusUrl"_s).toString();
    }

private slots:
    void init()
    {
        m_sim = std::make_unique<Sim>();
        QVERIFY(m_sim->start());
    }
    void cleanup() { m_sim.reset(); }

    void synchronousActionReturnsTheRawOutput()
    {
        const QJsonObject input{
            {u"email"_s, u"ada@example.com"_s}, {u"first_name"_s, u"Ada"_s}, {u"score"_s, 7}};
        HttpReply r = m_sim->post(u"/action/trigger"_s, actionBody(u"create-contact"_s, input),
                                  actionHeaders(u"hubspot"_s, u"acme-corp"_s));
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("Content-Type").startsWith("application/json"));
        // The output itself, not wrapped in {data: ...}.
        const QJsonObject out = r.object();
        QCOMPARE(out.value(u"email"_s).toString(), u"ada@example.com"_s);
        QCOMPARE(out.value(u"first_name"_s).toString(), u"Ada"_s);
        QCOMPARE(out.value(u"score"_s).toInt(), 7);
        QVERIFY(!out.value(u"id"_s).toString().isEmpty());
        QVERIFY(!out.contains(u"data"_s));

        r = m_sim->post(
            u"/action/trigger"_s,
            actionBody(u"send-message"_s, QJsonObject{{u"channel"_s, u"#general"_s}, {u"text"_s, u"hi"_s}}),
            actionHeaders(u"slack"_s, u"acme-corp"_s, {{"X-Async", "false"}}));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"success"_s).toBool(), true);
    }

    void asynchronousAction()
    {
        // export-report takes 3 s, long enough to see it unfinished.
        const QString statusUrl = triggerAsync(u"github"_s, u"acme-corp"_s, u"export-report"_s,
                                               QJsonObject{{u"format"_s, u"csv"_s}});
        QVERIFY(!statusUrl.isEmpty());
        const QString id = statusUrl.section(u'/', -1);
        // Not done yet: 404, as for an id that does not exist.
        HttpReply r = m_sim->get(statusUrl);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.object(),
                 (QJsonObject{{u"error"_s, QJsonObject{{u"code"_s, u"not_found"_s},
                                                       {u"message"_s, u"No action '%1' found"_s.arg(id)}}}}));
        QTRY_COMPARE_WITH_TIMEOUT(m_sim->get(statusUrl).status, 200, 20000);
        r = m_sim->get(statusUrl);
        QCOMPARE(r.object().value(u"success"_s).toBool(), true);
        QVERIFY(!r.object().value(u"id"_s).toString().isEmpty());

        r = m_sim->get(u"/action/0b0e1c7a-2f4d-4c6e-a1b2-c3d4e5f60718"_s);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), u"not_found"_s);
        r = m_sim->get(u"/action/not-a-uuid"_s);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), u"invalid_uri_params"_s);
    }

    void asynchronousFailure()
    {
        const QString statusUrl = triggerAsync(u"hubspot"_s, u"acme-corp"_s, u"archive-contact"_s,
                                               QJsonObject{{u"id"_s, u"101"_s}});
        QVERIFY(!statusUrl.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(m_sim->get(statusUrl).status != 404, 20000);
        const HttpReply r = m_sim->get(statusUrl);
        QCOMPARE(r.status, 500);
        QCOMPARE(r.errorCode(), u"action_script_failure"_s);
    }

    void actionErrors_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("pck");
        QTest::addColumn<QString>("conn");
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<Headers>("extra");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const QString t = u"/action/trigger"_s;
        QTest::newRow("script failure") << t << u"hubspot"_s << u"acme-corp"_s
                                        << actionBody(u"archive-contact"_s, QJsonObject{{u"id"_s, u"101"_s}})
                                        << Headers{} << 500 << u"action_script_failure"_s;
        QTest::newRow("upstream http error")
            << t << u"salesforce"_s << u"initech"_s
            << actionBody(u"update-opportunity"_s, QJsonObject{{u"id"_s, u"0065g00000abcde"_s}}) << Headers{}
            << 424 << u"script_http_error"_s;
        QTest::newRow("disabled") << t << u"slack"_s << u"acme-corp"_s
                                  << actionBody(u"legacy-post"_s, QJsonObject{{u"channel"_s, u"#general"_s},
                                                                              {u"text"_s, u"hi"_s}})
                                  << Headers{} << 404 << u"disabled_resource"_s;
        QTest::newRow("unknown action")
            << t << u"hubspot"_s << u"acme-corp"_s << actionBody(u"no-such-action"_s, QJsonObject{})
            << Headers{} << 404 << u"not_found"_s;
        QTest::newRow("another integration's action")
            << t << u"hubspot"_s << u"acme-corp"_s
            << actionBody(u"create-issue"_s, QJsonObject{{u"title"_s, u"x"_s}}) << Headers{} << 404
            << u"not_found"_s;
        QTest::newRow("input without email")
            << t << u"hubspot"_s << u"acme-corp"_s
            << actionBody(u"create-contact"_s, QJsonObject{{u"first_name"_s, u"A"_s}}) << Headers{} << 400
            << u"invalid_action_input"_s;
        QTest::newRow("input of wrong type")
            << t << u"hubspot"_s << u"acme-corp"_s
            << actionBody(u"create-contact"_s, QJsonObject{{u"email"_s, u"a@b.c"_s}, {u"score"_s, u"high"_s}})
            << Headers{} << 400 << u"invalid_action_input"_s;
        QTest::newRow("any query") << u"/action/trigger?async=true"_s << u"hubspot"_s << u"acme-corp"_s
                                   << actionBody(u"create-contact"_s, QJsonObject{{u"email"_s, u"a@b.c"_s}})
                                   << Headers{} << 400 << u"invalid_query_params"_s;
        QTest::newRow("unknown body field")
            << t << u"hubspot"_s << u"acme-corp"_s
            << QJsonObject{{u"action_name"_s, u"create-contact"_s}, {u"input"_s, QJsonObject{}}, {u"x"_s, 1}}
            << Headers{} << 400 << u"invalid_body"_s;
        QTest::newRow("bad X-Async") << t << u"hubspot"_s << u"acme-corp"_s
                                     << actionBody(u"create-contact"_s, QJsonObject{{u"email"_s, u"a@b.c"_s}})
                                     << Headers{{"X-Async", "maybe"}} << 400 << u"invalid_headers"_s;
        QTest::newRow("X-Max-Retries 6")
            << t << u"hubspot"_s << u"acme-corp"_s
            << actionBody(u"create-contact"_s, QJsonObject{{u"email"_s, u"a@b.c"_s}})
            << Headers{{"X-Max-Retries", "6"}} << 400 << u"invalid_headers"_s;
        QTest::newRow("unknown connection")
            << t << u"hubspot"_s << u"nobody"_s
            << actionBody(u"create-contact"_s, QJsonObject{{u"email"_s, u"a@b.c"_s}}) << Headers{} << 400
            << u"unknown_connection"_s;
    }
    void actionErrors()
    {
        QFETCH(QString, target);
        QFETCH(QString, pck);
        QFETCH(QString, conn);
        QFETCH(QJsonObject, body);
        QFETCH(Headers, extra);
        QFETCH(int, status);
        QFETCH(QString, code);
        const HttpReply r = m_sim->post(target, body, actionHeaders(pck, conn, extra));
        QCOMPARE(r.status, status);
        QCOMPARE(keysOf(r.object()), QStringList{u"error"_s});
        QCOMPARE(r.errorCode(), code);
        if (code == u"action_script_failure") {
            QVERIFY(r.errorMessage().startsWith(u"The action script failed with an error: "_s));
            QVERIFY(r.error().value(u"payload"_s).isObject());
        }
        if (code == u"script_http_error") {
            const QJsonObject upstream = r.error().value(u"upstream"_s).toObject();
            QCOMPARE(keysOf(upstream), (QStringList{u"body"_s, u"headers"_s, u"status"_s}));
            QVERIFY(upstream.value(u"status"_s).toInt() >= 400);
            QVERIFY(r.error().contains(u"payload"_s));
        }
        if (code == u"invalid_action_input")
            QVERIFY(r.error().value(u"payload"_s).isObject());
    }

    void actionNeedsConnectionHeaders()
    {
        const QJsonObject body = actionBody(u"create-contact"_s, QJsonObject{{u"email"_s, u"a@b.c"_s}});
        for (const Headers &h : {Headers{{"Provider-Config-Key", "hubspot"}},
                                 Headers{{"Connection-Id", "acme-corp"}}, Headers{}}) {
            const HttpReply r = m_sim->post(u"/action/trigger"_s, body, h);
            QCOMPARE(r.status, 400);
            QCOMPARE(r.errorCode(), u"invalid_headers"_s);
        }
    }

    void proxyEchoes()
    {
        const Headers h = actionHeaders(u"hubspot"_s, u"acme-corp"_s,
                                        {{"Nango-Proxy-X-Custom", "hello"},
                                         {"nango-proxy-accept", "text/csv"},
                                         {"X-Not-Forwarded", "no"}});
        HttpReply r = m_sim->call("GET", u"/proxy/crm/v3/objects/contacts?limit=10&after=abc"_s, {}, h);
        QCOMPARE(r.status, 200);
        QJsonObject echo = r.object();
        QCOMPARE(echo.value(u"method"_s).toString(), u"GET"_s);
        QCOMPARE(echo.value(u"url"_s).toString(),
                 u"https://api.hubapi.com/crm/v3/objects/contacts?limit=10&after=abc"_s);
        QVERIFY(echo.value(u"body"_s).isNull());
        // Prefixed headers go to the provider without the prefix; others do not go at all.
        QJsonObject forwarded;
        const QJsonObject headers = echo.value(u"headers"_s).toObject();
        for (auto it = headers.begin(); it != headers.end(); ++it)
            forwarded.insert(it.key().toLower(), it.value());
        QCOMPARE(forwarded, (QJsonObject{{u"x-custom"_s, u"hello"_s}, {u"accept"_s, u"text/csv"_s}}));

        for (const QByteArray &method : {QByteArray("POST"), QByteArray("PUT"), QByteArray("PATCH")}) {
            r = m_sim->call(method, u"/proxy/v1/items/42"_s, R"({"name":"x","n":[1,2]})", h);
            QCOMPARE(r.status, 200);
            echo = r.object();
            QCOMPARE(echo.value(u"method"_s).toString(), QString::fromLatin1(method));
            QCOMPARE(echo.value(u"url"_s).toString(), u"https://api.hubapi.com/v1/items/42"_s);
            QCOMPARE(echo.value(u"body"_s).toObject(),
                     (QJsonObject{{u"name"_s, u"x"_s}, {u"n"_s, QJsonArray{1, 2}}}));
        }
        r = m_sim->call("DELETE", u"/proxy/v1/items/42"_s, {}, h);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"method"_s).toString(), u"DELETE"_s);

        Headers over = h;
        over.append(qMakePair(QByteArray("Base-Url-Override"), QByteArray("https://eu.example.org/api")));
        r = m_sim->get(u"/proxy/things"_s, over);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"url"_s).toString(), u"https://eu.example.org/api/things"_s);
    }

    void proxyPassesProviderStatus()
    {
        const Headers h = actionHeaders(u"github"_s, u"acme-corp"_s);
        for (const int status : {404, 429, 503}) {
            const HttpReply r = m_sim->get(u"/proxy/status/%1"_s.arg(status), h);
            QCOMPARE(r.status, status);
            // The provider's body, not a Nango error envelope.
            QVERIFY(!r.object().contains(u"error"_s));
            QCOMPARE(r.object().value(u"method"_s).toString(), u"GET"_s);
        }
    }

    void proxyErrors()
    {
        HttpReply r = m_sim->get(u"/proxy/anything"_s);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), u"invalid_headers"_s);
        r = m_sim->get(u"/proxy/anything"_s, {{"Connection-Id", "acme-corp"}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), u"invalid_headers"_s);
        r = m_sim->get(u"/proxy/anything"_s,
                       actionHeaders(u"hubspot"_s, u"acme-corp"_s, {{"Retry-On", "5xx"}}));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), u"invalid_headers"_s);
        r = m_sim->get(u"/proxy/anything"_s, actionHeaders(u"nope"_s, u"acme-corp"_s));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), u"unknown_provider_config"_s);
        r = m_sim->get(u"/proxy/anything"_s, actionHeaders(u"hubspot"_s, u"nobody"_s));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), u"server_error"_s);
        QCOMPARE(r.errorMessage(), u"Failed to get connection"_s);
    }
};

QTEST_GUILESS_MAIN(TestSimActions)
#include "tst_sim_actions.moc"
