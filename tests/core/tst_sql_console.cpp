// The read-only SQL console (nango-desk-cli sql and the core's QueryConsole) over a cache filled from
// nango-sim: its views answer what the private tables hold, as CSV and JSON; every statement that
// would write is refused with exit 2 and leaves the cache as it was (a file's bytes, a database's
// rows and tables); a statement stops at the time limit and at cancel(), and the console goes on.
#include "CliHarness.h"
#include "cache/QueryConsole.h"

#include <QCryptographicHash>
#include <QThread>

#include <atomic>

using namespace testsupport;
using namespace Qt::StringLiterals;

namespace {

const QString kForever =
    u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n"_s;

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return "(none)";
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

} // namespace

class TestSqlConsole
    : public QObject
    , protected CliFixture
{
    Q_OBJECT

    qint64 m_live = 0;

    // What must not change: a file's bytes (and its write-ahead log's), or on PostgreSQL a digest
    // of every record, the streams' cursors and the tables there are.
    QByteArray fingerprint()
    {
        if (!onPostgres())
            return fileHash(cachePath) + '/' + fileHash(cachePath + u"-wal"_s);
        QString error;
        nd::Store::Options reader;
        reader.reader = true;
        auto cache = nd::Store::open(cachePath, reader, &error);
        if (!cache)
            return "cannot open: " + error.toUtf8();
        auto q = cache->db().prepare(
            "SELECT (SELECT md5(string_agg(stream_id || '/' || record_id || payload || coalesce(deleted_at, "
            "''), "
            "',' ORDER BY stream_id, record_id)) FROM records) || (SELECT string_agg(coalesce(cursor, '-'), "
            "',' "
            "ORDER BY id) FROM streams) || (SELECT count(*) FROM pg_class WHERE relnamespace = "
            "current_schema()::regnamespace) || (SELECT count(*) FROM profiles)");
        return q->step() ? q->bytes(0) : "cannot read: " + q->error().toUtf8();
    }

    std::unique_ptr<nd::QueryConsole> openConsole()
    {
        QString error;
        auto console = nd::QueryConsole::open(cachePath, {}, &error);
        if (!console)
            qWarning() << error;
        return console;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir.isValid());
        const QString problem = startSim();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const Run first = cli({u"sync"_s});
        QVERIFY2(first.code == 0, qPrintable(first.err));
        m_live = countInCache(cachePath, "SELECT count(*) FROM records WHERE deleted_at IS NULL");
        QVERIFY(m_live > 1000);
    }

    void theViewsAnswerWhatTheTablesHold()
    {
        const Run r = cli({u"sql"_s, u"SELECT integration, connection_id, model, variant, count(*) AS n FROM "
                                     u"live_records GROUP BY integration, connection_id, model, variant "
                                     u"ORDER BY integration, connection_id, model, variant"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QStringList lines = r.out.split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.value(0), u"integration,connection_id,model,variant,n"_s);
        const qint64 streams = countInCache(cachePath, "SELECT count(*) FROM streams WHERE live_count > 0");
        QCOMPARE(lines.size() - 1, int(streams));
        qint64 sum = 0;
        for (const QString &line : lines.mid(1))
            sum += line.section(u',', -1).toLongLong();
        QCOMPARE(sum, m_live);
        QVERIFY(r.err.contains(u"%1 row"_s.arg(streams)));

        // Each view's rows, beside the private table it reads.
        const QList<QPair<QString, QByteArray>> views{
            {u"deleted_records"_s, "SELECT count(*) FROM records WHERE deleted_at IS NOT NULL"},
            {u"stream_summary"_s, "SELECT count(*) FROM streams"},
            {u"pull_history"_s, "SELECT count(*) FROM cursor_history"},
            {u"webhooks"_s, "SELECT count(*) FROM webhook_log"}};
        for (const auto &[view, internal] : views) {
            const Run c = cli({u"sql"_s, u"SELECT count(*) AS n FROM %1"_s.arg(view)});
            QVERIFY2(c.code == 0, qPrintable(view + u": "_s + c.err));
            QCOMPARE(c.out.split(u"\r\n"_s).value(1).toLongLong(),
                     countInCache(cachePath, internal.constData()));
        }
        QVERIFY(countInCache(cachePath, "SELECT count(*) FROM cursor_history") > 0);
    }

    void jsonIsAnArrayOfObjectsAndPayloadsAreJson()
    {
        const QString field = onPostgres() ? u"payload->>'id'"_s : u"json_extract(payload, '$.id')"_s;
        const Run r = cli(
            {u"sql"_s, u"--json"_s,
             u"SELECT id, %1 AS inner_id, payload, 1.5 AS half, NULL AS absent, count(*) OVER () AS "
             u"total FROM live_records ORDER BY integration, connection_id, model, id LIMIT 3"_s.arg(field)});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(rows.size(), 3);
        for (const QJsonValue &v : rows) {
            const QJsonObject row = v.toObject();
            QVERIFY(!row.value(u"id"_s).toString().isEmpty());
            QCOMPARE(row.value(u"inner_id"_s).toString(), row.value(u"id"_s).toString());
            QCOMPARE(row.value(u"half"_s).toDouble(), 1.5);
            QVERIFY(row.value(u"absent"_s).isNull());
            QCOMPARE(row.value(u"total"_s).toInteger(), m_live);
            const QJsonObject payload =
                QJsonDocument::fromJson(row.value(u"payload"_s).toString().toUtf8()).object();
            QCOMPARE(payload.value(u"id"_s).toString(), row.value(u"id"_s).toString());
        }
        // Every live record's payload answers the JSON functions of its store.
        const Run all = cli({u"sql"_s, u"SELECT count(*) FROM live_records WHERE %1 = id"_s.arg(field)});
        QVERIFY2(all.code == 0, qPrintable(all.err));
        QCOMPARE(all.out.split(u"\r\n"_s).value(1).toLongLong(), m_live);
    }

    void everyWriteIsRefusedAndTheCacheIsUnchanged()
    {
        QStringList writes{u"DELETE FROM records"_s,
                           u"UPDATE streams SET cursor = NULL"_s,
                           u"INSERT INTO profiles (name, server_url) VALUES ('x', 'http://x')"_s,
                           u"DROP TABLE records"_s,
                           u"CREATE TABLE extra (a INTEGER)"_s,
                           u"ALTER TABLE records ADD COLUMN extra INTEGER"_s,
                           u"DROP VIEW live_records"_s,
                           u"BEGIN"_s,
                           u"COMMIT"_s};
        const QString copy = dir.filePath(u"copy.db"_s);
        if (onPostgres())
            writes << u"TRUNCATE records"_s << u"COPY records TO STDOUT"_s
                   << u"EXPLAIN ANALYZE DELETE FROM records"_s << u"SET default_transaction_read_only = off"_s
                   << u"VACUUM"_s
                   // PostgreSQL nests block comments and ends -- comments at \r: no lead hides a statement
                   << u"/* /* */ SHOW */ DELETE FROM records"_s << u"-- x\rDELETE FROM records"_s;
        else
            writes << u"ATTACH '%1' AS other"_s.arg(dir.filePath(u"other.db"_s))
                   << u"VACUUM INTO '%1'"_s.arg(copy) << u"VACUUM"_s << u"PRAGMA user_version = 42"_s
                   << u"PRAGMA journal_mode = DELETE"_s << u"PRAGMA writable_schema = 1"_s
                   << u"SELECT load_extension('/nonexistent/ext')"_s << u"REINDEX"_s << u"ANALYZE"_s
                   << u"SAVEPOINT s"_s;
        const QByteArray before = fingerprint();
        for (const QString &sql : std::as_const(writes)) {
            const Run r = cli({u"sql"_s, u"--"_s, sql}); // "--": a statement may start with a comment
            QVERIFY2(r.code == 2,
                     qPrintable(sql + u" → exit "_s + QString::number(r.code) + u": "_s + r.err));
            QVERIFY2(r.err.contains(u"Refused"_s) && r.err.contains(u"unchanged"_s),
                     qPrintable(sql + u": "_s + r.err));
            QVERIFY2(r.out.isEmpty(), qPrintable(sql));
            QCOMPARE(fingerprint(), before);
        }
        // A writing statement behind a reading one never runs either.
        for (const QString &sql :
             {u"SELECT 1; DELETE FROM records"_s,
              u"WITH gone AS (DELETE FROM records RETURNING 1) SELECT count(*) FROM gone"_s}) {
            const Run r = cli({u"sql"_s, u"--"_s, sql}); // "--": a statement may start with a comment
            QVERIFY2(r.code != 0, qPrintable(sql));
            QCOMPARE(fingerprint(), before);
        }
        QVERIFY(!QFile::exists(copy));
        QVERIFY(!QFile::exists(dir.filePath(u"other.db"_s)));
        // Reading pragmas and the catalogue still answer.
        const Run tables = cli(
            {u"sql"_s, onPostgres() ? u"SELECT count(*) FROM information_schema.views WHERE "
                                      u"table_name = 'live_records'"_s
                                    : u"SELECT count(*) FROM sqlite_schema WHERE name = 'live_records'"_s});
        QCOMPARE(tables.out.split(u"\r\n"_s).value(1), u"1"_s);
        if (!onPostgres()) {
            const Run pragma = cli({u"sql"_s, u"PRAGMA table_info(records)"_s});
            QVERIFY2(pragma.code == 0, qPrintable(pragma.err));
            QVERIFY(pragma.out.contains(u"payload"_s));
            // Table-valued functions (json_each, pragma_table_info) read too.
            const Run each =
                cli({u"sql"_s, u"SELECT count(*) FROM pragma_table_info('records'), json_each('[1,2]')"_s});
            QVERIFY2(each.code == 0, qPrintable(each.err));
            const int columns = int(pragma.out.count(u"\r\n"_s)) - 1; // a line each, after the header
            QCOMPARE(each.out.split(u"\r\n"_s).value(1).toInt(), 2 * columns);
        }
        QCOMPARE(fingerprint(), before);
    }

    void badStatementsSayWhyAndExitOne()
    {
        const Run r = cli({u"sql"_s, u"SELECT nope FROM live_records"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"nope"_s), qPrintable(r.err));
        const Run empty = cli({u"sql"_s, u"  -- nothing\n"_s});
        QVERIFY(empty.code != 0);
        QVERIFY2(empty.err.contains(u"no statement"_s), qPrintable(empty.err));
        const Run none = cli({u"sql"_s});
        QCOMPARE(none.code, 2);
    }

    void aLongStatementStopsAtTheTimeLimit()
    {
        const Run r = cli({u"sql"_s, u"--time-limit"_s, u"1"_s, kForever});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"time limit"_s), qPrintable(r.err));
        const Run after = cli({u"sql"_s, u"SELECT count(*) FROM stream_summary"_s});
        QCOMPARE(after.code, 0);
    }

    void cancelStopsAStatementAndTheConsoleGoesOn()
    {
        auto console = openConsole();
        QVERIFY(console);
        console->setTimeLimitMs(0);
        nd::ConsoleError error;
        std::atomic<bool> done{false};
        QThread *worker = QThread::create([&]() {
            auto cursor = console->run(kForever, &error);
            QList<QVariantList> rows;
            if (cursor)
                cursor->fetch(10, &rows, &error);
            done = true;
        });
        worker->start();
        // Cancel until it has stopped: the first may come before the statement starts.
        while (!done) {
            console->cancel();
            QTest::qWait(20);
        }
        worker->wait();
        delete worker;
        QCOMPARE(int(error.kind), int(nd::ConsoleError::Kind::Cancelled));
        nd::ConsoleError again;
        auto cursor = console->run(u"SELECT count(*) FROM live_records"_s, &again);
        QVERIFY2(cursor, qPrintable(again.message));
        QList<QVariantList> rows;
        QVERIFY(cursor->fetch(5, &rows, &again));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().first().toLongLong(), m_live);
    }

    void nothingAStatementDidOutlivesIt()
    {
        if (!onPostgres())
            QSKIP("PostgreSQL's session state (SQLite's connection keeps none a reading statement can set)");
        auto console = openConsole();
        QVERIFY(console);
        auto row = [&console](const QString &sql) {
            nd::ConsoleError error;
            auto cursor = console->run(sql, &error);
            QList<QVariantList> rows;
            if (!cursor || !cursor->fetch(10, &rows, &error))
                return QVariantList{error.message};
            return rows.value(0);
        };
        auto one = [&row](const QString &sql) { return row(sql).value(0); };
        // An advisory lock (the engines lock streams with them) and a setting, taken by a question
        // (which ran: the setting's new value is its answer)...
        const QVariantList taken =
            row(u"SELECT pg_advisory_lock(4242)::text, set_config('statement_timeout', "
                u"'0', false), (SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' "
                u"AND pid = pg_backend_pid())"_s);
        QCOMPARE(taken.value(1).toString(), u"0"_s);
        QCOMPARE(taken.value(2).toLongLong(), 1);
        // ...are gone with it.
        QCOMPARE(
            one(u"SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid()"_s)
                .toLongLong(),
            0);
        QVERIFY(one(u"SHOW statement_timeout"_s).toString() != u"0"_s);
        QCOMPARE(one(u"SHOW default_transaction_read_only"_s).toString(), u"on"_s);
    }

    void rowsComeABlockAtATime()
    {
        auto console = openConsole();
        QVERIFY(console);
        QVERIFY(console->hasViews());
        nd::ConsoleError error;
        auto cursor = console->run(u"SELECT id, model FROM live_records ORDER BY model, id;"_s, &error);
        QVERIFY2(cursor, qPrintable(error.message));
        QCOMPARE(cursor->columns(), (QStringList{u"id"_s, u"model"_s}));
        qint64 total = 0;
        int blocks = 0;
        while (!cursor->atEnd()) {
            QList<QVariantList> rows;
            QVERIFY2(cursor->fetch(1000, &rows, &error), qPrintable(error.message));
            QVERIFY(rows.size() <= 1000);
            total += rows.size();
            ++blocks;
        }
        QCOMPARE(total, m_live);
        QVERIFY(blocks >= int(m_live / 1000));
        // A second statement on the same console, while nothing else is open.
        auto second = console->run(u"SELECT 7 AS seven"_s, &error);
        QVERIFY(second);
        QList<QVariantList> rows;
        QVERIFY(second->fetch(10, &rows, &error));
        QCOMPARE(rows.value(0).value(0).toLongLong(), 7);
    }

    void cleanupTestCase() { stopSim(); }
};

QTEST_GUILESS_MAIN(TestSqlConsole)
#include "tst_sql_console.moc"
