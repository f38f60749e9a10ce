// The cost of record history, beside the same engine without it, in one run:
//   1. a first pull of N records (all ADDED: no version is written) with history on (the default,
//      20 versions per record) and off, in turn, RUNS times each;
//   2. nango-sim updates N/2 records at random (some twice); an incremental pull of what changed into
//      a copy of each cache, history on and off, in turn, RUNS times (each from the same copies);
//   3. what the versions cost on disk: the cache file with and without them, per version.
// Each pull is bench_pull --pull-only, a process of its own, timed by itself.
//   bench_history [--records N] [--runs R]
#include "BenchSupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <sqlite3.h>

using namespace Qt::StringLiterals;
using bench::out;

namespace {

double pull(const QUrl &server, const QString &db, int historyVersions)
{
    return bench::runPull(server, db, {u"--history-versions"_s, QString::number(historyVersions)}).seconds;
}

qint64 sqliteNumber(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    qint64 n = -1;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *q = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &q, nullptr) == SQLITE_OK && sqlite3_step(q) == SQLITE_ROW)
            n = sqlite3_column_int64(q, 0);
        sqlite3_finalize(q);
    }
    sqlite3_close(db);
    return n;
}

// The file's bytes in use (its pages less the free ones), after a checkpoint into it.
qint64 usedBytes(const QString &path)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK)
        sqlite3_exec(db, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    return (sqliteNumber(path, "PRAGMA page_count") - sqliteNumber(path, "PRAGMA freelist_count")) *
           sqliteNumber(path, "PRAGMA page_size");
}

bool mutate(const QUrl &server, int updates, bool light)
{
    QNetworkAccessManager nam;
    QUrl u = server;
    u.setPath(u"/_sim/mutate"_s);
    QNetworkRequest req(u);
    req.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    QNetworkReply *reply = nam.post(req, QJsonDocument(QJsonObject{{u"integration"_s, u"bench"_s},
                                                                   {u"connection"_s, u"bench-co"_s},
                                                                   {u"sync"_s, u"contacts"_s},
                                                                   {u"model"_s, u"HubspotContact"_s},
                                                                   {u"update"_s, updates},
                                                                   {u"add"_s, 0},
                                                                   {u"delete"_s, 0},
                                                                   {u"undelete"_s, 0},
                                                                   {u"light"_s, light}})
                                             .toJson());
    bench::waitFor([reply]() { return reply->isFinished(); }, 600000);
    const bool ok = reply->error() == QNetworkReply::NoError;
    reply->deleteLater();
    return ok;
}

void copyCache(const QString &from, const QString &to)
{
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s}) {
        QFile::remove(to + suffix);
        if (QFile::exists(from + suffix))
            QFile::copy(from + suffix, to + suffix);
    }
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addOptions({{u"records"_s, u"Records in the model."_s, u"N"_s, u"100000"_s},
                  {u"runs"_s, u"Runs of each pull, in turn."_s, u"R"_s, u"3"_s}});
    p.process(app);
    const int records = p.value(u"records"_s).toInt();
    const int runs = p.value(u"runs"_s).toInt();
    QTemporaryDir dir;
    QProcess sim;
    const QUrl server = bench::startSim(
        sim, dir.filePath(u"sim.json"_s),
        R"({"integrations":[{"unique_key":"bench","provider":"hubspot","syncs":[{"name":"contacts","models":["HubspotContact"]}]}],
            "connections":[{"connection_id":"bench-co","provider_config_key":"bench"}]})",
        {u"--records"_s, QString::number(records), u"--rate-limit"_s, u"0"_s});
    if (server.isEmpty()) {
        out() << "nango-sim did not start" << Qt::endl;
        return 1;
    }
    out() << "# Record history: " << records << " records of ~500-byte payloads, " << runs
          << " runs of each pull in turn (history on: 20 versions per record, the default; off: 0)"
          << Qt::endl;
    const QString on = dir.filePath(u"on.sqlite"_s), off = dir.filePath(u"off.sqlite"_s);
    QList<double> firstOn, firstOff;
    for (int i = 0; i < runs; ++i) {
        copyCache(u"/nonexistent"_s, on); // each first pull into an empty cache
        copyCache(u"/nonexistent"_s, off);
        firstOn << pull(server, on, 20);
        firstOff << pull(server, off, 0);
    }
    out() << "first pull, history on:   median " << median(firstOn) << " s ("
          << qint64(records / median(firstOn)) << " rec/s)" << Qt::endl;
    out() << "first pull, history off:  median " << median(firstOff) << " s ("
          << qint64(records / median(firstOff)) << " rec/s); on/off = " << median(firstOn) / median(firstOff)
          << " (target <= 1.10)" << Qt::endl;

    // The same changes pulled into copies of the same mirrored caches, history on and off: first
    // updates that change every value of a record (nango-sim's usual), then light ones that change
    // one field (its version number), as an edit in a provider's UI does.
    const QString baseOn = dir.filePath(u"base-on.sqlite"_s), baseOff = dir.filePath(u"base-off.sqlite"_s);
    copyCache(on, baseOn);
    copyCache(off, baseOff);
    qint64 versionsBefore = 0, withBefore = usedBytes(on), withoutBefore = usedBytes(off);
    for (const bool light : {false, true}) {
        if (!mutate(server, records / 2, light)) {
            out() << "cannot ask nango-sim to change records" << Qt::endl;
            return 1;
        }
        QList<double> incOn, incOff;
        qint64 changed = 0;
        for (int i = 0; i < runs; ++i) {
            copyCache(baseOn, on);
            copyCache(baseOff, off);
            incOn << pull(server, on, 20);
            incOff << pull(server, off, 0);
            changed = sqliteNumber(on, "SELECT updated FROM cursor_history ORDER BY id DESC LIMIT 1");
        }
        out() << "update-heavy incremental pull, " << (light ? "one field changed" : "every value changed")
              << " (" << changed << " records updated):" << Qt::endl;
        out() << "  history on:   median " << median(incOn) << " s (" << qint64(changed / median(incOn))
              << " rec/s)" << Qt::endl;
        out() << "  history off:  median " << median(incOff) << " s (" << qint64(changed / median(incOff))
              << " rec/s); on/off = " << median(incOn) / median(incOff) << " (target <= 1.30)" << Qt::endl;
        const qint64 versions = sqliteNumber(on, "SELECT count(*) FROM record_versions") - versionsBefore;
        const qint64 withBytes = usedBytes(on), withoutBytes = usedBytes(off);
        // What this pull's versions added, beyond what the same pull added without them.
        const double perVersion =
            versions > 0
                ? double((withBytes - withBefore) - (withoutBytes - withoutBefore)) / double(versions)
                : 0;
        versionsBefore += versions;
        withBefore = withBytes;
        withoutBefore = withoutBytes;
        out() << "  on disk: " << versions << " versions more; cache " << withBytes / 1048576
              << " MiB with them, " << withoutBytes / 1048576 << " MiB without = " << qint64(perVersion)
              << " bytes per version; 1,000,000 records x 3 versions each = "
              << qint64(perVersion * 3e6 / 1048576) << " MiB" << Qt::endl;
        // The light updates start from the caches the first ones left.
        copyCache(on, baseOn);
        copyCache(off, baseOff);
    }
    sim.terminate();
    sim.waitForFinished();
    return 0;
}
