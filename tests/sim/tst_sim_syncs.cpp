// nango-sim's sync routes against the contract (§2.7 to §2.10): GET /sync/status, POST /sync/trigger
// (opts, headers, reset and emptyCache), /sync/pause and /sync/start, and
// PUT /sync/update-connection-frequency.
#include "SimHarness.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace simtest;

namespace {

QJsonObject meta(const QJsonObject &record)
{
    return record.value(u"_nango_metadata"_s).toObject();
}

int liveCount(const QList<QJsonObject> &records)
{
    int n = 0;
    for (const QJsonObject &r : records)
        n += meta(r).value(u"deleted_at"_s).isNull() ? 1 : 0;
    return n;
}

QJsonObject triggerBody(const QJsonArray &syncs, const QString &pck = u"hubspot"_s,
                        const QString &conn = u"acme-corp"_s)
{
    QJsonObject body{{u"syncs"_s, syncs}};
    if (!pck.isEmpty())
        body.insert(u"provider_config_key"_s, pck);
    if (!conn.isEmpty())
        body.insert(u"connection_id"_s, conn);
    return body;
}

} // namespace

class TestSimSyncs : public QObject
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

    // True once the sync's latest execution has ended successfully after `previousFinishedAt`.
    bool ranSince(const QString &pck, const QString &conn, const QString &sync,
                  const QString &previousFinishedAt)
    {
        const QJsonObject s = m_sim->syncStatus(pck, conn, sync);
        return s.value(u"status"_s) == u"SUCCESS"_s && s.contains(u"finishedAt"_s) &&
               s.value(u"finishedAt"_s).toString() != previousFinishedAt;
    }

    static void verifyFlatCheckpoint(const QJsonValue &checkpoint)
    {
        QVERIFY(checkpoint.isObject());
        const QJsonObject o = checkpoint.toObject();
        QVERIFY(!o.isEmpty());
        for (auto it = o.begin(); it != o.end(); ++it)
            QVERIFY2(it.value().isString() || it.value().isDouble() || it.value().isBool(),
                     qPrintable(it.key()));
    }

