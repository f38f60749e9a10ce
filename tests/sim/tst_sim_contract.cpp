// nango-sim against the contract (../shared/nango-contract.md): authentication, the error envelope,
// integrations, connections, scripts config, rate limiting, injected faults and unknown routes.
#include "SimHarness.h"

#include <QDateTime>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace simtest;

class TestSimContract : public QObject
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

    // {"error":{"code","message",...}} and nothing else at the top level.
    static void verifyEnvelope(const HttpReply &r, int status, const QString &code)
    {
        QCOMPARE(r.status, status);
        QVERIFY2(r.isJson, r.body.constData());
        QCOMPARE(keysOf(r.object()), QStringList{u"error"_s});
        QVERIFY(r.object().value(u"error"_s).isObject());
        QCOMPARE(r.errorCode(), code);
    }

private slots:
    void init()
    {
        m_sim = std::make_unique<Sim>();
        QVERIFY(m_sim->start());
    }
    void cleanup() { m_sim.reset(); }

    void healthNeedsNoAuth()
    {
        const HttpReply r = m_sim->get(u"/health"_s, {}, false);
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("Content-Type").startsWith("application/json"));
        QCOMPARE(r.object(), (QJsonObject{{u"result"_s, u"ok"_s}}));
    }

    void authErrors_data()
    {
        QTest::addColumn<bool>("send");
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing")
            << false << QByteArray() << u"missing_auth_header"_s
            << u"Authentication failed. The request is missing the Authorization header."_s;
        // req.get() gives '' for an empty header: the same `!authorizationHeader` branch.
        QTest::newRow("empty")
            << true << QByteArray("") << u"missing_auth_header"_s
            << u"Authentication failed. The request is missing the Authorization header."_s;
        // "Bearer " reaches the server as "Bearer": HTTP parsing trims header values (llhttp does
        // it in Node too), so split('Bearer ').pop() gives "Bearer", which is not a UUID v4.
        // malformed_auth_header needs a value that ends in "Bearer ", which cannot survive the trim.
        QTest::newRow("bearer and nothing")
            << true << QByteArray("Bearer ") << u"invalid_secret_key_format"_s
            << u"Authentication failed. The provided secret key is not a UUID v4."_s;
        QTest::newRow("bearer and spaces")
            << true << QByteArray("Bearer   ") << u"invalid_secret_key_format"_s << QString();
        QTest::newRow("not a uuid") << true << QByteArray("Bearer abc") << u"invalid_secret_key_format"_s
                                    << QString();
        QTest::newRow("uuid v1") << true << QByteArray("Bearer 3f0c6a52-9d1e-1b7a-8c2f-5e6d7a8b9c01")
                                 << u"invalid_secret_key_format"_s << QString();
        QTest::newRow("unknown v4") << true << QByteArray("Bearer 0b0e1c7a-2f4d-4c6e-a1b2-c3d4e5f60718")
                                    << u"unknown_account"_s << QString();
    }
    void authErrors()
    {
        QFETCH(bool, send);
        QFETCH(QByteArray, authorization);
        QFETCH(QString, code);
        QFETCH(QString, message);
        const Headers headers = send ? Headers{{"Authorization", authorization}} : Headers{};
        const HttpReply r = m_sim->get(u"/integrations"_s, headers, false);
        verifyEnvelope(r, 401, code);
        if (QTest::currentTestFailed())
            return;
        // errorManager.errRes: message and an empty payload.
        QVERIFY(!r.errorMessage().isEmpty());
        if (!message.isEmpty())
            QCOMPARE(r.errorMessage(), message);
        QCOMPARE(r.error().value(u"payload"_s), QJsonValue(QJsonObject{}));
        QVERIFY(!r.hasHeader("X-RateLimit-Limit"));
    }

    void authAcceptsRawKeyAndLastBearer_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::newRow("bearer") << QByteArray("Bearer " + kSecretKey.toLatin1());
        // split('Bearer ').pop(): no prefix means the whole header is the key...
        QTest::newRow("raw key") << QByteArray(kSecretKey.toLatin1());
        // ...and with several, the text after the last one counts.
        QTest::newRow("last bearer") << QByteArray("Token Bearer " + kSecretKey.toLatin1());
        QTest::newRow("upper-case key") << kSecretKey.toUpper().toLatin1();
    }
    void authAcceptsRawKeyAndLastBearer()
    {
        QFETCH(QByteArray, authorization);
        const HttpReply r = m_sim->get(u"/integrations"_s, {{"Authorization", authorization}}, false);
        QCOMPARE(r.status, 200);
        QVERIFY(r.object().value(u"data"_s).isArray());
    }

    void listIntegrations()
    {
        const HttpReply r = m_sim->get(u"/integrations"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(keysOf(r.object()), QStringList{u"data"_s});
        const QJsonArray data = r.object().value(u"data"_s).toArray();
        QStringList keys;
        for (const QJsonValue &v : data) {
            const QJsonObject i = v.toObject();
            keys.append(i.value(u"unique_key"_s).toString());
            QCOMPARE(keysOf(i), (QStringList{u"created_at"_s, u"display_name"_s, u"forward_webhooks"_s,
                                             u"logo"_s, u"provider"_s, u"unique_key"_s, u"updated_at"_s}));
            QVERIFY(!i.value(u"provider"_s).toString().isEmpty());
            QVERIFY(!i.value(u"display_name"_s).toString().isEmpty());
            QVERIFY(i.value(u"forward_webhooks"_s).isBool());
            QVERIFY(i.value(u"logo"_s).toString().endsWith(
                QString(u"/images/template-logos/"_s + i.value(u"provider"_s).toString() + u".svg"_s)));
            QVERIFY2(isIsoZ(i.value(u"created_at"_s).toString()),
                     qPrintable(i.value(u"created_at"_s).toString()));
            QVERIFY(isIsoZ(i.value(u"updated_at"_s).toString()));
        }
        QCOMPARE(keys,
                 (QStringList{u"hubspot"_s, u"github"_s, u"salesforce"_s, u"hubspot-eu"_s, u"slack"_s}));
    }

    void listIntegrationsRejectsAnyQuery_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("unknown") << u"foo=bar"_s;
        QTest::newRow("include") << u"include=webhook"_s;
        QTest::newRow("limit") << u"limit=10"_s;
    }
    void listIntegrationsRejectsAnyQuery()
    {
        QFETCH(QString, query);
        const HttpReply r = m_sim->get(QString(u"/integrations?"_s + query));
        verifyEnvelope(r, 400, u"invalid_query_params"_s);
        QVERIFY(r.error().value(u"errors"_s).isArray());
        QVERIFY(!r.error().value(u"errors"_s).toArray().isEmpty());
    }

    void getIntegration()
    {
        HttpReply r = m_sim->get(u"/integrations/github"_s);
        QCOMPARE(r.status, 200);
        QJsonObject data = r.object().value(u"data"_s).toObject();
        QCOMPARE(data.value(u"unique_key"_s).toString(), u"github"_s);
        QCOMPARE(data.value(u"provider"_s).toString(), u"github"_s);
        QVERIFY(!data.contains(u"webhook_url"_s));
        QVERIFY(!data.contains(u"credentials"_s));

        r = m_sim->get(u"/integrations/github?include=webhook"_s);
        QCOMPARE(r.status, 200);
        data = r.object().value(u"data"_s).toObject();
        QVERIFY(data.value(u"webhook_url"_s).toString().startsWith(u"http"_s));
        QVERIFY(!data.contains(u"credentials"_s));

        r = m_sim->get(u"/integrations/github?include=webhook&include=credentials"_s);
        QCOMPARE(r.status, 200);
        data = r.object().value(u"data"_s).toObject();
        QVERIFY(data.contains(u"webhook_url"_s));
        QVERIFY(data.value(u"credentials"_s).isObject());

        verifyEnvelope(m_sim->get(u"/integrations/github?include=banana"_s), 400, u"invalid_query_params"_s);
        verifyEnvelope(m_sim->get(u"/integrations/github?other=1"_s), 400, u"invalid_query_params"_s);
        r = m_sim->get(u"/integrations/no-such-integration"_s);
        verifyEnvelope(r, 404, u"not_found"_s);
        QVERIFY(!r.errorMessage().isEmpty());
    }

    void listConnectionsShapeAndOrder()
    {
        const HttpReply r = m_sim->get(u"/connections"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(keysOf(r.object()), QStringList{u"connections"_s});
        const QJsonArray list = r.object().value(u"connections"_s).toArray();
        QCOMPARE(list.size(), 6);
        qint64 previous = std::numeric_limits<qint64>::max();
        int previousId = std::numeric_limits<int>::max();
        bool sawFraction = false;
        static const QRegularExpression fraction(u"\\.(\\d+)\\+00:00$"_s);
        for (const QJsonValue &v : list) {
            const QJsonObject c = v.toObject();
            QCOMPARE(keysOf(c),
                     (QStringList{u"connection_id"_s, u"created"_s, u"end_user"_s, u"errors"_s, u"id"_s,
                                  u"metadata"_s, u"provider"_s, u"provider_config_key"_s, u"tags"_s}));
            QVERIFY(c.value(u"id"_s).isDouble());
            QVERIFY(c.value(u"errors"_s).isArray());
            QVERIFY(c.value(u"tags"_s).isObject());
            QVERIFY(c.value(u"end_user"_s).isNull() || c.value(u"end_user"_s).isObject());
            // Straight from row_to_json, +00:00 and never Z, of a value Nango stored from a JavaScript
            // Date: milliseconds at most.
            const QString created = c.value(u"created"_s).toString();
            QVERIFY2(isPostgresTimestamp(created, u"+00:00"_s), qPrintable(created));
            const auto m = fraction.match(created);
            QVERIFY2(!m.hasMatch() || m.captured(1).size() <= 3, qPrintable(created));
            sawFraction = sawFraction || m.hasMatch();
            // created_at DESC, id DESC
            const auto us = parseTimestampUs(created);
            QVERIFY(us);
            const int id = c.value(u"id"_s).toInt();
            QVERIFY(*us < previous || (*us == previous && id < previousId));
            previous = *us;
            previousId = id;
        }
        QVERIFY(sawFraction);

        const QJsonObject first = list.first().toObject();
        QCOMPARE(first.value(u"provider_config_key"_s).toString(), u"slack"_s);
        const QJsonObject salesforce = list.at(2).toObject();
        QCOMPARE(salesforce.value(u"connection_id"_s).toString(), u"initech"_s);
        QCOMPARE(salesforce.value(u"errors"_s).toArray().first().toObject().value(u"type"_s).toString(),
                 u"auth"_s);

        // The legacy route is the same handler.
        const HttpReply legacy = m_sim->get(u"/connection"_s);
        QCOMPARE(legacy.status, 200);
        QCOMPARE(legacy.object(), r.object());
    }

    void listConnectionsPaging()
    {
        const QJsonArray all = m_sim->get(u"/connections"_s).object().value(u"connections"_s).toArray();
        QCOMPARE(all.size(), 6);
        for (const int limit : {1, 2, 4, 6}) {
            QJsonArray paged;
            int pages = 0;
            for (int page = 0;; ++page) {
                const HttpReply r = m_sim->get(u"/connections?limit=%1&page=%2"_s.arg(limit).arg(page));
                QCOMPARE(r.status, 200);
                const QJsonArray items = r.object().value(u"connections"_s).toArray();
                QVERIFY(items.size() <= limit);
                for (const QJsonValue &v : items)
                    paged.append(v);
                ++pages;
                if (items.size() < limit)
                    break; // no total and no next link: a short page is the end
                QVERIFY(pages < 20);
            }
            QCOMPARE(paged, all);
            QCOMPARE(pages, 6 / limit + 1);
        }
        const HttpReply legacy = m_sim->get(u"/connection?limit=2&page=1"_s);
        QCOMPARE(legacy.status, 200);
        QCOMPARE(legacy.object().value(u"connections"_s).toArray(), (QJsonArray{all.at(2), all.at(3)}));

        QCOMPARE(m_sim->get(u"/connections?limit=2000"_s).status, 200);
        verifyEnvelope(m_sim->get(u"/connections?limit=0"_s), 400, u"invalid_query_params"_s);
        verifyEnvelope(m_sim->get(u"/connections?limit=2001"_s), 400, u"invalid_query_params"_s);
        verifyEnvelope(m_sim->get(u"/connections?page=-1"_s), 400, u"invalid_query_params"_s);
        verifyEnvelope(m_sim->get(u"/connections?sort=asc"_s), 400, u"invalid_query_params"_s);
        verifyEnvelope(m_sim->get(u"/connection?unknown=1"_s), 400, u"invalid_query_params"_s);
    }

    void listConnectionsFilters_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected"); // "<integration>/<connection>" in list order
        QTest::newRow("search connection id")
            << u"search=acme"_s
            << QStringList{u"slack/acme-corp"_s, u"github/acme-corp"_s, u"hubspot/acme-corp"_s};
        QTest::newRow("search end user name, any case")
            << u"search=lovelace"_s << QStringList{u"github/acme-corp"_s, u"hubspot/acme-corp"_s};
        QTest::newRow("search email") << u"search=HANK%40globex"_s << QStringList{u"hubspot/globex"_s};
        QTest::newRow("integration list")
            << u"integrationId=github,slack"_s << QStringList{u"slack/acme-corp"_s, u"github/acme-corp"_s};
        QTest::newRow("integration list encoded")
            << u"integrationId=hubspot%2Chubspot-eu"_s
            << QStringList{u"hubspot-eu/umbrella"_s, u"hubspot/globex"_s, u"hubspot/acme-corp"_s};
        QTest::newRow("connection id")
            << u"connectionId=acme-corp&integrationId=hubspot"_s << QStringList{u"hubspot/acme-corp"_s};
        QTest::newRow("tags") << u"tags%5Bplan%5D=enterprise"_s << QStringList{u"hubspot/acme-corp"_s};
        QTest::newRow("no match") << u"search=nobody"_s << QStringList{};
    }
    void listConnectionsFilters()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        const HttpReply r = m_sim->get(QString(u"/connections?"_s + query));
        QCOMPARE(r.status, 200);
        QStringList got;
        for (const QJsonValue &v : r.object().value(u"connections"_s).toArray())
            got.append(QString(v.toObject().value(u"provider_config_key"_s).toString() + u'/' +
                               v.toObject().value(u"connection_id"_s).toString()));
        QCOMPARE(got, expected);
    }

    void getConnection()
    {
        HttpReply r = m_sim->get(u"/connections/acme-corp?provider_config_key=hubspot"_s);
        QCOMPARE(r.status, 200);
        const QJsonObject c = r.object();
        for (const QString &key :
             {u"id"_s, u"connection_id"_s, u"provider_config_key"_s, u"provider"_s, u"errors"_s,
              u"end_user"_s, u"tags"_s, u"metadata"_s, u"connection_config"_s, u"webhook_url_override"_s,
              u"created_at"_s, u"updated_at"_s, u"last_fetched_at"_s, u"credentials"_s})
            QVERIFY2(c.contains(key), qPrintable(key));
        QVERIFY(!c.contains(u"created"_s));
        QCOMPARE(c.value(u"connection_id"_s).toString(), u"acme-corp"_s);
        QCOMPARE(c.value(u"provider_config_key"_s).toString(), u"hubspot"_s);
        QCOMPARE(c.value(u"end_user"_s).toObject().value(u"email"_s).toString(), u"ada@acme.example"_s);
        QCOMPARE(c.value(u"connection_config"_s).toObject(), QJsonObject{});
        static const QRegularExpression plusZero(
            uR"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?\+00:00$)"_s);
        QVERIFY2(plusZero.match(c.value(u"created_at"_s).toString()).hasMatch(),
                 qPrintable(c.value(u"created_at"_s).toString()));
        QVERIFY(plusZero.match(c.value(u"updated_at"_s).toString()).hasMatch());
        QVERIFY(c.value(u"credentials"_s).isObject());

        // The same instant as `created` in the list.
        const QJsonArray list = m_sim->get(u"/connections?connectionId=acme-corp&integrationId=hubspot"_s)
                                    .object()
                                    .value(u"connections"_s)
                                    .toArray();
        QCOMPARE(list.size(), 1);
        const auto created = parseTimestampUs(list.first().toObject().value(u"created"_s).toString());
        const auto createdAt = parseTimestampUs(c.value(u"created_at"_s).toString());
        QVERIFY(created && createdAt);
        QCOMPARE(*createdAt / 1000, *created / 1000);

        r = m_sim->get(u"/connection/acme-corp?provider_config_key=hubspot"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"id"_s), c.value(u"id"_s));

        r = m_sim->get(u"/connections/acme-corp"_s);
        verifyEnvelope(r, 400, u"invalid_query_params"_s);
        verifyEnvelope(m_sim->get(u"/connections/acme-corp?provider_config_key=hubspot&x=1"_s), 400,
                       u"invalid_query_params"_s);
        r = m_sim->get(u"/connections/acme-corp?provider_config_key=nope"_s);
        verifyEnvelope(r, 400, u"unknown_provider_config"_s);
        QCOMPARE(r.errorMessage(), u"Provider does not exists"_s);
        r = m_sim->get(u"/connections/nobody?provider_config_key=hubspot"_s);
        verifyEnvelope(r, 404, u"not_found"_s);
        QCOMPARE(r.errorMessage(), u"Failed to find connection"_s);
    }

    void scriptsConfig()
    {
        const HttpReply r = m_sim->get(u"/scripts/config"_s);
        QCOMPARE(r.status, 200);
        QVERIFY(r.json.isArray()); // a bare array, not an object
        const QJsonArray entries = r.array();
        QStringList keys;
        QStringList providers;
        for (const QJsonValue &v : entries) {
            const QJsonObject e = v.toObject();
            QCOMPARE(keysOf(e), (QStringList{u"actions"_s, u"on-events"_s, u"provider"_s,
                                             u"providerConfigKey"_s, u"syncs"_s}));
            keys.append(e.value(u"providerConfigKey"_s).toString());
            providers.append(e.value(u"provider"_s).toString());
        }
        // One entry per provider: hubspot-eu has the same provider as hubspot, so its scripts are
        // merged under the first key.
        keys.sort();
        providers.sort();
        QCOMPARE(keys, (QStringList{u"github"_s, u"hubspot"_s, u"salesforce"_s, u"slack"_s}));
        QCOMPARE(providers, keys);

        QJsonObject hubspot;
        QJsonObject slack;
        for (const QJsonValue &v : entries) {
            if (v.toObject().value(u"provider"_s) == u"hubspot"_s)
                hubspot = v.toObject();
            if (v.toObject().value(u"provider"_s) == u"slack"_s)
                slack = v.toObject();
        }
        QStringList syncNames;
        for (const QJsonValue &v : hubspot.value(u"syncs"_s).toArray()) {
            const QJsonObject s = v.toObject();
            syncNames.append(s.value(u"name"_s).toString());
            QCOMPARE(s.value(u"type"_s).toString(), u"sync"_s);
            const QJsonObject definitions =
                s.value(u"json_schema"_s).toObject().value(u"definitions"_s).toObject();
            QStringList returns;
            for (const QJsonValue &m : s.value(u"returns"_s).toArray())
                returns.append(m.toString());
            returns.sort();
            QCOMPARE(keysOf(definitions), returns);
            for (const QString &key : {u"sync_type"_s, u"auto_start"_s, u"runs"_s, u"track_deletes"_s,
                                       u"endpoints"_s, u"models"_s, u"enabled"_s, u"last_deployed"_s})
                QVERIFY2(s.contains(key), qPrintable(key));
            if (s.value(u"name"_s) == u"owners"_s)
                QCOMPARE(s.value(u"auto_start"_s).toBool(), false);
        }
        syncNames.sort();
        QCOMPARE(syncNames, (QStringList{u"contacts"_s, u"contacts"_s, u"deals"_s, u"owners"_s}));

        QStringList actionNames;
        for (const QJsonValue &v : hubspot.value(u"actions"_s).toArray()) {
            const QJsonObject a = v.toObject();
            actionNames.append(a.value(u"name"_s).toString());
            QCOMPARE(a.value(u"type"_s).toString(), u"action"_s);
            const QString input = a.value(u"input"_s).toString();
            QVERIFY(!input.isEmpty());
            const QJsonObject definitions =
                a.value(u"json_schema"_s).toObject().value(u"definitions"_s).toObject();
            QVERIFY2(definitions.contains(input), qPrintable(input));
            QVERIFY(definitions.value(input).toObject().contains(u"properties"_s));
        }
        actionNames.sort();
        QCOMPARE(actionNames, (QStringList{u"archive-contact"_s, u"create-contact"_s}));
        QJsonObject createContact;
        for (const QJsonValue &v : hubspot.value(u"actions"_s).toArray())
            if (v.toObject().value(u"name"_s) == u"create-contact"_s)
                createContact = v.toObject();
        QCOMPARE(createContact.value(u"input"_s).toString(), u"CreateContactInput"_s);
        const QJsonArray required = createContact.value(u"json_schema"_s)
                                        .toObject()
                                        .value(u"definitions"_s)
                                        .toObject()
                                        .value(u"CreateContactInput"_s)
                                        .toObject()
                                        .value(u"required"_s)
                                        .toArray();
        QVERIFY(required.contains(u"email"_s));

        // slack has only actions; the legacy one is listed, disabled.
        QCOMPARE(slack.value(u"syncs"_s).toArray().size(), 0);
        bool sawDisabled = false;
        for (const QJsonValue &v : slack.value(u"actions"_s).toArray())
            if (v.toObject().value(u"name"_s) == u"legacy-post"_s)
                sawDisabled = !v.toObject().value(u"enabled"_s).toBool(true);
        QVERIFY(sawDisabled);

        const HttpReply openai = m_sim->get(u"/scripts/config?format=openai"_s);
        QCOMPARE(openai.status, 200);
        QCOMPARE(keysOf(openai.object()), QStringList{u"data"_s});
        QHash<QString, QJsonObject> functions;
        for (const QJsonValue &v : openai.object().value(u"data"_s).toArray()) {
            const QJsonObject f = v.toObject();
            QCOMPARE(keysOf(f), (QStringList{u"description"_s, u"name"_s, u"parameters"_s}));
            QCOMPARE(keysOf(f.value(u"parameters"_s).toObject()),
                     (QStringList{u"properties"_s, u"required"_s, u"type"_s}));
            QCOMPARE(f.value(u"parameters"_s).toObject().value(u"type"_s).toString(), u"object"_s);
            functions.insert(f.value(u"name"_s).toString(), f);
        }
        // Syncs are functions too, without parameters; actions take their input model's.
        QVERIFY(functions.contains(u"issues"_s));
        QCOMPARE(
            functions.value(u"issues"_s).value(u"parameters"_s).toObject().value(u"properties"_s).toObject(),
            QJsonObject{});
        const QJsonObject parameters = functions.value(u"create-contact"_s).value(u"parameters"_s).toObject();
        QVERIFY(parameters.value(u"properties"_s).toObject().contains(u"email"_s));
        QCOMPARE(parameters.value(u"required"_s).toArray(), QJsonArray{u"email"_s});
    }

    void scriptsConfigWithNothingDeployed()
    {
        nangosim::SimOptions options = defaultOptions();
        options.config = QJsonObject{
            {u"integrations"_s,
             QJsonArray{QJsonObject{{u"unique_key"_s, u"bare"_s}, {u"provider"_s, u"notion"_s}}}},
            {u"connections"_s,
             QJsonArray{QJsonObject{{u"provider_config_key"_s, u"bare"_s}, {u"connection_id"_s, u"c1"_s}}}}};
        restart(options);
        QCOMPARE(m_sim->get(u"/integrations"_s).object().value(u"data"_s).toArray().size(), 1);
        // Nothing deployed: [] whatever the format.
        for (const QString &target : {u"/scripts/config"_s, u"/scripts/config?format=openai"_s}) {
            const HttpReply r = m_sim->get(target);
            QCOMPARE(r.status, 200);
            QVERIFY(r.json.isArray());
            QVERIFY(r.array().isEmpty());
        }
    }

    void jsonBodyErrors()
    {
        const QByteArray body = R"({"syncs":["contacts"],"provider_config_key":"hubspot"})";
        // A Content-Type that is not JSON: 415, whatever the body.
        HttpReply r = m_sim->call("POST", u"/sync/trigger"_s, body, {{"Content-Type", "text/plain"}});
        verifyEnvelope(r, 415, u"invalid_content_type"_s);
        QCOMPARE(r.errorMessage(), u"Content-Type header must be application/json"_s);
        r = m_sim->call("POST", u"/sync/trigger"_s, body,
                        {{"Content-Type", "application/json; charset=utf-8"}});
        QCOMPARE(r.status, 200);
        r = m_sim->call("POST", u"/sync/trigger"_s, "{\"syncs\":[", {{"Content-Type", "application/json"}});
        verifyEnvelope(r, 400, u"invalid_json"_s);
        QVERIFY(!r.errorMessage().isEmpty());
        r = m_sim->call("PUT", u"/sync/update-connection-frequency"_s, "not json");
        verifyEnvelope(r, 400, u"invalid_json"_s);
    }

    void rateLimit()
    {
        nangosim::SimOptions options = defaultOptions();
        options.rateLimit = 5;
        restart(options);
        const qint64 before = QDateTime::currentSecsSinceEpoch();
        for (int i = 0; i < 5; ++i) {
            // Any authenticated answer is counted and carries the headers, errors included.
            const HttpReply r = i == 3 ? m_sim->get(u"/integrations/nope"_s) : m_sim->get(u"/integrations"_s);
            QCOMPARE(r.status, i == 3 ? 404 : 200);
            QCOMPARE(r.header("X-RateLimit-Limit"), QByteArray("5"));
            QCOMPARE(r.header("X-RateLimit-Remaining"), QByteArray::number(4 - i));
            bool ok = false;
            const qint64 reset = r.header("X-RateLimit-Reset").toLongLong(&ok);
            QVERIFY(ok);
            QVERIFY(reset >= before);
            QVERIFY(reset <= QDateTime::currentSecsSinceEpoch() + 61);
            QVERIFY(!r.hasHeader("Retry-After"));
        }
        // Neither /health nor the control API count.
        QCOMPARE(m_sim->get(u"/health"_s, {}, false).status, 200);
        QVERIFY(!m_sim->get(u"/health"_s, {}, false).hasHeader("X-RateLimit-Limit"));

        const HttpReply r = m_sim->get(u"/connections?limit=1"_s);
        QCOMPARE(r.status, 429);
        QCOMPARE(r.object(), (QJsonObject{{u"error"_s, QJsonObject{{u"code"_s, u"too_many_request"_s},
                                                                   {u"method"_s, u"GET"_s},
                                                                   {u"path"_s, u"/connections"_s}}}}));
        QCOMPARE(r.header("X-RateLimit-Limit"), QByteArray("5"));
        QCOMPARE(r.header("X-RateLimit-Remaining"), QByteArray("0"));
        QVERIFY(r.hasHeader("X-RateLimit-Reset"));
        QVERIFY(r.hasHeader("Retry-After"));
        bool ok = false;
        const int retryAfter = r.header("Retry-After").toInt(&ok);
        QVERIFY2(ok, r.header("Retry-After").constData());
        QVERIFY(retryAfter >= 0);
        QVERIFY(retryAfter <= 60);

        const HttpReply post = m_sim->post(u"/sync/trigger"_s, QJsonObject{{u"syncs"_s, QJsonArray{}}});
        QCOMPARE(post.status, 429);
        QCOMPARE(post.error().value(u"method"_s).toString(), u"POST"_s);
        QCOMPARE(post.error().value(u"path"_s).toString(), u"/sync/trigger"_s);
    }

    void failRate()
    {
        nangosim::SimOptions options = defaultOptions();
        options.failRate = 1.0;
        restart(options);
        for (const QString &target : {u"/integrations"_s, u"/connections"_s, u"/sync/status?syncs=*"_s}) {
            const HttpReply r = m_sim->get(target);
            verifyEnvelope(r, 500, u"generic_error_support"_s);
            const QString id = r.error().value(u"payload"_s).toString();
            QVERIFY2(isUuid(id), r.body.constData());
            QCOMPARE(
                r.errorMessage(),
                QString(u"An error occurred. Please contact support with this unique id: \""_s + id + u'"'));
        }
        const HttpReply health = m_sim->get(u"/health"_s, {}, false);
        QCOMPARE(health.status, 200);
        QCOMPARE(health.object(), (QJsonObject{{u"result"_s, u"ok"_s}}));
    }

    void unknownRoutes_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("target");
        QTest::addColumn<bool>("withKey");
        QTest::addColumn<QString>("pathShown");
        // Nothing matches, so Express's finalhandler answers 404 before any key check.
        QTest::newRow("GET unknown") << QByteArray("GET") << u"/no/such/page"_s << false
                                     << u"/no/such/page"_s;
        QTest::newRow("GET unknown with key")
            << QByteArray("GET") << u"/no/such/page?x=1"_s << true << u"/no/such/page"_s;
        QTest::newRow("GET a POST route")
            << QByteArray("GET") << u"/sync/trigger"_s << false << u"/sync/trigger"_s;
        QTest::newRow("GET under a known prefix")
            << QByteArray("GET") << u"/records/prune"_s << false << u"/records/prune"_s;
        QTest::newRow("GET deep integration path")
            << QByteArray("GET") << u"/integrations/github/x/y"_s << true << u"/integrations/github/x/y"_s;
        QTest::newRow("POST unknown")
            << QByteArray("POST") << u"/no/such/page"_s << false << u"/no/such/page"_s;
        QTest::newRow("POST unknown with key")
            << QByteArray("POST") << u"/no/such/page"_s << true << u"/no/such/page"_s;
        QTest::newRow("DELETE unknown")
            << QByteArray("DELETE") << u"/no/such/page"_s << true << u"/no/such/page"_s;
    }
    void unknownRoutes()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, target);
        QFETCH(bool, withKey);
        QFETCH(QString, pathShown);
        const HttpReply r = m_sim->call(method, target, {}, {}, withKey);
        QCOMPARE(r.status, 404);
        // Express's "Cannot GET /path" page: HTML, never JSON, no ETag, no rate-limit headers.
        QVERIFY2(r.header("Content-Type").startsWith("text/html"), r.header("Content-Type").constData());
        QVERIFY(!r.isJson);
        QVERIFY(r.body.contains("<!DOCTYPE html>"));
        QVERIFY2(r.body.contains(QByteArray("<pre>Cannot " + method + ' ' + pathShown.toUtf8() + "</pre>")),
                 r.body.constData());
        QVERIFY(!r.hasHeader("ETag"));
        QVERIFY(!r.hasHeader("X-RateLimit-Limit"));
    }
};

QTEST_GUILESS_MAIN(TestSimContract)
#include "tst_sim_contract.moc"
