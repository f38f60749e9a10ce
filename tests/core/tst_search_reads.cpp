// A search's reads through the records browser's read side, on both stores: the rows are the view's
// rows whose values hold every word (as a prefix), by every path the browser and the export take, for
// words found in few records and in many. On SQLite: few matches are read by their rowids, many by a
// walk of the view's order that asks nd_search_hit (SqliteSearchHits); the matches are read once
// while the cache does not change, a set from an older snapshot fails a statement rather than answer,
// and an interrupted read of them fails as interrupted.

#include "SqlStatements.h"
#include "StoreFixture.h"
#include "api/RecordsPage.h"
#include "cache/RecordStore.h"
#include "cache/SearchIndex.h"
#include "cache/SqlReadStore.h"
#include "cache/Store.h"
#include "cache/sqlite/Database.h"

#include <QtTest>

#include <sqlite3.h>

using namespace testsupport;
using namespace Qt::StringLiterals;

namespace {

constexpr int kRecords = 3000;
constexpr int kDeleted = (kRecords - 4) / 7 + 1;               // i % 7 == 3
constexpr qint64 kLiveBlue = kRecords / 3 - kRecords / 21 - 1; // i % 21 == 3: blue and deleted

// Record i's colour words: "blue" in a third, "bluish" in a fifteenth of the others, "navy" in one
// in a hundred; every seventh record deleted; three records share each second.
QByteArray colourOf(int i)
{
    QByteArray c = i % 3 == 0 ? "blue" : i % 15 == 5 ? "bluish" : "red";
    if (i % 100 == 7)
        c += " navy";
    return c;
}

QByteArray idOf(int i)
{
    return "s" + QByteArray::number((i * 7919) % 10007).rightJustified(5, '0');
}

QByteArray pageBody(int from, int to, const std::function<QByteArray(int)> &colour)
{
    QByteArray body = "{\"records\":[";
    for (int i = from; i < to; ++i) {
        const int second = i / 3;
        const QByteArray at = "2026-01-01T" + QByteArray::number(10 + second / 3600) + ":" +
                              QByteArray::number(second / 60 % 60).rightJustified(2, '0') + ":" +
                              QByteArray::number(second % 60).rightJustified(2, '0') + "Z";
        const bool deleted = i % 7 == 3;
        body += (i > from ? "," : "") + QByteArray("{\"id\":\"") + idOf(i) + "\",\"colour\":\"" + colour(i) +
                "\",\"_nango_metadata\":{\"first_seen_at\":\"" + at + "\",\"last_modified_at\":\"" + at +
                "\",\"last_action\":\"" + (deleted ? "DELETED" : "ADDED") +
                "\",\"deleted_at\":" + (deleted ? "\"" + at + "\"" : QByteArray("null")) +
                ",\"pruned_at\":null,\"cursor\":\"c" + QByteArray::number(i) + "\"}}";
    }
    return body + "],\"next_cursor\":null}";
}

// Whether every word of `text` begins a word of the record's colour (the search's rule).
bool matches(const QByteArray &payload, const QString &text)
{
    const int at = payload.indexOf("\"colour\":\"") + 10;
    const QList<QByteArray> words = payload.mid(at, payload.indexOf('"', at) - at).split(' ');
    for (const QString &want : nd::SearchIndex::words(text)) {
        const QByteArray w = want.toLower().toUtf8();
        if (std::none_of(words.begin(), words.end(),
                         [&](const QByteArray &have) { return have.startsWith(w); }))
            return false;
    }
    return true;
}

QList<QByteArray> ids(nd::SqlReadStore &reader, const nd::RecordQuery &q)
{
    QList<QByteArray> order;
    if (!reader.forEachRecord(q, [&](const nd::RecordRow &r) {
            order << r.id;
            return true;
        }))
        order << "(failed: " + reader.lastError().toUtf8() + ")";
    return order;
}

// Lines of the matches read from SQLite's index ("search: N matches of ... read in").
QStringList s_reads;
void collectReads(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtDebugMsg && message.startsWith(u"search: "_s) && message.contains(u" read in "_s))
        s_reads << message;
    else if (type != QtDebugMsg)
        std::fprintf(stderr, "%s\n", qPrintable(message));
}

} // namespace

