// nango-sim's outgoing webhooks against the contract (§3): one per model, compact JSON with keys
// sorted at every level, both signatures (checked with the openssl command line), the payloads of
// sync success, sync failure and connection creation, URL order and override, and the retry policy.
#include "SimHarness.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QProcess>
#include <QTcpServer>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace simtest;

namespace {

int g_hitSequence = 0; // across receivers, to see the order of deliveries

// A customer backend: records every request and answers from a script of statuses, then 200.
class Receiver
{
public:
    struct Hit
    {
        QByteArray method;
        QString path;
        Headers headers;
        QByteArray body;
        int sequence = 0;

        QByteArray header(const QByteArray &name) const
        {
            for (const auto &[key, value] : headers)
                if (key.compare(name, Qt::CaseInsensitive) == 0)
                    return value;
            return {};
        }
        QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    };

    bool start()
    {
        m_server.setMissingHandler(
            [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                Hit hit;
                hit.method = request.method() == QHttpServerRequest::Method::Post ? QByteArray("POST")
                                                                                  : QByteArray("?");
                hit.path = request.url().path();
                for (const auto &[name, value] : request.headers())
                    hit.headers.append({name, value});
                hit.body = request.body();
                hit.sequence = ++g_hitSequence;
                hits.append(hit);
                const int status = script.isEmpty() ? 200 : script.takeFirst();
                responder.write(status == 204 ? QByteArray() : QByteArray("{}"), "application/json",
                                QHttpServerResponder::StatusCode(status));
            });
        m_port = m_server.listen(QHostAddress::LocalHost, 0);
        return m_port != 0;
    }
    QString url() const { return u"http://127.0.0.1:%1/hooks/nango"_s.arg(m_port); }

    QList<int> script;
    QList<Hit> hits;

private:
    QHttpServer m_server;
    quint16 m_port = 0;
};

// fast-safe-stringify's stableStringify, written independently of the simulator: JSON.stringify
// output (compact, JavaScript escaping) with object keys sorted by UTF-16 code units at every level.
void appendStable(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        out += "null";
        break;
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        break;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d == double(qint64(d)) && std::abs(d) < 1e15)
            out += QByteArray::number(qint64(d));
        else
            out += QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
        break;
    }
    case QJsonValue::String: {
        out += '"';
        for (const char c : value.toString().toUtf8()) {
            switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\b':
                out += "\\b";
                break;
            case '\f':
                out += "\\f";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            default:
                if (static_cast<unsigned char>(c) < 0x20)
                    out += "\\u00" +
                           QByteArray::number(static_cast<unsigned char>(c), 16).rightJustified(2, '0');
                else
                    out += c;
            }
        }
        out += '"';
        break;
    }
    case QJsonValue::Array: {
        out += '[';
        const QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (i > 0)
                out += ',';
            appendStable(out, a.at(i));
        }
        out += ']';
        break;
    }
    case QJsonValue::Object: {
        const QJsonObject o = value.toObject();
        QStringList keys = o.keys();
        std::sort(keys.begin(), keys.end()); // QString's operator< compares UTF-16 code units
        out += '{';
        for (qsizetype i = 0; i < keys.size(); ++i) {
            if (i > 0)
                out += ',';
            appendStable(out, keys.at(i));
            out += ':';
            appendStable(out, o.value(keys.at(i)));
        }
        out += '}';
        break;
    }
    case QJsonValue::Undefined:
        break;
    }
}

QByteArray stableStringify(const QByteArray &json)
{
    QByteArray out;
    appendStable(out, QJsonDocument::fromJson(json).object());
    return out;
}

// The hex digest `openssl dgst` prints for `input` on stdin.
QByteArray opensslDigest(const QStringList &arguments, const QByteArray &input)
{
    QProcess openssl;
    openssl.start(u"openssl"_s, QStringList{u"dgst"_s, u"-sha256"_s} + arguments);
    if (!openssl.waitForStarted(10000))
        return "openssl did not start";
    openssl.write(input);
    openssl.closeWriteChannel();
    if (!openssl.waitForFinished(20000) || openssl.exitCode() != 0)
        return "openssl failed";
    // "SHA2-256(stdin)= <hex>" (OpenSSL 3) or "(stdin)= <hex>".
    const QByteArray line = openssl.readAllStandardOutput().trimmed();
    return line.mid(line.lastIndexOf(' ') + 1);
}

