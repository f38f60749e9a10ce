// Benchmark (not a test): a first pull of N records from nango-sim into the cache, beside the raw
// speeds it is bounded by, all in one run on this machine:
//   1. paging nango-sim without storing anything (the network + server bound),
//   2. upserting the same records with the sqlite3 C API, one transaction per page (the disk bound),
//   3. the engine's pull (SyncEngine, separate process so its peak memory is its own),
//   4. CSV export of the cached records beside `sqlite3 -csv` over the same rows.
#include "BenchSupport.h"
#include "api/RecordsPage.h"
#include "cache/ReadStore.h"
#include "cache/RecordStore.h"
#include "cache/sqlite/Database.h"
#include "export/RecordExporter.h"
#include "sync/SyncEngine.h"
#include "util/Defaults.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace {

using bench::kKey;
using bench::out;

// VmHWM of this process image (ru_maxrss would include the parent's memory before exec).
long maxRssKb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}

// Pages through /records with the least client work possible: the next cursor is read from the
// tail of the body. Keeps the bodies if asked (for the raw SQLite baseline).
qint64 rawPaging(const QUrl &server, int pageSize, QList<QByteArray> *keep, double *seconds)
{
    QNetworkAccessManager nam;
    QByteArray cursor;
    qint64 records = 0;
    QElapsedTimer t;
    t.start();
    for (;;) {
        QByteArray url =
            server.toEncoded() + "/records?model=HubspotContact&limit=" + QByteArray::number(pageSize);
        if (!cursor.isEmpty())
            url += "&cursor=" + QUrl::toPercentEncoding(QString::fromLatin1(cursor));
        QNetworkRequest r(QUrl::fromEncoded(url));
        r.setRawHeader("Authorization", "Bearer " + kKey);
        r.setRawHeader("Connection-Id", "bench-co");
        r.setRawHeader("Provider-Config-Key", "bench");
        QNetworkReply *reply = nam.get(r);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        records += body.count("\"_nango_metadata\"");
        if (keep)
            keep->append(body);
        const qsizetype at = body.lastIndexOf("\"next_cursor\":");
        const QByteArray tail = body.mid(at + 14).trimmed();
        if (tail.startsWith("null"))
            break;
        cursor = tail.mid(1, tail.indexOf('"', 1) - 1);
    }
    *seconds = t.elapsed() / 1000.0;
    return records;
}

// What a row costs in SQLite, step by step from the minimal table to the engine's: each shape is the
// same records upserted with the C API, one transaction per page, WAL, synchronous=NORMAL.
struct Shape
{
    const char *name;
    int pageSize;
    const char *ddl;
    bool engineRow; // all of the engine's columns, keyed by (stream, record)
};

// The engine's records table (sqlite/Migrations.cpp), named r, and its indexes one by one.
#define ENGINE_TABLE                                                                                         \
    "CREATE TABLE r (stream_id INTEGER NOT NULL, record_id TEXT NOT NULL, payload TEXT NOT NULL, "           \
    "first_seen_at TEXT, first_seen_us INTEGER, last_modified_at TEXT NOT NULL, last_modified_us INTEGER "   \
    "NOT NULL, last_action TEXT NOT NULL, deleted_at TEXT, pruned_at TEXT, cursor TEXT NOT NULL, "           \
    "generation INTEGER NOT NULL, fts_dirty INTEGER NOT NULL DEFAULT 1, PRIMARY KEY (stream_id, "            \
    "record_id)); "
#define ORDER_INDEX "CREATE INDEX r_mod ON r (stream_id, last_modified_us, record_id, deleted_at); "
#define DIRTY_INDEX "CREATE INDEX r_dirty ON r (stream_id) WHERE fts_dirty = 1; "

const Shape kShapes[] = {
    {"minimal table (5 columns, key, one index), 4 KiB pages: the baseline", 4096,
     "CREATE TABLE r (k TEXT PRIMARY KEY, payload TEXT, modified TEXT, modified_us INTEGER, cursor TEXT); "
     "CREATE INDEX r_mod ON r(modified_us, k);",
     false},
    {"minimal table, 16 KiB pages (the engine's page size)", 16384,
     "CREATE TABLE r (k TEXT PRIMARY KEY, payload TEXT, modified TEXT, modified_us INTEGER, cursor TEXT); "
     "CREATE INDEX r_mod ON r(modified_us, k);",
     false},
    {"the engine's row (13 columns, (stream, record) key), no index", 16384, ENGINE_TABLE, true},
    {"+ the browser's order index (stream, modified, record, deleted)", 16384, ENGINE_TABLE ORDER_INDEX,
     true},
    {"+ the search index's to-do flag (partial index)", 16384, ENGINE_TABLE ORDER_INDEX DIRTY_INDEX, true},
    {"+ the deleted records' index (partial, for the live id order): the engine's table", 16384,
     ENGINE_TABLE ORDER_INDEX DIRTY_INDEX
     "CREATE INDEX r_deleted ON r (stream_id, record_id, deleted_at) WHERE deleted_at IS NOT NULL;",
     true},
};

