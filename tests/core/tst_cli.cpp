// nango-desk-cli as a user runs it: real processes (the CLI and nango-sim), real files, signals.
#include "CliHarness.h"

#include <QRandomGenerator>
#include <QTcpServer>

#include <csignal>

using namespace testsupport;
using namespace Qt::StringLiterals;

class TestCli
    : public QObject
    , protected CliFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir.isValid());
        const QString problem = startSim();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void cleanupTestCase() { stopSim(); }

    void badArgumentsExitTwoWithOneLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no command") << QStringList{};
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_s};
        QTest::newRow("unknown option") << QStringList{u"sync"_s, u"--bogus"_s};
        QTest::newRow("export without model") << QStringList{u"export"_s};
        QTest::newRow("bad format") << QStringList{u"export"_s, u"--model"_s, u"X"_s, u"--format"_s,
                                                   u"xml"_s};
        QTest::newRow("bad server") << QStringList{u"--server"_s, u"not a url"_s, u"sync"_s};
        QTest::newRow("bad listen") << QStringList{u"watch"_s, u"--listen"_s, u"nowhere"_s};
        QTest::newRow("cursors needs model") << QStringList{u"cursors"_s, u"--integration"_s, u"x"_s};
        QTest::newRow("resync needs integration") << QStringList{u"resync"_s};
        QTest::newRow("bad page size") << QStringList{u"sync"_s, u"--page-size"_s, u"0"_s};
        const QStringList action{u"action"_s, u"--integration"_s, u"hubspot"_s, u"--connection"_s,
                                 u"acme-corp"_s};
        QTest::newRow("action needs name") << action;
        QTest::newRow("action input not json")
            << action + QStringList{u"--name"_s, u"x"_s, u"--input"_s, u"{nope"_s};
        QTest::newRow("action input file missing")
            << action + QStringList{u"--name"_s, u"x"_s, u"--input"_s, u"@/nonexistent/input.json"_s};
        QTest::newRow("action bad timeout")
            << action + QStringList{u"--name"_s, u"x"_s, u"--timeout"_s, u"soon"_s};
        const QStringList proxy{u"proxy"_s, u"--integration"_s, u"hubspot"_s, u"--connection"_s,
                                u"acme-corp"_s};
        QTest::newRow("proxy needs path") << proxy + QStringList{u"GET"_s};
        QTest::newRow("proxy bad method") << proxy + QStringList{u"FETCH"_s, u"/x"_s};
        QTest::newRow("proxy bad header") << proxy + QStringList{u"GET"_s, u"/x"_s, u"-H"_s, u"no colon"_s};
        QTest::newRow("proxy bad retry-on")
            << proxy + QStringList{u"GET"_s, u"/x"_s, u"--retry-on"_s, u"often"_s};
        QTest::newRow("proxy data not json")
            << proxy + QStringList{u"POST"_s, u"/x"_s, u"--data"_s, u"a=b"_s};
        QTest::newRow("proxy needs connection")
            << QStringList{u"proxy"_s, u"GET"_s, u"/x"_s, u"--integration"_s, u"hubspot"_s};
    }
    void badArgumentsExitTwoWithOneLine()
    {
        QFETCH(QStringList, args);
        const Run r = cli(args);
        QCOMPARE(r.code, 2);
        if (!args.isEmpty())
            QCOMPARE(r.err.trimmed().count(u'\n'), 0);
    }

    void helpAndVersion()
    {
        for (const QString &command : {u"sync"_s, u"watch"_s, u"status"_s, u"cursors"_s, u"export"_s,
                                       u"resync"_s, u"pause"_s, u"start"_s, u"action"_s, u"proxy"_s}) {
            const Run r = cli({command, u"--help"_s});
            QCOMPARE(r.code, 0);
            QVERIFY2(r.out.contains(u"--help"_s), qPrintable(command));
        }
        const Run usage = cli({u"--help"_s});
        QVERIFY(usage.out.contains(u"  action "_s) && usage.out.contains(u"  proxy "_s));
        const Run v = cli({u"--version"_s});
        QCOMPARE(v.code, 0);
        QVERIFY(v.out.startsWith(u"nango-desk-cli "_s));
    }

    void missingKeyAndBrokenKeychainAreExplained()
    {
        QProcess p;
        QProcessEnvironment e = env(false);
        e.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/bus"_s);
        p.setProcessEnvironment(e);
        p.start(bin(u"nango-desk-cli"_s), {u"sync"_s});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 4); // no key
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(u"keychain"_s) && err.contains(u"NANGO_SECRET_KEY"_s), qPrintable(err));
    }

    void wrongKeyFailsWithTheReason()
    {
        QProcess p;
        QProcessEnvironment e = env(false);
        e.insert(u"NANGO_SECRET_KEY"_s, u"11111111-2222-4333-8444-555555555555"_s);
        p.setProcessEnvironment(e);
        p.start(bin(u"nango-desk-cli"_s), {u"--db"_s, dir.filePath(u"wrong.sqlite"_s), u"sync"_s});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 4); // the key is rejected
        QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(u"rejected the API key"_s));
    }

    void keysFromFilesAndSystemdCredentials()
    {
        // A service's keys: VARIABLE_FILE (owner-only), or the systemd credential of that name.
        const QString keyFile = dir.filePath(u"secret-key"_s);
        QFile f(keyFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kApiKey + "\n");
        f.close();
        QVERIFY(f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
        auto run = [this](const QProcessEnvironment &e) {
            QProcess p;
            p.setProcessEnvironment(e);
            p.start(bin(u"nango-desk-cli"_s), {u"--db"_s, dir.filePath(u"keyfile.sqlite"_s), u"sync"_s});
            p.waitForFinished(60000);
            return std::make_pair(p.exitCode(), QString::fromUtf8(p.readAllStandardError()));
        };
        QProcessEnvironment e = env(false);
        e.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/bus"_s); // not from the keychain
        e.insert(u"NANGO_SECRET_KEY_FILE"_s, keyFile);
        auto [code, err] = run(e);
        QCOMPARE(code, 4);
        QVERIFY2(err.contains(u"chmod 600"_s), qPrintable(err));
        QVERIFY(!err.contains(QString::fromLatin1(kApiKey)));
        QVERIFY(f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        std::tie(code, err) = run(e);
        QVERIFY2(code == 0, qPrintable(err));
        // A file that is not there is an error, not a silent fall-back to the keychain.
        e.insert(u"NANGO_SECRET_KEY_FILE"_s, dir.filePath(u"no-such-key"_s));
        std::tie(code, err) = run(e);
        QCOMPARE(code, 4);
        QVERIFY2(err.contains(u"no-such-key"_s), qPrintable(err));
        // systemd's LoadCredential=: $CREDENTIALS_DIRECTORY/nango-secret-key.
        e.remove(u"NANGO_SECRET_KEY_FILE"_s);
        QTemporaryDir credentials;
        QVERIFY(QFile::copy(keyFile, credentials.filePath(u"nango-secret-key"_s)));
        e.insert(u"CREDENTIALS_DIRECTORY"_s, credentials.path());
        std::tie(code, err) = run(e);
        QVERIFY2(code == 0, qPrintable(err));
    }

    void watchStopsAfterThePageInFlightOnSigterm()
    {
        // A slow server: every request takes 300 ms, so SIGTERM lands while a pull pages.
        QProcess slow;
        slow.start(bin(u"nango-sim"_s),
                   {u"--port"_s, u"0"_s, u"--secret-key"_s, QString::fromLatin1(kApiKey),
                    u"--webhook-signing-key"_s, QString::fromLatin1(kSigningKey), u"--records"_s, u"3000"_s,
                    u"--rate-limit"_s, u"0"_s, u"--time-scale"_s, u"0"_s, u"--latency-ms"_s, u"300"_s,
                    u"--quiet"_s});
        QVERIFY(slow.waitForReadyRead(10000));
        const QString slowUrl = QString::fromUtf8(slow.readLine()).trimmed().section(u' ', -1);
        const QString cache = freshCacheLocation(dir.path(), u"sigterm"_s);
        QProcessEnvironment e = env();
        e.insert(u"NANGO_SERVER_URL"_s, slowUrl);
        e.insert(u"NANGO_DESK_DB"_s, cache);
        QProcess watch;
        watch.setProcessEnvironment(e);
        watch.start(bin(u"nango-desk-cli"_s), {u"watch"_s, u"--listen"_s, u"127.0.0.1:0"_s, u"--poll"_s,
                                               u"0"_s, u"--page-size"_s, u"500"_s});
        QVERIFY(watch.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(countInCache(cache, "SELECT count(*) FROM cursor_history WHERE outcome = "
                                                     "'running' AND pages > 0") > 0,
                                 60000);
        watch.terminate();
        QVERIFY(watch.waitForFinished(20000));
        QCOMPARE(watch.exitStatus(), QProcess::NormalExit);
        QCOMPARE(watch.exitCode(), 0);
        const QString err = QString::fromUtf8(watch.readAllStandardError());
        QVERIFY2(err.contains(u"stopped"_s), qPrintable(err));
        // Nothing was left running; the stopped pulls say so, and their pages are kept.
        QCOMPARE(countInCache(cache, "SELECT count(*) FROM cursor_history WHERE outcome = 'running'"),
                 qint64(0));
        QVERIFY(countInCache(cache, "SELECT count(*) FROM cursor_history WHERE outcome = 'stopped'") > 0);
        // The next run goes on from the stored cursors and ends equal to the server.
        QProcess sync;
        sync.setProcessEnvironment(e);
        sync.start(bin(u"nango-desk-cli"_s), {u"sync"_s});
        QVERIFY(sync.waitForFinished(120000));
        QCOMPARE(sync.exitCode(), 0);
        const QUrl saved = simUrl;
        const QString savedCache = cachePath;
        simUrl = QUrl(slowUrl);
        cachePath = cache;
        const QString diff = compareAll();
        simUrl = saved;
        cachePath = savedCache;
        slow.terminate();
        slow.waitForFinished(5000);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    void killedAtRandomMomentsLosesNothing()
    {
        // SIGKILL the sync again and again while the server keeps changing; each run resumes from
        // the cursors that committed with their pages. Nothing lost, nothing duplicated.
        auto *rng = QRandomGenerator::global();
        int killedMidway = 0;
        for (int round = 0; round < 12; ++round) {
            const qint64 lastHistoryId = pullUnderWay();
            QProcess p;
            p.setProcessEnvironment(env());
            p.start(bin(u"nango-desk-cli"_s), {u"sync"_s, u"--page-size"_s, u"10"_s});
            QVERIFY(p.waitForStarted());
            // Kill once a pull is under way (a page has committed), at a random moment after.
            const bool started = QTest::qWaitFor(
                [&]() { return pullUnderWay(lastHistoryId) > 0 || p.state() != QProcess::Running; }, 10000);
            QVERIFY(started);
            QTest::qWait(int(rng->bounded(0, 40)));
            if (p.state() == QProcess::Running) {
                ::kill(pid_t(p.processId()), SIGKILL);
                ++killedMidway;
            }
            p.waitForFinished(10000);
            // Plenty of changes for the next round to page through (and be killed in).
            const QList<QStringList> syncs{{u"hubspot"_s, u"acme-corp"_s, u"contacts"_s},
                                           {u"hubspot"_s, u"globex"_s, u"deals"_s},
                                           {u"github"_s, u"acme-corp"_s, u"issues"_s},
                                           {u"salesforce"_s, u"initech"_s, u"accounts"_s}};
            for (const QStringList &s : syncs)
                control("POST", u"mutate"_s,
                        {{u"integration"_s, s[0]},
                         {u"connection"_s, s[1]},
                         {u"sync"_s, s[2]},
                         {u"add"_s, 10},
                         {u"update"_s, 150},
                         {u"delete"_s, 5},
                         {u"undelete"_s, 2}});
            control("POST", u"run"_s, {{u"integration"_s, round % 2 ? u"hubspot"_s : u"github"_s}});
        }
        QVERIFY2(killedMidway >= 10, qPrintable(QString::number(killedMidway)));
        // The server's runs finish (20 ms each) before the last sync.
        QTRY_VERIFY_WITH_TIMEOUT(
            [this]() {
                for (const QJsonValue &t : control("GET", u"state"_s).json().value(u"tables"_s).toArray())
                    if (t.toObject().value(u"running"_s).toBool())
                        return false;
                return true;
            }(),
            20000);
        const Run last = cli({u"sync"_s, u"--page-size"_s, u"10"_s});
        QVERIFY2(last.code == 0, qPrintable(last.err));
        const QString diff = compareAll();
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        // Pulls cut short were marked when the next run opened the cache.
        QString error;
        auto store = nd::Store::open(cachePath, &error);
        auto q = store->db().prepare("SELECT count(*) FROM cursor_history WHERE outcome = 'interrupted'");
        QVERIFY(q->step());
        QVERIFY(q->int64(0) > 0);
    }

    void aKilledWatchResumesWithNothingLost()
    {
        // The backend loop as a service: SIGKILL mid-page (no clean stop), then the service manager
        // starts it again. Each page committed with its cursor; the rest is fetched again.
        auto startWatch = [this](QProcess &p) {
            p.setProcessEnvironment(env());
            p.start(bin(u"nango-desk-cli"_s), {u"watch"_s, u"--listen"_s, u"127.0.0.1:0"_s, u"--poll"_s,
                                               u"1"_s, u"--page-size"_s, u"10"_s});
            return p.waitForStarted();
        };
        int killedMidway = 0;
        for (int round = 0; round < 4; ++round) {
            control("POST", u"mutate"_s,
                    {{u"integration"_s, u"hubspot"_s},
                     {u"connection"_s, u"acme-corp"_s},
                     {u"sync"_s, u"contacts"_s},
                     {u"add"_s, 20},
                     {u"update"_s, 200},
                     {u"delete"_s, 5}});
            control("POST", u"run"_s, {{u"integration"_s, u"hubspot"_s}, {u"webhook"_s, false}});
            const qint64 lastHistoryId = pullUnderWay();
            QProcess watch;
            QVERIFY(startWatch(watch));
            QVERIFY(QTest::qWaitFor([&]() { return pullUnderWay(lastHistoryId) > 0; }, 20000));
            ::kill(pid_t(watch.processId()), SIGKILL);
            QVERIFY(watch.waitForFinished(10000));
            QCOMPARE(watch.exitStatus(), QProcess::CrashExit);
            ++killedMidway;
        }
        QCOMPARE(killedMidway, 4);
        // Started again, it marks what was cut short and mirrors the server by itself.
        QProcess watch;
        QVERIFY(startWatch(watch));
        QTRY_VERIFY_WITH_TIMEOUT(compareAll().isEmpty(), 60000);
        watch.terminate(); // SIGTERM: the clean stop after the page in flight
        QVERIFY(watch.waitForFinished(20000));
        QCOMPARE(watch.exitCode(), 0);
        const QString diff = compareAll();
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QVERIFY(countInCache(cachePath,
                             "SELECT count(*) FROM cursor_history WHERE outcome = 'interrupted'") >= 4);
    }

    void statusCursorsAndExport()
    {
        QVERIFY(cli({u"sync"_s}).code == 0);
        const Run status = cli({u"status"_s});
        QCOMPARE(status.code, 0);
        QVERIFY(status.out.contains(u"HubspotContact"_s));
        QVERIFY2(status.out.contains(u"up-to-date"_s), qPrintable(status.out));
        const Run cursors = cli({u"cursors"_s, u"--integration"_s, u"hubspot"_s, u"--connection"_s,
                                 u"globex"_s, u"--model"_s, u"HubspotDeal"_s});
        QCOMPARE(cursors.code, 0);
        QVERIFY(cursors.out.contains(u"manual"_s));
        QVERIFY(cursors.out.contains(u"+00:00"_s)); // the decoded cursor timestamp
        const QString jsonl = dir.filePath(u"deals.jsonl"_s);
        const Run exp = cli({u"export"_s, u"--model"_s, u"HubspotDeal"_s, u"--integration"_s, u"hubspot"_s,
                             u"--connection"_s, u"globex"_s, u"--format"_s, u"jsonl"_s,
                             u"--include-deleted"_s, u"--out"_s, jsonl});
        QVERIFY2(exp.code == 0, qPrintable(exp.err));
        QFile f(jsonl);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto server = truth(u"hubspot"_s, u"globex"_s, u"HubspotDeal"_s);
        int lines = 0;
        while (!f.atEnd()) {
            const QJsonObject o = QJsonDocument::fromJson(f.readLine()).object();
            QCOMPARE(o, server.value(o.value(u"id"_s).toString()));
            ++lines;
        }
        QCOMPARE(lines, server.size());
        const Run ambiguous = cli({u"export"_s, u"--model"_s, u"HubspotContact"_s});
        QCOMPARE(ambiguous.code, 1);
        QVERIFY(ambiguous.err.contains(u"choose one"_s));
        const Run csv = cli({u"export"_s, u"--model"_s, u"HubspotDeal"_s, u"--connection"_s, u"globex"_s,
                             u"--integration"_s, u"hubspot"_s, u"--bom"_s, u"--separator"_s, u";"_s});
        QCOMPARE(csv.code, 0);
        QVERIFY(csv.out.startsWith(QString::fromUtf8("\xEF\xBB\xBF"
                                                     "id;")));
    }

    void resyncPauseAndStartLandInTheJournal()
    {
        QCOMPARE(cli({u"pause"_s, u"--integration"_s, u"hubspot"_s, u"--connection"_s, u"acme-corp"_s,
                      u"--sync"_s, u"deals"_s})
                     .code,
                 0);
        const auto status =
            http("GET",
                 QUrl(simUrl.toString() +
                      u"/sync/status?syncs=deals&provider_config_key=hubspot&connection_id=acme-corp"_s),
                 {}, {{"Authorization", "Bearer " + kApiKey}});
        QCOMPARE(status.json().value(u"syncs"_s).toArray().first().toObject().value(u"status"_s).toString(),
                 u"PAUSED"_s);
        QCOMPARE(cli({u"start"_s, u"--integration"_s, u"hubspot"_s, u"--connection"_s, u"acme-corp"_s,
                      u"--sync"_s, u"deals"_s})
                     .code,
                 0);
        const Run bad = cli({u"resync"_s, u"--integration"_s, u"hubspot"_s, u"--connection"_s, u"nobody"_s});
        QCOMPARE(bad.code, 1);
        QVERIFY2(bad.err.contains(u"another environment"_s), qPrintable(bad.err));
        QCOMPARE(cli({u"resync"_s, u"--integration"_s, u"hubspot"_s, u"--connection"_s, u"acme-corp"_s,
                      u"--sync"_s, u"deals"_s, u"--reset"_s})
                     .code,
                 0);
        QString error;
        auto store = nd::Store::open(cachePath, &error);
        auto q = store->db().prepare("SELECT action, outcome FROM admin_journal ORDER BY id");
        QStringList rows;
        while (q->step())
            rows << q->text(0) + u'/' + q->text(1);
        QCOMPARE(rows, (QStringList{u"pause/ok"_s, u"start/ok"_s, u"trigger/failed"_s, u"resync/ok"_s}));
    }

    void actionPrintsItsOutputOrTheReason()
    {
        const QStringList hubspot{u"action"_s, u"--integration"_s, u"hubspot"_s, u"--connection"_s,
                                  u"acme-corp"_s};
        const Run ok = cli(hubspot + QStringList{u"--name"_s, u"create-contact"_s, u"--input"_s,
                                                 u"{\"email\":\"ada@example.com\",\"score\":7}"_s});
        QVERIFY2(ok.code == 0, qPrintable(ok.err));
        const QJsonObject output = QJsonDocument::fromJson(ok.out.toUtf8()).object();
        QCOMPARE(output.value(u"email"_s).toString(), u"ada@example.com"_s);
        QCOMPARE(output.value(u"score"_s).toInt(), 7);

        // @FILE, asynchronously: polled until done; only the output on stdout.
        const QString input = dir.filePath(u"report.json"_s);
        QFile f(input);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": \"csv\"}");
        f.close();
        const Run async =
            cli({u"action"_s, u"--integration"_s, u"github"_s, u"--connection"_s, u"acme-corp"_s, u"--name"_s,
                 u"export-report"_s, u"--input"_s, u'@' + input, u"--async"_s});
        QVERIFY2(async.code == 0, qPrintable(async.err));
        QCOMPARE(QJsonDocument::fromJson(async.out.toUtf8()).object().value(u"success"_s).toBool(), true);
        QVERIFY(async.err.contains(u"accepted by Nango as"_s));

        const Run failed =
            cli(hubspot + QStringList{u"--name"_s, u"archive-contact"_s, u"--input"_s, u"{\"id\":\"1\"}"_s});
        QCOMPARE(failed.code, 1);
        QVERIFY(failed.out.isEmpty());
        QVERIFY2(failed.err.contains(u"Contact is locked by another process"_s), qPrintable(failed.err));

        const Run upstream =
            cli({u"action"_s, u"--integration"_s, u"salesforce"_s, u"--connection"_s, u"initech"_s,
                 u"--name"_s, u"update-opportunity"_s, u"--input"_s, u"{\"id\":\"006\"}"_s});
        QCOMPARE(upstream.code, 1);
        QVERIFY2(upstream.err.contains(u"provider answered 409"_s), qPrintable(upstream.err));

        const Run disabled =
            cli({u"action"_s, u"--integration"_s, u"slack"_s, u"--connection"_s, u"acme-corp"_s, u"--name"_s,
                 u"legacy-post"_s, u"--input"_s, u"{\"channel\":\"c\",\"text\":\"t\"}"_s});
        QCOMPARE(disabled.code, 1);
        QVERIFY2(disabled.err.contains(u"disabled in Nango"_s), qPrintable(disabled.err));

        // Refused before sending, with the field named; --no-validate lets Nango refuse it instead.
        const Run invalid =
            cli(hubspot + QStringList{u"--name"_s, u"create-contact"_s, u"--input"_s, u"{\"email\":5}"_s});
        QCOMPARE(invalid.code, 1);
        QVERIFY2(invalid.err.contains(u"\"email\" must be text"_s), qPrintable(invalid.err));
        const Run server = cli(hubspot + QStringList{u"--name"_s, u"create-contact"_s, u"--input"_s,
                                                     u"{\"email\":5}"_s, u"--no-validate"_s});
        QCOMPARE(server.code, 1);
        QVERIFY2(server.err.contains(u"Nango refused the input"_s), qPrintable(server.err));

        QString error;
        auto store = nd::Store::open(cachePath, &error);
        auto q = store->db().prepare("SELECT action_name, status, async FROM action_runs ORDER BY id");
        QStringList rows;
        while (q->step())
            rows << u"%1/%2/%3"_s.arg(q->text(0), q->text(1), QString::number(q->int64(2)));
        QCOMPARE(rows, (QStringList{u"create-contact/ok/0"_s, u"export-report/ok/1"_s,
                                    u"archive-contact/failed/0"_s, u"update-opportunity/failed/0"_s,
                                    u"legacy-post/failed/0"_s, u"create-contact/refused/0"_s,
                                    u"create-contact/failed/0"_s}));
    }

    void proxyPrintsStatusHeadersAndBody()
    {
        const QStringList target{u"--integration"_s, u"hubspot"_s, u"--connection"_s, u"acme-corp"_s};
        const Run ok = cli(QStringList{u"proxy"_s, u"get"_s, u"/crm/v3/objects/contacts?limit=2"_s} + target +
                           QStringList{u"-H"_s, u"X-Trace: cli-1"_s, u"--retries"_s, u"2"_s});
        QVERIFY2(ok.code == 0, qPrintable(ok.err));
        QVERIFY2(ok.out.startsWith(u"HTTP 200 OK\n"_s), qPrintable(ok.out));
        const qsizetype blank = ok.out.indexOf(u"\n\n"_s);
        QVERIFY(blank > 0);
        QVERIFY(ok.out.left(blank).contains(u"\nContent-Type: application/json"_s, Qt::CaseInsensitive));
        const QJsonObject echo = QJsonDocument::fromJson(ok.out.mid(blank + 2).toUtf8()).object();
        QCOMPARE(echo.value(u"headers"_s).toObject().value(u"x-trace"_s).toString(), u"cli-1"_s);
        QCOMPARE(echo.value(u"retries"_s).toInt(), 2);
        QCOMPARE(echo.value(u"url"_s).toString(),
                 u"https://api.hubapi.com/crm/v3/objects/contacts?limit=2"_s);

        const Run post = cli(QStringList{u"proxy"_s, u"POST"_s, u"/crm/v3/objects/notes"_s} + target +
                             QStringList{u"--data"_s, u"{\"note\":\"hi\"}"_s});
        QCOMPARE(post.code, 0);
        QVERIFY(post.out.contains(u"\"note\":\"hi\""_s));

        const Run missing = cli(QStringList{u"proxy"_s, u"GET"_s, u"/status/404"_s} + target);
        QCOMPARE(missing.code, 1);
        QVERIFY2(missing.out.startsWith(u"HTTP 404 Not Found\n"_s), qPrintable(missing.out));
        QVERIFY2(missing.err.contains(u"provider answered 404"_s), qPrintable(missing.err));

        const Run nango = cli({u"proxy"_s, u"GET"_s, u"/x"_s, u"--integration"_s, u"zendesk"_s,
                               u"--connection"_s, u"acme-corp"_s});
        QCOMPARE(nango.code, 1);
        QVERIFY2(nango.err.contains(u"no integration \"zendesk\""_s), qPrintable(nango.err));

        const Run curl = cli(QStringList{u"proxy"_s, u"DELETE"_s, u"/crm/v3/objects/contacts/1"_s} + target +
                             QStringList{u"--curl"_s});
        QCOMPARE(curl.code, 0);
        QVERIFY(curl.out.contains(u"$NANGO_SECRET_KEY"_s));
        QVERIFY(!curl.out.contains(QString::fromLatin1(kApiKey)));
        QVERIFY(curl.out.contains(u"-X DELETE"_s));

        QString error;
        auto store = nd::Store::open(cachePath, &error);
        auto q =
            store->db().prepare("SELECT method, path, status, nango_error FROM proxy_requests ORDER BY id");
        QStringList rows;
        while (q->step())
            rows << u"%1 %2 %3 %4"_s.arg(q->text(0), q->text(1), QString::number(q->int64(2)),
                                         QString::number(q->int64(3)));
        // --curl sends nothing, so it leaves no row.
        QCOMPARE(rows,
                 (QStringList{u"GET /crm/v3/objects/contacts 200 0"_s, u"POST /crm/v3/objects/notes 200 0"_s,
                              u"GET /status/404 404 0"_s, u"GET /x 404 1"_s}));
    }

    void watchPullsOnWebhooksAndStopsCleanly()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        // A second simulator that sends its webhooks to the CLI's listener.
        QProcess hooks;
        hooks.start(bin(u"nango-sim"_s),
                    {u"--secret-key"_s, QString::fromLatin1(kApiKey), u"--webhook-signing-key"_s,
                     QString::fromLatin1(kSigningKey), u"--records"_s, u"100"_s, u"--rate-limit"_s, u"0"_s,
                     u"--time-scale"_s, u"0"_s, u"--run-ms"_s, u"20"_s, u"--quiet"_s, u"--webhook-url"_s,
                     u"http://127.0.0.1:%1/webhooks/nango"_s.arg(port)});
        QVERIFY(hooks.waitForReadyRead(10000));
        const QUrl hooksUrl(QString::fromUtf8(hooks.readLine()).trimmed().section(u' ', -1));
        QProcess watch;
        QProcessEnvironment e = env();
        e.insert(u"NANGO_SERVER_URL"_s, hooksUrl.toString());
        const QString watchCache = freshCacheLocation(dir.path(), u"watch"_s);
        e.insert(u"NANGO_DESK_DB"_s, watchCache);
        watch.setProcessEnvironment(e);
        watch.start(bin(u"nango-desk-cli"_s),
                    {u"watch"_s, u"--listen"_s, u"127.0.0.1:%1"_s.arg(port), u"--poll"_s, u"0"_s});
        QVERIFY(watch.waitForReadyRead(10000));
        QVERIFY(QString::fromUtf8(watch.readLine()).contains(u"listening for Nango webhooks"_s));
        QUrl run = hooksUrl;
        run.setPath(u"/_sim/run"_s);
        http("POST", run, "{\"integration\":\"github\",\"connection\":\"acme-corp\"}");
        QUrl log = hooksUrl;
        log.setPath(u"/_sim/webhooks"_s);
        QTRY_VERIFY_WITH_TIMEOUT(http("GET", log).json().value(u"deliveries"_s).toArray().size() == 2 &&
                                     http("GET", log).json().value(u"pending"_s).toInt() == 0,
                                 20000);
        for (const QJsonValue &d : http("GET", log).json().value(u"deliveries"_s).toArray())
            QCOMPARE(d.toObject().value(u"outcome"_s).toString(), u"delivered"_s);
        // After the debounce, the webhook's pull commits; wait for it in the cache (read-only).
        auto webhookPulls = [&watchCache]() {
            return countInCache(watchCache,
                                "SELECT count(*) FROM cursor_history h JOIN streams s ON s.id = "
                                "h.stream_id WHERE h.trigger = 'webhook' AND h.outcome = 'ok' AND "
                                "s.provider_config_key = 'github'");
        };
        QTRY_VERIFY_WITH_TIMEOUT(webhookPulls() >= 1, 30000);
        watch.terminate();
        QVERIFY(watch.waitForFinished(10000));
        QCOMPARE(watch.exitStatus(), QProcess::NormalExit);
        QCOMPARE(watch.exitCode(), 0);
        hooks.terminate();
        hooks.waitForFinished(5000);
        QString error;
        auto store = nd::Store::open(watchCache, &error);
        auto q = store->db().prepare(
            "SELECT count(*) FROM cursor_history h JOIN streams s ON s.id = h.stream_id "
            "WHERE h.trigger = 'webhook' AND h.outcome = 'ok' AND s.provider_config_key = 'github'");
        QVERIFY(q->step());
        QVERIFY2(q->int64(0) >= 1, "a verified webhook triggered a pull");
        auto w = store->db().prepare(
            "SELECT count(*) FROM webhook_log WHERE outcome = 'accepted' AND signature = 'valid'");
        QVERIFY(w->step());
        QCOMPARE(w->int64(0), qint64(2));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
