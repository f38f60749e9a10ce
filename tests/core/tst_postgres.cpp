// A cache a team shares on PostgreSQL, against the private cluster of scripts/pg-test-cluster.sh:
// what a person sees when the server, the role, the password or the schema is wrong, a role that
// may only read, other clients' writes heard at once, and two watch services that take turns.

#include "CliHarness.h"
#include "EngineHarness.h"
#include "api/RecordsPage.h"
#include "cache/CacheCheck.h"
#include "cache/CatalogStore.h"
#include "cache/RecordStore.h"
#include "cache/SearchIndex.h"
#include "cache/SqlReadStore.h"
#include "cache/Store.h"
#include "cache/StoreWatcher.h"
#include "cache/postgres/PgDb.h"
#include "cache/postgres/PgMigrations.h"
#include "sync/SyncEngine.h"

#include <QRandomGenerator>
#include <QTcpServer>
#include <QtTest>

#include <atomic>
#include <libpq-fe.h>
#include <thread>

using namespace testsupport;
using namespace Qt::StringLiterals;

namespace {

// SQL as the cluster's superuser (the tests' set-up; Nango Desk never needs one).
QString adminExec(const QString &uri, const QByteArray &sql)
{
    PGconn *conn = PQconnectdb(uri.toUtf8().constData());
    QString error;
    if (PQstatus(conn) != CONNECTION_OK) {
        error = QString::fromUtf8(PQerrorMessage(conn));
    } else {
        PGresult *r = PQexec(conn, sql.constData());
        if (PQresultStatus(r) != PGRES_COMMAND_OK && PQresultStatus(r) != PGRES_TUPLES_OK)
            error = QString::fromUtf8(PQresultErrorMessage(r));
        PQclear(r);
    }
    PQfinish(conn);
    return error;
}

QString withUser(const QString &uri, const QString &user)
{
    QUrl url(uri);
    url.setUserName(user);
    return url.toString();
}

QString unique(const char *prefix)
{
    return QString::fromLatin1(prefix) +
           QString::number(QRandomGenerator::global()->generate64() % 1000000000, 36);
}

} // namespace

class TestPostgres : public QObject
{
    Q_OBJECT

    QString m_base;
    QTemporaryDir m_dir;

    QString migratedCache(const QString &name) { return migratedCacheLocation(m_dir.path(), name); }

private Q_SLOTS:
    void initTestCase()
    {
        m_base = postgresBase();
        QVERIFY2(!m_base.isEmpty(), "needs the private cluster (NANGODESK_TEST_PG_FILE)");
        // Only what each test gives: no password from the environment or a ~/.pgpass.
        qunsetenv("PGPASSWORD");
        qputenv("PGPASSFILE", QFile::encodeName(m_dir.filePath(u"no-pgpass"_s)));
        QCOMPARE(adminExec(m_base, "DO $$BEGIN CREATE ROLE nd_password_users NOLOGIN; EXCEPTION WHEN "
                                   "duplicate_object THEN NULL; END$$"),
                 QString());
    }

