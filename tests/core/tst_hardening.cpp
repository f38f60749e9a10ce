// What an attack on the listener, the cursor loop and the stores found, each over loopback against
// nango-sim and a real cache (SQLite, or PostgreSQL in the _pg variant): a forged flood stays small,
// a cursor that is not Nango's is never stored, a refused stored cursor is recovered, a cursor
// that does not move ends the pull, a pull never pages past what the count allows, and an
// oversized answer is stopped with a clear error.
#include "EngineHarness.h"
#include "cache/RecordStore.h"
#include "cache/Sql.h"
#include "sync/SyncEngine.h"
#include "util/CursorInfo.h"
#include "webhook/WebhookListener.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace testsupport;
using namespace Qt::StringLiterals;

class TestHardening : public QObject
{
    Q_OBJECT

    // The bytes the cache takes on disk: the SQLite file and its WAL, or the log's relation.
    static qint64 cacheBytes(nd::SyncEngine &engine)
    {
        if (onPostgres()) {
            auto q = engine.database().prepare("SELECT pg_total_relation_size('webhook_log')");
            return q->step() ? q->int64(0) : -1;
        }
        // Written through: the WAL is reused in place (SQLite checkpoints it at about 4 MB whatever is
        // written), the file is what stays.
        auto checkpoint = engine.database().prepare("PRAGMA wal_checkpoint(TRUNCATE)");
        checkpoint->step();
        const QString path = engine.config().databasePath;
        return QFileInfo(path).size() + QFileInfo(path + u"-wal"_s).size();
    }

    static nd::Stream stream(nd::SyncEngine &engine, const QString &model = u"HubspotContact"_s)
    {
        return *engine.records().findStream(
            {engine.profile().id, u"hubspot"_s, u"acme-corp"_s, model, u"base"_s});
    }

    // Pulls one stream and waits for it to end; returns its newest history entry.
    static nd::HistoryEntry pullOnce(nd::SyncEngine &engine, qint64 streamId)
    {
        const int before = engine.records().history(streamId, 1000).size();
        engine.requestPull(streamId, u"manual"_s, u"test"_s);
        if (!QTest::qWaitFor(
                [&]() { return engine.isIdle() && engine.records().history(streamId, 1000).size() > before; },
                60000))
            return {};
        return engine.records().history(streamId).first();
    }

    // Changes on the simulator's hubspot/acme-corp sync nobody was told about (no webhook).
    static void changeAcme(Sim &sim, const QString &sync, const QJsonObject &changes)
    {
        QJsonObject body{
            {u"integration"_s, u"hubspot"_s}, {u"connection"_s, u"acme-corp"_s}, {u"sync"_s, sync}};
        for (auto it = changes.begin(); it != changes.end(); ++it)
            body.insert(it.key(), it.value());
        QCOMPARE(sim.control("POST", u"mutate"_s, body).status, 200);
    }

    static QString compareStream(nd::SyncEngine &engine, Sim &sim, const nd::Stream &s)
    {
        return compareWithTruth(engine.database(), s.id,
                                sim.truth(s.key.integration, s.key.connectionId, s.key.model, s.key.variant));
    }

private Q_SLOTS:
    void aForgedFloodBarelyGrowsTheCache()
    {
        QTemporaryDir dir;
        nd::EngineConfig config;
        config.databasePath = freshCacheLocation(dir.path());
        config.serverUrl = QUrl(u"http://127.0.0.1:9"_s);
        nd::SyncEngine engine(config);
        QString error;
        QVERIFY2(engine.open(&error), qPrintable(error));
        QVERIFY(engine.startListener({}, kSigningKey, &error)); // the listener's 1 MiB body limit
        const qint64 before = cacheBytes(engine);
        const QByteArray forged(1000 * 1000, 'f');
        for (int i = 0; i < 1000; ++i)
            QCOMPARE(http("POST", engine.listener()->url(), forged, {{"X-Nango-Hmac-Sha256", "00"}}).status,
                     401);
        QTRY_VERIFY(!engine.journal().webhooks(engine.profile().id).isEmpty());
        const qint64 grown = cacheBytes(engine) - before;
        qInfo() << "1,000 forged 1 MB posts grew the cache by" << grown << "bytes";
        QVERIFY2(grown < 5 * 1000 * 1000, qPrintable(QString::number(grown)));
        // Every refusal is counted, none is hidden.
        int counted = 0;
        for (const nd::WebhookLogEntry &e : engine.journal().webhooks(engine.profile().id, 5000)) {
            QVERIFY(e.rejected());
            QVERIFY(e.body.size() <= nd::JournalStore::kRejectedBodyBytes);
            QCOMPARE(e.bodySize, qint64(forged.size()));
            counted += e.repeats;
        }
        QCOMPARE(counted, 1000);
    }