class TestSearchReads : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // A cache of kRecords records, indexed for search, and a twin stream of the same records (a
    // search's matches are every stream's): the store, the first stream.
    std::unique_ptr<nd::Store> filled(const QString &name, nd::Stream *s)
    {
        QString error;
        auto store = withStream(freshCacheLocation(m_dir.path(), name), name, s, &error);
        if (!store) {
            qWarning() << error;
            return nullptr;
        }
        nd::StreamKey twinKey = s->key;
        twinKey.model = u"Twin"_s;
        const nd::Stream twin = store->records().ensureStream(twinKey, u"s"_s);
        for (const nd::Stream *stream : {static_cast<const nd::Stream *>(s), &twin}) {
            const qint64 history = store->records().beginPull(*stream, u"manual"_s);
            for (int first = 0; first < kRecords; first += 500) {
                const auto page = nd::parseRecordsPage(pageBody(first, first + 500, colourOf), &error);
                nd::PageCounts counts;
                if (!page || !store->records().applyPage(*stream, history, *page, true, &counts, &error)) {
                    qWarning() << error;
                    return nullptr;
                }
            }
            store->records().finishPull(history, u"ok"_s);
        }
        while (store->search().index(700) > 0) {
        }
        return store;
    }

    // No read leaves its transaction open (SQLite).
    static bool readsEnded(nd::SqlReadStore &reader)
    {
        return reader.store().dialect() != nd::SqlDialect::Sqlite ||
               sqlite3_get_autocommit(static_cast<nd::Database &>(reader.store().db()).handle()) != 0;
    }

    static nd::SqlReadStore *sqliteReader(nd::SqlReadStore &reader)
    {
        return reader.store().dialect() == nd::SqlDialect::Sqlite ? &reader : nullptr;
    }

    // SQLite's plan of the statement that reads `q`'s first block, its steps joined; and the statement.
    static QString firstBlockPlan(nd::SqlReadStore &reader, const nd::RecordQuery &q, QString *sql)
    {
        nd::BlockRequest block;
        block.size = 50;
        QStringList values;
        bool fromEnd = false;
        reader.store().db().exec("BEGIN");
        *sql = reader.blockQuery(q, block, &values, &fromEnd);
        const QString plan = sqlitePlan(reader.store().db(), *sql, values);
        reader.store().db().rollback();
        return plan;
    }

    static nd::RecordQuery searchOf(qint64 streamId, const QString &text)
    {
        nd::RecordQuery q;
        q.streamId = streamId;
        q.text = text;
        return q;
    }

