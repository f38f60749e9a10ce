// The records browser's blocks on PostgreSQL, against the private cluster of
// scripts/pg-test-cluster.sh, beside SQLite where both must answer alike: blocks by key and by place,
// and the block index (PgBlocks) the page writer keeps for the places.

#include "EngineHarness.h"
#include "SqlStatements.h"
#include "api/RecordsPage.h"
#include "cache/CatalogStore.h"
#include "cache/RecordStore.h"
#include "cache/SearchIndex.h"
#include "cache/SqlReadStore.h"
#include "cache/Store.h"

#include <QtTest>

#include <atomic>
#include <cstdio>
#include <optional>

using namespace testsupport;
using namespace Qt::StringLiterals;

class TestPostgresBlocks : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString migratedCache(const QString &name) { return migratedCacheLocation(m_dir.path(), name); }

    // A page of records: id, the second of 2026-01-01T10:00 it was last modified at, deleted or not.
    struct Rec
    {
        QByteArray id;
        int second = 0;
        bool deleted = false;
    };
    static std::optional<nd::RecordsPage> pageOf(const QList<Rec> &records, QString *error)
    {
        QByteArray body = "{\"records\":[";
        for (const Rec &r : records) {
            const QByteArray at = "2026-01-01T" + QByteArray::number(10 + r.second / 3600) + ":" +
                                  QByteArray::number(r.second / 60 % 60).rightJustified(2, '0') + ":" +
                                  QByteArray::number(r.second % 60).rightJustified(2, '0') + "Z";
            body += (&r != &records.first() ? "," : "") + QByteArray("{\"id\":\"") + r.id +
                    "\",\"_nango_metadata\":{\"first_seen_at\":\"" + at + "\",\"last_modified_at\":\"" + at +
                    "\",\"last_action\":\"" + (r.deleted ? "DELETED" : "UPDATED") +
                    "\",\"deleted_at\":" + (r.deleted ? "\"" + at + "\"" : QByteArray("null")) +
                    ",\"pruned_at\":null,\"cursor\":\"c" + r.id + QByteArray::number(r.second) + "\"}}";
        }
        body += "],\"next_cursor\":null}";
        return nd::parseRecordsPage(body, error);
    }

    // Every range of the block index's order (by time, or by id) counting what the records table
    // holds between its first key and the next range's, and (`sized`) none past twice `rows`; their
    // sums the stream's counts. Empty: all agree.
    static QString blockIndexDisagreement(nd::SqlDb &db, qint64 streamId, bool byId, int rows, bool sized)
    {
        const QString in = byId ? u"x.record_id >= r.lo_id AND (r.hi_id IS NULL OR x.record_id < r.hi_id)"_s
                                : u"(x.last_modified_us, x.record_id) >= (r.lo_us, r.lo_id) AND (r.hi_us IS "
                                  u"NULL OR (x.last_modified_us, x.record_id) < (r.hi_us, r.hi_id))"_s;
        auto q = db.prepare(uR"sql(
WITH r AS (SELECT lo_us, lo_id, live, deleted, lead(lo_us) OVER w AS hi_us, lead(lo_id) OVER w AS hi_id
           FROM record_blocks WHERE stream_id = ?1 AND by_id = ?3 WINDOW w AS (ORDER BY lo_us, lo_id))
SELECT r.lo_us, r.live, r.deleted, r.live + r.deleted > 2 * ?2,
       (SELECT count(*) FILTER (WHERE x.deleted_at IS NULL) FROM records x WHERE x.stream_id = ?1 AND %1),
       (SELECT count(*) FILTER (WHERE x.deleted_at IS NOT NULL) FROM records x WHERE x.stream_id = ?1 AND %1),
       r.lo_id
FROM r ORDER BY r.lo_us, r.lo_id)sql"_s.arg(in)
                                .toUtf8());
        q->bind(1, streamId).bind(2, qint64(rows)).bind(3, qint64(byId));
        qint64 live = 0;
        qint64 deleted = 0;
        int ranges = 0;
        while (q->step()) {
            ++ranges;
            live += q->int64(1);
            deleted += q->int64(2);
            const QString at = byId ? q->text(6) : QString::number(q->int64(0));
            if (sized && q->int64(3))
                return u"a range of %1 rows at %2"_s.arg(q->int64(1) + q->int64(2)).arg(at);
            if (q->int64(1) != q->int64(4) || q->int64(2) != q->int64(5))
                return u"the range at %1 counts %2/%3, the table holds %4/%5"_s.arg(at)
                    .arg(q->int64(1))
                    .arg(q->int64(2))
                    .arg(q->int64(4))
                    .arg(q->int64(5));
        }
        if (!q->done() || ranges == 0)
            return u"no ranges: "_s + db.lastError();
        auto t = db.prepare("SELECT live_count, deleted_count FROM streams WHERE id = ?1");
        t->bind(1, streamId);
        if (!t->step() || t->int64(0) != live || t->int64(1) != deleted)
            return u"the ranges sum to %1/%2, not the stream's counts"_s.arg(live).arg(deleted);
        return {};
    }

    // Debug lines of the reads through the block index, and the longest skip they made.
    static inline std::atomic<int> s_indexReads{0};
    static inline std::atomic<qint64> s_longestSkip{0};
    static void countIndexReads(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        static const QRegularExpression line(u"from the block index: skipping (\\d+)"_s);
        const auto m = line.match(message);
        if (type == QtDebugMsg && m.hasMatch()) {
            ++s_indexReads;
            s_longestSkip = std::max<qint64>(s_longestSkip, m.captured(1).toLongLong());
            return;
        }
        if (type != QtDebugMsg)
            std::fprintf(stderr, "%s: %s\n", context.category, qPrintable(message));
    }

    // Every block of `size` rows, at every `step`th place, of the live, all, newest-first and
    // newest-first-with-deletions views by time and by id, read by place: the rows of the view's
    // whole order there.
    static void everyPlaceReadsItsRows(nd::SqlReadStore &reader, qint64 streamId, int step)
    {
        QList<nd::RecordQuery> views;
        for (const auto sort : {nd::RecordQuery::Sort::Modified, nd::RecordQuery::Sort::Id}) {
            nd::RecordQuery live;
            live.streamId = streamId;
            live.sort = sort;
            nd::RecordQuery all = live;
            all.includeDeleted = true;
            nd::RecordQuery newest = live;
            newest.descending = true;
            nd::RecordQuery newestAll = all;
            newestAll.descending = true;
            views << live << all << newest << newestAll;
        }
        for (const nd::RecordQuery &q : std::as_const(views)) {
            placesReadTheirRows(reader, q, step, false);
            if (QTest::currentTestFailed())
                return;
        }
    }

    // Every block of 20 rows of `q`, at every `step`th place, read by its place: the rows of the
    // view's whole order there; `seekOnly`: each read by a seek from a counted key, never an OFFSET.
    static void placesReadTheirRows(nd::SqlReadStore &reader, const nd::RecordQuery &q, int step,
                                    bool seekOnly)
    {
        QList<QByteArray> order;
        QVERIFY(reader.forEachRecord(q, [&](const nd::RecordRow &r) {
            order << r.id;
            return true;
        }));
        const qint64 count = reader.countRecords(q);
        QCOMPARE(count, qint64(order.size()));
        for (int at = 1; at < order.size() + 3; at += step) {
            nd::BlockRequest place;
            place.offset = at;
            place.size = 20;
            place.total = count;
            if (seekOnly) {
                QStringList values;
                bool fromEnd = false;
                const QString sql = reader.blockQuery(q, place, &values, &fromEnd);
                QVERIFY2(!sql.contains(u"OFFSET"_s), qPrintable(u"at %1: %2"_s.arg(at).arg(sql)));
            }
            QList<QByteArray> got;
            for (const nd::RecordRow &r : reader.recordBlock(q, place))
                got << r.id;
            QVERIFY2(reader.lastError().isEmpty(), qPrintable(reader.lastError()));
            QCOMPARE(got, order.mid(at, 20));
        }
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(onPostgres(), "needs the private cluster (NANGODESK_TEST_PG_FILE)"); }

    void everyBlockIsOneKeysetSeekFromItsBoundary()
    {
        // The browser reads any block from the key of the row before it (blockBoundaries), and before
        // those keys are known by its place: on both stores, every block read either way equals the
        // rows at those places in the query's whole order, for each order and filter, ties in
        // last_modified_at included.
        for (const QString &uri : {m_dir.filePath(u"blocks.sqlite"_s), migratedCache(u"blocks"_s)}) {
            QString error;
            nd::Stream s;
            auto store = withStream(uri, u"blocks"_s, &s, &error);
            QVERIFY2(store, qPrintable(error));
            store->records().setBlockRows(40); // PostgreSQL's block index in ranges of 40 to 80
            const qint64 history = store->records().beginPull(s, u"manual"_s);
            constexpr int kRecords = 1037;
            for (int first = 0; first < kRecords; first += 250) {
                QByteArray body = "{\"records\":[";
                for (int i = first; i < std::min(first + 250, kRecords); ++i) {
                    // Three records share each time; every seventh is deleted; one in five says "blue".
                    const int second = i / 3;
                    const QByteArray at = "2026-01-01T" + QByteArray::number(10 + second / 3600) + ":" +
                                          QByteArray::number(second / 60 % 60).rightJustified(2, '0') + ":" +
                                          QByteArray::number(second % 60).rightJustified(2, '0') + "Z";
                    const bool deleted = i % 7 == 3;
                    body += (i > first ? "," : "") + QByteArray("{\"id\":\"r") +
                            QByteArray::number((i * 7919) % 100003) + "\",\"colour\":\"" +
                            (i % 5 == 0 ? "blue" : "red") + "\",\"_nango_metadata\":{\"first_seen_at\":\"" +
                            at + "\",\"last_modified_at\":\"" + at + "\",\"last_action\":\"" +
                            (deleted ? "DELETED" : "ADDED") +
                            "\",\"deleted_at\":" + (deleted ? "\"" + at + "\"" : QByteArray("null")) +
                            ",\"pruned_at\":null,\"cursor\":\"c" + QByteArray::number(i) + "\"}}";
                }
                body += "],\"next_cursor\":null}";
                const auto page = nd::parseRecordsPage(body, &error);
                QVERIFY2(page, qPrintable(error));
                nd::PageCounts counts;
                QVERIFY2(store->records().applyPage(s, history, *page, true, &counts, &error),
                         qPrintable(error));
            }
            QVERIFY(store->records().finishPull(history, u"ok"_s));
            while (store->search().index(500) > 0) {
            }
            nd::SqlReadStore reader(std::move(store));
            QList<nd::RecordQuery> queries;
            nd::RecordQuery live;
            live.streamId = s.id;
            queries << live;
            nd::RecordQuery all = live;
            all.includeDeleted = true;
            queries << all;
            nd::RecordQuery newest = live;
            newest.descending = true;
            queries << newest;
            nd::RecordQuery byId = all;
            byId.sort = nd::RecordQuery::Sort::Id;
            queries << byId;
            nd::RecordQuery liveById = live;
            liveById.sort = nd::RecordQuery::Sort::Id;
            queries << liveById;
            nd::RecordQuery newestById = liveById;
            newestById.descending = true;
            queries << newestById;
            nd::RecordQuery blue = live;
            blue.text = u"blue"_s;
            queries << blue;
            constexpr int kBlock = 50;
            nd::RecordQuery nowhere = live;
            nowhere.text = u"nowhere"_s;
            QList<nd::RecordRow> none{nd::RecordRow{}};
            qint64 noneCount = -1;
            QVERIFY(reader.blockBoundaries(nowhere, kBlock, &none, &noneCount));
            QCOMPARE(noneCount, qint64(0));
            QVERIFY(none.isEmpty());
            for (const nd::RecordQuery &q : std::as_const(queries)) {
                QList<QByteArray> order;
                QVERIFY(reader.forEachRecord(q, [&](const nd::RecordRow &r) {
                    order << r.id;
                    return true;
                }));
                QVERIFY(order.size() > 3 * kBlock);
                QList<nd::RecordRow> keys;
                qint64 count = -1;
                QVERIFY2(reader.blockBoundaries(q, kBlock, &keys, &count), qPrintable(reader.lastError()));
                QCOMPARE(count, qint64(order.size()));
                QCOMPARE(count, reader.countRecords(q));
                QCOMPARE(keys.size(), order.size() / kBlock);
                // A block size that divides the count: the last row is a boundary, counted once.
                QList<nd::RecordRow> whole;
                qint64 wholeCount = -1;
                QVERIFY(reader.blockBoundaries(q, int(count), &whole, &wholeCount));
                QCOMPARE(wholeCount, count);
                QCOMPARE(whole.size(), 1);
                QCOMPARE(whole.first().id, order.last());
                for (int block = 0; block * kBlock < order.size(); ++block) {
                    nd::BlockRequest seek;
                    seek.offset = block * kBlock;
                    seek.size = kBlock;
                    if (block > 0) {
                        seek.hasAfter = true;
                        seek.after = keys.at(block - 1);
                        QCOMPARE(seek.after.id, order.at(block * kBlock - 1));
                    }
                    QList<QByteArray> got;
                    for (const nd::RecordRow &r : reader.recordBlock(q, seek))
                        got << r.id;
                    QCOMPARE(got, order.mid(block * kBlock, kBlock));
                    // And by its place alone (before the boundaries are known): from the nearer end,
                    // on PostgreSQL over the key then one seek.
                    nd::BlockRequest place;
                    place.offset = block * kBlock;
                    place.size = kBlock;
                    place.total = count;
                    got.clear();
                    for (const nd::RecordRow &r : reader.recordBlock(q, place))
                        got << r.id;
                    QCOMPARE(got, order.mid(block * kBlock, kBlock));
                }
                // SQLite reads a place in the live id order from the key where it starts, counted over
                // the primary key and the deleted records' index (SqliteIdSkip): a seek, no OFFSET, and
                // no skipped row read.
                if (reader.store().dialect() == nd::SqlDialect::Sqlite &&
                    q.sort == nd::RecordQuery::Sort::Id && !q.includeDeleted) {
                    for (const qint64 at : {count / 4, count * 3 / 4}) {
                        nd::BlockRequest place;
                        place.offset = at;
                        place.size = kBlock;
                        place.total = count;
                        QStringList values;
                        bool fromEnd = false;
                        const QString sql = reader.blockQuery(q, place, &values, &fromEnd);
                        QVERIFY2(!sql.contains(u"OFFSET"_s), qPrintable(sql));
                        const QString plan = sqlitePlan(reader.store().db(), sql, values);
                        QVERIFY2(plan.contains(u"sqlite_autoindex_records_1 (stream_id=? AND record_id"_s) &&
                                     !plan.contains(u"TEMP B-TREE"_s),
                                 qPrintable(plan));
                    }
                }
            }
        }
    }

    void aStretchOfDeletedIdsIsPassedWithoutRows()
    {
        // SQLite's live id order across a mass deletion of ids in a row (1,000 of 2,000, and every
        // 9th elsewhere): a place anywhere, either way, is still a seek from a key counted over the
        // indexes (SqliteIdSkip), never an OFFSET, and reads the view's rows there.
        QString error;
        nd::Stream s;
        auto store = withStream(m_dir.filePath(u"stretch.sqlite"_s), u"stretch"_s, &s, &error);
        QVERIFY2(store, qPrintable(error));
        const qint64 history = store->records().beginPull(s, u"manual"_s);
        QList<Rec> records;
        for (int i = 0; i < 2000; ++i)
            records << Rec{"d" + QByteArray::number(i).rightJustified(4, '0'), i,
                           (i >= 600 && i < 1600) || i % 9 == 4};
        const auto page = pageOf(records, &error);
        QVERIFY2(page, qPrintable(error));
        nd::PageCounts counts;
        QVERIFY2(store->records().applyPage(s, history, *page, true, &counts, &error), qPrintable(error));
        QVERIFY(store->records().finishPull(history, u"ok"_s));
        nd::SqlReadStore reader(std::move(store));
        QCOMPARE(reader.store().dialect(), nd::SqlDialect::Sqlite);
        for (const bool descending : {false, true}) {
            nd::RecordQuery q;
            q.streamId = s.id;
            q.sort = nd::RecordQuery::Sort::Id;
            q.descending = descending;
            const qint64 count = reader.countRecords(q);
            QVERIFY2(count > 800 && count < 1000, qPrintable(QString::number(count)));
            placesReadTheirRows(reader, q, 7, true);
            if (QTest::currentTestFailed())
                return;
        }
    }

    void theBlockIndexCountsEveryPageAndFindsAnyPlace()
    {
        // PostgreSQL's block index (PgBlocks): ranges of the browser's two orders with their counts,
        // kept by the page writer and the engine's upkeep. Through a first pull (direct COPY), pages
        // that move records to the end, delete them and add them in the middle (the merge), a resync
        // dropping what did not come back, and a cache from before the index: every range counts what
        // the table holds between its keys, none is past twice its size once cut, and a block read by
        // its place anywhere, in either order, either way, with and without deletions, is the view's
        // rows there, found through the index with a short skip inside one range.
        constexpr int kRows = 16;
        const QString uri = migratedCache(u"blockindex"_s);
        QString error;
        nd::Stream s;
        auto store = withStream(uri, u"blockindex"_s, &s, &error);
        QVERIFY2(store, qPrintable(error));
        store->records().setBlockRows(kRows);
        const auto apply = [&](const QList<Rec> &records, qint64 history) {
            const auto page = pageOf(records, &error);
            QVERIFY2(page, qPrintable(error));
            nd::PageCounts counts;
            QVERIFY2(store->records().applyPage(s, history, *page, true, &counts, &error), qPrintable(error));
        };
        // Both orders counted right; the id order's ranges short once the upkeep has cut them.
        const auto check = [&](bool idCut) {
            QString why = blockIndexDisagreement(store->db(), s.id, false, kRows, true);
            QVERIFY2(why.isEmpty(), qPrintable(u"by time: "_s + why));
            why = blockIndexDisagreement(store->db(), s.id, true, kRows, idCut);
            QVERIFY2(why.isEmpty(), qPrintable(u"by id: "_s + why));
        };
        // The engine's upkeep between pulls, in steps of three ranges' rows (a long range is cut a
        // part at a time), the counts right after each step.
        const auto upkeep = [&]() {
            int steps = 0;
            qint64 rows = 0;
            while ((rows = store->records().upkeepBlocks(3 * kRows)) > 0) {
                ++steps;
                check(false);
                if (QTest::currentTestFailed())
                    return -1;
            }
            return rows == 0 ? steps : -1; // -1: it failed
        };
        // The first pull (the stream as it was when it began: empty, so each page goes by direct
        // COPY), each page spread over the whole order so later pages add to ranges without filling
        // them (a range cut in two is counted anew, which would hide a wrong count).
        qint64 history = store->records().beginPull(s, u"manual"_s);
        for (int first = 0; first < 6; ++first) {
            QList<Rec> page;
            for (int i = first; i < 600; i += 6) // three records share each second
                page.append({"r" + QByteArray::number((i * 7919) % 100003), 10 + i / 3, i % 11 == 5});
            apply(page, history);
            if (QTest::currentTestFailed())
                return;
            check(false);
            if (first == 2) { // the id order cut in the middle of the pull: later pages add to its ranges
                QVERIFY(upkeep() > 3);
                check(true);
            }
        }
        QVERIFY(store->records().finishPull(history, u"ok"_s));
        s = *store->records().stream(s.id);
        // Changes: moved to the end, deleted, new in the middle and at the start, one twice in a page.
        history = store->records().beginPull(s, u"webhook"_s);
        for (int round = 0; round < 3; ++round) {
            QList<Rec> page;
            for (int i = round; i < 600; i += 5)
                page.append(
                    {"r" + QByteArray::number((i * 7919) % 100003), 400 + round * 10 + i / 60, i % 4 == 0});
            for (int i = 0; i < 40; ++i)
                page.append({"n" + QByteArray::number(round * 40 + i), (i * 37 + round) % 200, false});
            page.append({"r0", 3 + round, false});
            apply(page, history);
            if (QTest::currentTestFailed())
                return;
            check(false);
        }
        QVERIFY(store->records().finishPull(history, u"ok"_s));
        s = *store->records().stream(s.id);

        const auto readEverywhere = [&]() {
            QVERIFY(upkeep() >= 0);
            check(true);
            if (QTest::currentTestFailed())
                return;
            QString why;
            nd::Store::Options options;
            options.reader = true;
            auto readStore = nd::Store::open(uri, options, &why);
            QVERIFY2(readStore, qPrintable(why));
            nd::SqlReadStore reader(std::move(readStore));
            QLoggingCategory::setFilterRules(u"nangodesk.db.debug=true"_s);
            s_indexReads = 0;
            s_longestSkip = 0;
            const QtMessageHandler previous = qInstallMessageHandler(countIndexReads);
            everyPlaceReadsItsRows(reader, s.id, 7);
            qInstallMessageHandler(previous);
            QLoggingCategory::setFilterRules(u"nangodesk.db.debug=false"_s);
            QVERIFY(s_indexReads > 100);
            QVERIFY2(s_longestSkip < 2 * kRows, qPrintable(QString::number(s_longestSkip)));
        };
        readEverywhere();
        if (QTest::currentTestFailed())
            return;

        // A resync: a new generation, half the records come back, the rest are dropped.
        store->records().startNewGeneration(s.id, 0);
        s = *store->records().stream(s.id);
        history = store->records().beginPull(s, u"resync"_s);
        QList<Rec> back;
        for (int i = 0; i < 600; i += 2)
            back.append({"r" + QByteArray::number((i * 7919) % 100003), 900 + i, false});
        s = *store->records().stream(s.id);
        apply(back, history);
        QVERIFY(store->records().finishPull(history, u"ok"_s));
        s = *store->records().stream(s.id);
        QVERIFY(store->records().dropStaleGeneration(s, history) > 0);
        check(true);
        readEverywhere();
        if (QTest::currentTestFailed())
            return;

        // A cache from before the index: the migration gives the stream one range in each order,
        // which reads right, and the stream's next page and the upkeep cut them into ranges.
        QVERIFY(
            store->db().exec("DROP TABLE record_blocks; UPDATE nangodesk_schema SET version = version - 1"));
        store.reset();
        store = nd::Store::open(uri, &error);
        QVERIFY2(store, qPrintable(error));
        store->records().setBlockRows(kRows);
        auto one = store->db().prepare("SELECT count(*) FROM record_blocks WHERE stream_id = ?1");
        one->bind(1, s.id);
        QVERIFY(one->step());
        QCOMPARE(one->int64(0), qint64(2));
        one->reset();
        s = *store->records().stream(s.id);
        history = store->records().beginPull(s, u"webhook"_s);
        apply({{"late", 5000, false}}, history);
        QVERIFY(store->records().finishPull(history, u"ok"_s));
        one->bind(1, s.id);
        QVERIFY(one->step());
        QVERIFY(one->int64(0) > 300 / (2 * kRows));
        check(false);
        readEverywhere();
        if (QTest::currentTestFailed())
            return;

        // An index that disagrees with the stream's counts is not trusted: a warning, and the rows
        // are still right (skipped from the start).
        QVERIFY(store->db().exec("UPDATE record_blocks SET live = live + 1 WHERE NOT by_id AND lo_us = "
                                 "(SELECT max(lo_us) FROM record_blocks)"));
        QString why;
        nd::Store::Options options;
        options.reader = true;
        auto readStore = nd::Store::open(uri, options, &why);
        QVERIFY2(readStore, qPrintable(why));
        nd::SqlReadStore reader(std::move(readStore));
        nd::RecordQuery live;
        live.streamId = s.id;
        QList<QByteArray> order;
        QVERIFY(reader.forEachRecord(live, [&](const nd::RecordRow &r) {
            order << r.id;
            return true;
        }));
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(u"block index of stream .* skipping from the start"_s));
        nd::BlockRequest place;
        place.offset = 100;
        place.size = 20;
        QList<QByteArray> got;
        for (const nd::RecordRow &r : reader.recordBlock(live, place))
            got << r.id;
        QCOMPARE(got, order.mid(100, 20));
    }
};

QTEST_GUILESS_MAIN(TestPostgresBlocks)
#include "tst_postgres_blocks.moc"