    void refusedDeliveriesAreCappedInBytes()
    {
        // Refusals that differ (no coalescing) still stay under the cap, oldest dropped first.
        QTemporaryDir dir;
        nd::EngineConfig config;
        config.databasePath = freshCacheLocation(dir.path());
        config.serverUrl = QUrl(u"http://127.0.0.1:9"_s);
        config.rejectedLogBytes = 64 * 1024;
        nd::SyncEngine engine(config);
        QString error;
        QVERIFY2(engine.open(&error), qPrintable(error));
        QVERIFY(engine.startListener({}, kSigningKey, &error));
        const QByteArray body(4096, 'b');
        for (int i = 0; i < 200; ++i) {
            // Missing and wrong signatures by turns: two outcomes, never the same as the last row.
            const QList<QPair<QByteArray, QByteArray>> headers =
                i % 2 ? QList<QPair<QByteArray, QByteArray>>{{"X-Nango-Hmac-Sha256", "00"}}
                      : QList<QPair<QByteArray, QByteArray>>{};
            QCOMPARE(http("POST", engine.listener()->url(), body, headers).status, 401);
        }
        const auto log = engine.journal().webhooks(engine.profile().id, 5000);
        qint64 kept = 0;
        for (const nd::WebhookLogEntry &e : log)
            kept += e.body.size() + e.headersJson.size();
        QVERIFY2(kept <= 64 * 1024, qPrintable(QString::number(kept)));
        QVERIFY(log.size() >= 10);
        QVERIFY(log.size() < 200);
        // The newest are the ones kept: the last post had a wrong signature.
        QCOMPARE(log.constFirst().signature, u"invalid"_s);
    }

