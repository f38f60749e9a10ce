// The cache's reads and upkeep on PostgreSQL, against the private cluster of
// scripts/pg-test-cluster.sh, beside SQLite where both must answer alike: searches, the engine's
// background ANALYZE and VACUUM, and a quit that cuts the page being written (the records browser's
// blocks: tst_postgres_blocks).

#include "CacheCompare.h"
#include "EngineHarness.h"
#include "api/RecordsPage.h"
#include "cache/CatalogStore.h"
#include "cache/RecordStore.h"
#include "cache/SearchIndex.h"
#include "cache/SqlReadStore.h"
#include "cache/Store.h"
#include "sync/SyncEngine.h"

#include <QtTest>

#include <atomic>
#include <libpq-fe.h>
#include <thread>

using namespace testsupport;
using namespace Qt::StringLiterals;

class TestPostgresCache : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString migratedCache(const QString &name) { return migratedCacheLocation(m_dir.path(), name); }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(onPostgres(), "needs the private cluster (NANGODESK_TEST_PG_FILE)"); }

    void aBackfillIsVacuumedInTheBackground()
    {
        // After a large pull, and again once the search index has caught up with it (its UPDATEs
        // undo the first), the engine vacuums the records table on a connection of its own: every
        // page all-visible, so the browser's scans read indexes alone. Between the index's batches it
        // cuts the block index's long ranges.
        Sim sim;
        QDir dir(m_dir.path());
        dir.mkpath(u"vacuum"_s);
        auto engine = makeEngine(sim, dir.filePath(u"vacuum"_s), 100, 0, 100,
                                 [](nd::EngineConfig &c) { c.vacuumAfterRows = 50; });
        auto stat = [&](const char *sql) {
            auto q = engine->database().prepare(sql);
            return q->step() ? q->int64(0) : -1;
        };
        engine->records().setBlockRows(20); // the block index's ranges short, to be cut while idle
        const char *vacuums = "SELECT vacuum_count FROM pg_stat_user_tables WHERE relname = 'records'";
        QCOMPARE(stat(vacuums), qint64(0));
        QString error;
        QVERIFY2(syncAll(*engine, &error), qPrintable(error));
        QVERIFY(stat("SELECT count(*) FROM records") > 50);
        QTRY_COMPARE_WITH_TIMEOUT(stat("SELECT count(*) FROM records WHERE fts_dirty = 1"), qint64(0), 30000);
        const qint64 caughtUpMs = stat("SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint");
        // One after the pull and one once the index had caught up and the block index's ranges were
        // cut (maybe more while it was indexed): the last one ended after the index caught up (what
        // pg_class says is what it saw) and made pages all-visible. Not every page: on this cluster
        // (synchronous_commit off) a fifth stayed not all-visible in half the runs until the vacuum's
        // ANALYZE committed flushing the WAL (PgVacuum); since, in about one run in twenty, still
        // (issue 17's notes), and a page another backend holds pinned is likely passed over unmarked.
        const auto settled = [&]() {
            const qint64 pages = stat("SELECT relpages FROM pg_class WHERE relname = 'records'");
            return stat(vacuums) >= 2 && !engine->store().vacuumRunning() &&
                   stat("SELECT count(*) FROM records WHERE fts_dirty = 1") == 0 &&
                   stat("SELECT (extract(epoch FROM last_vacuum) * 1000)::bigint FROM pg_stat_user_tables "
                        "WHERE relname = 'records'") >= caughtUpMs &&
                   pages > 0 && stat("SELECT relallvisible FROM pg_class WHERE relname = 'records'") > 0;
        };
        if (!QTest::qWaitFor(settled, 30000))
            QFAIL(qPrintable(
                u"vacuums %1, last ended %2 ms after the index caught up, %3 of %4 pages all-visible"_s
                    .arg(stat(vacuums))
                    .arg(stat("SELECT (extract(epoch FROM last_vacuum) * 1000)::bigint FROM "
                              "pg_stat_user_tables WHERE relname = 'records'") -
                         caughtUpMs)
                    .arg(stat("SELECT relallvisible FROM pg_class WHERE relname = 'records'"))
                    .arg(stat("SELECT relpages FROM pg_class WHERE relname = 'records'"))));
        // And the block index's id order, which a first pull leaves in one range a stream, cut by the
        // engine between its index's batches.
        QTRY_COMPARE_WITH_TIMEOUT(
            stat("SELECT count(*) FROM record_blocks WHERE by_id AND live + deleted > 40"), qint64(0), 30000);
        QVERIFY(stat("SELECT count(*) FROM record_blocks WHERE by_id") >
                stat("SELECT count(*) FROM records") / 40);
        // The planner's statistics each time too (before the VACUUM: a search is planned for the
        // filled search column at once).
        QVERIFY(stat("SELECT analyze_count FROM pg_stat_user_tables WHERE relname = 'records'") >= 2);
    }

    void aQuitCutsThePageBeingWrittenAndRecordsNoFailure()
    {
        // Quitting cancels the statement the engine's thread runs (a page of PostgreSQL's merge took
        // up to 1.5 s): that page and its cursor are rolled back, no failure is recorded, and the next
        // start marks the pull interrupted, then ends equal to the server.
        Sim sim;
        QDir dir(m_dir.path());
        dir.mkpath(u"quit"_s);
        auto engine = makeEngine(sim, dir.filePath(u"quit"_s), 50);
        const QString location = engine->config().databasePath;
        QString error;
        QVERIFY2(syncAll(*engine, &error), qPrintable(error));
        const nd::Stream before = *engine->records().findStream(
            {engine->profile().id, u"hubspot"_s, u"acme-corp"_s, u"HubspotContact"_s, u"base"_s});
        // Another session holds the records table against writes: the page's write waits, mid-statement.
        PGconn *holder = PQconnectdb(location.toUtf8().constData());
        QCOMPARE(PQstatus(holder), CONNECTION_OK);
        PQclear(PQexec(holder, "BEGIN"));
        PGresult *locked = PQexec(holder, "LOCK TABLE records IN SHARE MODE");
        QCOMPARE(PQresultStatus(locked), PGRES_COMMAND_OK);
        PQclear(locked);
        sim.control("POST", u"mutate"_s,
                    {{u"integration"_s, u"hubspot"_s},
                     {u"connection"_s, u"acme-corp"_s},
                     {u"sync"_s, u"contacts"_s},
                     {u"add"_s, 120},
                     {u"update"_s, 40}});
        QSignalSpy failed(engine.get(), &nd::SyncEngine::pullFailed);
        QSignalSpy finished(engine.get(), &nd::SyncEngine::pullFinished);
        // The quit comes from another thread (the window's) once the write waits for the lock.
        std::atomic<bool> interrupted{false};
        std::thread quitter([&]() {
            PGconn *watch = PQconnectdb(location.toUtf8().constData());
            for (int i = 0; i < 3000 && !interrupted; ++i) {
                PGresult *r = PQexec(watch, "SELECT count(*) FROM pg_locks WHERE NOT granted AND relation = "
                                            "'records'::regclass");
                const bool waiting =
                    PQresultStatus(r) == PGRES_TUPLES_OK && QByteArray(PQgetvalue(r, 0, 0)) != "0";
                PQclear(r);
                if (waiting) {
                    engine->interruptForQuit();
                    interrupted = true;
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(10));
            }
            PQfinish(watch);
        });
        engine->requestPull(before.id, u"manual"_s);
        QTRY_VERIFY_WITH_TIMEOUT(interrupted, 40000);
        quitter.join();
        QCoreApplication::processEvents(); // whatever the cut write would have sent
        QVERIFY2(failed.isEmpty(), "a quit is not a failure");
        QVERIFY(finished.isEmpty());
        engine.reset();
        PQclear(PQexec(holder, "ROLLBACK"));
        PQfinish(holder);

        auto again = makeEngine(sim, dir.filePath(u"quit"_s), 50, 0, 100,
                                [&](nd::EngineConfig &c) { c.databasePath = location; });
        const nd::Stream after = *again->records().stream(before.id);
        QCOMPARE(after.cursor, before.cursor); // the page and its cursor went together
        QCOMPARE(after.liveCount, before.liveCount);
        QCOMPARE(checkCounts(again->database(), before.id), QString());
        auto count = [&](const char *outcome) {
            auto q = again->database().prepare("SELECT count(*) FROM cursor_history WHERE outcome = ?1");
            q->bind(1, QString::fromLatin1(outcome));
            return q->step() ? q->int64(0) : -1;
        };
        QCOMPARE(count("failed"), qint64(0));
        QCOMPARE(count("interrupted"), qint64(1));
        QVERIFY2(syncAll(*again, &error), qPrintable(error));
        const QString diff = compareAll(*again, sim);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    void wordsAndFieldsMatchAsOnSqlite()
    {
        // The same questions get the same answers on both stores: "cafe" finds "café" (FTS5 folds
        // accents), a field whose value is JSON null holds no text, an object's field reads as sent.
        for (const QString &uri : {m_dir.filePath(u"alike.sqlite"_s), migratedCache(u"alike"_s)}) {
            QString error;
            nd::Stream s;
            auto store = withStream(uri, u"alike"_s, &s, &error);
            QVERIFY2(store, qPrintable(error));
            // (No raw string literals here: moc cannot read them.)
            const QList<QByteArray> payloads{
                "{\"id\":\"1\",\"name\":\"Caf\xc3\xa9 Noir\",\"owner\":null,\"tags\":{\"a\":1}",
                "{\"id\":\"2\",\"name\":\"Tea House\",\"owner\":\"null person\""};
            const QByteArray meta = ",\"_nango_metadata\":{\"first_seen_at\":\"2026-01-01T00:00:00Z\","
                                    "\"last_action\":\"ADDED\",\"deleted_at\":null,\"pruned_at\":null,";
            QByteArray body = "{\"records\":[";
            for (int i = 0; i < payloads.size(); ++i) {
                const QByteArray n = QByteArray::number(i);
                body += (i ? "," : "") + payloads.at(i) + meta + "\"last_modified_at\":\"2026-01-01T00:00:0" +
                        n + "Z\",\"cursor\":\"c" + n + "\"}}";
            }
            body += "],\"next_cursor\":null}";
            const auto page = nd::parseRecordsPage(body, &error);
            QVERIFY2(page, qPrintable(error));
            const qint64 history = store->records().beginPull(s, u"manual"_s);
            nd::PageCounts counts;
            QVERIFY2(store->records().applyPage(s, history, *page, true, &counts, &error), qPrintable(error));
            QVERIFY(store->records().finishPull(history, u"ok"_s));
            while (store->search().index(100) > 0) {
            }
            nd::SqlReadStore reader(std::move(store));
            auto ids = [&](const nd::RecordQuery &q) {
                QStringList out;
                for (const nd::RecordRow &r : reader.recordBlock(q, {}))
                    out << QString::fromUtf8(r.id);
                return out;
            };
            nd::RecordQuery words;
            words.streamId = s.id;
            words.text = u"cafe"_s;
            QCOMPARE(ids(words), QStringList{u"1"_s});
            nd::RecordQuery nulls;
            nulls.streamId = s.id;
            nulls.fieldFilters = {{u"owner"_s, u"null"_s}};
            QCOMPARE(ids(nulls), QStringList{u"2"_s});
            nd::RecordQuery objects;
            objects.streamId = s.id;
            objects.fieldFilters = {{u"tags"_s, u"{\"a\":1}"_s}};
            QCOMPARE(ids(objects), QStringList{u"1"_s});
        }
    }
};

QTEST_GUILESS_MAIN(TestPostgresCache)
#include "tst_postgres_cache.moc"
