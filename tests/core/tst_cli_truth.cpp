// nango-desk-cli tells scripts the truth: distinct exit codes (key rejected, server unreachable,
// cache not writable), status marked stale when the server cannot be asked, a full or read-only
// disk reported as such with nothing lost, and the records browser's filters on export.
#include "CliHarness.h"
#include "util/Timestamp.h"

#include <unistd.h>

using namespace testsupport;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kRecordsOnlyKey = "1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d";

int run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(30000);
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

QList<QJsonObject> jsonLines(const QString &text)
{
    QList<QJsonObject> out;
    for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts))
        out.append(QJsonDocument::fromJson(line.toUtf8()).object());
    return out;
}

} // namespace

class TestCliTruth
    : public QObject
    , protected CliFixture
{
    Q_OBJECT

    QString m_mount;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir.isValid());
        // A second key of the same environment that may only read records (403 elsewhere).
        QFile config(dir.filePath(u"sim-keys.json"_s));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(
            QJsonDocument(
                QJsonObject{{u"api_keys"_s, QJsonArray{QJsonObject{
                                                {u"key"_s, QString::fromLatin1(kRecordsOnlyKey)},
                                                {u"scopes"_s, QJsonArray{u"environment:records:read"_s}}}}}})
                .toJson());
        config.close();
        const QString problem = startSim({u"--config"_s, config.fileName()});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const Run first = cli({u"sync"_s});
        QVERIFY2(first.code == 0, qPrintable(first.err));
        QVERIFY(first.out.contains(u"up to date"_s));
    }

    // The mass-delete guard from the command line: sync warns (exit 0: nothing failed), status says
    // it in the state and the details, and --mass-delete-share 0 turns the guard off.
    void aMassDeleteIsWarnedAbout()
    {
        const QJsonObject deleteMost{{u"integration"_s, u"hubspot-eu"_s},
                                     {u"connection"_s, u"umbrella"_s},
                                     {u"sync"_s, u"contacts"_s},
                                     {u"delete"_s, 300}};
        QCOMPARE(control("POST", u"mutate"_s, deleteMost).status, 200);
        const Run off =
            cli({u"sync"_s, u"--integration"_s, u"hubspot-eu"_s, u"--mass-delete-share"_s, u"0"_s});
        QVERIFY2(off.code == 0, qPrintable(off.err));
        QVERIFY2(!off.err.contains(u"One pull removed"_s), qPrintable(off.err));
        // Again, with the guard on (the simulator picks among all records: most of what is left goes).
        QCOMPARE(control("POST", u"mutate"_s, deleteMost).status, 200);
        const Run warned = cli({u"sync"_s, u"--integration"_s, u"hubspot-eu"_s});
        QVERIFY2(warned.code == 0, qPrintable(warned.err));
        QVERIFY2(warned.err.contains(u"warning: hubspot-eu/umbrella/HubspotContact: One pull removed"_s),
                 qPrintable(warned.err));
        const Run status = cli({u"status"_s, u"--integration"_s, u"hubspot-eu"_s});
        QVERIFY2(status.out.contains(u"(mass delete)"_s), qPrintable(status.out));
        QCOMPARE(cli({u"sync"_s, u"--mass-delete-share"_s, u"101"_s}).code, 2);
    }

    void cleanupTestCase()
    {
        if (!m_mount.isEmpty())
            run(u"umount"_s, {u"-l"_s, m_mount});
        stopSim();
    }

    void eachCommandsHelpNamesIt()
    {
        for (const QString &command :
             {u"sync"_s, u"watch"_s, u"status"_s, u"cursors"_s, u"check"_s, u"export"_s, u"resync"_s,
              u"pause"_s, u"start"_s, u"action"_s, u"proxy"_s}) {
            const Run r = cli({command, u"--help"_s});
            QCOMPARE(r.code, 0);
            QVERIFY2(r.out.startsWith(u"Usage: nango-desk-cli "_s + command + u' '),
                     qPrintable(r.out.left(80)));
        }
        const Run general = cli({u"--help"_s});
        QVERIFY(general.out.contains(u"Exit codes"_s));
    }

    void anUnreachableServerExitsFiveAndStatusShowsTheCacheMarkedStale()
    {
        // A profile of its own whose server goes away after a first sync (a shared cache refuses
        // to point a profile at another server, so the server itself must go).
        QProcess gone;
        QUrl goneUrl;
        const QString problem = startSimProcess(gone, &goneUrl);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QStringList profile{u"--profile"_s, u"gone"_s, u"--server"_s, goneUrl.toString()};
        const Run first = cli(profile + QStringList{u"sync"_s});
        QVERIFY2(first.code == 0, qPrintable(first.err));
        gone.terminate();
        QVERIFY(gone.waitForFinished(10000));

        const Run sync = cli(profile + QStringList{u"sync"_s});
        QVERIFY2(sync.code == 5, qPrintable(sync.err));
        QVERIFY2(sync.err.contains(u"Cannot reach"_s), qPrintable(sync.err));
        QVERIFY(!sync.out.contains(u"up to date"_s));
        const Run status = cli(profile + QStringList{u"status"_s});
        QCOMPARE(status.code, 5);
        QVERIFY(status.out.contains(u"HubspotContact"_s)); // the cached table
        QVERIFY2(status.err.contains(u"STALE"_s), qPrintable(status.err));
        // Offline is no failure; and the other profile's server still answers.
        QCOMPARE(cli(profile + QStringList{u"status"_s, u"--offline"_s}).code, 0);
        QCOMPARE(cli({u"status"_s}).code, 0);
    }

    void aRejectedKeyExitsFour()
    {
        QProcess p;
        QProcessEnvironment e = env(false);
        e.insert(u"NANGO_SECRET_KEY"_s, u"11111111-2222-4333-8444-555555555555"_s);
        p.setProcessEnvironment(e);
        p.start(bin(u"nango-desk-cli"_s), {u"status"_s});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 4);
        QVERIFY(QString::fromUtf8(p.readAllStandardOutput()).contains(u"HubspotContact"_s));
        QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(u"rejected the API key"_s));
    }

    void aPullThatFailsExitsOneAndNamesTheStream()
    {
        // Nango answers the catalog but every /records call with 500s: the pull fails after its
        // retries, and sync says which stream is not up to date.
        QCOMPARE(
            control("POST", u"faults"_s, {{u"storm_500"_s, 100000}, {u"storm_path"_s, u"/records"_s}}).status,
            200);
        const QStringList one{u"sync"_s,      u"--integration"_s, u"hubspot"_s,       u"--connection"_s,
                              u"acme-corp"_s, u"--model"_s,       u"HubspotContact"_s};
        const Run failed = cli(one);
        QCOMPARE(control("POST", u"faults"_s, {{u"storm_500"_s, 0}, {u"storm_path"_s, QString()}}).status,
                 200);
        QCOMPARE(failed.code, 1);
        QVERIFY2(failed.err.contains(u"not up to date"_s) && failed.err.contains(u"HubspotContact"_s),
                 qPrintable(failed.err));
        QVERIFY(!failed.out.contains(u"up to date:"_s));
        const Run again = cli(one);
        QVERIFY2(again.code == 0, qPrintable(again.err));
    }

    void aKeyWithoutAScopeExitsFour()
    {
        // The key is valid but may not list integrations: a 403 while reading the catalog.
        QProcess p;
        QProcessEnvironment e = env(false);
        e.insert(u"NANGO_SECRET_KEY"_s, QString::fromLatin1(kRecordsOnlyKey));
        p.setProcessEnvironment(e);
        p.start(bin(u"nango-desk-cli"_s), {u"sync"_s});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 4);
        QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(u"scope"_s, Qt::CaseInsensitive));
    }

    void aDbThatIsNeitherAFileNorAUriGetsAClearError()
    {
        const Run http = cli({u"--db"_s, u"https://db.example.com/cache"_s, u"status"_s, u"--offline"_s});
        QCOMPARE(http.code, 2);
        QVERIFY2(http.err.contains(u"postgresql://"_s), qPrintable(http.err));
        const Run folder = cli({u"--db"_s, dir.path(), u"status"_s, u"--offline"_s});
        QCOMPARE(folder.code, 2);
        QVERIFY2(folder.err.contains(u"folder"_s), qPrintable(folder.err));
        const Run password = cli(
            {u"--db"_s, u"postgresql://nd@127.0.0.1:1/x?password=hunter2"_s, u"status"_s, u"--offline"_s});
        QCOMPARE(password.code, 2);
        QVERIFY2(password.err.contains(u"carries a password"_s), qPrintable(password.err));
        QVERIFY(!password.err.contains(u"hunter2"_s) && !password.out.contains(u"hunter2"_s));
    }

    void statusColumnsHoldTheirContent()
    {
        const Run status = cli({u"status"_s});
        QCOMPARE(status.code, 0);
        const QStringList lines = status.out.split(u'\n');
        const QString header = lines.value(0);
        QList<qsizetype> starts;
        for (const QString &title :
             {u"CONNECTION"_s, u"SYNC"_s, u"MODEL"_s, u"STATE"_s, u"SERVER"_s, u"LOCAL"_s,
              u"LAST GOOD PULL"_s, u"NANGO RUN"_s, u"NEXT RUN"_s, u"CURSOR AT"_s})
            starts << header.indexOf(u"  "_s + title) + 2;
        int rows = 0;
        // The table's rows, up to the footnotes.
        for (qsizetype i = 1; i < lines.size() && !lines.at(i).isEmpty() && !lines.at(i).startsWith(u'*') &&
                              !lines.at(i).startsWith(u"server status"_s);
             ++i, ++rows) {
            // Each cell starts under its title, after the two-space gutter: none ran into the next.
            for (qsizetype start : std::as_const(starts))
                QVERIFY2(lines.at(i).mid(start - 2, 2) == u"  "_s && lines.at(i).at(start) != u' ',
                         qPrintable(header + u'\n' + lines.at(i)));
        }
        QVERIFY(rows >= 10);
        QVERIFY(status.out.contains(u"SalesforceOpportunity"_s) && status.out.contains(u"::emea"_s));
    }

    void processesOpeningOneFreshCacheTogetherAllSucceed()
    {
        // A GUI and a watch service started at the same moment on a cache that does not exist yet:
        // one creates the tables, the others wait and find them made ("table already exists" before).
        for (int round = 0; round < 4; ++round) {
            const QString fresh = freshCacheLocation(dir.path(), u"race%1"_s.arg(round));
            std::vector<std::unique_ptr<QProcess>> processes;
            for (int i = 0; i < 4; ++i) {
                auto p = std::make_unique<QProcess>();
                p->setProcessEnvironment(env());
                p->start(bin(u"nango-desk-cli"_s), {u"--db"_s, fresh, u"status"_s, u"--offline"_s});
                processes.push_back(std::move(p));
            }
            for (auto &p : processes) {
                QVERIFY(p->waitForFinished(60000));
                const QString err = QString::fromUtf8(p->readAllStandardError());
                QVERIFY2(p->exitCode() == 0, qPrintable(err));
                QVERIFY2(!err.contains(u"already exists"_s), qPrintable(err));
            }
        }
    }

    void aListenerBeyondLoopbackIsAskedForAndSaysWhereItIs()
    {
        const Run refused = cli({u"watch"_s, u"--listen"_s, u"0.0.0.0:0"_s});
        QCOMPARE(refused.code, 2);
        QVERIFY2(refused.err.contains(u"--allow-remote"_s), qPrintable(refused.err));
        QProcess watch;
        watch.setProcessEnvironment(env());
        watch.start(bin(u"nango-desk-cli"_s),
                    {u"watch"_s, u"--listen"_s, u"0.0.0.0:0"_s, u"--allow-remote"_s, u"--poll"_s, u"0"_s});
        QVERIFY(watch.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(watch.canReadLine() || watch.state() != QProcess::Running, 20000);
        const QString line = QString::fromUtf8(watch.readLine()).trimmed();
        watch.terminate();
        QVERIFY(watch.waitForFinished(20000));
        // The address really bound: every interface, not a loopback address it does not listen on only.
        QVERIFY2(line.startsWith(u"listening for Nango webhooks on http://0.0.0.0:"_s), qPrintable(line));
    }

    void statusAsJsonNamesEachState()
    {
        const Run status = cli({u"status"_s, u"--json"_s});
        QCOMPARE(status.code, 0);
        const auto rows = jsonLines(status.out);
        QVERIFY(rows.size() >= 10);
        for (const QJsonObject &o : rows) {
            const QString state = o.value(u"state"_s).toString();
            QVERIFY2(state == u"up-to-date" || state == u"paused", qPrintable(state));
            QVERIFY(!o.value(u"status_fetched_at"_s).toString().isEmpty());
        }
    }

    void exportFiltersSelectWhatTheBrowserWould()
    {
        const QStringList deals{u"export"_s,        u"--model"_s,  u"HubspotDeal"_s,
                                u"--integration"_s, u"hubspot"_s,  u"--connection"_s,
                                u"globex"_s,        u"--format"_s, u"jsonl"_s};
        const auto server = truth(u"hubspot"_s, u"globex"_s, u"HubspotDeal"_s);
        auto meta = [](const QJsonObject &o) { return o.value(u"_nango_metadata"_s).toObject(); };
        // --deleted: the tombstones only.
        Run r = cli(deals + QStringList{u"--deleted"_s});
        QCOMPARE(r.code, 0);
        qsizetype deleted = 0;
        for (const QJsonObject &o : server)
            deleted += !meta(o).value(u"deleted_at"_s).isNull();
        QVERIFY(deleted > 0);
        QCOMPARE(jsonLines(r.out).size(), deleted);
        QCOMPARE(r.err.count(u"exported"_s), 1); // one summary, on stderr
        // --action ADDED.
        r = cli(deals + QStringList{u"--action"_s, u"added"_s});
        qsizetype added = 0;
        for (const QJsonObject &o : server)
            added += meta(o).value(u"last_action"_s).toString() == u"ADDED";
        QCOMPARE(jsonLines(r.out).size(), added);
        // --field NAME=TEXT: a field's value, any case.
        QString field;
        QString value;
        for (const QJsonObject &o : server) {
            for (auto it = o.begin(); it != o.end() && field.isEmpty(); ++it)
                if (it.key() != u"id" && it.value().isString() && it.value().toString().size() > 4) {
                    field = it.key();
                    value = it.value().toString().mid(1, 3);
                }
            if (!field.isEmpty())
                break;
        }
        QVERIFY(!field.isEmpty());
        r = cli(deals + QStringList{u"--field"_s, field + u'=' + value.toUpper()});
        qsizetype matching = 0;
        for (const QJsonObject &o : server)
            matching += meta(o).value(u"deleted_at"_s).isNull() &&
                        o.value(field).toString().contains(value, Qt::CaseInsensitive);
        QVERIFY(matching > 0);
        QCOMPARE(jsonLines(r.out).size(), matching);
        // --since: what was modified at or after a moment.
        QList<qint64> modified;
        for (const QJsonObject &o : server)
            if (meta(o).value(u"deleted_at"_s).isNull())
                modified.append(
                    nd::Timestamp::parseMicros(meta(o).value(u"last_modified_at"_s).toString().toLatin1())
                        .value());
        std::sort(modified.begin(), modified.end());
        const qint64 since = modified.at(modified.size() / 2);
        r = cli(deals + QStringList{u"--since"_s, QString::fromLatin1(nd::Timestamp::toIsoMicros(since))});
        QCOMPARE(jsonLines(r.out).size(),
                 std::count_if(modified.begin(), modified.end(), [&](qint64 m) { return m >= since; }));
        // --search: every record shown has the word.
        r = cli(deals + QStringList{u"--search"_s, value});
        QVERIFY(!jsonLines(r.out).isEmpty());
        for (const QString &line : r.out.split(u'\n', Qt::SkipEmptyParts))
            QVERIFY(line.contains(value, Qt::CaseInsensitive));
        // Malformed filters are usage errors.
        QCOMPARE(cli(deals + QStringList{u"--field"_s, u"novalue"_s}).code, 2);
        QCOMPARE(cli(deals + QStringList{u"--action"_s, u"MOVED"_s}).code, 2);
        QCOMPARE(cli(deals + QStringList{u"--since"_s, u"yesterday-ish"_s}).code, 2);
    }

    void aDamagedCacheIsSalvagedAndReadersNeverRebuildIt()
    {
        if (onPostgres())
            QSKIP("a file's damage: PostgreSQL keeps its own integrity");
        const QString path = dir.filePath(u"damaged.sqlite"_s);
        const QStringList db{u"--db"_s, path, u"--profile"_s, u"salvage"_s};
        QCOMPARE(cli(db + QStringList{u"sync"_s}).code, 0);
        const qint64 records = countInCache(path, "SELECT count(*) FROM records");
        const qint64 history = countInCache(path, "SELECT count(*) FROM cursor_history");
        QVERIFY(records > 1000 && history > 0);
        // Two leaf pages of the records in the middle of the file are overwritten.
        QList<qint64> leaves;
        qint64 pageSize = 0;
        {
            sqlite3 *handle = nullptr;
            QCOMPARE(sqlite3_open(path.toUtf8().constData(), &handle), SQLITE_OK);
            sqlite3_exec(handle, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr);
            sqlite3_stmt *q = nullptr;
            sqlite3_prepare_v2(handle,
                               "SELECT pageno FROM dbstat WHERE name = 'records' AND pagetype = 'leaf' "
                               "ORDER BY pageno",
                               -1, &q, nullptr);
            while (sqlite3_step(q) == SQLITE_ROW)
                leaves.append(sqlite3_column_int64(q, 0));
            sqlite3_finalize(q);
            sqlite3_prepare_v2(handle, "PRAGMA page_size", -1, &q, nullptr);
            if (sqlite3_step(q) == SQLITE_ROW)
                pageSize = sqlite3_column_int64(q, 0);
            sqlite3_finalize(q);
            sqlite3_close(handle);
        }
        QVERIFY2(leaves.size() > 10, qPrintable(QString::number(leaves.size())));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        for (const qint64 page : {leaves.at(leaves.size() / 3), leaves.at(2 * leaves.size() / 3)}) {
            file.seek((page - 1) * pageSize);
            file.write(QByteArray(int(pageSize), '\xA5'));
        }
        file.close();
        const QByteArray damaged = [&]() {
            QFile f(path);
            return f.open(QIODevice::ReadOnly)
                       ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                       : QByteArray();
        }();

        // Read-only commands leave the file as it is: status reads the streams (whole), an export
        // that meets the damage says what to do.
        cli(db + QStringList{u"status"_s, u"--offline"_s});
        int failedExports = 0;
        const QList<QStringList> streams{{u"hubspot"_s, u"acme-corp"_s, u"HubspotContact"_s},
                                         {u"hubspot"_s, u"acme-corp"_s, u"HubspotDeal"_s},
                                         {u"github"_s, u"acme-corp"_s, u"GithubIssue"_s},
                                         {u"github"_s, u"acme-corp"_s, u"GithubIssueComment"_s},
                                         {u"salesforce"_s, u"initech"_s, u"SalesforceAccount"_s}};
        for (const QStringList &stream : streams) {
            const Run exported =
                cli(db + QStringList{u"export"_s, u"--integration"_s, stream.at(0), u"--connection"_s,
                                     stream.at(1), u"--model"_s, stream.at(2), u"--out"_s,
                                     dir.filePath(u"export.csv"_s)});
            if (exported.code == 0)
                continue;
            ++failedExports;
            QVERIFY2(exported.code == 3 && exported.err.contains(u"nango-desk-cli check"_s),
                     qPrintable(u"%1: %2"_s.arg(exported.code).arg(exported.err)));
        }
        QVERIFY(failedExports > 0);
        QFile again(path);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(QCryptographicHash::hash(again.readAll(), QCryptographicHash::Sha256), damaged);
        again.close();
        QVERIFY(QDir(dir.path()).entryList({u"damaged.sqlite.corrupt-*"_s}).isEmpty());

        // check: kept aside, made anew with what can be read, and says what was saved and what not.
        const Run check = cli(db + QStringList{u"check"_s});
        QCOMPARE(check.code, 1);
        QVERIFY2(check.err.contains(u"The cache was damaged"_s), qPrintable(check.err));
        QVERIFY2(check.err.contains(u"could not be read in: records"_s), qPrintable(check.err));
        QVERIFY2(check.err.contains(u"read again from the start"_s), qPrintable(check.err));
        QCOMPARE(QDir(dir.path()).entryList({u"damaged.sqlite.corrupt-*"_s}).size(), 1);
        const qint64 saved = countInCache(path, "SELECT count(*) FROM records");
        QVERIFY2(saved > records / 2 && saved < records,
                 qPrintable(u"%1 of %2: %3"_s.arg(saved).arg(records).arg(check.err)));
        QCOMPARE(countInCache(path, "SELECT count(*) FROM cursor_history"), history); // local-only history
        QCOMPARE(countInCache(path, "SELECT count(*) FROM admin_journal WHERE action = 'salvage'"), 1);
        QCOMPARE(countInCache(path, "SELECT count(*) FROM streams WHERE cursor IS NOT NULL"), 0);

        // The next pull brings the cache equal to the server again; check then finds it healthy.
        QCOMPARE(cli(db + QStringList{u"sync"_s}).code, 0);
        const QString shared = std::exchange(cachePath, path);
        const QString diff = compareAll();
        cachePath = shared;
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        const Run healthy = cli(db + QStringList{u"check"_s});
        QCOMPARE(healthy.code, 0);
        QVERIFY2(healthy.out.contains(u"is healthy"_s), qPrintable(healthy.out));
    }

    void aFullOrReadOnlyDiskExitsThreeAndNothingIsLost()
    {
        if (::geteuid() != 0)
            QSKIP("a small tmpfs needs root (CI runs as root); the engine's own test fills the disk with "
                  "SQLite's max_page_count");
        m_mount = dir.filePath(u"small-disk"_s);
        QVERIFY(QDir().mkpath(m_mount));
        // Room for the schema (34 pages of 16 KiB) and a few pages of records, not for the 4,800 records.
        QCOMPARE(run(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=1536k"_s, u"tmpfs"_s, m_mount}), 0);
        const QString saved = cachePath;
        cachePath = m_mount + u"/cache.sqlite"_s;
        const Run full = cli({u"sync"_s, u"--page-size"_s, u"50"_s});
        QCOMPARE(full.code, 3);
        QVERIFY2(full.err.contains(u"full"_s) && full.err.contains(u"Free some disk space"_s),
                 qPrintable(full.err));
        QVERIFY(!full.out.contains(u"up to date"_s));
        // Space returns: the next sync resumes from the stored cursors and ends equal to the server.
        QCOMPARE(run(u"mount"_s, {u"-o"_s, u"remount,size=64m"_s, m_mount}), 0);
        const Run resumed = cli({u"sync"_s, u"--page-size"_s, u"50"_s});
        QVERIFY2(resumed.code == 0, qPrintable(resumed.err));
        const QString diff = compareAll();
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        // A read-only cache: the same code, and what to do.
        control("POST", u"mutate"_s,
                {{u"integration"_s, u"hubspot"_s},
                 {u"connection"_s, u"acme-corp"_s},
                 {u"sync"_s, u"contacts"_s},
                 {u"add"_s, 20}});
        QCOMPARE(run(u"mount"_s, {u"-o"_s, u"remount,ro"_s, m_mount}), 0);
        const Run readOnly = cli({u"sync"_s});
        QCOMPARE(readOnly.code, 3);
        QVERIFY2(readOnly.err.contains(u"read-only"_s, Qt::CaseInsensitive) ||
                     readOnly.err.contains(u"readonly"_s, Qt::CaseInsensitive),
                 qPrintable(readOnly.err));
        QCOMPARE(run(u"mount"_s, {u"-o"_s, u"remount,rw"_s, m_mount}), 0);
        QCOMPARE(cli({u"sync"_s}).code, 0);
        QVERIFY(compareAll().isEmpty());
        cachePath = saved;
        QCOMPARE(run(u"umount"_s, {m_mount}), 0);
        m_mount.clear();
    }
};

QTEST_GUILESS_MAIN(TestCliTruth)
#include "tst_cli_truth.moc"