    void aCursorThatIsNotNangosIsNeverStored()
    {
        Sim sim;
        QTemporaryDir dir;
        auto engine = makeEngine(sim, dir.path(), 100);
        QVERIFY(syncAll(*engine));
        const nd::Stream s = stream(*engine);
        changeAcme(sim, u"contacts"_s, {{u"update"_s, 5}});
        sim.control("POST", u"faults"_s, {{u"garbage_cursor_pages"_s, 1}});
        const nd::HistoryEntry failed = pullOnce(*engine, s.id);
        QCOMPARE(failed.outcome, u"failed"_s);
        QVERIFY2(failed.error.contains(u"not Nango's"_s), qPrintable(failed.error));
        QCOMPARE(engine->records().stream(s.id)->cursor, s.cursor); // the last good one
        QVERIFY(nd::CursorInfo::isNangoCursor(s.cursor));
        // The next pull goes on from it and ends equal to the server.
        QCOMPARE(pullOnce(*engine, s.id).outcome, u"ok"_s);
        QVERIFY(nd::CursorInfo::isNangoCursor(engine->records().stream(s.id)->cursor));
        const QString diff = compareAll(*engine, sim);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    void aStoredCursorNangoRefusesIsRecovered()
    {
        Sim sim;
        QTemporaryDir dir;
        auto engine = makeEngine(sim, dir.path(), 100);
        QVERIFY(syncAll(*engine));
        const nd::Stream s = stream(*engine);
        // A cursor an older version stored: Nango answers it with 500 server_error, every time.
        auto q = engine->database().prepare("UPDATE streams SET cursor = ?1 WHERE id = ?2");
        q->bind(1, QByteArray("%%%garbage<>{}")).bind(2, s.id);
        QVERIFY(q->run());
        changeAcme(sim, u"contacts"_s, {{u"update"_s, 7}, {u"delete"_s, 3}});
        bool done = false;
        bool ok = false;
        engine->syncAll({u"hubspot"_s, u"acme-corp"_s, u"HubspotContact"_s}, u"manual"_s,
                        [&](bool o, const QString &) {
                            done = true;
                            ok = o;
                        });
        QVERIFY(QTest::qWaitFor([&]() { return done; }, 60000));
        QVERIFY(ok);
        QVERIFY(engine->failures().isEmpty()); // recovered, not a failure to back off from
        const auto history = engine->records().history(s.id);
        QVERIFY(history.size() >= 3);
        QCOMPARE(history.at(1).outcome, u"failed"_s); // asked twice, refused twice
        const nd::HistoryEntry recovered = history.at(0);
        QCOMPARE(recovered.outcome, u"ok"_s);
        QCOMPARE(recovered.trigger, u"recover"_s);
        QVERIFY2(recovered.note.contains(u"refused the stored cursor twice"_s), qPrintable(recovered.note));
        const QByteArray fresh = engine->records().stream(s.id)->cursor;
        QVERIFY(nd::CursorInfo::isNangoCursor(fresh));
        QVERIFY(recovered.updated + recovered.deleted >= 10);
        const QString diff = compareAll(*engine, sim);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    void aCursorThatDoesNotMoveEndsThePull()
    {
        Sim sim;
        QTemporaryDir dir;
        auto engine = makeEngine(sim, dir.path(), 10);
        QVERIFY(syncAll(*engine, nullptr, {u"hubspot"_s, u"acme-corp"_s, u"HubspotDeal"_s}));
        const nd::Stream s = stream(*engine, u"HubspotDeal"_s);
        changeAcme(sim, u"deals"_s, {{u"add"_s, 50}});
        sim.control("POST", u"faults"_s, {{u"stuck_cursor_pages"_s, 1000}});
        const nd::HistoryEntry stuck = pullOnce(*engine, s.id);
        QCOMPARE(stuck.outcome, u"failed"_s);
        QVERIFY2(stuck.error.contains(u"already asked with"_s), qPrintable(stuck.error));
        QVERIFY2(stuck.pages <= 2, qPrintable(QString::number(stuck.pages)));
        sim.control("POST", u"faults"_s, {{u"stuck_cursor_pages"_s, 0}});
        QCOMPARE(pullOnce(*engine, s.id).outcome, u"ok"_s);
        const QString diff = compareStream(*engine, sim, s);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    void aPullNeverAsksForMorePagesThanTheCountAllows()
    {
        Sim sim;
        QTemporaryDir dir;
        auto engine = makeEngine(sim, dir.path(), 2);
        // Nango counts a handful of records; the server then pages far past that.
        sim.control("POST", u"faults"_s, {{u"record_count_override"_s, 1}});
        bool done = false;
        engine->syncAll({u"hubspot"_s, u"acme-corp"_s, u"HubspotContact"_s}, u"manual"_s,
                        [&](bool, const QString &) { done = true; });
        QVERIFY(QTest::qWaitFor([&]() { return done; }, 60000));
        const nd::Stream s = stream(*engine);
        const nd::HistoryEntry bounded = engine->records().history(s.id).first();
        QCOMPARE(bounded.outcome, u"failed"_s);
        QVERIFY2(bounded.error.contains(u"more than the records Nango counts"_s), qPrintable(bounded.error));
        // count 1 at 2 a page: at most 2 x 1 + 10 pages, each stored with its cursor.
        QCOMPARE(bounded.pages, 12);
        const nd::Stream stored = *engine->records().stream(s.id);
        QCOMPARE(stored.liveCount + stored.deletedCount, 24);
    }

    void anOversizedAnswerIsStoppedWithAClearError()
    {
        Sim sim;
        QTemporaryDir dir;
        auto engine = makeEngine(sim, dir.path(), 100);
        QVERIFY(syncAll(*engine, nullptr, {u"hubspot"_s, u"acme-corp"_s, u"HubspotContact"_s}));
        const nd::Stream s = stream(*engine);
        engine->client().setMaxResponseBytes(2 * 1024 * 1024);
        changeAcme(sim, u"contacts"_s, {{u"update"_s, 5}});
        sim.control("POST", u"faults"_s, {{u"pad_page_bytes"_s, 16 * 1024 * 1024}});
        const nd::HistoryEntry failed = pullOnce(*engine, s.id);
        QCOMPARE(failed.outcome, u"failed"_s);
        QVERIFY2(failed.error.contains(u"larger than Nango Desk takes"_s), qPrintable(failed.error));
        QVERIFY2(failed.error.contains(u"--page-size"_s), qPrintable(failed.error));
        QCOMPARE(engine->records().stream(s.id)->cursor, s.cursor);
        QCOMPARE(pullOnce(*engine, s.id).outcome, u"ok"_s); // the next page is Nango's size again
        const QString diff = compareStream(*engine, sim, s);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }
};

QTEST_GUILESS_MAIN(TestHardening)
#include "tst_hardening.moc"