QByteArray hmacWithOpenssl(const QString &key, const QByteArray &body)
{
    return opensslDigest({u"-hmac"_s, key}, body);
}

QByteArray sha256WithOpenssl(const QString &key, const QByteArray &body)
{
    return opensslDigest({}, QByteArray(key.toUtf8() + body));
}

} // namespace

class TestSimWebhooks : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Sim> m_sim;
    std::unique_ptr<Receiver> m_receiver;

    void startWith(nangosim::SimOptions options, const QStringList &extraUrls = {})
    {
        m_sim.reset();
        m_receiver = std::make_unique<Receiver>();
        QVERIFY(m_receiver->start());
        options.webhookUrls = QStringList{m_receiver->url()} + extraUrls;
        m_sim = std::make_unique<Sim>(options);
        QVERIFY(m_sim->start());
    }

    // True once the simulator's delivery log has `expected` entries and none is pending any more
    // (a delivery waiting for a retry counts as pending); `out` gets the log.
    bool deliveriesSettled(int expected, QJsonArray *out)
    {
        const HttpReply r = m_sim->control("GET", u"/_sim/webhooks"_s);
        *out = r.object().value(u"deliveries"_s).toArray();
        if (out->size() < expected || r.object().value(u"pending"_s).toInt() != 0)
            return false;
        for (const QJsonValue &d : std::as_const(*out))
            if (d.toObject().value(u"outcome"_s) == u"pending"_s)
                return false;
        return true;
    }

    static void verifySigned(const Receiver::Hit &hit)
    {
        QCOMPARE(hit.method, QByteArray("POST"));
        QVERIFY(hit.header("Content-Type").startsWith("application/json"));
        QVERIFY2(hit.header("User-Agent").startsWith("nango/"), hit.header("User-Agent").constData());
        // Compact, keys sorted at every level: byte for byte what stableStringify makes.
        QCOMPARE(hit.body, stableStringify(hit.body));
        // Signed with the webhook signing key, not the API key.
        const QByteArray hmac = hit.header("X-Nango-Hmac-Sha256");
        QCOMPARE(hmac.size(), 64);
        QCOMPARE(hmac, hmacWithOpenssl(kSigningKey, hit.body));
        QVERIFY(hmac != hmacWithOpenssl(kSecretKey, hit.body));
        QCOMPARE(hit.header("X-Nango-Signature"), sha256WithOpenssl(kSigningKey, hit.body));
        QVERIFY(hit.header("X-Nango-Signature") != sha256WithOpenssl(kSecretKey, hit.body));
    }

    // Schedules run 100x faster in the retry tests: stop them so only the runs we ask for send.
    void pauseAllSchedules()
    {
        for (const QString &pck : {u"hubspot"_s, u"github"_s, u"salesforce"_s, u"hubspot-eu"_s}) {
            const HttpReply r = m_sim->post(
                u"/sync/pause"_s, QJsonObject{{u"syncs"_s, QJsonArray{}}, {u"provider_config_key"_s, pck}});
            QCOMPARE(r.status, 200);
        }
    }

