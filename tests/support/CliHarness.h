#pragma once

// Test support: nango-desk-cli as a user runs it, against nango-sim in its own process, with a
// temporary cache and the test keys in the environment.

#include "CacheCompare.h"
#include "SimHarness.h"
#include "StoreFixture.h"
#include "cache/RecordStore.h"
#include "cache/Store.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

namespace testsupport {

using namespace Qt::StringLiterals;

inline QString bin(const QString &name)
{
    return qEnvironmentVariable("NANGODESK_BIN_DIR", QCoreApplication::applicationDirPath()) + u'/' + name;
}

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

// The simulator's process, the cache folder, and how to run the CLI against them.
class CliFixture
{
public:
    QProcess sim;
    QUrl simUrl;
    QTemporaryDir dir;
    QString cachePath = freshCacheLocation(dir.path()); // the CLI's --db (a file, or a PostgreSQL database)

    QProcessEnvironment env(bool withKey = true) const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.remove(u"NANGO_SECRET_KEY"_s);
        e.remove(u"NANGO_WEBHOOK_SIGNING_KEY"_s);
        if (withKey) {
            e.insert(u"NANGO_SECRET_KEY"_s, QString::fromLatin1(kApiKey));
            e.insert(u"NANGO_WEBHOOK_SIGNING_KEY"_s, QString::fromLatin1(kSigningKey));
        }
        e.insert(u"NANGO_SERVER_URL"_s, simUrl.toString());
        e.insert(u"NANGO_DESK_DB"_s, cachePath);
        return e;
    }

    Run cli(const QStringList &args, bool withKey = true, int timeoutMs = 120000)
    {
        QProcess p;
        p.setProcessEnvironment(env(withKey));
        p.start(bin(u"nango-desk-cli"_s), args);
        Run r;
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    HttpResult control(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        QUrl u = simUrl;
        u.setPath(u"/_sim/"_s + path.section(u'?', 0, 0));
        if (path.contains(u'?'))
            u.setQuery(path.section(u'?', 1));
        return http(method, u,
                    body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    QHash<QString, QJsonObject> truth(const QString &i, const QString &c, const QString &m,
                                      const QString &variant = u"base"_s)
    {
        QHash<QString, QJsonObject> out;
        const auto r =
            control("GET", u"truth?integration=%1&connection=%2&model=%3&variant=%4"_s.arg(i, c, m, variant));
        for (const QJsonValue &v : r.json().value(u"records"_s).toArray())
            out.insert(v.toObject().value(u"id"_s).toString(), v.toObject());
        return out;
    }

    // One number from the cache at `location`, read without disturbing the process that writes it (a
    // read-only SQLite connection; a reader's PostgreSQL one). 0 when it cannot be read yet.
    static qint64 countInCache(const QString &location, const char *sql, qint64 arg = 0)
    {
        if (onPostgres()) {
            QString error;
            nd::Store::Options reader;
            reader.reader = true;
            auto cache = nd::Store::open(location, reader, &error);
            if (!cache)
                return 0;
            auto q = cache->db().prepare(sql);
            q->bind(1, arg);
            return q->step() ? q->int64(0) : 0;
        }
        sqlite3 *db = nullptr;
        qint64 result = 0;
        if (sqlite3_open_v2(location.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
            sqlite3_busy_timeout(db, 1000);
            sqlite3_stmt *q = nullptr;
            if (sqlite3_prepare_v2(db, sql, -1, &q, nullptr) == SQLITE_OK) {
                if (sqlite3_bind_parameter_count(q) > 0)
                    sqlite3_bind_int64(q, 1, arg);
                if (sqlite3_step(q) == SQLITE_ROW)
                    result = sqlite3_column_int64(q, 0);
            }
            sqlite3_finalize(q);
        }
        sqlite3_close(db);
        return result;
    }

    // A pull of this process run: history rows newer than `afterId`, running, with a page committed.
    qint64 pullUnderWay(qint64 afterId = -1)
    {
        return afterId < 0 ? countInCache(cachePath, "SELECT coalesce(max(id), 0) FROM cursor_history")
                           : countInCache(cachePath,
                                          "SELECT count(*) FROM cursor_history WHERE id > ?1 AND outcome = "
                                          "'running' AND pages > 0",
                                          afterId);
    }

    QString compareAll()
    {
        QString error;
        auto cache = nd::Store::open(cachePath, &error);
        if (!cache)
            return error;
        nd::RecordStore &store = cache->records();
        nd::SqlDb &db = cache->db();
        QStringList problems;
        const auto streams = store.streams(1);
        if (streams.isEmpty())
            return u"no streams"_s;
        for (const nd::Stream &s : streams) {
            const QString diff = compareWithTruth(
                db, s.id, truth(s.key.integration, s.key.connectionId, s.key.model, s.key.variant));
            if (!diff.isEmpty())
                problems << s.key.model + u"::"_s + s.key.variant + u": "_s + diff;
            const QString counts = checkCounts(db, s.id);
            if (!counts.isEmpty())
                problems << counts;
        }
        return problems.join(u'\n');
    }

    // Starts nango-sim with the test keys; empty, or what went wrong.
    QString startSim(const QStringList &extra = {}) { return startSimProcess(sim, &simUrl, extra); }
    // Another simulator in `process` (a second server for a test of its own).
    static QString startSimProcess(QProcess &process, QUrl *url, const QStringList &extra = {})
    {
        process.setProgram(bin(u"nango-sim"_s));
        process.setArguments(QStringList{u"--port"_s, u"0"_s, u"--secret-key"_s, QString::fromLatin1(kApiKey),
                                         u"--webhook-signing-key"_s, QString::fromLatin1(kSigningKey),
                                         u"--records"_s, u"400"_s, u"--rate-limit"_s, u"0"_s,
                                         u"--time-scale"_s, u"0"_s, u"--run-ms"_s, u"20"_s, u"--latency-ms"_s,
                                         u"2"_s, u"--quiet"_s} +
                             extra);
        process.start();
        if (!process.waitForReadyRead(10000))
            return u"nango-sim did not start"_s;
        const QString line = QString::fromUtf8(process.readLine()).trimmed();
        if (!line.startsWith(u"nango-sim listening on "_s))
            return line;
        *url = QUrl(line.section(u' ', -1));
        return {};
    }

    void stopSim()
    {
        sim.terminate();
        sim.waitForFinished(5000);
    }
};

} // namespace testsupport