    void unreachableServerSaysWhatToCheck()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close(); // nobody listens there now
        const QString uri = u"postgresql://nangodesk@127.0.0.1:%1/postgres"_s.arg(port);
        QString error;
        QVERIFY(!nd::Store::open(uri, &error));
        QVERIFY2(error.contains(u"Cannot reach the PostgreSQL server"_s), qPrintable(error));
        QVERIFY2(error.contains(u"host and port"_s), qPrintable(error));
        // The CLI: the cache's exit code, the same advice.
        CliFixture cli;
        cli.cachePath = uri;
        const Run r = cli.cli({u"status"_s});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(u"Cannot reach the PostgreSQL server"_s), qPrintable(r.err));
    }

    void missingOrWrongPasswordIsRefusedWithAdvice()
    {
        const QString role = unique("nd_pw_");
        const QString database = unique("nd_pwdb_");
        QCOMPARE(adminExec(m_base, "CREATE ROLE " + role.toUtf8() +
                                       " LOGIN PASSWORD 'right horse battery' IN ROLE nd_password_users"),
                 QString());
        QCOMPARE(adminExec(m_base, "CREATE DATABASE " + database.toUtf8() + " OWNER " + role.toUtf8()),
                 QString());
        const QString uri = withUser(withDatabase(m_base, database), role);
        QString error;
        QVERIFY(!nd::Store::open(uri, &error));
        QVERIFY2(error.contains(u"refused the credentials"_s), qPrintable(error));
        nd::Store::Options wrong;
        wrong.password = "wrong staple";
        QVERIFY(!nd::Store::open(uri, wrong, &error));
        QVERIFY2(error.contains(u"refused the credentials"_s), qPrintable(error));
        QVERIFY2(!error.contains(u"wrong staple"_s), "the password is never repeated");
        nd::Store::Options right;
        right.password = "right horse battery";
        auto store = nd::Store::open(uri, right, &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY(store->canWrite());

        // The CLI takes it from a credential file (owner-only), never from its command line.
        CliFixture cli;
        cli.cachePath = uri;
        const QString started = cli.startSim();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        QFile file(m_dir.filePath(u"db-password"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("wrong staple\n");
        file.close();
        QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        qputenv("NANGO_DESK_DB_PASSWORD_FILE", QFile::encodeName(file.fileName()));
        Run r = cli.cli({u"sync"_s});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(u"refused the credentials"_s), qPrintable(r.err));
        QVERIFY(!r.err.contains(u"wrong staple"_s) && !r.out.contains(u"wrong staple"_s));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("right horse battery\n");
        file.close();
        r = cli.cli({u"sync"_s});
        qunsetenv("NANGO_DESK_DB_PASSWORD_FILE");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        cli.cachePath = withUser(uri, u"nangodesk"_s); // compared as the cluster's superuser
        QCOMPARE(cli.compareAll(), QString());
        cli.stopSim();
    }

    void passwordInTheUriIsRefused()
    {
        QUrl url(m_base);
        url.setPassword(u"hunter2"_s);
        QString error;
        QVERIFY(!nd::Store::open(url.toString(), &error));
        QVERIFY2(error.contains(u"carries a password"_s), qPrintable(error));
        QVERIFY(!error.contains(u"hunter2"_s));
        QVERIFY(!nd::Store::displayLocation(url.toString()).contains(u"hunter2"_s));
        // The same as a parameter: refused before anything is opened or saved, never shown.
        const QString parameter = m_base + (m_base.contains(u'?') ? u"&"_s : u"?"_s) + u"password=hunter2"_s;
        QVERIFY(!nd::Store::open(parameter, &error));
        QVERIFY2(error.contains(u"carries a password"_s), qPrintable(error));
        QVERIFY(nd::Store::locationProblem(parameter).contains(u"carries a password"_s));
        QVERIFY(!nd::Store::displayLocation(parameter).contains(u"hunter2"_s));
        QVERIFY(nd::Store::locationProblem(m_base).isEmpty());
    }

    void missingDatabaseSaysCreateIt()
    {
        QString error;
        QVERIFY(!nd::Store::open(withDatabase(m_base, unique("nd_missing_")), &error));
        QVERIFY2(error.contains(u"does not exist"_s) && error.contains(u"createdb"_s), qPrintable(error));
        const nd::CacheCheck check = nd::CacheCheck::run(withDatabase(m_base, unique("nd_missing_")), {});
        QVERIFY(!check.ok);
        QVERIFY2(check.message.contains(u"does not exist"_s), qPrintable(check.message));
    }

    void newerSchemaIsLeftAlone()
    {
        const QString uri = migratedCache(u"newer"_s);
        QCOMPARE(adminExec(uri, "UPDATE nangodesk_schema SET version = 99"), QString());
        QString error;
        QVERIFY(!nd::Store::open(uri, &error));
        QVERIFY2(error.contains(u"newer Nango Desk"_s) && error.contains(u"99"_s), qPrintable(error));
        nd::Store::Options reader;
        reader.reader = true;
        QVERIFY(!nd::Store::open(uri, reader, &error));
        QVERIFY2(error.contains(u"newer Nango Desk"_s), qPrintable(error));
        // Nothing was rolled back or rewritten.
        auto conn = PQconnectdb(uri.toUtf8().constData());
        PGresult *r = PQexec(conn, "SELECT version FROM nangodesk_schema");
        QCOMPARE(QByteArray(PQgetvalue(r, 0, 0)), QByteArray("99"));
        PQclear(r);
        PQfinish(conn);
    }

    void roleWithoutCreateIsToldWhichGrant()
    {
        const QString role = unique("nd_nocreate_");
        QCOMPARE(adminExec(m_base, "CREATE ROLE " + role.toUtf8() + " LOGIN"), QString());
        const QString uri = withUser(freshCacheLocation(m_dir.path(), u"nocreate"_s), role);
        QString error;
        QVERIFY(!nd::Store::open(uri, &error));
        QVERIFY2(error.contains(u"GRANT CREATE ON SCHEMA public TO "_s + role), qPrintable(error));
        const nd::CacheCheck check = nd::CacheCheck::run(uri, {});
        QVERIFY(!check.ok);
        QVERIFY2(check.message.contains(u"GRANT CREATE ON SCHEMA public TO "_s + role),
                 qPrintable(check.message));
        // Once granted, the role creates the tables on its first start.
        QCOMPARE(
            adminExec(withUser(uri, u"nangodesk"_s), "GRANT CREATE ON SCHEMA public TO " + role.toUtf8()),
            QString());
        QVERIFY(nd::CacheCheck::run(uri, {}).ok);
        QVERIFY2(nd::Store::open(uri, &error), qPrintable(error));
    }

    void readOnlyRoleBrowsesButChangesNothing()
    {
        // The owner fills the cache from the server.
        Sim sim;
        const QString uri = freshCacheLocation(m_dir.path(), u"readonly"_s);
        {
            nd::EngineConfig config;
            config.databasePath = uri;
            config.profileName = u"test"_s;
            config.serverUrl = sim.url();
            config.pageSize = 100;
            config.pollIntervalSeconds = 0;
            nd::SyncEngine engine(config);
            QString error;
            QVERIFY2(engine.open(&error), qPrintable(error));
            engine.setApiKey(kApiKey);
            QVERIFY2(syncAll(engine, &error), qPrintable(error));
            QVERIFY(!engine.isReadOnly());
        }
        const QString role = unique("nd_reader_");
        QCOMPARE(adminExec(m_base, "CREATE ROLE " + role.toUtf8() + " LOGIN"), QString());
        QCOMPARE(adminExec(uri, "GRANT SELECT ON ALL TABLES IN SCHEMA public TO " + role.toUtf8()),
                 QString());
        const QString readerUri = withUser(uri, role);

        const nd::CacheCheck check = nd::CacheCheck::run(readerUri, {});
        QVERIFY2(check.ok && check.readOnly, qPrintable(check.message));
        QVERIFY(check.streams > 0);
        QVERIFY2(check.message.contains(u"may only read"_s), qPrintable(check.message));

        nd::EngineConfig config;
        config.databasePath = readerUri;
        config.profileName = u"test"_s;
        config.serverUrl = sim.url();
        nd::SyncEngine engine(config);
        QString error;
        QVERIFY2(engine.open(&error), qPrintable(error));
        QVERIFY(engine.isReadOnly());
        engine.setApiKey(kApiKey);
        QSignalSpy answered(&engine.client(), &nd::NangoClient::answered);
        bool refused = false;
        QString message;
        engine.trigger({u"github"_s, u"acme-corp"_s, {u"issues"_s}}, nd::ResyncMode::Incremental,
                       [&](bool ok, const QString &m) {
                           refused = !ok;
                           message = m;
                       });
        QVERIFY(refused);
        QVERIFY2(message.contains(u"only read"_s), qPrintable(message));
        engine.pause({u"github"_s, u"acme-corp"_s, {u"issues"_s}},
                     [&](bool ok, const QString &) { refused = !ok; });
        QVERIFY(refused);
        QTest::qWait(200);
        QCOMPARE(answered.count(), 0); // nothing was sent to Nango

        // The records are there to browse, as the owner stored them.
        nd::Store::Options readerOptions;
        readerOptions.reader = true;
        auto store = nd::Store::open(readerUri, readerOptions, &error);
        QVERIFY2(store, qPrintable(error));
        const auto streams = store->records().streams(engine.profile().id);
        QVERIFY(!streams.isEmpty());
        nd::SqlReadStore read(std::move(store));
        qint64 total = 0;
        for (const nd::Stream &s : streams) {
            nd::RecordQuery q;
            q.streamId = s.id;
            total += read.countRecords(q);
        }
        QVERIFY(total > 0);
    }

    void otherClientsWritesAreHeardAtOnce()
    {
        Sim sim;
        const QString uri = migratedCache(u"watcher"_s);
        auto watcher = nd::StoreWatcher::create(uri, {});
        QVERIFY(watcher);
        QString error;
        QVERIFY2(watcher->start(&error), qPrintable(error));
        QSet<qint64> heard;
        connect(watcher.get(), &nd::StoreWatcher::changed, this, [&heard](const QList<qint64> &streams) {
            for (qint64 s : streams)
                heard.insert(s);
        });
        nd::EngineConfig config;
        config.databasePath = uri;
        config.profileName = u"test"_s;
        config.serverUrl = sim.url();
        config.pageSize = 100;
        nd::SyncEngine engine(config);
        QVERIFY2(engine.open(&error), qPrintable(error));
        engine.setApiKey(kApiKey);
        QVERIFY2(syncAll(engine, &error), qPrintable(error));
        const auto streams = engine.records().streams(engine.profile().id);
        QVERIFY(!streams.isEmpty());
        // Every stream's pages were heard, by a connection that never polls the tables.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&]() {
                for (const nd::Stream &s : streams)
                    if (!heard.contains(s.id))
                        return false;
                return true;
            }(),
            10000);
        QVERIFY(heard.contains(0)); // and the catalog

        // A window's own engine: what it writes comes by its signals, not back through the database.
        watcher->ignoreWriter(engine.store().writerId());
        QVERIFY(engine.store().writerId() != 0);
        heard.clear();
        sim.control("POST", u"mutate"_s,
                    {{u"integration"_s, u"github"_s},
                     {u"connection"_s, u"acme-corp"_s},
                     {u"sync"_s, u"issues"_s},
                     {u"update"_s, 20}});
        QVERIFY2(syncAll(engine, &error), qPrintable(error));
        // Another client's write is still heard, after ours: the notifications arrive in order.
        auto other = nd::Store::open(uri, &error);
        QVERIFY2(other, qPrintable(error));
        other->db().notifyStreamChanged(streams.first().id);
        QTRY_VERIFY_WITH_TIMEOUT(heard.contains(streams.first().id), 10000);
        QCOMPARE(heard, QSet<qint64>{streams.first().id});
    }

    void aFirstPullMeetingAStoredRecordFallsBackToTheMerge()
    {
        // A first pull goes by COPY straight into the records table; a record stored by an earlier
        // page (changed while we paged) sends that page to the merge. Counts stay the rows' truth.
        const QString uri = migratedCache(u"direct"_s);
        QString error;
        auto store = nd::Store::open(uri, &error);
        QVERIFY2(store, qPrintable(error));
        const nd::Profile profile = store->catalog().ensureProfile(u"test"_s, u"http://localhost"_s);
        const nd::Stream stream = store->records().ensureStream(
            {profile.id, u"github"_s, u"acme"_s, u"Issue"_s, u"base"_s}, u"issues"_s);
        auto page = [](const QList<std::tuple<const char *, const char *, int>> &rows, const char *next) {
            QByteArray body = "{\"records\":[";
            for (qsizetype i = 0; i < rows.size(); ++i) {
                const auto &[id, action, second] = rows[i];
                const QByteArray at =
                    "2026-01-01T00:00:" + QByteArray::number(second).rightJustified(2, '0') + ".000Z";
                body += (i ? "," : "") + QByteArray("{\"id\":\"") + id +
                        "\",\"title\":\"t\",\"_nango_metadata\":{"
                        "\"first_seen_at\":\"2026-01-01T00:00:00.000Z\",\"last_modified_at\":\"" +
                        at + "\",\"last_action\":\"" + action + "\",\"deleted_at\":" +
                        (qstrcmp(action, "DELETED") == 0 ? "\"" + at + "\"" : QByteArray("null")) +
                        ",\"pruned_at\":null,\"cursor\":\"c" + QByteArray::number(second) + "\"}}";
            }
            body += "],\"next_cursor\":" + (next ? "\"" + QByteArray(next) + "\"" : QByteArray("null")) + "}";
            QString e;
            return *nd::parseRecordsPage(body, &e);
        };
        const qint64 history = store->records().beginPull(stream, u"manual"_s);
        nd::PageCounts counts;
        QVERIFY2(store->records().applyPage(stream, history,
                                            page({{"a", "ADDED", 1}, {"b", "ADDED", 2}}, "n1"), true, &counts,
                                            &error),
                 qPrintable(error));
        QCOMPARE(counts.added, 2);
        // "b" changed while we paged: already stored, so this page is merged.
        QVERIFY2(store->records().applyPage(
                     stream, history,
                     page({{"c", "ADDED", 3}, {"b", "UPDATED", 4}, {"d", "DELETED", 5}}, nullptr), true,
                     &counts, &error),
                 qPrintable(error));
        QCOMPARE(counts.added, 1);
        QCOMPARE(counts.updated, 1);
        QCOMPARE(counts.deleted, 1);
        QCOMPARE(checkCounts(store->db(), stream.id), QString());
        const auto stored = store->records().stream(stream.id);
        QCOMPARE(stored->liveCount, qint64(3));
        QCOMPARE(stored->deletedCount, qint64(1));
        // Later pages of that stream are merged, and a page that repeats a record keeps its last state.
        QVERIFY(store->records().applyPage(
            stream, history, page({{"e", "ADDED", 6}, {"e", "UPDATED", 7}}, nullptr), true, &counts, &error));
        QCOMPARE(checkCounts(store->db(), stream.id), QString());
        auto q =
            store->db().prepare("SELECT last_action FROM records WHERE stream_id = ?1 AND record_id = 'e'");
        q->bind(1, stream.id);
        QVERIFY(q->step());
        QCOMPARE(q->text(0), u"UPDATED"_s);
    }

    void aVersionOneCacheIsUpgradedInPlace()
    {
        const QString uri = freshCacheLocation(m_dir.path(), u"v1"_s);
        QCOMPARE(adminExec(uri, QByteArray(nd::pgMigrations().at(0)) +
                                    "; CREATE TABLE nangodesk_schema (version INTEGER NOT NULL); "
                                    "INSERT INTO nangodesk_schema VALUES (1)"),
                 QString());
        QString error;
        auto store = nd::Store::open(uri, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(static_cast<nd::PgDb &>(store->db()).schemaVersion(), nd::PgDb::latestSchemaVersion());
        auto fk = store->db().prepare(
            "SELECT count(*) FROM pg_constraint WHERE conname = 'records_stream_id_fkey'");
        QVERIFY(fk->step());
        QCOMPARE(fk->int64(0), qint64(0));
        auto gin = store->db().prepare("SELECT indexdef FROM pg_indexes WHERE indexname = 'records_search'");
        QVERIFY(gin->step());
        QVERIFY2(gin->text(0).contains(u"WHERE (search IS NOT NULL)"_s), qPrintable(gin->text(0)));
    }

    void twoWatchServicesTakeTurnsAndEndEqualToTheServer()
    {
        CliFixture f;
        QVERIFY(f.dir.isValid());
        const QString started = f.startSim();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        QCOMPARE(f.control("POST", u"faults"_s, {{u"fail_rate"_s, 0.05}}).status, 200);
        QProcessEnvironment e = f.env();
        QList<QProcess *> services;
        for (int i = 0; i < 2; ++i) {
            auto *p = new QProcess(this);
            p->setProcessEnvironment(e);
            p->start(bin(u"nango-desk-cli"_s),
                     {u"watch"_s, u"--listen"_s, u"127.0.0.1:0"_s, u"--poll"_s, u"1"_s});
            QVERIFY(p->waitForStarted());
            services << p;
        }
        const QList<QStringList> syncs{{u"hubspot"_s, u"acme-corp"_s, u"contacts"_s},
                                       {u"github"_s, u"acme-corp"_s, u"issues"_s},
                                       {u"salesforce"_s, u"initech"_s, u"accounts"_s}};
        for (int round = 0; round < 8; ++round) {
            for (const QStringList &s : syncs)
                f.control("POST", u"mutate"_s,
                          {{u"integration"_s, s[0]},
                           {u"connection"_s, s[1]},
                           {u"sync"_s, s[2]},
                           {u"add"_s, 20},
                           {u"update"_s, 60},
                           {u"delete"_s, 5},
                           {u"undelete"_s, 2}});
            f.control("POST", u"run"_s, {{u"integration"_s, s_integrations[round % 3]}});
            QTest::qWait(1200);
        }
        QCOMPARE(f.control("POST", u"faults"_s, {{u"fail_rate"_s, 0.0}}).status, 200);
        // Both keep polling; whichever holds a stream pulls it, failures are retried.
        QString diff = u"not compared"_s;
        const bool equal = QTest::qWaitFor([&]() { return (diff = f.compareAll()).isEmpty(); }, 60000);
        QVERIFY2(equal, qPrintable(diff));
        QString logs;
        for (QProcess *p : services) {
            p->terminate();
            QVERIFY(p->waitForFinished(20000));
            QCOMPARE(p->exitStatus(), QProcess::NormalExit);
            QCOMPARE(p->exitCode(), 0);
            logs += QString::fromUtf8(p->readAllStandardError());
        }
        f.stopSim();
        // They did meet: one found a stream the other was pulling.
        QVERIFY2(logs.contains(u"is being pulled by another client"_s), qPrintable(logs.right(4000)));
        // And never pulled one stream at the same time: each pull of a stream ended before the next began.
        QString error;
        auto store = nd::Store::open(f.cachePath, &error);
        QVERIFY2(store, qPrintable(error));
        auto q = store->db().prepare("SELECT stream_id, started_at, coalesce(finished_at, ''), outcome FROM "
                                     "cursor_history ORDER BY stream_id, started_at");
        qint64 lastStream = -1;
        QByteArray lastFinished;
        int pulls = 0;
        while (q->step()) {
            const qint64 stream = q->int64(0);
            const QByteArray startedAt = q->text(1).toUtf8();
            const QByteArray finishedAt = q->text(2).toUtf8();
            QVERIFY2(q->text(3) != u"running"_s, "every pull ended (the services stopped cleanly)");
            if (stream == lastStream)
                QVERIFY2(
                    lastFinished <= startedAt,
                    qPrintable(u"stream %1: a pull began at %2, before the one before it ended at %3"_s.arg(
                        QString::number(stream), QString::fromUtf8(startedAt),
                        QString::fromUtf8(lastFinished))));
            lastStream = stream;
            lastFinished = finishedAt;
            ++pulls;
        }
        QVERIFY(pulls > 20);
    }

    void aDroppedConnectionIsMadeAgainAndNoPageIsCut()
    {
        // The server ends the engine's session (as a restart or a failover does). The pull in its
        // way fails whole; the next one connects again and the cache ends equal to the server.
        Sim sim;
        QDir dir(m_dir.path());
        dir.mkpath(u"dropped"_s);
        auto engine = makeEngine(sim, dir.filePath(u"dropped"_s), 50);
        QString error;
        QVERIFY2(syncAll(*engine, &error), qPrintable(error));
        const nd::Stream contacts = *engine->records().findStream(
            {engine->profile().id, u"hubspot"_s, u"acme-corp"_s, u"HubspotContact"_s, u"base"_s});
        auto &db = static_cast<nd::PgDb &>(engine->database());
        const quint64 session = db.sessionEpoch();
        QCOMPARE(adminExec(m_base, QByteArray("SELECT pg_terminate_backend(") +
                                       QByteArray::number(db.backendPid()) + ")"),
                 QString());
        sim.control("POST", u"mutate"_s,
                    {{u"integration"_s, u"hubspot"_s},
                     {u"connection"_s, u"acme-corp"_s},
                     {u"sync"_s, u"contacts"_s},
                     {u"add"_s, 120},
                     {u"update"_s, 80}});
        QSignalSpy finished(engine.get(), &nd::SyncEngine::pullFinished);
        engine->requestPull(contacts.id, u"manual"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
        if (!finished.last().at(1).toBool()) { // the statement that met the dead session failed
            engine->requestPull(contacts.id, u"manual"_s);
            QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 2, 30000);
        }
        QVERIFY2(finished.last().at(1).toBool(), qPrintable(finished.last().at(2).toString()));
        QVERIFY(db.sessionEpoch() > session); // a new session
        QVERIFY(db.backendPid() > 0);
        QTRY_VERIFY(engine->isIdle());
        const QString diff = compareAll(*engine, sim);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    void aProfileServesOneServerOnASharedCache()
    {
        // Two teams' "default" against two Nango servers would mix their records: refused.
        Sim first;
        Sim second;
        const QString uri = freshCacheLocation(m_dir.path(), u"profiles"_s);
        nd::EngineConfig config;
        config.databasePath = uri;
        config.serverUrl = first.url();
        nd::SyncEngine a(config);
        QString error;
        QVERIFY2(a.open(&error), qPrintable(error));
        config.serverUrl = second.url();
        nd::SyncEngine b(config);
        QVERIFY(!b.open(&error));
        QVERIFY2(error.contains(u"profile of its own"_s) && error.contains(first.url().toString()),
                 qPrintable(error));
        config.profileName = u"second-server"_s;
        nd::SyncEngine c(config);
        QVERIFY2(c.open(&error), qPrintable(error));
    }

private:
    static inline const QString s_integrations[3] = {u"hubspot"_s, u"github"_s, u"salesforce"_s};
};

QTEST_GUILESS_MAIN(TestPostgres)
#include "tst_postgres.moc"
