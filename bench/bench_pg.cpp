// Benchmark (not a test): a first pull of N records from nango-sim into a PostgreSQL cache, beside
// the same pull into SQLite and beside PostgreSQL's own limit, all in one run on this machine:
//   1. paging nango-sim without storing anything (the network + server bound),
//   2. raw COPY: the same rows, already parsed, sent with COPY ... FROM STDIN (FORMAT binary) straight
//      into a table of the cache's columns and indexes, one transaction per page (the server bound),
//   3. the engine's pull into a fresh PostgreSQL database (bench_pull --pull-only, its own process),
//   4. the engine's pull into a fresh SQLite file (the same, for the embedded store).
// Usage: bench_pg --records N --pg postgresql://user@host:port/postgres (a role that may CREATE DATABASE).
#include "BenchSupport.h"
#include "api/RecordsPage.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUrl>
#include <QtEndian>

#include <libpq-fe.h>

using namespace Qt::StringLiterals;
using bench::kKey;
using bench::out;

namespace {

// The bodies of every page, paged with the least client work possible.
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

bool exec(PGconn *c, const QByteArray &sql)
{
    PGresult *r = PQexec(c, sql.constData());
    const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK || PQresultStatus(r) == PGRES_TUPLES_OK;
    if (!ok)
        out() << "SQL failed: " << PQresultErrorMessage(r) << Qt::endl;
    PQclear(r);
    return ok;
}

QString createDatabase(const QString &admin, const char *prefix)
{
    const QByteArray name = prefix + QByteArray::number(QRandomGenerator::global()->generate() % 1000000);
    PGconn *c = PQconnectdb(admin.toUtf8().constData());
    exec(c, "CREATE DATABASE " + name);
    PQfinish(c);
    QUrl url(admin);
    url.setPath(u'/' + QString::fromLatin1(name));
    return url.toString();
}

void dropDatabase(const QString &admin, const QString &uri)
{
    PGconn *c = PQconnectdb(admin.toUtf8().constData());
    exec(c, "DROP DATABASE IF EXISTS " + QUrl(uri).path().mid(1).toLatin1());
    PQfinish(c);
}

void put32(QByteArray &b, qint32 v)
{
    char x[4];
    qToBigEndian(v, x);
    b.append(x, 4);
}

void putText(QByteArray &b, const QByteArray &v)
{
    if (v.isEmpty()) {
        put32(b, -1);
        return;
    }
    put32(b, qint32(v.size()));
    b.append(v);
}

void putBigint(QByteArray &b, qint64 v)
{
    put32(b, 8);
    char x[8];
    qToBigEndian(v, x);
    b.append(x, 8);
}

// PostgreSQL's own limit for these rows: binary COPY into the cache's table shape, no merge.
double rawCopy(const QList<QByteArray> &pages, const QString &uri)
{
    std::vector<nd::RecordsPage> parsed;
    for (const QByteArray &body : pages) {
        QString error;
        parsed.push_back(*nd::parseRecordsPage(body, &error));
    }
    PGconn *c = PQconnectdb(uri.toUtf8().constData());
    exec(c,
         "CREATE TABLE r (stream_id BIGINT NOT NULL, record_id TEXT NOT NULL, payload TEXT NOT NULL, "
         "first_seen_at TEXT, first_seen_us BIGINT, last_modified_at TEXT NOT NULL, last_modified_us BIGINT "
         "NOT "
         "NULL, last_action TEXT NOT NULL, deleted_at TEXT, pruned_at TEXT, cursor TEXT NOT NULL, generation "
         "BIGINT NOT NULL, fts_dirty INTEGER NOT NULL DEFAULT 1, PRIMARY KEY (stream_id, record_id)); "
         "CREATE INDEX r_mod ON r (stream_id, last_modified_us, record_id); "
         "CREATE INDEX r_dirty ON r (stream_id) WHERE fts_dirty = 1");
    QElapsedTimer t;
    t.start();
    for (const nd::RecordsPage &page : parsed) {
        QByteArray data("PGCOPY\n\377\r\n\0", 11);
        put32(data, 0); // flags
        put32(data, 0); // header extension
        for (const nd::PulledRecord &r : page.records) {
            char n[2];
            qToBigEndian(qint16(13), n);
            data.append(n, 2);
            putBigint(data, 1);
            putText(data, r.id);
            putText(data, r.json);
            putText(data, r.firstSeenAt);
            putBigint(data, r.firstSeenUs);
            putText(data, r.lastModifiedAt);
            putBigint(data, r.lastModifiedUs);
            putText(data, r.lastAction);
            putText(data, r.deletedAt);
            putText(data, r.prunedAt);
            putText(data, r.cursor);
            putBigint(data, 1);
            put32(data, 4);
            put32(data, 1);
        }
        data.append("\377\377", 2);
        exec(c, "BEGIN");
        PGresult *r = PQexec(c, "COPY r FROM STDIN (FORMAT binary)");
        PQclear(r);
        PQputCopyData(c, data.constData(), int(data.size()));
        PQputCopyEnd(c, nullptr);
        while (PGresult *end = PQgetResult(c)) {
            if (PQresultStatus(end) != PGRES_COMMAND_OK)
                out() << "COPY failed: " << PQresultErrorMessage(end) << Qt::endl;
            PQclear(end);
        }
        exec(c, "COMMIT");
    }
    const double seconds = t.elapsed() / 1000.0;
    PQfinish(c);
    return seconds;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addOptions({{u"records"_s, u"Records in the model."_s, u"N"_s, u"100000"_s},
                  {u"page-size"_s, u"Records per page."_s, u"N"_s, u"1000"_s},
                  {u"pg"_s, u"The server's base URI (a role that may CREATE DATABASE)."_s, u"URI"_s}});
    p.process(app);
    const QString admin = p.value(u"pg"_s);
    if (admin.isEmpty()) {
        out() << "bench_pg needs --pg postgresql://user@host:port/postgres" << Qt::endl;
        return 2;
    }
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
    QProcess sim;
    sim.start(QCoreApplication::applicationDirPath() + u"/nango-sim"_s,
              {u"--config"_s, config, u"--records"_s, QString::number(records), u"--record-bytes"_s, u"500"_s,
               u"--secret-key"_s, QString::fromLatin1(kKey), u"--rate-limit"_s, u"0"_s, u"--time-scale"_s,
               u"0"_s, u"--quiet"_s});
    if (!sim.waitForReadyRead(600000)) {
        out() << "nango-sim did not start" << Qt::endl;
        return 1;
    }
    const QUrl server(QString::fromUtf8(sim.readLine()).trimmed().section(u' ', -1));
    out() << "# PostgreSQL pull benchmark: " << records << " records of ~500-byte payloads, pages of "
          << pageSize << Qt::endl;

    QList<QByteArray> pages;
    double pagingSeconds = 0;
    const qint64 paged = rawPaging(server, pageSize, &pages, &pagingSeconds);
    out() << "raw paging (no storing):          " << paged << " records in " << pagingSeconds
          << " s = " << qint64(paged / pagingSeconds) << " records/s" << Qt::endl;
    const QString copyDb = createDatabase(admin, "bench_copy_");
    const double copySeconds = rawCopy(pages, copyDb);
    dropDatabase(admin, copyDb);
    pages.clear();
    pages.squeeze();
    const double copyRate = paged / copySeconds;
    out() << "raw COPY (binary, cache's shape): " << paged << " records in " << copySeconds
          << " s = " << qint64(copyRate) << " records/s" << Qt::endl;

    const QString pgDb = createDatabase(admin, "bench_cache_");
    const bench::PullRun pg = bench::runPull(server, pgDb, {u"--page-size"_s, QString::number(pageSize)});
    dropDatabase(admin, pgDb);
    const bench::PullRun lite = bench::runPull(server, dir.filePath(u"cache.sqlite"_s),
                                               {u"--page-size"_s, QString::number(pageSize)});
    if (!pg.error.isEmpty() || !lite.error.isEmpty()) {
        out() << "a pull failed: " << pg.error << lite.error << Qt::endl;
        return 1;
    }
    const double pgRate = pg.records / pg.seconds;
    const double liteRate = lite.records / lite.seconds;
    const double bound = std::min(paged / pagingSeconds, copyRate);
    out() << "engine pull into SQLite:          " << lite.records << " records in " << lite.seconds
          << " s = " << qint64(liteRate) << " records/s, peak memory " << lite.rssKb / 1024 << " MB"
          << Qt::endl;
    out() << "engine pull into PostgreSQL:      " << pg.records << " records in " << pg.seconds
          << " s = " << qint64(pgRate) << " records/s, peak memory " << pg.rssKb / 1024 << " MB" << Qt::endl;
    out() << "  = " << qRound(100.0 * pgRate / liteRate) << "% of the pull into SQLite (target 70%)"
          << Qt::endl;
    out() << "  = " << qRound(100.0 * pgRate / copyRate) << "% of the raw COPY (target 60%); "
          << qRound(100.0 * pgRate / bound) << "% of the slower of raw paging and raw COPY" << Qt::endl;
    sim.terminate();
    sim.waitForFinished();
    return 0;
}