private Q_SLOTS:
    void aSearchReadsTheViewsRowsThatHoldItsWords()
    {
        nd::Stream s;
        auto store = filled(u"words"_s, &s);
        QVERIFY(store);
        nd::SqlReadStore reader(std::move(store));
        QList<nd::RecordQuery> views;
        for (const auto sort : {nd::RecordQuery::Sort::Modified, nd::RecordQuery::Sort::Id}) {
            nd::RecordQuery live;
            live.streamId = s.id;
            live.sort = sort;
            nd::RecordQuery all = live;
            all.includeDeleted = true;
            nd::RecordQuery newest = live;
            newest.descending = true;
            views << live << all << newest;
        }
        // Searches beside the other filters: a time (the second half), an action, a field.
        nd::RecordQuery since;
        since.streamId = s.id;
        since.modifiedSinceUs =
            (QDateTime(QDate(2026, 1, 1), QTime(10, 0), Qt::UTC).toSecsSinceEpoch() + kRecords / 6) *
            1000000LL;
        nd::RecordQuery added;
        added.streamId = s.id;
        added.includeDeleted = true;
        added.action = u"ADDED"_s;
        nd::RecordQuery field;
        field.streamId = s.id;
        field.sort = nd::RecordQuery::Sort::Id;
        field.fieldFilters = {{u"colour"_s, u"e"_s}}; // not "bluish"
        views << since << added << field;
        // A third; a tenth, as a prefix; one in a hundred; both words; a word found nowhere.
        const QStringList texts{u"blue"_s, u"BLU"_s, u"navy"_s, u"navy blue"_s, u"nowhere"_s};
        for (const nd::RecordQuery &view : std::as_const(views)) {
            QList<nd::RecordRow> all;
            QVERIFY(reader.forEachRecord(view, [&](const nd::RecordRow &r) {
                all << r;
                return true;
            }));
            if (view.isUnfiltered())
                QCOMPARE(all.size(), view.includeDeleted ? kRecords : kRecords - kDeleted);
            else
                QVERIFY(all.size() > kRecords / 3 && all.size() <= kRecords - kDeleted);
            for (const QString &text : texts) {
                nd::RecordQuery q = view;
                q.text = text;
                const QString what = u"\"%1\" (%5) sorted %2%3%4"_s.arg(text)
                                         .arg(int(q.sort))
                                         .arg(q.descending ? u" descending"_s : QString())
                                         .arg(q.includeDeleted ? u" with deletions"_s : QString())
                                         .arg(view.isUnfiltered() ? u"unfiltered"_s : u"filtered"_s);
                QList<QByteArray> expected;
                for (const nd::RecordRow &r : std::as_const(all))
                    if (matches(r.payload, text))
                        expected << r.id;
                QVERIFY2(text == u"nowhere" || expected.size() >= 3, qPrintable(what));
                const QList<QByteArray> order = ids(reader, q);
                QVERIFY2(
                    order == expected,
                    qPrintable(what + u": %1 rows, %2 expected"_s.arg(order.size()).arg(expected.size())));
                QCOMPARE(reader.countRecords(q), qint64(expected.size()));
                QVERIFY(readsEnded(reader));
                constexpr int kBlock = 40;
                QList<nd::RecordRow> keys;
                qint64 count = -1;
                QVERIFY2(reader.blockBoundaries(q, kBlock, &keys, &count), qPrintable(reader.lastError()));
                QVERIFY(readsEnded(reader));
                QCOMPARE(count, qint64(expected.size()));
                QCOMPARE(keys.size(), expected.size() / kBlock);
                for (int block = 0; block * kBlock < expected.size(); ++block) {
                    // By the key of the row before it, and by its place alone.
                    nd::BlockRequest seek;
                    seek.offset = block * kBlock;
                    seek.size = kBlock;
                    seek.total = count;
                    nd::BlockRequest place = seek;
                    if (block > 0) {
                        seek.hasAfter = true;
                        seek.after = keys.at(block - 1);
                    }
                    for (const nd::BlockRequest &read : {seek, place}) {
                        QList<QByteArray> got;
                        for (const nd::RecordRow &r : reader.recordBlock(q, read))
                            got << r.id;
                        QVERIFY2(reader.lastError().isEmpty(), qPrintable(reader.lastError()));
                        QVERIFY2(got == expected.mid(block * kBlock, kBlock),
                                 qPrintable(what + u": block %1"_s.arg(block)));
                        QVERIFY(readsEnded(reader));
                    }
                }
            }
        }
        // SQLite: "navy" (30 of 3,000) is read by its matches' rowids, the stream's index kept out;
        // "blue" (a third) by a walk of the view's order asking the set of matches, no FTS5 subquery.
        if (nd::SqlReadStore *sqlite = sqliteReader(reader)) {
            for (const nd::RecordQuery &view : std::as_const(views)) {
                nd::RecordQuery few = view;
                few.text = u"navy"_s;
                QString sql;
                QString plan = firstBlockPlan(*sqlite, few, &sql);
                QVERIFY2(sql.contains(u"+stream_id = CAST(? AS INTEGER)"_s) &&
                             sql.contains(u"records_fts MATCH"_s),
                         qPrintable(sql));
                QVERIFY2(plan.contains(u"USING INTEGER PRIMARY KEY (rowid=?)"_s), qPrintable(plan));
                nd::RecordQuery many = view;
                many.text = u"blue"_s;
                plan = firstBlockPlan(*sqlite, many, &sql);
                QVERIFY2(sql.contains(u"nd_search_hit(rowid, ?)"_s) && !sql.contains(u"records_fts"_s) &&
                             !sql.contains(u"+stream_id"_s),
                         qPrintable(sql));
                QVERIFY2(!plan.contains(u"records_fts"_s) && !plan.contains(u"rowid=?"_s), qPrintable(plan));
                if (view.sort == nd::RecordQuery::Sort::Modified)
                    QVERIFY2(plan.contains(u"records_by_modified"_s) && !plan.contains(u"TEMP B-TREE"_s),
                             qPrintable(plan));
            }
        }
    }

    void theMatchesAreReadOnceWhileTheCacheDoesNotChange()
    {
        if (onPostgres())
            QSKIP("SQLite's set of matches; PostgreSQL searches its GIN index in each statement");
        nd::Stream s;
        auto writer = filled(u"once"_s, &s);
        QVERIFY(writer);
        const QString path = m_dir.filePath(u"once.sqlite"_s);
        nd::Store::Options options;
        options.reader = true;
        QString error;
        auto opened = nd::Store::open(path, options, &error);
        QVERIFY2(opened, qPrintable(error));
        nd::SqlReadStore reader(std::move(opened));
        QLoggingCategory::setFilterRules(u"nangodesk.db.debug=true"_s);
        const QtMessageHandler previous = qInstallMessageHandler(collectReads);
        const auto restore = qScopeGuard([&]() {
            qInstallMessageHandler(previous);
            QLoggingCategory::setFilterRules(u"nangodesk.db.debug=false"_s);
        });
        const nd::RecordQuery blue = searchOf(s.id, u"blue"_s);
        const qint64 before = reader.countRecords(blue);
        QCOMPARE(before, kLiveBlue);
        QCOMPARE(s_reads.size(), 1);
        // The count, the boundaries, blocks: one read of the matches for all of them.
        QList<nd::RecordRow> keys;
        qint64 count = 0;
        QVERIFY(reader.blockBoundaries(blue, 100, &keys, &count));
        nd::BlockRequest block;
        block.size = 100;
        block.offset = 300;
        block.total = count;
        QCOMPARE(reader.recordBlock(blue, block).size(), 100);
        QCOMPARE(count, before);
        QVERIFY2(s_reads.size() == 1, qPrintable(s_reads.join(u'\n')));
        // The engine turns ten red records blue and indexes them: read again, and the new ones are there.
        const qint64 history = writer->records().beginPull(s, u"manual"_s);
        const auto page = nd::parseRecordsPage(
            pageBody(1, 31, [](int i) { return i % 3 == 1 ? QByteArray("blue") : colourOf(i); }), &error);
        QVERIFY2(page, qPrintable(error));
        nd::PageCounts counts;
        QVERIFY2(writer->records().applyPage(s, history, *page, true, &counts, &error), qPrintable(error));
        writer->records().finishPull(history, u"ok"_s);
        while (writer->search().index(700) > 0) {
        }
        QCOMPARE(reader.countRecords(blue), before + 10 - 1); // i = 10 is deleted
        QVERIFY2(s_reads.size() == 2, qPrintable(s_reads.join(u'\n')));

        // A set read in one snapshot and used in the next after a commit: the statement fails, it
        // does not answer for other rows.
        QStringList values;
        const QString where = reader.whereClause(blue, true, &values);
        QVERIFY2(where.contains(u"nd_search_hit"_s), qPrintable(where));
        QVERIFY(writer->db().exec("UPDATE records SET cursor = cursor || 'x' WHERE rowid = 1"));
        auto stale =
            boundQuery(reader.store().db(), u"SELECT count(*) FROM records WHERE "_s + where, values);
        QVERIFY(!stale->step());
        QVERIFY2(stale->error().contains(u"snapshot"_s), qPrintable(stale->error()));
        stale.reset();

        // The engine commits while a read runs, after its matches were read and before its rows: the
        // read keeps its snapshot (one read transaction), so the set still answers for it.
        struct Between
        {
            sqlite3 *writer;
            bool done = false;
        } between{static_cast<nd::Database &>(writer->db()).handle()};
        sqlite3 *readerDb = static_cast<nd::Database &>(reader.store().db()).handle();
        sqlite3_trace_v2(
            readerDb, SQLITE_TRACE_STMT,
            [](unsigned, void *context, void *, void *text) {
                auto *b = static_cast<Between *>(context);
                if (!b->done && QByteArray(static_cast<const char *>(text)).contains("nd_search_hit")) {
                    b->done = true;
                    sqlite3_exec(b->writer, "UPDATE records SET cursor = cursor || 'y' WHERE rowid = 2",
                                 nullptr, nullptr, nullptr);
                }
                return 0;
            },
            &between);
        const qint64 during = reader.countRecords(blue);
        sqlite3_trace_v2(readerDb, 0, nullptr, nullptr);
        QVERIFY(between.done);
        QVERIFY2(during == before + 10 - 1, qPrintable(u"%1: %2"_s.arg(during).arg(reader.lastError())));
    }

    void aTableOfFarRowidsIsSearchedWithoutABitmap()
    {
        if (onPostgres())
            QSKIP("SQLite's set of matches");
        nd::Stream s;
        auto store = filled(u"far"_s, &s);
        QVERIFY(store);
        // A red record moved to a rowid a bitmap of every rowid up to it would need 128 GiB for.
        QVERIFY(store->db().exec("UPDATE records SET rowid = 1099511627776 WHERE rowid = 2"));
        nd::SqlReadStore reader(std::move(store));
        const nd::RecordQuery blue = searchOf(s.id, u"blue"_s);
        QStringList values;
        const QString where = reader.whereClause(blue, true, &values);
        QVERIFY2(where.contains(u"records_fts MATCH"_s) && !where.contains(u"nd_search_hit"_s),
                 qPrintable(where));
        QCOMPARE(reader.countRecords(blue), kLiveBlue);
    }

    void anInterruptedReadOfTheMatchesFailsAsInterrupted()
    {
        if (onPostgres())
            QSKIP("SQLite's set of matches");
        nd::Stream s;
        auto store = filled(u"interrupted"_s, &s);
        QVERIFY(store);
        nd::SqlReadStore reader(std::move(store));
        sqlite3 *db = static_cast<nd::Database &>(reader.store().db()).handle();
        const nd::RecordQuery blue = searchOf(s.id, u"blue"_s);
        // Interrupted as a newer read interrupts it, while it reads the matches (SQLite asks the
        // handler during that statement only: the read's other statements are short).
        reader.store().db().exec("BEGIN");
        sqlite3_progress_handler(
            db, 50, [](void *) { return 1; }, nullptr);
        QStringList values;
        const QString where = reader.whereClause(blue, true, &values);
        sqlite3_progress_handler(db, 0, nullptr, nullptr);
        auto q = boundQuery(reader.store().db(), u"SELECT count(*) FROM records WHERE "_s + where, values);
        QVERIFY(!q->step());
        QCOMPARE(sqlite3_errcode(db), SQLITE_INTERRUPT);
        QVERIFY2(q->error().contains(u"interrupt"_s), qPrintable(q->error()));
        q.reset();
        reader.store().db().rollback();
        // The next read reads the matches anew.
        QCOMPARE(reader.countRecords(blue), kLiveBlue);
    }
};

QTEST_GUILESS_MAIN(TestSearchReads)
#include "tst_search_reads.moc"