double rawSqlite(const std::vector<nd::RecordsPage> &parsed, const QString &path, const Shape &shape)
{
    sqlite3 *db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    sqlite3_exec(db, QByteArray("PRAGMA page_size=" + QByteArray::number(shape.pageSize)).constData(),
                 nullptr, nullptr, nullptr);
    sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;", nullptr, nullptr, nullptr);
    sqlite3_exec(db, shape.ddl, nullptr, nullptr, nullptr);
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(
        db,
        shape.engineRow ? "INSERT INTO r (stream_id, record_id, payload, first_seen_at, first_seen_us, "
                          "last_modified_at, last_modified_us, last_action, deleted_at, pruned_at, cursor, "
                          "generation) VALUES (1, ?1, ?2, ?3, ?4, ?3, ?4, ?6, NULL, NULL, ?5, 1) "
                          "ON CONFLICT(stream_id, record_id) DO UPDATE SET payload = excluded.payload, "
                          "last_modified_at = excluded.last_modified_at, last_modified_us = "
                          "excluded.last_modified_us, last_action = excluded.last_action, cursor = "
                          "excluded.cursor, fts_dirty = 1"
                        : "INSERT INTO r VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT(k) DO UPDATE SET "
                          "payload = excluded.payload, modified = excluded.modified, "
                          "modified_us = excluded.modified_us, cursor = excluded.cursor",
        -1, &st, nullptr);
    QElapsedTimer t;
    t.start();
    for (const nd::RecordsPage &page : parsed) {
        sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
        for (const nd::PulledRecord &r : page.records) {
            sqlite3_bind_text(st, 1, r.id.constData(), int(r.id.size()), SQLITE_STATIC);
            sqlite3_bind_text(st, 2, r.json.constData(), int(r.json.size()), SQLITE_STATIC);
            sqlite3_bind_text(st, 3, r.lastModifiedAt.constData(), int(r.lastModifiedAt.size()),
                              SQLITE_STATIC);
            sqlite3_bind_int64(st, 4, r.lastModifiedUs);
            sqlite3_bind_text(st, 5, r.cursor.constData(), int(r.cursor.size()), SQLITE_STATIC);
            if (shape.engineRow)
                sqlite3_bind_text(st, 6, "ADDED", 5, SQLITE_STATIC);
            sqlite3_step(st);
            sqlite3_reset(st);
        }
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    }
    const double seconds = t.elapsed() / 1000.0;
    sqlite3_finalize(st);
    sqlite3_close(db);
    QFile::remove(path);
    QFile::remove(path + u"-wal"_s);
    QFile::remove(path + u"-shm"_s);
    return seconds;
}