private slots:
    void cleanup()
    {
        m_sim.reset();
        m_receiver.reset();
    }

    void syncWebhookPerModel()
    {
        startWith(defaultOptions());
        QVERIFY(kSigningKey != kSecretKey);
        const QJsonObject before = m_sim->syncStatus(u"github"_s, u"acme-corp"_s, u"issues"_s);
        const HttpReply run = m_sim->control(
            "POST", u"/_sim/run"_s,
            {{u"integration"_s, u"github"_s}, {u"connection"_s, u"acme-corp"_s}, {u"sync"_s, u"issues"_s}});
        QCOMPARE(run.status, 200);
        QCOMPARE(run.object().value(u"started"_s).toInt(), 1);
        QJsonArray deliveries;
        QTRY_VERIFY_WITH_TIMEOUT(deliveriesSettled(2, &deliveries), 20000);
        QCOMPARE(deliveries.size(), 2);
        QCOMPARE(m_receiver->hits.size(), 2);
        const QJsonObject after = m_sim->syncStatus(u"github"_s, u"acme-corp"_s, u"issues"_s);
        QCOMPARE(after.value(u"status"_s).toString(), u"SUCCESS"_s);

        QStringList models;
        for (const Receiver::Hit &hit : std::as_const(m_receiver->hits)) {
            QCOMPARE(hit.path, u"/hooks/nango"_s);
            verifySigned(hit);
            const QJsonObject p = hit.json();
            QCOMPARE(keysOf(p), (QStringList{u"checkpoints"_s, u"connectionId"_s, u"from"_s, u"model"_s,
                                             u"modifiedAfter"_s, u"providerConfigKey"_s, u"queryTimeStamp"_s,
                                             u"responseResults"_s, u"success"_s, u"syncName"_s, u"syncType"_s,
                                             u"syncVariant"_s, u"type"_s}));
            QCOMPARE(p.value(u"from"_s).toString(), u"nango"_s);
            QCOMPARE(p.value(u"type"_s).toString(), u"sync"_s);
            QCOMPARE(p.value(u"connectionId"_s).toString(), u"acme-corp"_s);
            QCOMPARE(p.value(u"providerConfigKey"_s).toString(), u"github"_s);
            QCOMPARE(p.value(u"syncName"_s).toString(), u"issues"_s);
            QCOMPARE(p.value(u"syncVariant"_s).toString(), u"base"_s);
            QCOMPARE(p.value(u"syncType"_s).toString(), u"INCREMENTAL"_s);
            QCOMPARE(p.value(u"success"_s).toBool(), true);
            const QString model = p.value(u"model"_s).toString();
            models.append(model);
            // modifiedAfter is the job's start (ISO, Z); queryTimeStamp the same instant.
            QVERIFY(isIsoZ(p.value(u"modifiedAfter"_s).toString()));
            QCOMPARE(p.value(u"queryTimeStamp"_s), p.value(u"modifiedAfter"_s));
            QVERIFY(*parseTimestampUs(p.value(u"modifiedAfter"_s).toString()) <=
                    *parseTimestampUs(after.value(u"finishedAt"_s).toString()));
            QVERIFY(*parseTimestampUs(p.value(u"modifiedAfter"_s).toString()) >
                    *parseTimestampUs(before.value(u"finishedAt"_s).toString()));
            QCOMPARE(p.value(u"responseResults"_s).toObject(),
                     after.value(u"latestResult"_s).toObject().value(model).toObject());
            QCOMPARE(keysOf(p.value(u"responseResults"_s).toObject()),
                     (QStringList{u"added"_s, u"deleted"_s, u"updated"_s}));
            QCOMPARE(p.value(u"checkpoints"_s).toObject(),
                     (QJsonObject{{u"from"_s, before.value(u"checkpoint"_s)},
                                  {u"to"_s, after.value(u"checkpoint"_s)}}));
            QVERIFY(p.value(u"checkpoints"_s).toObject().value(u"to"_s).isObject());
        }
        models.sort();
        QCOMPARE(models, (QStringList{u"GithubIssue"_s, u"GithubIssueComment"_s}));
        for (const QJsonValue &d : deliveries) {
            QCOMPARE(d.toObject().value(u"outcome"_s).toString(), u"delivered"_s);
            QCOMPARE(d.toObject().value(u"attempts"_s).toInt(), 1);
        }
    }

    void fullRunWebhook()
    {
        startWith(defaultOptions());
        QVERIFY(
            m_sim->syncStatus(u"hubspot"_s, u"acme-corp"_s, u"contacts"_s).value(u"checkpoint"_s).isObject());
        const HttpReply r =
            m_sim->post(u"/sync/trigger"_s, QJsonObject{{u"syncs"_s, QJsonArray{u"contacts"_s}},
                                                        {u"provider_config_key"_s, u"hubspot"_s},
                                                        {u"connection_id"_s, u"acme-corp"_s},
                                                        {u"opts"_s, QJsonObject{{u"reset"_s, true}}}});
        QCOMPARE(r.status, 200);
        QJsonArray deliveries;
        QTRY_VERIFY_WITH_TIMEOUT(deliveriesSettled(1, &deliveries), 20000);
        QCOMPARE(m_receiver->hits.size(), 1);
        verifySigned(m_receiver->hits.first());
        const QJsonObject p = m_receiver->hits.first().json();
        // RUN_FULL: sent as INITIAL, and the checkpoint was deleted before the run started.
        QCOMPARE(p.value(u"syncType"_s).toString(), u"INITIAL"_s);
        QVERIFY(p.value(u"checkpoints"_s).toObject().value(u"from"_s).isNull());
        QCOMPARE(p.value(u"checkpoints"_s).toObject().value(u"to"_s),
                 m_sim->syncStatus(u"hubspot"_s, u"acme-corp"_s, u"contacts"_s).value(u"checkpoint"_s));
        QCOMPARE(p.value(u"model"_s).toString(), u"HubspotContact"_s);
    }

    void unreachableUrlIsRetried()
    {
        // A port nobody listens on: connection refused (ECONNREFUSED) is retried.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 closedPort = probe.serverPort();
        probe.close();
        nangosim::SimOptions options = defaultOptions();
        options.timeScale = 100;
        m_receiver.reset();
        options.webhookUrls = {u"http://127.0.0.1:%1/hooks"_s.arg(closedPort)};
        m_sim = std::make_unique<Sim>(options);
        QVERIFY(m_sim->start());
        pauseAllSchedules();
        if (QTest::currentTestFailed())
            return;
        const HttpReply r = m_sim->control("POST", u"/_sim/run"_s,
                                           {{u"integration"_s, u"hubspot"_s},
                                            {u"connection"_s, u"acme-corp"_s},
                                            {u"sync"_s, u"contacts"_s}});
        QCOMPARE(r.object().value(u"started"_s).toInt(), 1);
        QJsonArray deliveries;
        QTRY_VERIFY_WITH_TIMEOUT(deliveriesSettled(1, &deliveries), 20000);
        const QJsonObject d = deliveries.first().toObject();
        QCOMPARE(d.value(u"attempts"_s).toInt(), 3);
        QCOMPARE(d.value(u"outcome"_s).toString(), u"failed"_s);
        QCOMPARE(d.value(u"last_status"_s).toInt(), 0);
    }

    void unchangedRunNeedsCompletionAlways_data()
    {
        QTest::addColumn<bool>("always");
        QTest::newRow("on_sync_completion_always on") << true;
        QTest::newRow("off") << false;
    }
    void unchangedRunNeedsCompletionAlways()
    {
        QFETCH(bool, always);
        // A config of its own whose runs change nothing.
        nangosim::SimOptions options = defaultOptions();
        options.webhookAlways = always;
        options.config = QJsonObject{
            {u"integrations"_s,
             QJsonArray{QJsonObject{
                 {u"unique_key"_s, u"crm"_s},
                 {u"provider"_s, u"hubspot"_s},
                 {u"syncs"_s, QJsonArray{QJsonObject{{u"name"_s, u"people"_s},
                                                     {u"models"_s, QJsonArray{u"CrmPerson"_s}}}}}}}},
            {u"connections"_s,
             QJsonArray{QJsonObject{{u"provider_config_key"_s, u"crm"_s}, {u"connection_id"_s, u"c1"_s}}}},
            {u"mutations"_s,
             QJsonObject{{u"add"_s, 0}, {u"update"_s, 0}, {u"delete"_s, 0}, {u"undelete"_s, 0}}}};
        startWith(options);
        const QString before =
            m_sim->syncStatus(u"crm"_s, u"c1"_s, u"people"_s).value(u"finishedAt"_s).toString();
        QVERIFY(!before.isEmpty());
        const HttpReply r = m_sim->control("POST", u"/_sim/run"_s, {{u"integration"_s, u"crm"_s}});
        QCOMPARE(r.object().value(u"started"_s).toInt(), 1);
        // The webhook is handed over when the execution ends, before the status says SUCCESS.
        auto finished = [&]() {
            const QJsonObject s = m_sim->syncStatus(u"crm"_s, u"c1"_s, u"people"_s);
            return s.value(u"status"_s) == u"SUCCESS"_s && s.contains(u"finishedAt"_s) &&
                   s.value(u"finishedAt"_s).toString() != before;
        };
        QTRY_VERIFY_WITH_TIMEOUT(finished(), 15000);
        const QJsonObject result =
            m_sim->syncStatus(u"crm"_s, u"c1"_s, u"people"_s).value(u"latestResult"_s).toObject();
        QCOMPARE(result.value(u"CrmPerson"_s).toObject(),
                 (QJsonObject{{u"added"_s, 0}, {u"updated"_s, 0}, {u"deleted"_s, 0}}));
        QJsonArray deliveries;
        QTRY_VERIFY_WITH_TIMEOUT(deliveriesSettled(always ? 1 : 0, &deliveries), 20000);
        QCOMPARE(deliveries.size(), always ? 1 : 0);
        QCOMPARE(m_receiver->hits.size(), always ? 1 : 0);
        if (always) {
            verifySigned(m_receiver->hits.first());
            QCOMPARE(m_receiver->hits.first().json().value(u"responseResults"_s).toObject(),
                     result.value(u"CrmPerson"_s).toObject());
        }
    }

    void failedRunWebhook()
    {
        startWith(defaultOptions());
        const QJsonObject before = m_sim->syncStatus(u"github"_s, u"acme-corp"_s, u"issues"_s);
        const HttpReply run = m_sim->control("POST", u"/_sim/run"_s,
                                             {{u"integration"_s, u"github"_s},
                                              {u"connection"_s, u"acme-corp"_s},
                                              {u"sync"_s, u"issues"_s},
                                              {u"fail"_s, true}});
        QCOMPARE(run.object().value(u"started"_s).toInt(), 1);
        QJsonArray deliveries;
        QTRY_VERIFY_WITH_TIMEOUT(deliveriesSettled(1, &deliveries), 20000);
        QCOMPARE(deliveries.size(), 1);
        // One webhook for the execution, not one per model.
        QCOMPARE(m_receiver->hits.size(), 1);
        const Receiver::Hit hit = m_receiver->hits.first();
        verifySigned(hit);
        const QJsonObject p = hit.json();
        QCOMPARE(keysOf(p),
                 (QStringList{u"checkpoints"_s, u"connectionId"_s, u"error"_s, u"failedAt"_s, u"from"_s,
                              u"model"_s, u"providerConfigKey"_s, u"startedAt"_s, u"success"_s, u"syncName"_s,
                              u"syncType"_s, u"syncVariant"_s, u"type"_s}));
        QCOMPARE(p.value(u"type"_s).toString(), u"sync"_s);
        QCOMPARE(p.value(u"success"_s).toBool(true), false);
        QCOMPARE(p.value(u"model"_s).toString(), u"GithubIssue,GithubIssueComment"_s);
        QCOMPARE(p.value(u"error"_s).toObject().value(u"type"_s).toString(), u"script_error"_s);
        QVERIFY(!p.value(u"error"_s).toObject().value(u"description"_s).toString().isEmpty());
        QVERIFY(isIsoZ(p.value(u"failedAt"_s).toString()));
        // startedAt is the last sync date (the previous run), despite its name.
        QVERIFY(isIsoZ(p.value(u"startedAt"_s).toString()));
        QVERIFY(*parseTimestampUs(p.value(u"startedAt"_s).toString()) <
                *parseTimestampUs(before.value(u"finishedAt"_s).toString()));

        const QJsonObject after = m_sim->syncStatus(u"github"_s, u"acme-corp"_s, u"issues"_s);
        QCOMPARE(after.value(u"status"_s).toString(), u"ERROR"_s);
        QCOMPARE(after.value(u"latestExecutionStatus"_s).toString(), u"STOPPED"_s);
        QVERIFY(after.contains(u"finishedAt"_s));
    }

    void authWebhookOnConnectionCreation()
    {
        startWith(defaultOptions());
        const HttpReply created = m_sim->control("POST", u"/_sim/connections"_s,
                                                 {{u"integration"_s, u"github"_s},
                                                  {u"connection_id"_s, u"new-co"_s},
                                                  {u"tags"_s, QJsonObject{{u"team"_s, u"core"_s}}}});
        QCOMPARE(created.status, 200);
        QCOMPARE(created.object().value(u"connection_id"_s).toString(), u"new-co"_s);
        QJsonArray deliveries;
        QTRY_VERIFY_WITH_TIMEOUT(deliveriesSettled(1, &deliveries), 20000);
        QCOMPARE(deliveries.size(), 1);
        QCOMPARE(m_receiver->hits.size(), 1);
        const Receiver::Hit hit = m_receiver->hits.first();
        verifySigned(hit);
        const QJsonObject p = hit.json();
        QCOMPARE(keysOf(p),
                 (QStringList{u"authMode"_s, u"connectionId"_s, u"environment"_s, u"from"_s, u"operation"_s,
                              u"provider"_s, u"providerConfigKey"_s, u"success"_s, u"tags"_s, u"type"_s}));
        QCOMPARE(p.value(u"from"_s).toString(), u"nango"_s);
        QCOMPARE(p.value(u"type"_s).toString(), u"auth"_s);
        QCOMPARE(p.value(u"operation"_s).toString(), u"creation"_s);
        QCOMPARE(p.value(u"success"_s).toBool(), true);
        QCOMPARE(p.value(u"connectionId"_s).toString(), u"new-co"_s);
        QCOMPARE(p.value(u"providerConfigKey"_s).toString(), u"github"_s);
        QCOMPARE(p.value(u"provider"_s).toString(), u"github"_s);
        QCOMPARE(p.value(u"environment"_s).toString(), u"dev"_s);
        QVERIFY(QStringList(
                    {u"OAUTH1"_s, u"OAUTH2"_s, u"OAUTH2_CC"_s, u"BASIC"_s, u"API_KEY"_s, u"APP"_s, u"NONE"_s})
                    .contains(p.value(u"authMode"_s).toString()));
        QCOMPARE(p.value(u"tags"_s).toObject(), (QJsonObject{{u"team"_s, u"core"_s}}));

        // The connection is there, newest first.
        const QJsonArray list = m_sim->get(u"/connections"_s).object().value(u"connections"_s).toArray();
        QCOMPARE(list.first().toObject().value(u"connection_id"_s).toString(), u"new-co"_s);
        QCOMPARE(list.first().toObject().value(u"provider_config_key"_s).toString(), u"github"_s);
        QCOMPARE(m_sim->get(u"/connections/new-co?provider_config_key=github"_s).status, 200);
        // Its syncs exist and have records.
        QCOMPARE(m_sim->syncStatus(u"github"_s, u"new-co"_s, u"issues"_s).value(u"status"_s).toString(),
                 u"SUCCESS"_s);
    }

    void primaryThenSecondaryAndOverride()
    {
        Receiver secondary;
        QVERIFY(secondary.start());
        Receiver override;
        QVERIFY(override.start());
        nangosim::SimOptions options = defaultOptions();
        options.timeScale = 100;
        startWith(options, {secondary.url()});
        pauseAllSchedules();
        if (QTest::currentTestFailed())
            return;
        // Both environment URLs, primary first; each has its own retries.
        m_receiver->script = {500};
        HttpReply r = m_sim->control("POST", u"/_sim/run"_s,
                                     {{u"integration"_s, u"hubspot"_s},
                                      {u"connection"_s, u"acme-corp"_s},
                                      {u"sync"_s, u"contacts"_s}});
        QCOMPARE(r.object().value(u"started"_s).toInt(), 1);
        QJsonArray deliveries;
        QTRY_VERIFY_WITH_TIMEOUT(deliveriesSettled(1, &deliveries), 20000);
        QCOMPARE(deliveries.size(), 1);
        QCOMPARE(m_receiver->hits.size(), 2);
        QCOMPARE(secondary.hits.size(), 1);
        QCOMPARE(secondary.hits.first().body, m_receiver->hits.first().body);
        QVERIFY(secondary.hits.first().sequence > m_receiver->hits.last().sequence);
        // The log counts the attempts to both URLs.
        QCOMPARE(deliveries.first().toObject().value(u"attempts"_s).toInt(), 3);
        QCOMPARE(deliveries.first().toObject().value(u"outcome"_s).toString(), u"delivered"_s);
        QCOMPARE(override.hits.size(), 0);

        // A connection's webhook_url_override replaces both.
        r = m_sim->control("POST", u"/_sim/connections"_s,
                           {{u"integration"_s, u"hubspot"_s},
                            {u"connection_id"_s, u"overridden"_s},
                            {u"webhook_url_override"_s, override.url()}});
        QCOMPARE(r.status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(deliveriesSettled(2, &deliveries), 20000);
        QCOMPARE(deliveries.size(), 2);
        QCOMPARE(override.hits.size(), 1);
        QCOMPARE(override.hits.first().json().value(u"type"_s).toString(), u"auth"_s);
        verifySigned(override.hits.first());
        QCOMPARE(m_receiver->hits.size(), 2);
        QCOMPARE(secondary.hits.size(), 1);
    }

    void retries_data()
    {
        QTest::addColumn<QList<int>>("script");
        QTest::addColumn<int>("attempts");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<int>("lastStatus");
        QTest::newRow("500, 500, then 200") << QList<int>{500, 500} << 3 << u"delivered"_s << 200;
        QTest::newRow("503 then 200") << QList<int>{503} << 2 << u"delivered"_s << 200;
        QTest::newRow("500 three times") << QList<int>{500, 500, 500, 500} << 3 << u"failed"_s << 500;
        QTest::newRow("400") << QList<int>{400} << 1 << u"failed"_s << 400;
        QTest::newRow("429 is not retried") << QList<int>{429} << 1 << u"failed"_s << 429;
        QTest::newRow("302 is not retried") << QList<int>{302} << 1 << u"failed"_s << 302;
        QTest::newRow("204") << QList<int>{204} << 1 << u"delivered"_s << 204;
    }
    void retries()
    {
        QFETCH(QList<int>, script);
        QFETCH(int, attempts);
        QFETCH(QString, outcome);
        QFETCH(int, lastStatus);
        // A time scale of 100 turns the 3 s and 6 s waits into 30 ms and 60 ms.
        nangosim::SimOptions options = defaultOptions();
        options.timeScale = 100;
        startWith(options);
        pauseAllSchedules();
        if (QTest::currentTestFailed())
            return;
        m_receiver->script = script;
        const HttpReply r = m_sim->control("POST", u"/_sim/run"_s,
                                           {{u"integration"_s, u"hubspot"_s},
                                            {u"connection"_s, u"acme-corp"_s},
                                            {u"sync"_s, u"contacts"_s}});
        QCOMPARE(r.object().value(u"started"_s).toInt(), 1);
        QJsonArray deliveries;
        QTRY_VERIFY_WITH_TIMEOUT(deliveriesSettled(1, &deliveries), 20000);
        QCOMPARE(deliveries.size(), 1);
        const QJsonObject d = deliveries.first().toObject();
        QCOMPARE(d.value(u"attempts"_s).toInt(), attempts);
        QCOMPARE(d.value(u"outcome"_s).toString(), outcome);
        QCOMPARE(d.value(u"last_status"_s).toInt(), lastStatus);
        QCOMPARE(m_receiver->hits.size(), attempts);
        // Every attempt carries the same bytes and signatures.
        for (const Receiver::Hit &hit : std::as_const(m_receiver->hits)) {
            QCOMPARE(hit.body, m_receiver->hits.first().body);
            QCOMPARE(hit.header("X-Nango-Hmac-Sha256"),
                     m_receiver->hits.first().header("X-Nango-Hmac-Sha256"));
        }
        verifySigned(m_receiver->hits.first());
        QCOMPARE(m_receiver->hits.first().json().value(u"model"_s).toString(), u"HubspotContact"_s);
    }
};

QTEST_GUILESS_MAIN(TestSimWebhooks)
#include "tst_sim_webhooks.moc"
