// Writing back: actions (sync and async), their explained failures, the input check, the proxy, the
// histories and "copy as curl", over real loopback HTTP against an in-process nango-sim.
#include "SimHarness.h"
#include "StoreFixture.h"
#include "actions/ActionRunner.h"
#include "actions/InputValidator.h"
#include "actions/ProxyRequest.h"
#include "api/NangoClient.h"
#include "api/ScriptsConfig.h"
#include "cache/ActionStore.h"
#include "cache/CatalogStore.h"
#include "cache/ProxyStore.h"
#include "cache/Store.h"
#include "cache/sqlite/Database.h"
#include "cache/sqlite/Migrations.h"
#include "cache/sqlite/Statement.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

using namespace testsupport;
using namespace Qt::StringLiterals;

namespace {

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestActions : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    std::unique_ptr<Sim> sim;
    std::unique_ptr<nd::Store> store; // a SQLite file, or a PostgreSQL database (the _pg run)
    nd::ActionStore *actions = nullptr;
    nd::ProxyStore *proxies = nullptr;
    nd::NangoClient *client = nullptr;
    qint64 profileId = 0;
    std::optional<nd::ScriptsConfig> config;

    nd::ActionResult runAction(const nd::ActionRequest &request, nd::ActionRunner *runner = nullptr)
    {
        nd::ActionRunner own(client);
        own.setHistory(actions, profileId);
        nd::ActionRunner &r = runner ? *runner : own;
        bool done = false;
        nd::ActionResult result;
        auto connection = connect(&r, &nd::ActionRunner::finished, this, [&](const nd::ActionResult &res) {
            result = res;
            done = true;
        });
        if (!r.run(request))
            qWarning("the runner refused to start");
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 60000); }();
        disconnect(connection);
        return result;
    }

    nd::ProxyResult runProxy(const nd::ProxySpec &spec)
    {
        nd::ProxyRunner runner(client);
        runner.setHistory(proxies, profileId);
        bool done = false;
        nd::ProxyResult result;
        connect(&runner, &nd::ProxyRunner::finished, this, [&](const nd::ProxyResult &r) {
            result = r;
            done = true;
        });
        runner.run(spec);
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 60000); }();
        return result;
    }

    nd::ActionRequest request(const QString &integration, const QString &connection, const QString &action,
                              const QJsonValue &input = QJsonValue::Undefined, bool async = false)
    {
        nd::ActionRequest r;
        r.integration = integration;
        r.connectionId = connection;
        r.action = action;
        r.input = input;
        r.async = async;
        r.pollIntervalMs = 100;
        return r;
    }

    nd::ProxySpec proxySpec(const QByteArray &method, const QString &path)
    {
        nd::ProxySpec s;
        s.method = method;
        s.setPathAndQuery(path);
        s.integration = u"hubspot"_s;
        s.connectionId = u"acme-corp"_s;
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir.isValid());
        sim = std::make_unique<Sim>();
        QVERIFY(sim->started);
        QString error;
        store = nd::Store::open(freshCacheLocation(dir.path()), &error);
        QVERIFY2(store, qPrintable(error));
        profileId = store->catalog().ensureProfile(u"default"_s, sim->url().toString()).id;
        QVERIFY(profileId > 0);
        actions = &store->actions();
        proxies = &store->proxies();
        client = new nd::NangoClient(this);
        client->setBaseUrl(sim->url());
        client->setApiKey(kApiKey);
        client->setBackoff(50, 200);

        nd::ApiCall *call = client->scriptsConfig();
        QSignalSpy done(call, &nd::ApiCall::finished);
        QVERIFY(done.wait(30000));
        QVERIFY2(call->ok(), qPrintable(call->error().userMessage()));
        config = nd::ScriptsConfig::parse(call->body(), &error);
        QVERIFY2(config, qPrintable(error));
    }

    // ---- the cache ----------------------------------------------------------------------------

    void migrationTwoUpgradesAVersionOneCache()
    {
        if (onPostgres())
            QSKIP("SQLite's own migration path (tst_postgres upgrades a PostgreSQL cache)");
        // A cache written before the write-back history existed: schema 1 only.
        const QString path = dir.filePath(u"v1.sqlite"_s);
        sqlite3 *raw = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &raw), SQLITE_OK);
        QCOMPARE(sqlite3_exec(raw, nd::migrations().at(0), nullptr, nullptr, nullptr), SQLITE_OK);
        QCOMPARE(sqlite3_exec(raw, "PRAGMA user_version = 1", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(raw);
        QString error;
        auto upgraded = nd::Database::open(path, &error);
        QVERIFY2(upgraded, qPrintable(error));
        // Every later migration runs too, in order.
        QCOMPARE(upgraded->schemaVersion(), nd::Database::latestSchemaVersion());
        QVERIFY(nd::Database::latestSchemaVersion() >= 2);
        nd::Statement q(upgraded->handle(),
                        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                        "('action_runs', 'proxy_requests')");
        QVERIFY(q.step());
        QCOMPARE(q.int64(0), qint64(2));
    }

    // ---- scripts config -------------------------------------------------------------------------

    void scriptsConfigGivesActionsWithTheirInputSchema()
    {
        const nd::ProviderScripts *hubspot = config->forIntegration(u"hubspot"_s);
        QVERIFY(hubspot);
        QCOMPARE(hubspot->provider, u"hubspot"_s);
        const nd::ActionInfo *create = hubspot->action(u"create-contact"_s);
        QVERIFY(create);
        QCOMPARE(create->inputModel, u"CreateContactInput"_s);
        QCOMPARE(create->outputModel, u"HubspotContact"_s);
        QVERIFY(create->enabled);
        QVERIFY(create->hasInputSchema());
        QCOMPARE(create->inputSchema.value(u"type"_s).toString(), u"object"_s);
        QVERIFY(create->inputSchema.value(u"properties"_s).toObject().contains(u"email"_s));
        QCOMPARE(create->inputSchema.value(u"required"_s).toArray(), QJsonArray{u"email"_s});
        QVERIFY(!create->outputSchema.isEmpty());
        QStringList syncs;
        for (const nd::SyncInfo &s : hubspot->syncs)
            syncs << s.name + u':' + s.models.join(u',');
        QVERIFY2(syncs.contains(u"contacts:HubspotContact"_s), qPrintable(syncs.join(u' ')));

        const nd::ActionInfo *legacy = config->findAction(u"slack"_s, u"legacy-post"_s);
        QVERIFY(legacy);
        QVERIFY(!legacy->enabled);
        QCOMPARE(config->findAction(u"github"_s, u"export-report"_s)->inputModel, u"ExportReportInput"_s);
    }

    void scriptsConfigKeepsTheProviderGrouping()
    {
        // hubspot-eu is a second HubSpot integration: Nango files its scripts under "hubspot".
        QVERIFY(!config->forIntegration(u"hubspot-eu"_s));
        const nd::ProviderScripts *byProvider = config->forProvider(u"hubspot"_s);
        QVERIFY(byProvider);
        QCOMPARE(byProvider->providerConfigKey, u"hubspot"_s);
        int contactsSyncs = 0;
        for (const nd::SyncInfo &s : byProvider->syncs)
            contactsSyncs += s.name == u"contacts" ? 1 : 0;
        QCOMPARE(contactsSyncs, 2); // hubspot's and hubspot-eu's, merged
        QVERIFY(!config->findAction(u"hubspot-eu"_s, u"create-contact"_s));
        QVERIFY(config->findAction(u"hubspot-eu"_s, u"create-contact"_s, u"hubspot"_s));
        QString error;
        QVERIFY(!nd::ScriptsConfig::parse("{\"nope\":1}", &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(nd::ScriptsConfig::parse("[]")->entries().isEmpty());
    }

    // ---- the input check ------------------------------------------------------------------------

    void validatorNamesTheField_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("ok") << QByteArray("{\"title\":\"t\",\"labels\":[\"a\"],\"priority\":\"low\"}")
                            << QString();
        QTest::newRow("missing required") << QByteArray("{\"body\":\"b\"}") << u"\"title\" is required"_s;
        QTest::newRow("wrong type") << QByteArray("{\"title\":5}")
                                    << u"\"title\" must be text, not the number 5"_s;
        QTest::newRow("enum")
            << QByteArray("{\"title\":\"t\",\"priority\":\"urgent\"}")
            << u"\"priority\" must be one of \"low\", \"medium\", \"high\", not \"urgent\""_s;
        QTest::newRow("extra field") << QByteArray("{\"title\":\"t\",\"assignee\":\"x\"}")
                                     << u"\"assignee\" is not a field of this input"_s;
        QTest::newRow("array item") << QByteArray("{\"title\":\"t\",\"labels\":[\"a\",2]}")
                                    << u"\"labels[1]\" must be text"_s;
        QTest::newRow("not an object") << QByteArray("[1]") << u"the input must be an object, not a list"_s;
    }
    void validatorNamesTheField()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, expected);
        const QJsonObject schema = config->findAction(u"github"_s, u"create-issue"_s)->inputSchema;
        const QStringList problems =
            nd::InputValidator::validate(schema, nd::ActionRunner::parseJsonValue(input));
        if (expected.isEmpty()) {
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
            return;
        }
        QVERIFY2(problems.join(u'\n').contains(expected), qPrintable(problems.join(u'\n')));
    }

    void validatorFollowsRefsUnionsAndNumbers()
    {
        const QJsonObject schema = object(
            "{\"$ref\":\"#/definitions/Outer\",\"definitions\":{"
            "\"Outer\":{\"type\":\"object\",\"properties\":{\"inner\":{\"$ref\":\"#/definitions/Inner\"},"
            "\"note\":{\"anyOf\":[{\"type\":\"string\"},{\"type\":\"null\"}]},"
            "\"count\":{\"type\":[\"integer\",\"null\"]},\"ratio\":{\"type\":\"number\"},"
            "\"kind\":{\"const\":\"a\"}},\"required\":[\"inner\"],\"additionalProperties\":false},"
            "\"Inner\":{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\"}},\"required\":["
            "\"id\"]}}}");
        auto problems = [&](const char *json) {
            return nd::InputValidator::validate(schema, nd::ActionRunner::parseJsonValue(json)).join(u'\n');
        };
        QCOMPARE(
            problems("{\"inner\":{\"id\":\"x\"},\"note\":null,\"count\":null,\"ratio\":0.5,\"kind\":\"a\"}"),
            QString());
        QVERIFY(problems("{\"inner\":{}}").contains(u"\"inner.id\" is required"_s));
        QVERIFY(
            problems("{\"inner\":{\"id\":\"x\"},\"note\":3}").contains(u"\"note\" must be text or null"_s));
        QVERIFY(problems("{\"inner\":{\"id\":\"x\"},\"count\":1.5}")
                    .contains(u"\"count\" must be a whole number"_s));
        QVERIFY(
            problems("{\"inner\":{\"id\":\"x\"},\"ratio\":\"1\"}").contains(u"\"ratio\" must be a number"_s));
        QVERIFY(problems("{\"inner\":{\"id\":\"x\"},\"kind\":\"b\"}").contains(u"\"kind\" must be \"a\""_s));
        // No input at all, for an action that has an input model.
        QVERIFY(!nd::InputValidator::validate(schema, QJsonValue::Undefined).isEmpty());
        QVERIFY(nd::InputValidator::validate({}, QJsonValue::Undefined).isEmpty());
        // A self-referencing schema ends.
        const QJsonObject loop =
            object("{\"$ref\":\"#/definitions/A\",\"definitions\":{\"A\":{\"$ref\":\"#/definitions/A\"}}}");
        QVERIFY(nd::InputValidator::validate(loop, QJsonValue(1)).isEmpty());
    }

    void badInputIsRefusedBeforeAnyRequest()
    {
        // A server that only counts: nothing may connect to it.
        QTcpServer counter;
        QVERIFY(counter.listen(QHostAddress::LocalHost));
        int connections = 0;
        connect(&counter, &QTcpServer::newConnection, this, [&]() { ++connections; });
        nd::NangoClient offline;
        offline.setBaseUrl(QUrl(u"http://127.0.0.1:%1"_s.arg(counter.serverPort())));
        offline.setApiKey(kApiKey);
        nd::ActionRunner runner(&offline);
        runner.setHistory(actions, profileId);
        nd::ActionRequest r = request(u"hubspot"_s, u"acme-corp"_s, u"create-contact"_s,
                                      object("{\"email\":42,\"nickname\":\"ada\",\"score\":\"high\"}"));
        r.inputSchema = config->findAction(u"hubspot"_s, u"create-contact"_s)->inputSchema;
        const nd::ActionResult result = runAction(r, &runner);
        QVERIFY(!result.ok);
        QCOMPARE(result.failure.kind, nd::ActionFailure::Kind::InvalidInput);
        QVERIFY(!result.failure.sent);
        QCOMPARE(result.failure.validation.size(), 3);
        const QString message = result.failure.message;
        QVERIFY2(message.contains(u"\"email\" must be text"_s), qPrintable(message));
        QVERIFY2(message.contains(u"\"nickname\" is not a field"_s), qPrintable(message));
        QVERIFY2(message.contains(u"\"score\" must be a whole number"_s), qPrintable(message));
        QCoreApplication::processEvents();
        QCOMPARE(connections, 0);
        QVERIFY(!counter.hasPendingConnections());
        QCOMPARE(offline.inFlight(), 0);
        const auto row = actions->find(result.historyId);
        QVERIFY(row);
        QCOMPARE(row->status, u"refused"_s);
        QCOMPARE(row->errorCode, u"invalid_input_local"_s);
    }

    // ---- actions against nango-sim --------------------------------------------------------------

    void synchronousActionReturnsItsOutput()
    {
        nd::ActionRequest r =
            request(u"hubspot"_s, u"acme-corp"_s, u"create-contact"_s,
                    object("{\"email\":\"ada@example.com\",\"first_name\":\"Ada\",\"score\":7}"));
        r.inputSchema = config->findAction(u"hubspot"_s, u"create-contact"_s)->inputSchema;
        const nd::ActionResult result = runAction(r);
        QVERIFY2(result.ok, qPrintable(result.failure.message));
        QCOMPARE(result.httpStatus, 200);
        QCOMPARE(result.output.toObject().value(u"email"_s).toString(), u"ada@example.com"_s);
        QVERIFY(!result.output.toObject().value(u"id"_s).toString().isEmpty());
        QVERIFY(result.asyncId.isEmpty());

        const auto row = actions->find(result.historyId);
        QVERIFY(row);
        QCOMPARE(row->status, u"ok"_s);
        QCOMPARE(row->profileId, profileId);
        QCOMPARE(row->integration, u"hubspot"_s);
        QCOMPARE(row->connectionId, u"acme-corp"_s);
        QCOMPARE(row->action, u"create-contact"_s);
        QCOMPARE(QJsonDocument::fromJson(row->inputJson).object(), r.input.toObject());
        QCOMPARE(QJsonDocument::fromJson(row->outputJson).object(), result.output.toObject());
        QVERIFY(!row->async);
        QCOMPARE(row->httpStatus, 200);
        QVERIFY(row->error.isEmpty());
    }

    void asynchronousActionIsPolledToCompletion()
    {
        nd::ActionRunner runner(client);
        runner.setHistory(actions, profileId);
        QStringList accepted;
        int polls = 0;
        connect(&runner, &nd::ActionRunner::accepted, this, [&](const QString &id) { accepted << id; });
        connect(&runner, &nd::ActionRunner::polled, this, [&](int n) { polls = n; });
        const nd::ActionResult result = runAction(
            request(u"github"_s, u"acme-corp"_s, u"export-report"_s, object("{\"format\":\"csv\"}"), true),
            &runner);
        QVERIFY2(result.ok, qPrintable(result.failure.message));
        QCOMPARE(accepted.size(), 1);
        QCOMPARE(result.asyncId, accepted.constFirst());
        // The slow action answers 404 not_found at least once before its result.
        QVERIFY(polls >= 2);
        QCOMPARE(result.polls, polls);
        QCOMPARE(result.output.toObject().value(u"success"_s).toBool(), true);
        const auto row = actions->find(result.historyId);
        QVERIFY(row);
        QVERIFY(row->async);
        QCOMPARE(row->asyncId, result.asyncId);
        QCOMPARE(row->status, u"ok"_s);
    }

    void failuresAreExplained_data()
    {
        QTest::addColumn<QString>("integration");
        QTest::addColumn<QString>("connection");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<bool>("async");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QStringList>("words");
        using K = nd::ActionFailure::Kind;
        QTest::newRow("script failure")
            << u"hubspot"_s << u"acme-corp"_s << u"archive-contact"_s << QByteArray("{\"id\":\"1\"}") << false
            << int(K::ScriptFailed) << u"action_script_failure"_s
            << QStringList{u"script failed"_s, u"Contact is locked by another process"_s};
        QTest::newRow("script failure, async")
            << u"hubspot"_s << u"acme-corp"_s << u"archive-contact"_s << QByteArray("{\"id\":\"1\"}") << true
            << int(K::ScriptFailed) << u"action_script_failure"_s
            << QStringList{u"Contact is locked by another process"_s};
        QTest::newRow("provider error 424")
            << u"salesforce"_s << u"initech"_s << u"update-opportunity"_s << QByteArray("{\"id\":\"006\"}")
            << false << int(K::UpstreamHttp) << u"script_http_error"_s
            << QStringList{u"provider answered 409"_s, u"entity is deleted"_s};
        QTest::newRow("disabled") << u"slack"_s << u"acme-corp"_s << u"legacy-post"_s
                                  << QByteArray("{\"channel\":\"c\",\"text\":\"t\"}") << false
                                  << int(K::Disabled) << u"disabled_resource"_s
                                  << QStringList{u"is disabled in Nango"_s, u"Enable it"_s};
        QTest::newRow("unknown action")
            << u"hubspot"_s << u"acme-corp"_s << u"merge-contacts"_s << QByteArray() << false
            << int(K::NotFound) << u"not_found"_s << QStringList{u"no action \"merge-contacts\""_s};
        QTest::newRow("unknown connection")
            << u"hubspot"_s << u"nobody"_s << u"create-contact"_s << QByteArray("{\"email\":\"a@b.c\"}")
            << false << int(K::UnknownConnection) << u"unknown_connection"_s
            << QStringList{u"no connection \"nobody\""_s};
        QTest::newRow("unknown integration")
            << u"zendesk"_s << u"acme-corp"_s << u"create-ticket"_s << QByteArray() << false
            << int(K::UnknownIntegration) << u"unknown_provider"_s
            << QStringList{u"no integration \"zendesk\""_s};
        QTest::newRow("input refused by Nango")
            << u"hubspot"_s << u"acme-corp"_s << u"create-contact"_s << QByteArray("{\"first_name\":\"Ada\"}")
            << false << int(K::InvalidInput) << u"invalid_action_input"_s
            << QStringList{u"refused the input"_s, u"email"_s};
    }
    void failuresAreExplained()
    {
        QFETCH(QString, integration);
        QFETCH(QString, connection);
        QFETCH(QString, action);
        QFETCH(QByteArray, input);
        QFETCH(bool, async);
        QFETCH(int, kind);
        QFETCH(QString, code);
        QFETCH(QStringList, words);
        // No local schema: these reach the server, which explains.
        const nd::ActionResult result = runAction(
            request(integration, connection, action, nd::ActionRunner::parseJsonValue(input), async));
        QVERIFY(!result.ok);
        QVERIFY(result.failure.sent);
        QCOMPARE(int(result.failure.kind), kind);
        QCOMPARE(result.failure.code, code);
        for (const QString &w : words)
            QVERIFY2(result.failure.message.contains(w), qPrintable(result.failure.message));
        if (code == u"script_http_error") {
            QCOMPARE(result.httpStatus, 424);
            QCOMPARE(result.failure.upstreamStatus, 409);
            QVERIFY(result.failure.upstreamBody.isArray());
        }
        if (code == u"invalid_action_input")
            QVERIFY(!result.failure.validation.isEmpty());
        if (code == u"action_script_failure")
            QCOMPARE(result.failure.scriptMessage,
                     u"Contact is locked by another process and cannot be archived"_s);
        const auto row = actions->find(result.historyId);
        QVERIFY(row);
        QCOMPARE(row->status, u"failed"_s);
        QCOMPARE(row->errorCode, code);
        QCOMPARE(row->error, result.failure.message);
        QCOMPARE(row->async, async);
        QVERIFY(row->outputJson.isEmpty());
    }

    void historyQueriesFilter()
    {
        const QList<nd::ActionRun> all = actions->history(profileId);
        QVERIFY(all.size() >= 10);
        for (int i = 1; i < all.size(); ++i)
            QVERIFY(all.at(i - 1).id > all.at(i).id); // newest first
        nd::ActionRunFilter failed;
        failed.status = u"failed"_s;
        failed.integration = u"hubspot"_s;
        const QList<nd::ActionRun> some = actions->history(profileId, failed);
        QVERIFY(!some.isEmpty());
        for (const nd::ActionRun &r : some)
            QVERIFY(r.status == u"failed" && r.integration == u"hubspot");
        nd::ActionRunFilter one;
        one.limit = 1;
        QCOMPARE(actions->history(profileId, one).size(), 1);
        QVERIFY(actions->history(profileId + 100).isEmpty());
    }

    // ---- proxy ----------------------------------------------------------------------------------

    void proxyHeadersArePrefixedForTheProvider()
    {
        nd::ProxySpec s = proxySpec("GET", u"/crm/v3/objects/contacts?limit=5&q=a+b"_s);
        s.headers = {{"X-Trace", "t-1"}, {"nango-proxy-x-already", "2"}, {"Decompress", "true"}};
        s.retries = 3;
        s.retryOn = u"409,423"_s;
        const nd::ApiRequest r = s.toApiRequest();
        QCOMPARE(r.path, u"/proxy/crm/v3/objects/contacts"_s);
        QStringList names;
        for (const auto &[name, value] : r.headers)
            names << QString::fromLatin1(name);
        QCOMPARE(names,
                 (QStringList{u"Connection-Id"_s, u"Provider-Config-Key"_s, u"Nango-Proxy-X-Trace"_s,
                              u"nango-proxy-x-already"_s, u"Decompress"_s, u"Retries"_s, u"Retry-On"_s}));

        const nd::ProxyResult result = runProxy(s);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.status, 200);
        QCOMPARE(result.statusLine(), u"HTTP 200 OK"_s);
        QVERIFY(!result.nangoError);
        QVERIFY(result.message.isEmpty());
        QCOMPARE(result.size, result.body.size());
        const QJsonObject echo = QJsonDocument::fromJson(result.body).object();
        const QJsonObject forwarded = echo.value(u"headers"_s).toObject();
        QCOMPARE(forwarded.value(u"x-trace"_s).toString(), u"t-1"_s);
        QCOMPARE(forwarded.value(u"x-already"_s).toString(), u"2"_s);
        QVERIFY(!forwarded.contains(u"decompress"_s));
        QCOMPARE(echo.value(u"retries"_s).toInt(), 3);
        QCOMPARE(echo.value(u"method"_s).toString(), u"GET"_s);
        QCOMPARE(echo.value(u"url"_s).toString(),
                 u"https://api.hubapi.com/crm/v3/objects/contacts?limit=5&q=a%20b"_s);
        bool providerHeader = false;
        for (const auto &[name, value] : result.headers)
            providerHeader =
                providerHeader || name.compare("X-Provider-Request-Id", Qt::CaseInsensitive) == 0;
        QVERIFY(providerHeader);
        QVERIFY(result.prettyBody().contains("\n    \"headers\""));
    }

    void proxyBodyAndBaseUrlOverrideGoThrough()
    {
        nd::ProxySpec s = proxySpec("PATCH", u"/crm/v3/objects/contacts/1"_s);
        s.body = "{\"properties\":{\"firstname\":\"Ada\"}}";
        s.baseUrlOverride = u"https://api.eu1.hubapi.com"_s;
        const nd::ProxyResult result = runProxy(s);
        QVERIFY2(result.ok(), qPrintable(result.message));
        const QJsonObject echo = QJsonDocument::fromJson(result.body).object();
        QCOMPARE(echo.value(u"method"_s).toString(), u"PATCH"_s);
        QCOMPARE(echo.value(u"body"_s).toObject(), object("{\"properties\":{\"firstname\":\"Ada\"}}"));
        QCOMPARE(echo.value(u"url"_s).toString(), u"https://api.eu1.hubapi.com/crm/v3/objects/contacts/1"_s);
    }

    void proxyReportsTheProvidersStatus()
    {
        const nd::ProxyResult result = runProxy(proxySpec("GET", u"/status/404"_s));
        QVERIFY(result.answered);
        QVERIFY(!result.nangoError);
        QVERIFY(!result.ok());
        QCOMPARE(result.status, 404);
        QCOMPARE(result.statusLine(), u"HTTP 404 Not Found"_s);
        QVERIFY2(result.message.contains(u"provider answered 404"_s), qPrintable(result.message));
        QVERIFY(result.body.contains("The provider answered 404"));
        // A 5xx from the provider is its answer too, not a reason to send again.
        const nd::ProxyResult five = runProxy(proxySpec("POST", u"/status/503"_s));
        QCOMPARE(five.status, 503);
        QVERIFY(!five.nangoError);
    }

    void proxyExplainsNangosOwnErrors_data()
    {
        QTest::addColumn<QString>("integration");
        QTest::addColumn<QString>("connection");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("words");
        QTest::newRow("unknown integration")
            << u"zendesk"_s << u"acme-corp"_s << 404 << u"no integration \"zendesk\""_s;
        QTest::newRow("unknown connection")
            << u"hubspot"_s << u"nobody"_s << 400 << u"could not get the connection \"nobody\""_s;
    }
    void proxyExplainsNangosOwnErrors()
    {
        QFETCH(QString, integration);
        QFETCH(QString, connection);
        QFETCH(int, status);
        QFETCH(QString, words);
        nd::ProxySpec s = proxySpec("GET", u"/crm/v3/objects/contacts"_s);
        s.integration = integration;
        s.connectionId = connection;
        const nd::ProxyResult result = runProxy(s);
        QCOMPARE(result.status, status);
        QVERIFY(result.nangoError);
        QVERIFY(!result.ok());
        QVERIFY2(result.message.contains(words), qPrintable(result.message));
    }

    void proxyRefusesWhatNangoWouldRefuse_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("retry-on") << u"Retry-On"_s;
        QTest::newRow("base url") << u"Base-Url-Override"_s;
        QTest::newRow("method") << u"method"_s;
        QTest::newRow("body") << u"body"_s;
        QTest::newRow("header") << u"header"_s;
    }
    void proxyRefusesWhatNangoWouldRefuse()
    {
        QFETCH(QString, field);
        nd::ProxySpec s = proxySpec("GET", u"/x"_s);
        if (field == u"Retry-On")
            s.retryOn = u"409;423"_s;
        else if (field == u"Base-Url-Override")
            s.baseUrlOverride = u"not a url"_s;
        else if (field == u"method")
            s.method = "FETCH";
        else if (field == u"body")
            s.body = "{not json";
        else
            s.headers = {{"Bad Name", "x"}};
        QVERIFY2(s.problem().contains(field), qPrintable(s.problem()));
        const qint64 before = proxies->history(profileId, {QString(), QString(), 1000}).size();
        const nd::ProxyResult result = runProxy(s);
        QVERIFY(!result.answered);
        QVERIFY(result.message.startsWith(u"Not sent"_s));
        QCOMPARE(proxies->history(profileId, {QString(), QString(), 1000}).size(), before);
    }

    void proxyHistoryKeepsRequestAndAnswerButNoCredentials()
    {
        nd::ProxySpec s = proxySpec("POST", u"/crm/v3/objects/notes?archived=false"_s);
        s.headers = {{"X-Trace", "t-2"}, {"Authorization", "Bearer provider-token-123"}};
        s.body = "{\"note\":\"hello\"}";
        s.retries = 1;
        const nd::ProxyResult result = runProxy(s);
        QVERIFY(result.ok());
        const auto row = proxies->find(result.historyId);
        QVERIFY(row);
        QCOMPARE(row->profileId, profileId);
        QCOMPARE(row->integration, u"hubspot"_s);
        QCOMPARE(row->connectionId, u"acme-corp"_s);
        QCOMPARE(row->method, QByteArray("POST"));
        QCOMPARE(row->path, u"/crm/v3/objects/notes"_s);
        QCOMPARE(row->query, QByteArray("archived=false"));
        QCOMPARE(row->requestBody, s.body);
        QCOMPARE(row->retries, 1);
        QCOMPARE(row->status, 200);
        QCOMPARE(row->responseBody, result.body);
        QCOMPARE(row->responseSize, result.size);
        QVERIFY(!row->bodyTruncated());
        QVERIFY(!row->responseHeaders.isEmpty());
        QCOMPARE(row->requestHeaders.size(), 2);
        QCOMPARE(row->requestHeaders.at(0).second, QByteArray("t-2"));
        QCOMPARE(row->requestHeaders.at(1).second, QByteArray("***"));
        const auto failed = proxies->history(profileId, {u"zendesk"_s, QString(), 10});
        QVERIFY(!failed.isEmpty());
        QVERIFY(failed.constFirst().nangoError);
        QVERIFY(!failed.constFirst().error.isEmpty());
        // The token the person sent is not kept with the request (nango-sim's echo puts it in the
        // answer's body, which is the provider's to say).
        auto stored = store->db().prepare("SELECT request_headers_json FROM proxy_requests WHERE id = ?1");
        stored->bind(1, result.historyId);
        QVERIFY(stored->step());
        QVERIFY(!stored->bytes(0).contains("provider-token-123"));
        // Nothing the cache holds has the API key: every text and byte column of both histories.
        for (const char *sql :
             {"SELECT request_headers_json, request_body, response_headers_json, response_body, "
              "error FROM proxy_requests",
              "SELECT input_json, output_json, error, error_code, async_id FROM action_runs"}) {
            auto q = store->db().prepare(sql);
            while (q->step())
                for (int c = 0; c < 5; ++c)
                    QVERIFY2(!q->bytes(c).contains(kApiKey), sql);
        }
    }

    void aKeyTypedAnywhereIsMaskedInTheHistory()
    {
        // A neutrally named header and the body: no name says "secret", the key is still masked.
        nd::ProxySpec s = proxySpec("POST", u"/crm/v3/objects/notes"_s);
        s.headers = {{"X-Foo", "k=" + kApiKey}};
        s.body = "{\"note\":\"my key is " + kApiKey + "\"}";
        const nd::ProxyResult result = runProxy(s);
        QVERIFY(result.ok());
        const auto row = proxies->find(result.historyId);
        QVERIFY(row);
        QCOMPARE(row->requestHeaders.size(), 1);
        QVERIFY(!row->requestHeaders.at(0).second.contains(kApiKey));
        QVERIFY(row->requestHeaders.at(0).second.startsWith("k="));
        QVERIFY(!row->requestBody.contains(kApiKey));
        QVERIFY(row->requestBody.startsWith("{\"note\":\"my key is "));
        auto q = store->db().prepare("SELECT request_headers_json, request_body, response_headers_json, "
                                     "response_body, error FROM proxy_requests WHERE id = ?1");
        q->bind(1, result.historyId);
        QVERIFY(q->step());
        for (int c = 0; c < 5; ++c)
            QVERIFY2(!q->bytes(c).contains(kApiKey), qPrintable(QString::number(c)));
    }

    void curlHasTheVariableNeverTheKey()
    {
        nd::ProxySpec s = proxySpec("POST", u"/crm/v3/objects/contacts?limit=1"_s);
        // Even a key pasted by mistake into a header is masked.
        s.headers = {{"X-Note", "it's " + kApiKey}};
        s.body = "{\"name\":\"O'Brien\"}";
        s.retries = 2;
        const QString curl = nd::ProxyRunner::curlCommand(sim->url(), s);
        QVERIFY2(curl.contains(u"Authorization: Bearer $NANGO_SECRET_KEY"_s), qPrintable(curl));
        QVERIFY2(!curl.contains(QString::fromLatin1(kApiKey), Qt::CaseInsensitive), qPrintable(curl));
        QVERIFY(curl.contains(u"'Nango-Proxy-X-Note: "_s));
        QVERIFY(curl.contains(u"'Retries: 2'"_s));
        QVERIFY(curl.contains(u"/proxy/crm/v3/objects/contacts?limit=1"_s));

        // The text is a working command: the shell fills the key in.
        if (QStandardPaths::findExecutable(u"curl"_s).isEmpty() ||
            QStandardPaths::findExecutable(u"sh"_s).isEmpty())
            QSKIP("curl or sh is not installed");
        s.headers = {{"X-Note", "it's fine"}};
        QProcess shell;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"NANGO_SECRET_KEY"_s, QString::fromLatin1(kApiKey));
        shell.setProcessEnvironment(env);
        shell.start(u"sh"_s, {u"-c"_s, nd::ProxyRunner::curlCommand(sim->url(), s) + u" --silent"_s});
        QVERIFY(shell.waitForStarted());
        // The simulator answers from this thread's event loop.
        QTRY_VERIFY_WITH_TIMEOUT(shell.state() == QProcess::NotRunning, 30000);
        QCOMPARE(shell.exitCode(), 0);
        const QJsonObject echo = QJsonDocument::fromJson(shell.readAllStandardOutput()).object();
        QCOMPARE(echo.value(u"method"_s).toString(), u"POST"_s);
        QCOMPARE(echo.value(u"headers"_s).toObject().value(u"x-note"_s).toString(), u"it's fine"_s);
        QCOMPARE(echo.value(u"retries"_s).toInt(), 2);
        QCOMPARE(echo.value(u"body"_s).toObject().value(u"name"_s).toString(), u"O'Brien"_s);
    }

    // ---- waiting ends -----------------------------------------------------------------------------
    // Last: the slow action they leave behind keeps nango-sim's async queue busy a while.

    void asyncActionTimesOut()
    {
        nd::ActionRequest r =
            request(u"github"_s, u"acme-corp"_s, u"export-report"_s, object("{\"format\":\"json\"}"), true);
        r.timeoutMs = 300; // the action takes seconds
        const nd::ActionResult result = runAction(r);
        QVERIFY(!result.ok);
        QCOMPARE(result.failure.kind, nd::ActionFailure::Kind::Timeout);
        QVERIFY(!result.asyncId.isEmpty());
        QVERIFY2(result.failure.message.contains(result.asyncId), qPrintable(result.failure.message));
        QCOMPARE(actions->find(result.historyId)->status, u"timeout"_s);
    }

    void asyncActionCanBeCancelled()
    {
        nd::ActionRunner runner(client);
        runner.setHistory(actions, profileId);
        connect(&runner, &nd::ActionRunner::accepted, &runner, &nd::ActionRunner::cancel);
        const nd::ActionResult result = runAction(
            request(u"github"_s, u"acme-corp"_s, u"export-report"_s, object("{\"format\":\"csv\"}"), true),
            &runner);
        QVERIFY(!result.ok);
        QCOMPARE(result.failure.kind, nd::ActionFailure::Kind::Cancelled);
        QVERIFY(result.failure.message.contains(u"Nango keeps running it"_s));
        QVERIFY(!runner.isRunning());
        QCOMPARE(actions->find(result.historyId)->status, u"cancelled"_s);
        // The runner can run again.
        const nd::ActionResult again = runAction(
            request(u"hubspot"_s, u"acme-corp"_s, u"create-contact"_s, object("{\"email\":\"b@c.d\"}")),
            &runner);
        QVERIFY2(again.ok, qPrintable(again.failure.message));
    }
};

QTEST_GUILESS_MAIN(TestActions)
#include "tst_actions.moc"