int pullOnly(const QCommandLineParser &p)
{
    nd::EngineConfig config;
    config.databasePath = p.value(u"db"_s);
    config.serverUrl = QUrl(p.value(u"server"_s));
    config.pageSize = p.value(u"page-size"_s).toInt();
    config.maxConcurrentPulls = 1;
    config.historyVersions = p.value(u"history-versions"_s).toInt();
    nd::SyncEngine engine(config);
    QString error;
    if (!engine.open(&error)) {
        out() << "error " << error << Qt::endl;
        return 1;
    }
    engine.setApiKey(kKey);
    QElapsedTimer t;
    t.start();
    int code = 1;
    engine.syncAll({}, u"manual"_s, [&](bool ok, const QString &e) {
        const double seconds = t.elapsed() / 1000.0;
        const bench::Mirrored m = bench::mirrored(engine);
        out() << "records=" << m.records << " seconds=" << seconds << " maxrss_kb=" << maxRssKb()
              << " requests=" << m.requests << Qt::endl;
        if (!ok)
            out() << "error " << e << Qt::endl;
        code = ok ? 0 : 1;
        QCoreApplication::quit();
    });
    QCoreApplication::exec();
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"nangodesk.*.info=false"_s);
    QCommandLineParser p;
    p.addOptions(
        {{u"records"_s, u"Records in the model."_s, u"N"_s, u"100000"_s},
         {u"page-size"_s, u"Records per page (default: the engine's)."_s, u"N"_s,
          QString::number(nd::Defaults::kPageSize)},
         {u"pull-only"_s, u"Internal: run only the engine's pull."_s},
         {u"server"_s, u"Internal."_s, u"URL"_s},
         {u"db"_s, u"Internal."_s, u"PATH"_s},
         {u"history-versions"_s, u"Internal: versions kept per record (default 20)."_s, u"N"_s, u"20"_s}});
    p.process(app);
    if (p.isSet(u"pull-only"_s))
        return pullOnly(p);

    const int records = p.value(u"records"_s).toInt();
    const int pageSize = p.value(u"page-size"_s).toInt();
    QTemporaryDir dir;
    const QString config = dir.filePath(u"sim.json"_s);
    {
        QFile f(config);
        f.open(QIODevice::WriteOnly);
        f.write(
            R"({"integrations":[{"unique_key":"bench","provider":"hubspot","syncs":[{"name":"contacts","models":["HubspotContact"]}]}],
                    "connections":[{"connection_id":"bench-co","provider_config_key":"bench"}]})");
    }
    const QString binDir = QCoreApplication::applicationDirPath();
    QProcess sim;
    sim.start(binDir + u"/nango-sim"_s,
              {u"--config"_s, config, u"--records"_s, QString::number(records), u"--record-bytes"_s, u"500"_s,
               u"--secret-key"_s, QString::fromLatin1(kKey), u"--rate-limit"_s, u"0"_s, u"--time-scale"_s,
               u"0"_s, u"--quiet"_s});
    if (!sim.waitForReadyRead(600000)) {
        out() << "nango-sim did not start" << Qt::endl;
        return 1;
    }
    const QUrl server(QString::fromUtf8(sim.readLine()).trimmed().section(u' ', -1));

    out() << "# Pull benchmark: " << records << " records of ~500-byte payloads, pages of " << pageSize
          << Qt::endl;
    QList<QByteArray> pages;
    double pagingSeconds = 0;
    const qint64 paged = rawPaging(server, pageSize, &pages, &pagingSeconds);
    qint64 bodyBytes = 0;
    for (const QByteArray &b : pages)
        bodyBytes += b.size();
    out() << "raw paging (no storing):      " << paged << " records in " << pagingSeconds
          << " s = " << qint64(paged / pagingSeconds) << " records/s (" << bodyBytes / paged
          << " bytes per record on the wire)" << Qt::endl;
    std::vector<nd::RecordsPage> parsed;
    for (const QByteArray &body : std::as_const(pages)) {
        QString error;
        parsed.push_back(*nd::parseRecordsPage(body, &error));
    }
    double sqliteSeconds = 0;   // the minimal table at SQLite's default page size
    double sqlite16Seconds = 0; // the minimal table at the engine's page size
    double previous = 0;
    for (const Shape &shape : kShapes) {
        const double seconds = rawSqlite(parsed, dir.filePath(u"raw.sqlite"_s), shape);
        if (sqliteSeconds == 0)
            sqliteSeconds = seconds;
        else if (sqlite16Seconds == 0)
            sqlite16Seconds = seconds;
        out() << "raw SQLite upsert (C API), " << shape.name << ": " << seconds
              << " s = " << qint64(paged / seconds) << " records/s";
        if (previous > 0)
            out() << "; " << (seconds - previous) * 1e6 / paged << " us a row more than the line above";
        out() << Qt::endl;
        previous = seconds;
    }
    parsed.clear();
    pages.clear();
    pages.squeeze();

    const QString db = dir.filePath(u"cache.sqlite"_s);
    const bench::PullRun run = bench::runPull(server, db, {u"--page-size"_s, QString::number(pageSize)});
    const double pullSeconds = run.seconds;
    const qint64 pulled = run.records;
    const qint64 rssKb = run.rssKb;
    const qint64 requests = run.requests;
    const double slower = std::min(paged / pagingSeconds, paged / sqliteSeconds);
    out() << "engine pull (SyncEngine):     " << pulled << " records in " << pullSeconds
          << " s = " << qint64(pulled / pullSeconds)
          << " records/s = " << qRound(100.0 * (pulled / pullSeconds) / slower)
          << "% of the slower raw speed (target 80%; "
          << qRound(100.0 * (pulled / pullSeconds) / std::min(paged / pagingSeconds, paged / sqlite16Seconds))
          << "% with the minimal table at the engine's page size); peak memory " << rssKb / 1024
          << " MB (target < 200 MB); " << requests << " requests to /records (target at a million: <= 110)"
          << Qt::endl;

    QString error;
    auto cache = nd::ReadStore::open(db, &error);
    nd::RecordQuery query;
    query.streamId = cache->streamFacts(1).first().stream.id;
    nd::ExportOptions options;
    QElapsedTimer t;
    t.start();
    const nd::ExportResult exported =
        nd::RecordExporter::run(*cache, query, options, dir.filePath(u"out.csv"_s));
    const double exportSeconds = t.elapsed() / 1000.0;
    t.restart();
    QProcess sqlite;
    sqlite.setStandardOutputFile(dir.filePath(u"sqlite.csv"_s));
    sqlite.start(u"sqlite3"_s,
                 {u"-csv"_s, u"-header"_s, db,
                  u"SELECT record_id, payload, first_seen_at, last_modified_at, last_action, deleted_at, "
                  "pruned_at FROM records WHERE deleted_at IS NULL ORDER BY last_modified_us, record_id"_s});
    sqlite.waitForFinished(-1);
    const double sqliteCsvSeconds = t.elapsed() / 1000.0;
    out() << "CSV export (nango-desk):      " << exported.rows << " records, " << exported.columns.size()
          << " payload columns, in " << exportSeconds << " s = " << qint64(exported.rows / exportSeconds)
          << " records/s" << Qt::endl;
    out() << "sqlite3 -csv (same rows):     " << exported.rows << " records in " << sqliteCsvSeconds
          << " s = " << qint64(exported.rows / sqliteCsvSeconds) << " records/s (payload as one JSON column)"
          << Qt::endl;
    sim.terminate();
    sim.waitForFinished();
    return 0;
}