private slots:
    void init()
    {
        m_sim = std::make_unique<Sim>();
        QVERIFY(m_sim->start());
    }
    void cleanup() { m_sim.reset(); }

    void statusOfANeverRunPausedSync()
    {
        // owners has auto_start: false, so its schedule is PAUSED and it never ran.
        const QJsonObject s = m_sim->syncStatus(u"hubspot"_s, u"acme-corp"_s, u"owners"_s);
        QCOMPARE(keysOf(s), (QStringList{u"checkpoint"_s, u"connection_id"_s, u"frequency"_s, u"id"_s,
                                         u"name"_s, u"nextScheduledSyncAt"_s, u"recordCount"_s, u"status"_s,
                                         u"type"_s, u"variant"_s}));
        QCOMPARE(s.value(u"status"_s).toString(), u"PAUSED"_s);
        QVERIFY(s.value(u"nextScheduledSyncAt"_s).isNull());
        QVERIFY(!s.contains(u"finishedAt"_s));
        QVERIFY(!s.contains(u"latestResult"_s));
        QVERIFY(!s.contains(u"latestExecutionStatus"_s));
        QVERIFY(s.value(u"checkpoint"_s).isNull());
        QCOMPARE(s.value(u"recordCount"_s).toObject(), (QJsonObject{{u"HubspotOwner"_s, 0}}));
        QCOMPARE(s.value(u"frequency"_s).toString(), u"every day"_s);
        QCOMPARE(s.value(u"type"_s).toString(), u"INITIAL"_s);
        QCOMPARE(s.value(u"name"_s).toString(), u"owners"_s);
        QCOMPARE(s.value(u"variant"_s).toString(), u"base"_s);
        QCOMPARE(s.value(u"connection_id"_s).toString(), u"acme-corp"_s);
        QVERIFY(isUuid(s.value(u"id"_s).toString()));
    }

    void statusAfterARun()
    {
        QJsonObject s = m_sim->syncStatus(u"hubspot"_s, u"acme-corp"_s, u"contacts"_s);
        QCOMPARE(keysOf(s), (QStringList{u"checkpoint"_s, u"connection_id"_s, u"finishedAt"_s, u"frequency"_s,
                                         u"id"_s, u"latestExecutionStatus"_s, u"latestResult"_s, u"name"_s,
                                         u"nextScheduledSyncAt"_s, u"recordCount"_s, u"status"_s, u"type"_s,
                                         u"variant"_s}));
        QCOMPARE(s.value(u"status"_s).toString(), u"SUCCESS"_s);
        QCOMPARE(s.value(u"latestExecutionStatus"_s).toString(), u"SUCCESS"_s);
        QVERIFY(isIsoZ(s.value(u"finishedAt"_s).toString()));
        QVERIFY(isIsoZ(s.value(u"nextScheduledSyncAt"_s).toString()));
        QVERIFY(*parseTimestampUs(s.value(u"nextScheduledSyncAt"_s).toString()) >
                QDateTime::currentMSecsSinceEpoch() * 1000);
        QCOMPARE(s.value(u"frequency"_s).toString(), u"every 30min"_s);
        QCOMPARE(keysOf(s.value(u"latestResult"_s).toObject()), QStringList{u"HubspotContact"_s});
        QCOMPARE(keysOf(s.value(u"latestResult"_s).toObject().value(u"HubspotContact"_s).toObject()),
                 (QStringList{u"added"_s, u"deleted"_s, u"updated"_s}));
        verifyFlatCheckpoint(s.value(u"checkpoint"_s));
        const int live = liveCount(m_sim->truth(u"hubspot"_s, u"acme-corp"_s, u"HubspotContact"_s));
        QVERIFY(live > 0);
        QCOMPARE(s.value(u"recordCount"_s).toObject(), (QJsonObject{{u"HubspotContact"_s, live}}));

        // recordCount has every model of the sync.
        const QJsonObject issues = m_sim->syncStatus(u"github"_s, u"acme-corp"_s, u"issues"_s);
        QCOMPARE(issues.value(u"recordCount"_s).toObject(),
                 (QJsonObject{{u"GithubIssue"_s,
                               liveCount(m_sim->truth(u"github"_s, u"acme-corp"_s, u"GithubIssue"_s))},
                              {u"GithubIssueComment"_s, liveCount(m_sim->truth(u"github"_s, u"acme-corp"_s,
                                                                               u"GithubIssueComment"_s))}}));

        // Nango's TODO: a variant's models are counted under the base name, i.e. the base variant's rows.
        const HttpReply mutate = m_sim->control("POST", u"/_sim/mutate"_s,
                                                {{u"integration"_s, u"salesforce"_s},
                                                 {u"connection"_s, u"initech"_s},
                                                 {u"sync"_s, u"opportunities"_s},
                                                 {u"variant"_s, u"emea"_s},
                                                 {u"delete"_s, 20}});
        QVERIFY(mutate.object().value(u"SalesforceOpportunity"_s).toObject().value(u"deleted"_s).toInt() > 0);
        const int baseLive =
            liveCount(m_sim->truth(u"salesforce"_s, u"initech"_s, u"SalesforceOpportunity"_s));
        const HttpReply emeaRecords = m_sim->get(
            u"/records?model=SalesforceOpportunity&variant=emea&filter=added,updated&limit=10000"_s,
            {{"Provider-Config-Key", "salesforce"}, {"Connection-Id", "initech"}});
        const int emeaLive = int(emeaRecords.object().value(u"records"_s).toArray().size());
        QVERIFY(emeaLive < baseLive);
        QCOMPARE(m_sim->syncStatus(u"salesforce"_s, u"initech"_s, u"opportunities"_s, u"emea"_s)
                     .value(u"recordCount"_s)
                     .toObject(),
                 (QJsonObject{{u"SalesforceOpportunity"_s, baseLive}}));

        // Another execution: the result, the counts and the checkpoint follow it.
        const QString before = s.value(u"finishedAt"_s).toString();
        const HttpReply run = m_sim->control("POST", u"/_sim/run"_s,
                                             {{u"integration"_s, u"hubspot"_s},
                                              {u"connection"_s, u"acme-corp"_s},
                                              {u"sync"_s, u"contacts"_s}});
        QCOMPARE(run.object().value(u"started"_s).toInt(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(ranSince(u"hubspot"_s, u"acme-corp"_s, u"contacts"_s, before), 15000);
        s = m_sim->syncStatus(u"hubspot"_s, u"acme-corp"_s, u"contacts"_s);
        const QJsonObject result =
            s.value(u"latestResult"_s).toObject().value(u"HubspotContact"_s).toObject();
        const int liveAfter = liveCount(m_sim->truth(u"hubspot"_s, u"acme-corp"_s, u"HubspotContact"_s));
        QCOMPARE(s.value(u"recordCount"_s).toObject().value(u"HubspotContact"_s).toInt(), liveAfter);
        QCOMPARE(liveAfter - live, result.value(u"added"_s).toInt() - result.value(u"deleted"_s).toInt());
        QVERIFY(result.value(u"added"_s).toInt() + result.value(u"updated"_s).toInt() > 0);
        QCOMPARE(s.value(u"type"_s).toString(), u"INCREMENTAL"_s);
        verifyFlatCheckpoint(s.value(u"checkpoint"_s));
    }

    void finishedAtIsAbsentWhileRunning()
    {
        nangosim::SimOptions options = defaultOptions();
        options.runMs = 3000;
        restart(options);
        const QString before =
            m_sim->syncStatus(u"hubspot"_s, u"acme-corp"_s, u"contacts"_s).value(u"finishedAt"_s).toString();
        QVERIFY(!before.isEmpty());
        const HttpReply r = m_sim->post(u"/sync/trigger"_s, triggerBody({u"contacts"_s}));
        QCOMPARE(r.status, 200);
        QJsonObject s = m_sim->syncStatus(u"hubspot"_s, u"acme-corp"_s, u"contacts"_s);
        QCOMPARE(s.value(u"status"_s).toString(), u"RUNNING"_s);
        QCOMPARE(s.value(u"latestExecutionStatus"_s).toString(), u"RUNNING"_s);
        QVERIFY(!s.contains(u"finishedAt"_s));
        QVERIFY(isIsoZ(s.value(u"nextScheduledSyncAt"_s).toString()));
        // The other connection's sync is not running.
        QCOMPARE(m_sim->syncStatus(u"hubspot"_s, u"globex"_s, u"contacts"_s).value(u"status"_s).toString(),
                 u"SUCCESS"_s);
        // Pausing a running sync: still RUNNING (the job), no next run.
        QCOMPARE(m_sim->post(u"/sync/pause"_s, triggerBody({u"contacts"_s})).status, 200);
        s = m_sim->syncStatus(u"hubspot"_s, u"acme-corp"_s, u"contacts"_s);
        QCOMPARE(s.value(u"status"_s).toString(), u"RUNNING"_s);
        QVERIFY(s.value(u"nextScheduledSyncAt"_s).isNull());

        QTRY_VERIFY_WITH_TIMEOUT(
            m_sim->syncStatus(u"hubspot"_s, u"acme-corp"_s, u"contacts"_s).contains(u"finishedAt"_s), 20000);
        s = m_sim->syncStatus(u"hubspot"_s, u"acme-corp"_s, u"contacts"_s);
        QCOMPARE(s.value(u"status"_s).toString(), u"PAUSED"_s);
        QCOMPARE(s.value(u"latestExecutionStatus"_s).toString(), u"SUCCESS"_s);
        QVERIFY(s.value(u"finishedAt"_s).toString() != before);
    }

    void statusSelection()
    {
        auto names = [this](const QString &query) {
            const HttpReply r = m_sim->get(QString(u"/sync/status?"_s + query));
            QStringList out;
            for (const QJsonValue &v : r.object().value(u"syncs"_s).toArray())
                out.append(QString(v.toObject().value(u"connection_id"_s).toString() + u'/' +
                                   v.toObject().value(u"name"_s).toString() + u"::"_s +
                                   v.toObject().value(u"variant"_s).toString()));
            out.sort();
            return out;
        };
        QCOMPARE(names(u"syncs=*&provider_config_key=hubspot&connection_id=acme-corp"_s),
                 (QStringList{u"acme-corp/contacts::base"_s, u"acme-corp/deals::base"_s,
                              u"acme-corp/owners::base"_s}));
        QCOMPARE(names(u"syncs=contacts,deals&provider_config_key=hubspot&connection_id=acme-corp"_s),
                 (QStringList{u"acme-corp/contacts::base"_s, u"acme-corp/deals::base"_s}));
        // Without connection_id: every connection of the integration.
        QCOMPARE(names(u"syncs=contacts&provider_config_key=hubspot"_s),
                 (QStringList{u"acme-corp/contacts::base"_s, u"globex/contacts::base"_s}));
        QCOMPARE(names(u"syncs=*&provider_config_key=salesforce"_s),
                 (QStringList{u"initech/accounts::base"_s, u"initech/opportunities::base"_s,
                              u"initech/opportunities::emea"_s}));
        QCOMPARE(
            names(u"syncs=opportunities%3A%3Aemea&provider_config_key=salesforce&connection_id=initech"_s),
            QStringList{u"initech/opportunities::emea"_s});
        // Unknown names on a connection are skipped silently.
        QCOMPARE(names(u"syncs=contacts,nope&provider_config_key=hubspot&connection_id=acme-corp"_s),
                 QStringList{u"acme-corp/contacts::base"_s});
        const HttpReply none = m_sim->get(u"/sync/status?syncs=nope&provider_config_key=hubspot"_s);
        QCOMPARE(none.status, 200);
        QCOMPARE(none.object(), (QJsonObject{{u"syncs"_s, QJsonArray{}}}));

        for (const QString &query : {u"provider_config_key=hubspot&connection_id=acme-corp"_s, u"syncs=*"_s,
                                     u"syncs=*&provider_config_key=hubspot&extra=1"_s}) {
            const HttpReply r = m_sim->get(QString(u"/sync/status?"_s + query));
            QCOMPARE(r.status, 400);
            QCOMPARE(r.errorCode(), u"invalid_query_params"_s);
        }
        const HttpReply unknown =
            m_sim->get(u"/sync/status?syncs=*&provider_config_key=hubspot&connection_id=nobody"_s);
        QCOMPARE(unknown.status, 400);
        QCOMPARE(unknown.object(),
                 (QJsonObject{{u"error"_s, QJsonObject{{u"code"_s, u"invalid_body"_s},
                                                       {u"message"_s, u"Connection not found"_s}}}}));
    }

    void triggerErrors_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const QJsonObject ok = triggerBody({u"contacts"_s});
        QJsonObject withMode = ok;
        withMode.insert(u"opts"_s, QJsonObject{{u"reset"_s, true}});
        withMode.insert(u"sync_mode"_s, u"full_refresh"_s);
        QJsonObject withResync = ok;
        withResync.insert(u"opts"_s, QJsonObject{});
        withResync.insert(u"full_resync"_s, true);
        QJsonObject unknownKey = ok;
        unknownKey.insert(u"force"_s, true);
        QJsonObject badOpts = ok;
        badOpts.insert(u"opts"_s, QJsonObject{{u"reset"_s, true}, {u"deleteRecords"_s, true}});
        QJsonObject noSyncs = ok;
        noSyncs.remove(u"syncs"_s);
        QTest::newRow("opts and sync_mode") << u"/sync/trigger"_s << withMode << 400 << u"invalid_body"_s;
        QTest::newRow("opts and full_resync") << u"/sync/trigger"_s << withResync << 400 << u"invalid_body"_s;
        QTest::newRow("unknown field") << u"/sync/trigger"_s << unknownKey << 400 << u"invalid_body"_s;
        // opts is a loose z.object(): an unknown option is dropped, not refused.
        QTest::newRow("unknown opt") << u"/sync/trigger"_s << badOpts << 200 << QString();
        QTest::newRow("no syncs") << u"/sync/trigger"_s << noSyncs << 400 << u"invalid_body"_s;
        QTest::newRow("item without variant")
            << u"/sync/trigger"_s << triggerBody({QJsonObject{{u"name"_s, u"contacts"_s}}}) << 400
            << u"invalid_body"_s;
        QTest::newRow("no key anywhere") << u"/sync/trigger"_s << triggerBody({u"contacts"_s}, {}, {}) << 400
                                         << u"missing_provider_config_key"_s;
        QTest::newRow("unknown integration") << u"/sync/trigger"_s << triggerBody({u"contacts"_s}, u"nope"_s)
                                             << 400 << u"unknown_provider_config"_s;
        QTest::newRow("unknown connection")
            << u"/sync/trigger"_s << triggerBody({u"contacts"_s}, u"hubspot"_s, u"nobody"_s) << 404
            << u"unknown_connection"_s;
        QTest::newRow("unknown sync")
            << u"/sync/trigger"_s << triggerBody({u"issues"_s}) << 400 << u"no_syncs_found"_s;
        QTest::newRow("unknown variant")
            << u"/sync/trigger"_s << triggerBody({u"contacts::emea"_s}) << 400 << u"no_syncs_found"_s;
        QTest::newRow("any query") << u"/sync/trigger?connection_id=acme-corp"_s << ok << 400
                                   << u"invalid_query_params"_s;
    }
    void triggerErrors()
    {
        QFETCH(QString, target);
        QFETCH(QJsonObject, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        const HttpReply r = m_sim->post(target, body);
        QCOMPARE(r.status, status);
        QCOMPARE(r.errorCode(), code);
        if (code == u"missing_provider_config_key")
            QCOMPARE(r.errorMessage(), u"Missing provider_config_key. Provide it in the body or headers."_s);
        if (code == u"no_syncs_found")
            QCOMPARE(r.errorMessage(), u"No syncs found given the inputs."_s);
        if (body.contains(u"sync_mode"_s) || body.contains(u"full_resync"_s))
            QCOMPARE(r.errorMessage(), u"Cannot use opts with deprecated sync_mode/full_resync parameters"_s);
    }

    void triggerRuns()
    {
        const QString acme =
            m_sim->syncStatus(u"hubspot"_s, u"acme-corp"_s, u"contacts"_s).value(u"finishedAt"_s).toString();
        const QString globex =
            m_sim->syncStatus(u"hubspot"_s, u"globex"_s, u"contacts"_s).value(u"finishedAt"_s).toString();
        const HttpReply r =
            m_sim->post(u"/sync/trigger"_s,
                        triggerBody({QJsonObject{{u"name"_s, u"contacts"_s}, {u"variant"_s, u"base"_s}}},
                                    u"hubspot"_s, {}));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object(), (QJsonObject{{u"success"_s, true}}));
        // No connection_id: every connection's matching sync runs.
        QTRY_VERIFY_WITH_TIMEOUT(ranSince(u"hubspot"_s, u"acme-corp"_s, u"contacts"_s, acme), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(ranSince(u"hubspot"_s, u"globex"_s, u"contacts"_s, globex), 15000);
    }

    void triggerTakesKeysFromHeaders()
    {
        const QString acme =
            m_sim->syncStatus(u"hubspot"_s, u"acme-corp"_s, u"deals"_s).value(u"finishedAt"_s).toString();
        const QString globex =
            m_sim->syncStatus(u"hubspot"_s, u"globex"_s, u"deals"_s).value(u"finishedAt"_s).toString();
        HttpReply r = m_sim->post(u"/sync/trigger"_s, triggerBody({u"deals"_s}, {}, {}),
                                  {{"Provider-Config-Key", "hubspot"}, {"Connection-Id", "acme-corp"}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object(), (QJsonObject{{u"success"_s, true}}));
        QTRY_VERIFY_WITH_TIMEOUT(ranSince(u"hubspot"_s, u"acme-corp"_s, u"deals"_s, acme), 15000);
        // Only the connection named by the header ran.
        QCOMPARE(m_sim->syncStatus(u"hubspot"_s, u"globex"_s, u"deals"_s).value(u"finishedAt"_s).toString(),
                 globex);

        r = m_sim->post(u"/sync/trigger"_s, triggerBody({u"deals"_s}, {}, {}),
                        {{"Provider-Config-Key", "hubspot"}, {"Connection-Id", "nobody"}});
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), u"unknown_connection"_s);
        // The body wins over the headers.
        r = m_sim->post(u"/sync/trigger"_s, triggerBody({u"deals"_s}, u"hubspot"_s, u"globex"_s),
                        {{"Provider-Config-Key", "github"}, {"Connection-Id", "nobody"}});
        QCOMPARE(r.status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(ranSince(u"hubspot"_s, u"globex"_s, u"deals"_s, globex), 15000);
    }

    void resetWithEmptyCacheHardDeletes_data()
    {
        QTest::addColumn<QJsonObject>("mode");
        QTest::newRow("opts reset and emptyCache")
            << QJsonObject{{u"opts"_s, QJsonObject{{u"reset"_s, true}, {u"emptyCache"_s, true}}}};
        QTest::newRow("sync_mode full_refresh_and_clear_cache")
            << QJsonObject{{u"sync_mode"_s, u"full_refresh_and_clear_cache"_s}};
    }
    void resetWithEmptyCacheHardDeletes()
    {
        QFETCH(QJsonObject, mode);
        const QList<QJsonObject> before = m_sim->truth(u"hubspot"_s, u"acme-corp"_s, u"HubspotContact"_s);
        QSet<QString> oldCursors;
        QSet<QString> oldFirstSeen;
        qint64 newestBefore = 0;
        int tombstones = 0;
        for (const QJsonObject &r : before) {
            oldCursors.insert(meta(r).value(u"cursor"_s).toString());
            newestBefore =
                std::max(newestBefore, *parseTimestampUs(meta(r).value(u"last_modified_at"_s).toString()));
            tombstones += meta(r).value(u"deleted_at"_s).isNull() ? 0 : 1;
        }
        QVERIFY(tombstones > 0);
        const QString finished =
            m_sim->syncStatus(u"hubspot"_s, u"acme-corp"_s, u"contacts"_s).value(u"finishedAt"_s).toString();
        QJsonObject body = triggerBody({u"contacts"_s});
        for (auto it = mode.begin(); it != mode.end(); ++it)
            body.insert(it.key(), it.value());
        const HttpReply r = m_sim->post(u"/sync/trigger"_s, body);
        QCOMPARE(r.status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(ranSince(u"hubspot"_s, u"acme-corp"_s, u"contacts"_s, finished), 15000);

        const QList<QJsonObject> after = m_sim->truth(u"hubspot"_s, u"acme-corp"_s, u"HubspotContact"_s);
        QVERIFY(!after.isEmpty());
        for (const QJsonObject &rec : after) {
            const QJsonObject m = meta(rec);
            // New rows: new internal uuid (so a new cursor), first seen now, nothing deleted.
            QVERIFY(!oldCursors.contains(m.value(u"cursor"_s).toString()));
            QCOMPARE(m.value(u"last_action"_s).toString(), u"ADDED"_s);
            QVERIFY(m.value(u"deleted_at"_s).isNull());
            QVERIFY(*parseTimestampUs(m.value(u"first_seen_at"_s).toString()) > newestBefore);
        }
        // A full run: INITIAL, and the records API sees exactly the new rows.
        const QJsonObject s = m_sim->syncStatus(u"hubspot"_s, u"acme-corp"_s, u"contacts"_s);
        QCOMPARE(s.value(u"type"_s).toString(), u"INITIAL"_s);
        QCOMPARE(s.value(u"recordCount"_s).toObject().value(u"HubspotContact"_s).toInt(), after.size());
        const HttpReply deleted =
            m_sim->get(u"/records?model=HubspotContact&filter=deleted"_s,
                       {{"Provider-Config-Key", "hubspot"}, {"Connection-Id", "acme-corp"}});
        QCOMPARE(deleted.status, 200);
        QVERIFY(deleted.object().value(u"records"_s).toArray().isEmpty());
    }

    void runsThatKeepTheRecords_data()
    {
        QTest::addColumn<QJsonObject>("mode");
        QTest::addColumn<QString>("type");
        // emptyCache only works with reset: alone it is silently ignored.
        QTest::newRow("opts emptyCache alone")
            << QJsonObject{{u"opts"_s, QJsonObject{{u"emptyCache"_s, true}}}} << u"INCREMENTAL"_s;
        QTest::newRow("opts emptyCache, reset false")
            << QJsonObject{{u"opts"_s, QJsonObject{{u"reset"_s, false}, {u"emptyCache"_s, true}}}}
            << u"INCREMENTAL"_s;
        QTest::newRow("opts reset alone")
            << QJsonObject{{u"opts"_s, QJsonObject{{u"reset"_s, true}}}} << u"INITIAL"_s;
        QTest::newRow("sync_mode incremental")
            << QJsonObject{{u"sync_mode"_s, u"incremental"_s}} << u"INCREMENTAL"_s;
        QTest::newRow("sync_mode full_refresh")
            << QJsonObject{{u"sync_mode"_s, u"full_refresh"_s}} << u"INITIAL"_s;
        QTest::newRow("full_resync") << QJsonObject{{u"full_resync"_s, true}} << u"INITIAL"_s;
        QTest::newRow("nothing") << QJsonObject{} << u"INCREMENTAL"_s;
    }
    void runsThatKeepTheRecords()
    {
        QFETCH(QJsonObject, mode);
        QFETCH(QString, type);
        const QList<QJsonObject> before = m_sim->truth(u"hubspot"_s, u"acme-corp"_s, u"HubspotContact"_s);
        const QString finished =
            m_sim->syncStatus(u"hubspot"_s, u"acme-corp"_s, u"contacts"_s).value(u"finishedAt"_s).toString();
        QJsonObject body = triggerBody({u"contacts"_s});
        for (auto it = mode.begin(); it != mode.end(); ++it)
            body.insert(it.key(), it.value());
        const HttpReply r = m_sim->post(u"/sync/trigger"_s, body);
        QCOMPARE(r.status, 200); // not rejected...
        QTRY_VERIFY_WITH_TIMEOUT(ranSince(u"hubspot"_s, u"acme-corp"_s, u"contacts"_s, finished), 15000);
        // ...and not applied: every old row is still there with its uuid, tombstones included.
        QHash<QString, QString> uuidOf;
        for (const QJsonObject &rec : m_sim->truth(u"hubspot"_s, u"acme-corp"_s, u"HubspotContact"_s))
            uuidOf.insert(rec.value(u"id"_s).toString(),
                          QString::fromLatin1(
                              QByteArray::fromBase64(meta(rec).value(u"cursor"_s).toString().toLatin1()))
                              .section(u"||"_s, 1));
        int tombstones = 0;
        for (const QJsonObject &rec : before) {
            const QString id = rec.value(u"id"_s).toString();
            QVERIFY2(uuidOf.contains(id), qPrintable(id));
            QCOMPARE(uuidOf.value(id),
                     QString::fromLatin1(
                         QByteArray::fromBase64(meta(rec).value(u"cursor"_s).toString().toLatin1()))
                         .section(u"||"_s, 1));
            tombstones += meta(rec).value(u"deleted_at"_s).isNull() ? 0 : 1;
        }
        QVERIFY(tombstones > 0);
        // RUN_FULL (reset, full_refresh, full_resync) shows as INITIAL, RUN as INCREMENTAL.
        QCOMPARE(m_sim->syncStatus(u"hubspot"_s, u"acme-corp"_s, u"contacts"_s).value(u"type"_s).toString(),
                 type);
    }

    void pauseAndStart()
    {
        HttpReply r = m_sim->post(u"/sync/pause"_s, triggerBody({u"contacts"_s}));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object(), (QJsonObject{{u"success"_s, true}}));
        QJsonObject s = m_sim->syncStatus(u"hubspot"_s, u"acme-corp"_s, u"contacts"_s);
        QCOMPARE(s.value(u"status"_s).toString(), u"PAUSED"_s);
        QVERIFY(s.value(u"nextScheduledSyncAt"_s).isNull());
        QVERIFY(s.contains(u"finishedAt"_s)); // it ran before
        QCOMPARE(m_sim->syncStatus(u"hubspot"_s, u"globex"_s, u"contacts"_s).value(u"status"_s).toString(),
                 u"SUCCESS"_s);

        // Starting a schedule runs the sync at once, then at its frequency.
        const QString finished = s.value(u"finishedAt"_s).toString();
        r = m_sim->post(u"/sync/start"_s, triggerBody({u"contacts"_s}));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object(), (QJsonObject{{u"success"_s, true}}));
        QTRY_VERIFY_WITH_TIMEOUT(ranSince(u"hubspot"_s, u"acme-corp"_s, u"contacts"_s, finished), 15000);
        s = m_sim->syncStatus(u"hubspot"_s, u"acme-corp"_s, u"contacts"_s);
        QVERIFY(isIsoZ(s.value(u"nextScheduledSyncAt"_s).toString()));

        // A sync that never ran (auto_start false) runs when started.
        r = m_sim->post(u"/sync/start"_s, triggerBody({u"owners"_s}));
        QCOMPARE(r.status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(ranSince(u"hubspot"_s, u"acme-corp"_s, u"owners"_s, {}), 15000);
        s = m_sim->syncStatus(u"hubspot"_s, u"acme-corp"_s, u"owners"_s);
        QVERIFY(s.contains(u"latestResult"_s));
        QVERIFY(isIsoZ(s.value(u"nextScheduledSyncAt"_s).toString()));
        QVERIFY(s.value(u"latestResult"_s)
                    .toObject()
                    .value(u"HubspotOwner"_s)
                    .toObject()
                    .value(u"added"_s)
                    .toInt() > 0);
        QCOMPARE(s.value(u"recordCount"_s).toObject().value(u"HubspotOwner"_s).toInt(),
                 liveCount(m_sim->truth(u"hubspot"_s, u"acme-corp"_s, u"HubspotOwner"_s)));

        // Without connection_id: every connection.
        r = m_sim->post(u"/sync/pause"_s, triggerBody({}, u"hubspot"_s, {}));
        QCOMPARE(r.status, 200);
        const QJsonArray all = m_sim->get(u"/sync/status?syncs=*&provider_config_key=hubspot"_s)
                                   .object()
                                   .value(u"syncs"_s)
                                   .toArray();
        QCOMPARE(all.size(), 6);
        for (const QJsonValue &v : all) {
            QCOMPARE(v.toObject().value(u"status"_s).toString(), u"PAUSED"_s);
            QVERIFY(v.toObject().value(u"nextScheduledSyncAt"_s).isNull());
        }
    }

    void pauseAndStartValidation_data()
    {
        QTest::addColumn<QString>("route");
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        for (const QString &route : {u"/sync/pause"_s, u"/sync/start"_s}) {
            const QByteArray r = route.toLatin1();
            QTest::addRow("%s object item", r.constData())
                << route << triggerBody({QJsonObject{{u"name"_s, u"contacts"_s}, {u"variant"_s, u"base"_s}}})
                << 200 << QString();
            QTest::addRow("%s string item", r.constData())
                << route << triggerBody({u"contacts::base"_s}) << 200 << QString();
            QTest::addRow("%s item without variant", r.constData())
                << route << triggerBody({QJsonObject{{u"name"_s, u"contacts"_s}}}) << 400
                << u"invalid_body"_s;
            QTest::addRow("%s item with extra key", r.constData())
                << route
                << triggerBody(
                       {QJsonObject{{u"name"_s, u"contacts"_s}, {u"variant"_s, u"base"_s}, {u"x"_s, 1}}})
                << 400 << u"invalid_body"_s;
            QTest::addRow("%s item of wrong type", r.constData())
                << route << triggerBody({42}) << 400 << u"invalid_body"_s;
            QTest::addRow("%s no provider_config_key", r.constData())
                << route << triggerBody({u"contacts"_s}, {}, u"acme-corp"_s) << 400 << u"invalid_body"_s;
            QTest::addRow("%s unknown connection", r.constData())
                << route << triggerBody({u"contacts"_s}, u"hubspot"_s, u"nobody"_s) << 404
                << u"unknown_connection"_s;
            QTest::addRow("%s unknown sync", r.constData())
                << route << triggerBody({u"issues"_s}) << 400 << u"no_syncs_found"_s;
        }
    }
    void pauseAndStartValidation()
    {
        QFETCH(QString, route);
        QFETCH(QJsonObject, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        const HttpReply r = m_sim->post(route, body);
        QCOMPARE(r.status, status);
        if (status == 200)
            QCOMPARE(r.object(), (QJsonObject{{u"success"_s, true}}));
        else
            QCOMPARE(r.errorCode(), code);
    }

    void updateFrequency_data()
    {
        QTest::addColumn<QString>("frequency");
        QTest::addColumn<QString>("normalised"); // empty: rejected
        QTest::addColumn<bool>("malformed");     // refused by the schema's format, not by the parser
        QTest::newRow("every 2h") << u"every 2h"_s << u"2h"_s << false;
        QTest::newRow("every hour") << u"every hour"_s << u"1h"_s << false;
        QTest::newRow("every day") << u"every day"_s << u"1d"_s << false;
        QTest::newRow("every half hour") << u"every half hour"_s << u"30m"_s << false;
        QTest::newRow("every week") << u"every week"_s << u"1w"_s << false;
        QTest::newRow("every 45 minutes") << u"every 45 minutes"_s << u"45 minutes"_s << false;
        QTest::newRow("30s, the minimum") << u"30s"_s << u"30s"_s << false;
        QTest::newRow("10s") << u"10s"_s << QString() << false;
        QTest::newRow("banana") << u"banana"_s << QString() << true;
        QTest::newRow("every 0m") << u"every 0m"_s << QString() << false;
        QTest::newRow("2 weeks") << u"2 weeks"_s << QString() << true;
    }
    void updateFrequency()
    {
        QFETCH(QString, frequency);
        QFETCH(QString, normalised);
        QFETCH(bool, malformed);
        const QJsonObject body{{u"sync_name"_s, u"contacts"_s},
                               {u"provider_config_key"_s, u"hubspot"_s},
                               {u"connection_id"_s, u"acme-corp"_s},
                               {u"frequency"_s, frequency}};
        HttpReply r = m_sim->put(u"/sync/update-connection-frequency"_s, body);
        if (normalised.isEmpty()) {
            QCOMPARE(r.status, 400);
            if (malformed) {
                QCOMPARE(r.errorCode(), u"invalid_body"_s);
                QVERIFY(!r.error().contains(u"message"_s));
                QCOMPARE(
                    r.error().value(u"errors"_s).toArray().first().toObject().value(u"code"_s).toString(),
                    u"invalid_format"_s);
            } else {
                QCOMPARE(
                    r.object(),
                    (QJsonObject{{u"error"_s, QJsonObject{{u"code"_s, u"invalid_body"_s},
                                                          {u"message"_s, u"Sync interval is invalid"_s}}}}));
            }
            QCOMPARE(m_sim->syncStatus(u"hubspot"_s, u"acme-corp"_s, u"contacts"_s)
                         .value(u"frequency"_s)
                         .toString(),
                     u"every 30min"_s);
            return;
        }
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object(), (QJsonObject{{u"frequency"_s, normalised}}));
        // The stored override is the raw input.
        QCOMPARE(
            m_sim->syncStatus(u"hubspot"_s, u"acme-corp"_s, u"contacts"_s).value(u"frequency"_s).toString(),
            frequency);
        QCOMPARE(m_sim->syncStatus(u"hubspot"_s, u"globex"_s, u"contacts"_s).value(u"frequency"_s).toString(),
                 u"every 30min"_s);

        // null goes back to the config's runs.
        QJsonObject reset = body;
        reset.insert(u"frequency"_s, QJsonValue::Null);
        r = m_sim->put(u"/sync/update-connection-frequency"_s, reset);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object(), (QJsonObject{{u"frequency"_s, u"every 30min"_s}}));
        QCOMPARE(
            m_sim->syncStatus(u"hubspot"_s, u"acme-corp"_s, u"contacts"_s).value(u"frequency"_s).toString(),
            u"every 30min"_s);
    }

    void updateFrequencyErrors()
    {
        const QJsonObject body{{u"sync_name"_s, u"contacts"_s},
                               {u"provider_config_key"_s, u"hubspot"_s},
                               {u"connection_id"_s, u"acme-corp"_s},
                               {u"frequency"_s, u"every 2h"_s}};
        QJsonObject unknownConnection = body;
        unknownConnection.insert(u"connection_id"_s, u"nobody"_s);
        HttpReply r = m_sim->put(u"/sync/update-connection-frequency"_s, unknownConnection);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.object(), (QJsonObject{{u"error"_s, QJsonObject{{u"code"_s, u"unknown_connection"_s}}}}));

        QJsonObject unknownSync = body;
        unknownSync.insert(u"sync_name"_s, u"issues"_s);
        r = m_sim->put(u"/sync/update-connection-frequency"_s, unknownSync);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.object(), (QJsonObject{{u"error"_s, QJsonObject{{u"code"_s, u"unknown_sync"_s}}}}));
        QJsonObject unknownVariant = body;
        unknownVariant.insert(u"sync_variant"_s, u"emea"_s);
        QCOMPARE(m_sim->put(u"/sync/update-connection-frequency"_s, unknownVariant).errorCode(),
                 u"unknown_sync"_s);

        QJsonObject variant{{u"sync_name"_s, u"opportunities"_s},
                            {u"sync_variant"_s, u"emea"_s},
                            {u"provider_config_key"_s, u"salesforce"_s},
                            {u"connection_id"_s, u"initech"_s},
                            {u"frequency"_s, u"every 3 hours"_s}};
        r = m_sim->put(u"/sync/update-connection-frequency"_s, variant);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object(), (QJsonObject{{u"frequency"_s, u"3 hours"_s}}));
        QCOMPARE(m_sim->syncStatus(u"salesforce"_s, u"initech"_s, u"opportunities"_s, u"emea"_s)
                     .value(u"frequency"_s)
                     .toString(),
                 u"every 3 hours"_s);
        QCOMPARE(m_sim->syncStatus(u"salesforce"_s, u"initech"_s, u"opportunities"_s)
                     .value(u"frequency"_s)
                     .toString(),
                 u"every 2h"_s);

        QJsonObject extra = body;
        extra.insert(u"sync"_s, u"contacts"_s);
        QCOMPARE(m_sim->put(u"/sync/update-connection-frequency"_s, extra).errorCode(), u"invalid_body"_s);
        QJsonObject missing = body;
        missing.remove(u"connection_id"_s);
        QCOMPARE(m_sim->put(u"/sync/update-connection-frequency"_s, missing).errorCode(), u"invalid_body"_s);
        QJsonObject number = body;
        number.insert(u"frequency"_s, 3600);
        QCOMPARE(m_sim->put(u"/sync/update-connection-frequency"_s, number).errorCode(), u"invalid_body"_s);
        r = m_sim->put(u"/sync/update-connection-frequency?x=1"_s, body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), u"invalid_query_params"_s);
    }
};

QTEST_GUILESS_MAIN(TestSimSyncs)
#include "tst_sim_syncs.moc"
