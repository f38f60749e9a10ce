// The sync loop against nango-sim over loopback: first pulls, incremental pulls, faults (500s,
// 429 storms, latency, dropped webhooks), an emptyCache resync, repair pulls and pruning. Every
// scenario ends with the cache compared record by record with the simulator's ground truth.
#include "EngineHarness.h"
#include "cache/ReadStore.h"
#include "cache/RecordStore.h"
#include "cache/SearchIndex.h"
#include "cache/Store.h"
#include "status/SyncStatus.h"
#include "sync/SyncEngine.h"
#include "util/CursorInfo.h"
#include "util/Timestamp.h"

#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace testsupport;
using namespace Qt::StringLiterals;

class TestSyncEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The mass-delete guard: a pull that removes more than the share of the live records it found is
    // flagged in the cursor history and on the stream (its status says so) until a person looks;
    // a pull under the share is not.
    void aPullThatDeletesMostRecordsIsFlagged()
    {
        Sim sim;
        QTemporaryDir dir;
        auto engine = makeEngine(sim, dir.path());
        QVERIFY(syncAll(*engine));
        const nd::StreamKey key{engine->profile().id, u"github"_s, u"acme-corp"_s, u"GithubIssue"_s,
                                u"base"_s};
        const auto before = engine->records().findStream(key);
        QVERIFY(before && before->liveCount >= 100);
        auto mutate = [&sim](int remove) {
            return sim
                .control("POST", u"mutate"_s,
                         {{u"integration"_s, u"github"_s},
                          {u"connection"_s, u"acme-corp"_s},
                          {u"sync"_s, u"issues"_s},
                          {u"model"_s, u"GithubIssue"_s},
                          {u"delete"_s, remove}})
                .status;
        };
        // 5%: nothing to say.
        QCOMPARE(mutate(int(before->liveCount / 20)), 200);
        QVERIFY(syncAll(*engine));
        auto small = engine->records().findStream(key);
        QVERIFY(small);
        QCOMPARE(small->massDeleted, 0);
        QCOMPARE(engine->records().history(small->id, 1).constFirst().massDelete, 0);
        // Half of what is left: flagged.
        const qint64 live = small->liveCount;
        QCOMPARE(mutate(int(live / 2)), 200);
        QVERIFY(syncAll(*engine));
        const auto flagged = engine->records().findStream(key);
        QVERIFY(flagged);
        // The simulator picks among every record, so a few it "deletes" were deleted already.
        const qint64 removed = live - flagged->liveCount;
        QVERIFY2(double(removed) > 0.2 * double(live), qPrintable(QString::number(removed)));
        QCOMPARE(flagged->massDeleted, removed);
        QCOMPARE(flagged->massDeleteOf, live);
        const nd::HistoryEntry last = engine->records().history(flagged->id, 1).constFirst();
        QCOMPARE(last.massDelete, removed);
        QCOMPARE(flagged->massDeleteHistoryId, last.id);
        QVERIFY2(last.note.contains(u"mass delete"_s), qPrintable(last.note));
        // The one status says it, with what to do.
        nd::StreamFacts facts;
        facts.stream = *flagged;
        const nd::StreamStatus status = nd::Status::evaluate(facts, {}, {nd::Timestamp::nowMicros(), 300});
        QCOMPARE(status.massDeleted, removed);
        QVERIFY2(nd::Status::describe(status, nd::Timestamp::nowMicros()).contains(u"Show deleted"_s),
                 qPrintable(nd::Status::describe(status, nd::Timestamp::nowMicros())));
        // Looked at: the stream's flag goes, the history keeps it.
        engine->acknowledgeMassDelete(flagged->id);
        QCOMPARE(engine->records().findStream(key)->massDeleted, 0);
        QCOMPARE(engine->records().history(flagged->id, 1).constFirst().massDelete, removed);
        const QString diff = compareAll(*engine, sim);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    void firstPullEqualsServer()
    {
        Sim sim;
        QVERIFY(sim.started);
        QTemporaryDir dir;
        auto engine = makeEngine(sim, dir.path());
        QString error;
        QVERIFY2(syncAll(*engine, &error), qPrintable(error));
        // 6 connections; the default data set has 12 streams with records or none (paused owners).
        QCOMPARE(engine->records().streams(engine->profile().id).size(), 12);
        const QString diff = compareAll(*engine, sim);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        // Each stream's cursor is the cursor of its newest record.
        const auto s = engine->records().findStream(
            {engine->profile().id, u"hubspot"_s, u"acme-corp"_s, u"HubspotContact"_s, u"base"_s});
        QVERIFY(s && !s->cursor.isEmpty());
        const auto history = engine->records().history(s->id);
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().outcome, u"ok"_s);
        QCOMPARE(history.first().pages, 3); // 300 records in pages of 100
        QVERIFY(history.first().cursorBefore.isEmpty());
        QCOMPARE(history.first().cursorAfter, s->cursor);
        // The model's fields are listed as pages arrive, in the order the provider sends them.
        const QStringList fields = engine->records().fields(s->id);
        QVERIFY2(fields.size() >= 10, qPrintable(fields.join(u',')));
        QCOMPARE(fields.mid(0, 3), (QStringList{u"first_name"_s, u"last_name"_s, u"email"_s}));
        QVERIFY(fields.contains(u"id"_s) && !fields.contains(u"_nango_metadata"_s));
    }

    void incrementalPullsFollowServerChanges()
    {
        Sim sim;
        QTemporaryDir dir;
        auto engine = makeEngine(sim, dir.path());
        QVERIFY(syncAll(*engine));
        const auto before = engine->records().findStream(
            {engine->profile().id, u"github"_s, u"acme-corp"_s, u"GithubIssue"_s, u"base"_s});
        QVERIFY(before);
        // Adds, updates, soft deletes and undeletes on the server.
        QCOMPARE(sim.control("POST", u"mutate"_s,
                             {{u"integration"_s, u"github"_s},
                              {u"connection"_s, u"acme-corp"_s},
                              {u"sync"_s, u"issues"_s},
                              {u"add"_s, 25},
                              {u"update"_s, 40},
                              {u"delete"_s, 10},
                              {u"undelete"_s, 3}})
                     .status,
                 200);
        QVERIFY(syncAll(*engine));
        const auto after = engine->records().findStream(
            {engine->profile().id, u"github"_s, u"acme-corp"_s, u"GithubIssue"_s, u"base"_s});
        QVERIFY(after->cursor != before->cursor);
        const auto history = engine->records().history(after->id);
        QCOMPARE(history.size(), 2);
        const nd::HistoryEntry &last = history.first();
        QCOMPARE(last.cursorBefore, before->cursor);
        // Every record the server changed after our old cursor arrived once in this pull, counted
        // by the action Nango reports for it.
        const qint64 since = nd::CursorInfo::decode(before->cursor)->micros;
        QHash<QString, qint64> changed;
        for (const QJsonObject &r : sim.truth(u"github"_s, u"acme-corp"_s, u"GithubIssue"_s)) {
            const QJsonObject meta = r.value(u"_nango_metadata"_s).toObject();
            if (*nd::Timestamp::parseMicros(meta.value(u"last_modified_at"_s).toString().toLatin1()) > since)
                changed[meta.value(u"last_action"_s).toString()] += 1;
        }
        QCOMPARE(last.added, changed.value(u"ADDED"_s));
        QCOMPARE(last.updated, changed.value(u"UPDATED"_s));
        QCOMPARE(last.deleted, changed.value(u"DELETED"_s));
        QVERIFY(last.added > 0 && last.updated > 0 && last.deleted > 0);
        const QString diff = compareAll(*engine, sim);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    void recordChangedWhilePagingComesBack()
    {
        Sim sim;
        QTemporaryDir dir;
        auto engine = makeEngine(sim, dir.path(), 50);
        bool mutated = false;
        // After the first page lands, records already passed are changed on the server: they move
        // after the cursor and must be delivered again in the same pull.
        connect(engine.get(), &nd::SyncEngine::pullProgress, this, [&](qint64, int pages, qint64) {
            if (pages == 1 && !mutated) {
                mutated = true;
                sim.control("POST", u"mutate"_s,
                            {{u"integration"_s, u"hubspot"_s},
                             {u"connection"_s, u"acme-corp"_s},
                             {u"sync"_s, u"contacts"_s},
                             {u"update"_s, 30}});
            }
        });
        QVERIFY(syncAll(*engine, nullptr, {u"hubspot"_s, u"acme-corp"_s, u"HubspotContact"_s}));
        QVERIFY(mutated);
        const auto s = engine->records().findStream(
            {engine->profile().id, u"hubspot"_s, u"acme-corp"_s, u"HubspotContact"_s, u"base"_s});
        const QString diff = compareWithTruth(engine->database(), s->id,
                                              sim.truth(u"hubspot"_s, u"acme-corp"_s, u"HubspotContact"_s));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QVERIFY(checkCounts(engine->database(), s->id).isEmpty());
    }

    void faultsAndMissedWebhooksStillEndEqual()
    {
        nangosim::SimOptions options = Sim::defaults();
        options.failRate = 0.05;
        options.latencyMs = 5;
        options.rateLimit = 40;
        options.rateWindowSeconds = 1;
        options.runMs = 30;
        Sim sim(options);
        QTemporaryDir dir;
        auto engine = makeEngine(sim, dir.path(), 100, 1);
        QString error;
        QVERIFY(engine->startListener({}, kSigningKey, &error));
        sim.server->addWebhookUrl(engine->listener()->url().toString());
        sim.control("POST", u"faults"_s, {{u"webhook_drop_rate"_s, 0.5}});
        // A "production backend" sharing the account's budget: 429 storms for our client.
        QNetworkAccessManager spammerNam;
        QTimer spammer;
        int spent = 0;
        connect(&spammer, &QTimer::timeout, this, [&]() {
            QNetworkRequest r(sim.at(u"/integrations"_s));
            r.setRawHeader("Authorization", "Bearer " + kApiKey);
            QNetworkReply *reply = spammerNam.get(r);
            connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
            ++spent;
        });
        spammer.start(40); // 25 requests a second of a 40 a second budget: contested, not exhausted
        int retries429 = 0;
        int retries5xx = 0;
        connect(&engine->client(), &nd::NangoClient::retrying, this, [&](int status, qint64) {
            retries429 += status == 429;
            retries5xx += status >= 500;
        });
        // A storm: the next 30 requests are refused with 429 whatever the budget says, and a few 500s
        // on top of the random ones, so some surely come.
        sim.control("POST", u"faults"_s, {{u"storm_429"_s, 30}, {u"storm_500"_s, 3}});
        // The first sync survives 500s and 429s through retries.
        QVERIFY2(syncAll(*engine, &error), qPrintable(error));
        // Server-side runs with half the webhooks dropped: polling catches the rest.
        engine->startPolling();
        for (int round = 0; round < 3; ++round)
            sim.control("POST", u"run"_s, {{u"integration"_s, u"hubspot"_s}});
        sim.control("POST", u"run"_s, {{u"integration"_s, u"github"_s}});
        QVERIFY(sim.waitIdle());
        spammer.stop();
        QTRY_VERIFY_WITH_TIMEOUT(engine->isIdle() && compareAll(*engine, sim).isEmpty(), 90000);
        QVERIFY(spent > 0);
        QVERIFY(retries429 > 0);
        QVERIFY(retries5xx > 0);
        const QJsonObject deliveries = sim.control("GET", u"webhooks"_s).json();
        bool dropped = false;
        for (const QJsonValue &d : deliveries.value(u"deliveries"_s).toArray())
            dropped = dropped || d.toObject().value(u"outcome"_s).toString() == u"dropped";
        QVERIFY(dropped);
    }

    void emptyCacheResyncStartsNewGeneration()
    {
        Sim sim;
        QTemporaryDir dir;
        auto engine = makeEngine(sim, dir.path());
        QString error;
        QVERIFY(engine->startListener({}, kSigningKey, &error));
        sim.server->addWebhookUrl(engine->listener()->url().toString());
        QVERIFY(syncAll(*engine));
        const auto before = engine->records().findStream(
            {engine->profile().id, u"hubspot"_s, u"globex"_s, u"HubspotDeal"_s, u"base"_s});
        QVERIFY(before && before->liveCount > 0);
        // Two deals changed once (each keeps a version), then gone from the provider before the
        // emptyCache run: dropped with their versions.
        // Two live ones: the truth holds tombstones too, in a QHash's order, and an update of a
        // deleted record changes nothing.
        QStringList changed;
        const auto truth = sim.truth(u"hubspot"_s, u"globex"_s, u"HubspotDeal"_s);
        for (auto it = truth.cbegin(); it != truth.cend() && changed.size() < 2; ++it)
            if (it.value().value(u"_nango_metadata"_s).toObject().value(u"deleted_at"_s).isNull())
                changed << it.key();
        const QJsonObject deals{{u"integration"_s, u"hubspot"_s},
                                {u"connection"_s, u"globex"_s},
                                {u"sync"_s, u"deals"_s},
                                {u"model"_s, u"HubspotDeal"_s}};
        auto with = [&deals](const QString &key, const QJsonValue &value) {
            QJsonObject o = deals;
            o.insert(key, value);
            return o;
        };
        QCOMPARE(sim.control("POST", u"mutate"_s, with(u"update_ids"_s, QJsonArray::fromStringList(changed)))
                     .status,
                 200);
        QVERIFY(syncAll(*engine));
        auto versionsOf = [&engine, &before, &changed]() {
            auto q = engine->database().prepare(
                "SELECT count(*) FROM record_versions WHERE stream_id = ?1 AND record_id IN (?2, ?3)");
            q->bind(1, before->id).bind(2, changed.at(0)).bind(3, changed.at(1));
            return q->step() ? q->int64(0) : -1;
        };
        QCOMPARE(versionsOf(), 2);
        QCOMPARE(sim.control("POST", u"mutate"_s, with(u"delete_ids"_s, QJsonArray::fromStringList(changed)))
                     .status,
                 200);
        // Most deals are gone from the provider when Nango's cache is emptied: they never come back,
        // and the new generation drops them, which the mass-delete guard flags like deletions.
        QCOMPARE(sim.control("POST", u"mutate"_s,
                             {{u"integration"_s, u"hubspot"_s},
                              {u"connection"_s, u"globex"_s},
                              {u"sync"_s, u"deals"_s},
                              {u"model"_s, u"HubspotDeal"_s},
                              {u"delete"_s, int(before->liveCount)}})
                     .status,
                 200);
        bool done = false;
        bool ok = false;
        engine->trigger({u"hubspot"_s, u"globex"_s, {u"deals"_s}}, nd::ResyncMode::ResetAndEmptyCache,
                        [&](bool success, const QString &) {
                            done = true;
                            ok = success;
                        });
        QTRY_VERIFY(done);
        QVERIFY(ok);
        const auto during = engine->records().stream(before->id);
        QCOMPARE(during->generation, before->generation + 1);
        QVERIFY(during->cursor.isEmpty());
        QVERIFY(during->awaitingResyncSinceUs > 0);
        // Until the new generation is complete the old rows stay.
        QVERIFY(during->liveCount == before->liveCount);
        // Nango re-adds every record with new ids after hard-deleting them, then sends webhooks.
        QTRY_VERIFY_WITH_TIMEOUT(engine->records().stream(before->id)->awaitingResyncSinceUs == 0, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(engine->isIdle(), 30000);
        const QString diff = compareWithTruth(engine->database(), before->id,
                                              sim.truth(u"hubspot"_s, u"globex"_s, u"HubspotDeal"_s));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QVERIFY(checkCounts(engine->database(), before->id).isEmpty());
        const auto history = engine->records().history(before->id);
        bool noted = false;
        for (const nd::HistoryEntry &h : history)
            noted = noted || (h.dropped > 0 && h.note.contains(u"emptyCache"_s));
        QVERIFY2(noted, "the cursor history says which records were dropped");
        const auto after = engine->records().stream(before->id);
        QVERIFY2(after->massDeleted > before->liveCount / 3 && after->massDeleteOf == before->liveCount,
                 qPrintable(u"%1 of %2"_s.arg(after->massDeleted).arg(after->massDeleteOf)));
        bool flagged = false;
        for (const nd::HistoryEntry &h : history)
            flagged = flagged || (h.dropped > before->liveCount / 3 && h.massDelete == h.dropped + h.deleted);
        QVERIFY2(flagged, "the pull that dropped them is flagged in the cursor history");
        QCOMPARE(versionsOf(), 0);
        // The journal recorded the action with its result.
        const auto journal = engine->journal().journalEntries(engine->profile().id);
        QCOMPARE(journal.first().action, u"resync-empty-cache"_s);
        QCOMPARE(journal.first().outcome, u"ok"_s);
    }

    void repairPullDoesNotMoveCursor()
    {
        Sim sim;
        QTemporaryDir dir;
        auto engine = makeEngine(sim, dir.path());
        QVERIFY(syncAll(*engine));
        const auto s = engine->records().findStream(
            {engine->profile().id, u"salesforce"_s, u"initech"_s, u"SalesforceAccount"_s, u"base"_s});
        // Changes nobody told us about (no webhook), then a repair since a day ago.
        sim.control("POST", u"mutate"_s,
                    {{u"integration"_s, u"salesforce"_s},
                     {u"connection"_s, u"initech"_s},
                     {u"sync"_s, u"accounts"_s},
                     {u"update"_s, 20}});
        engine->repairPull(s->id, nd::Timestamp::nowMicros() - 86400LL * 1000000);
        QTRY_VERIFY_WITH_TIMEOUT(engine->isIdle() && engine->records().history(s->id).size() == 2, 30000);
        const auto after = engine->records().stream(s->id);
        QCOMPARE(after->cursor, s->cursor);
        const nd::HistoryEntry repair = engine->records().history(s->id).first();
        QCOMPARE(repair.trigger, u"repair"_s);
        QVERIFY(repair.note.contains(u"cursor does not move"_s));
        QVERIFY(repair.updated >= 20);
        const QString diff = compareWithTruth(
            engine->database(), s->id, sim.truth(u"salesforce"_s, u"initech"_s, u"SalesforceAccount"_s));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    void prunedRecordsKeepTheirLastPayload()
    {
        Sim sim;
        QTemporaryDir dir;
        auto engine = makeEngine(sim, dir.path());
        QVERIFY(syncAll(*engine, nullptr, {u"github"_s, u"acme-corp"_s, u"GithubIssueComment"_s}));
        const auto s = engine->records().findStream(
            {engine->profile().id, u"github"_s, u"acme-corp"_s, u"GithubIssueComment"_s, u"base"_s});
        QVERIFY(sim.control("POST", u"prune"_s,
                            {{u"integration"_s, u"github"_s},
                             {u"connection"_s, u"acme-corp"_s},
                             {u"model"_s, u"GithubIssueComment"_s},
                             {u"limit"_s, 40}})
                    .json()
                    .value(u"count"_s)
                    .toInt() == 40);
        // Pruning keeps updated_at: only a pull by date sees it.
        engine->repairPull(s->id, nd::Timestamp::nowMicros() - 200LL * 86400 * 1000000);
        QTRY_VERIFY_WITH_TIMEOUT(engine->isIdle() && engine->records().history(s->id).size() == 2, 30000);
        QString error;
        auto reader = nd::ReadStore::open(engine->config().databasePath, &error);
        QVERIFY2(reader, qPrintable(error));
        nd::RecordQuery pruned;
        pruned.streamId = s->id;
        pruned.prunedOnly = true;
        pruned.includeDeleted = true;
        int withBody = 0;
        QVERIFY(reader->forEachRecord(pruned, [&](const nd::RecordRow &r) {
            withBody += QJsonDocument::fromJson(r.payload).object().contains(u"body"_s);
            return true;
        }));
        QCOMPARE(reader->countRecords(pruned), qint64(40));
        QCOMPARE(withBody, 40); // flagged, and the last payload seen is still there
        QVERIFY(checkCounts(engine->database(), s->id).isEmpty());
        QCOMPARE(engine->records().stream(s->id)->prunedCount, qint64(40));
    }

    void searchIndexCatchesUpWhenIdle()
    {
        Sim sim;
        QTemporaryDir dir;
        auto engine = makeEngine(sim, dir.path());
        QVERIFY(syncAll(*engine, nullptr, {u"hubspot"_s, u"acme-corp"_s, u"HubspotContact"_s}));
        const auto s = engine->records().findStream(
            {engine->profile().id, u"hubspot"_s, u"acme-corp"_s, u"HubspotContact"_s, u"base"_s});
        nd::SearchIndex &index = engine->store().search();
        // Pulls only mark rows; the engine indexes them in batches while idle.
        QTRY_COMPARE_WITH_TIMEOUT(index.pending(s->id), qint64(0), 30000);
        QString error;
        auto reader = nd::ReadStore::open(engine->config().databasePath, &error);
        QVERIFY2(reader, qPrintable(error));
        // Through the read side, which searches the index once the stream is indexed.
        auto hits = [&](const QString &text) {
            nd::RecordQuery q;
            q.streamId = s->id;
            q.text = text;
            q.includeDeleted = true;
            return reader->countRecords(q);
        };
        QCOMPARE(hits(u"contact51000008@example.com"_s), qint64(1));
        QCOMPARE(hits(u"CONTACT51000008"_s), qint64(1)); // case-insensitive, prefix
        QCOMPARE(hits(u"lastSyncedAt"_s), qint64(0));    // keys are not indexed
        QCOMPARE(hits(u"no-such-word-anywhere"_s), qint64(0));
        // A record that changes is indexed again with its new values.
        sim.control("POST", u"mutate"_s,
                    {{u"integration"_s, u"hubspot"_s},
                     {u"connection"_s, u"acme-corp"_s},
                     {u"sync"_s, u"contacts"_s},
                     {u"update"_s, 10}});
        QVERIFY(syncAll(*engine, nullptr, {u"hubspot"_s, u"acme-corp"_s, u"HubspotContact"_s}));
        QTRY_COMPARE_WITH_TIMEOUT(index.pending(s->id), qint64(0), 30000);
        nd::RecordQuery versions;
        versions.streamId = s->id;
        versions.fieldFilters = {{u"version"_s, u"2"_s}};
        QVERIFY(reader->countRecords(versions) > 0);
        if (engine->store().dialect() == nd::SqlDialect::Sqlite) {
            // SQLite's index is a table of its own: one entry per row, none stale.
            auto indexed = engine->database().prepare("SELECT count(*) FROM records_fts");
            QVERIFY(indexed->step());
            QCOMPARE(indexed->int64(0), s->liveCount + s->deletedCount);
        }
    }

    void aMirroredStreamsPullGoesBeforeBackfillPages()
    {
        nangosim::SimOptions options = Sim::defaults();
        options.latencyMs = 10;
        Sim sim(options);
        QTemporaryDir dir;
        nd::EngineConfig config;
        config.databasePath = freshCacheLocation(dir.path());
        config.profileName = u"test"_s;
        config.serverUrl = sim.url();
        config.pageSize = 5;
        config.maxConcurrentPulls = 1; // one slot: without yielding, the webhook's pull waits it out
        config.pollIntervalSeconds = 0;
        config.webhookDebounceMs = 50;
        nd::SyncEngine engine(config);
        QString error;
        QVERIFY2(engine.open(&error), qPrintable(error));
        engine.setApiKey(kApiKey);
        const qint64 profile = engine.profile().id;
        QVERIFY(syncAll(engine, nullptr, {u"hubspot"_s, u"acme-corp"_s, u"HubspotDeal"_s}));
        const nd::Stream deal = *engine.records().findStream(
            {profile, u"hubspot"_s, u"acme-corp"_s, u"HubspotDeal"_s, u"base"_s});
        const nd::Stream contact = *engine.records().findStream(
            {profile, u"hubspot"_s, u"acme-corp"_s, u"HubspotContact"_s, u"base"_s});
        QVERIFY(contact.cursor.isEmpty());
        // The first mirror of a stream, 60 pages; a few are in when a webhook names the mirrored one.
        engine.requestPull(contact.id, u"start-up"_s, u"test"_s);
        QTRY_VERIFY(engine.records().stream(contact.id)->liveCount >= 15);
        qint64 contactsWhenDealDone = -1;
        connect(&engine, &nd::SyncEngine::pullFinished, this, [&](qint64 id, bool ok, const QString &) {
            if (id == deal.id && ok) {
                const nd::Stream now = *engine.records().stream(contact.id);
                contactsWhenDealDone = now.liveCount + now.deletedCount;
            }
        });
        sim.control("POST", u"mutate"_s,
                    {{u"integration"_s, u"hubspot"_s},
                     {u"connection"_s, u"acme-corp"_s},
                     {u"sync"_s, u"deals"_s},
                     {u"update"_s, 3}});
        engine.requestPull(deal.id, u"webhook"_s, u"test"_s);
        QTRY_VERIFY_WITH_TIMEOUT(contactsWhenDealDone >= 0, 30000);
        // The backfill went on from where it stopped, and both end equal to the server.
        QTRY_VERIFY_WITH_TIMEOUT(
            engine.isIdle() && engine.records().history(contact.id).first().outcome == u"ok", 60000);
        const nd::Stream mirrored = *engine.records().stream(contact.id);
        QVERIFY2(contactsWhenDealDone < mirrored.liveCount + mirrored.deletedCount,
                 qPrintable(QString::number(contactsWhenDealDone)));
        const auto history = engine.records().history(contact.id);
        QCOMPARE(history.first().outcome, u"ok"_s);
        QVERIFY(std::any_of(history.begin(), history.end(), [](const nd::HistoryEntry &h) {
            return h.outcome == u"stopped" && h.note.contains(u"go first"_s);
        }));
        for (const nd::Stream &s : {deal, contact}) {
            const QString diff = compareWithTruth(engine.database(), s.id,
                                                  sim.truth(u"hubspot"_s, u"acme-corp"_s, s.key.model));
            QVERIFY2(diff.isEmpty(), qPrintable(diff));
        }
    }

    void wrongKeyAndWrongUrlSayWhatToDo()
    {
        Sim sim;
        QTemporaryDir dir;
        auto engine = makeEngine(sim, dir.path());
        engine->setApiKey("9d3c2b1a-0f9e-4d8c-8b7a-6f5e4d3c2b1a");
        QString error;
        QVERIFY(!syncAll(*engine, &error));
        QVERIFY2(error.contains(u"another environment"_s), qPrintable(error));
        // A URL that serves the web app instead of the API (the dashboard's port, a path prefix).
        nd::EngineConfig config;
        config.databasePath = dir.path() + u"/other.sqlite"_s;
        QUrl wrong = sim.url();
        wrong.setPath(u"/dashboard"_s);
        config.serverUrl = wrong;
        nd::SyncEngine html(config);
        QVERIFY(html.open(&error));
        html.setApiKey(kApiKey);
        QVERIFY(!syncAll(html, &error));
        QVERIFY2(error.contains(u"not Nango's API"_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_sync_engine.moc"
