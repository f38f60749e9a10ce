// The desktop app on a cache a team shares in PostgreSQL (the private cluster of
// scripts/pg-test-cluster.sh): Settings choosing and testing it off the GUI thread, a window whose
// role may only read it, and the soak of the issue: two watch services and two windows on one cache
// while the server mutates with 5% faults, ending equal to the server with no stream pulled twice
// at once. With NANGODESK_SCREENSHOTS=DIR (under Xvfb) the read-only window is saved as a picture.
#include "AppContext.h"
#include "AppSettings.h"
#include "CliHarness.h"
#include "GuiSupport.h"
#include "MainWindow.h"
#include "panels/SettingsPanel.h"
#include "panels/SyncsPanel.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QScreen>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QtTest>

#include <libpq-fe.h>

using namespace testsupport;
using namespace Qt::StringLiterals;

namespace {

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

// A window on the shared cache `uri`, as the profile "default" the watch services use.
struct Window
{
    std::unique_ptr<nd::AppContext> context;
    std::unique_ptr<nd::MainWindow> window;

    Window(const QUrl &server, const QString &uri, bool pulls)
    {
        nd::ProfileSettings settings;
        settings.name = u"default"_s;
        settings.serverUrl = server.toString();
        settings.listenPort = 0;
        settings.pollSeconds = pulls ? 1 : 0;
        settings.sharedCache = uri;
        context = std::make_unique<nd::AppContext>(settings, false);
        window = std::make_unique<nd::MainWindow>(context.get());
        window->resize(1280, 800);
        window->show();
        context->start(server, kApiKey, pulls ? kSigningKey : QByteArray());
    }
    ~Window()
    {
        window.reset();
        context.reset();
    }
    QString banner() const { return window->findChild<QLabel *>(u"banner"_s)->text(); }
    QPushButton *button(const QString &name) const { return window->findChild<QPushButton *>(name); }
};

} // namespace

class TestGuiShared : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_base;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"nango-desk-tests-shared"_s);
        m_base = postgresBase();
        QVERIFY2(!m_base.isEmpty(), "needs the private cluster (NANGODESK_TEST_PG_FILE)");
        qunsetenv("PGPASSWORD");
        qputenv("PGPASSFILE", QFile::encodeName(m_dir.filePath(u"no-pgpass"_s)));
        QCOMPARE(adminExec(m_base, "DO $$BEGIN CREATE ROLE nd_password_users NOLOGIN; EXCEPTION WHEN "
                                   "duplicate_object THEN NULL; END$$"),
                 QString());
    }

    void settingsChooseAndTestASharedCacheWithoutWaiting()
    {
        const QString uri = freshCacheLocation(m_dir.path(), u"settings"_s);
        nd::ProfileSettings settings;
        settings.name = u"settings"_s;
        nd::AppContext context(settings, false);
        nd::MainWindow window(&context);
        window.show();
        nd::SettingsPanel *panel = window.settings();
        auto *shared = panel->findChild<QRadioButton *>(u"cacheShared"_s);
        auto *uriEdit = panel->findChild<QLineEdit *>(u"cacheUri"_s);
        auto *password = panel->findChild<QLineEdit *>(u"cachePassword"_s);
        auto *test = panel->findChild<QPushButton *>(u"testCache"_s);
        auto *message = panel->findChild<QLabel *>(u"settingsMessage"_s);
        QVERIFY(shared && uriEdit && password && test && message);
        QVERIFY(!uriEdit->isEnabled()); // the cache on this computer until chosen
        shared->setChecked(true);
        QVERIFY(uriEdit->isEnabled() && password->isEnabled() && test->isEnabled());

        uriEdit->setText(u"mysql://root@db/cache"_s);
        test->click();
        QVERIFY2(message->text().contains(u"postgresql://"_s), qPrintable(message->text()));

        // An empty database: the answer comes from a worker; "Opening…" shows at once.
        uriEdit->setText(uri);
        test->click();
        QVERIFY2(message->text().startsWith(u"Opening "_s), qPrintable(message->text()));
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(u"The database is empty"_s), 10000);
        QCOMPARE(panel->settings().sharedCache, uri);

        // A role that must give a password, and the wrong one typed.
        const QString role = unique("nd_gui_pw_");
        QCOMPARE(adminExec(m_base, "CREATE ROLE " + role.toUtf8() +
                                       " LOGIN PASSWORD 'correct' IN ROLE nd_password_users"),
                 QString());
        uriEdit->setText(withUser(uri, role));
        password->setText(u"incorrect"_s);
        test->click();
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(u"refused the credentials"_s), 10000);
        QVERIFY(!message->text().contains(u"incorrect"_s));
        QCOMPARE(panel->newCachePassword(), QByteArray("incorrect"));
        password->setText(u"correct"_s);
        test->click();
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(u"Connected to"_s), 10000);
        QVERIFY2(!message->text().contains(u"correct"_s), "the password is never shown");
    }

    void soakTwoWatchServicesAndTwoWindowsOnOneCache()
    {
        CliFixture f;
        const QString started = f.startSim();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        QList<QProcess *> services;
        for (int i = 0; i < 2; ++i) {
            auto *p = new QProcess(this);
            p->setProcessEnvironment(f.env());
            p->start(bin(u"nango-desk-cli"_s),
                     {u"watch"_s, u"--listen"_s, u"127.0.0.1:0"_s, u"--poll"_s, u"1"_s});
            QVERIFY(p->waitForStarted());
            services << p;
        }
        // Once the first pulls made the tables, a role for people who only look.
        QTRY_VERIFY_WITH_TIMEOUT(
            CliFixture::countInCache(f.cachePath, "SELECT count(*) FROM streams WHERE last_outcome = 'ok'") >=
                12,
            30000);
        const QString reader = unique("nd_gui_reader_");
        QCOMPARE(adminExec(m_base, "CREATE ROLE " + reader.toUtf8() + " LOGIN"), QString());
        QCOMPARE(adminExec(f.cachePath, "GRANT SELECT ON ALL TABLES IN SCHEMA public TO " + reader.toUtf8()),
                 QString());

        Window writer(f.simUrl, f.cachePath, true);
        Window looker(f.simUrl, withUser(f.cachePath, reader), false);
        QTRY_VERIFY_WITH_TIMEOUT(looker.context->isReadOnly(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!looker.context->snapshot().streams.isEmpty(), 20000);
        QVERIFY(!writer.context->isReadOnly());
        QVERIFY2(looker.banner().contains(u"Read-only"_s), qPrintable(looker.banner()));
        QVERIFY2(looker.banner().contains(u"shared cache"_s), qPrintable(looker.banner()));
        QVERIFY(!writer.banner().contains(u"Read-only"_s));

        QCOMPARE(f.control("POST", u"faults"_s, {{u"fail_rate"_s, 0.05}}).status, 200);
        const QList<QStringList> syncs{{u"hubspot"_s, u"acme-corp"_s, u"contacts"_s},
                                       {u"github"_s, u"acme-corp"_s, u"issues"_s},
                                       {u"salesforce"_s, u"initech"_s, u"accounts"_s}};
        const QStringList integrations{u"hubspot"_s, u"github"_s, u"salesforce"_s};
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
            f.control("POST", u"run"_s, {{u"integration"_s, integrations[round % 3]}});
            QTest::qWait(1200);
        }
        QCOMPARE(f.control("POST", u"faults"_s, {{u"fail_rate"_s, 0.0}}).status, 200);
        QString diff = u"not compared"_s;
        const bool equal = QTest::qWaitFor([&]() { return (diff = f.compareAll()).isEmpty(); }, 60000);
        QVERIFY2(equal, qPrintable(diff));

        // The window that only reads heard every pull (it never polls the tables): its counts are the
        // server's.
        auto truthLive = [&f](const nd::Stream &s) {
            qint64 live = 0;
            for (const QJsonObject &r :
                 f.truth(s.key.integration, s.key.connectionId, s.key.model, s.key.variant))
                live += r.value(u"_nango_metadata"_s).toObject().value(u"deleted_at"_s).isNull() ? 1 : 0;
            return live;
        };
        QString lookerDiff;
        const bool lookerEqual = QTest::qWaitFor(
            [&]() {
                lookerDiff.clear();
                // A copy: truthLive() asks the simulator, and the window may take a new snapshot
                // meanwhile (a reference into the old one was the soak's rare std::bad_alloc).
                const QList<nd::Stream> streams = looker.context->snapshot().streams;
                for (const nd::Stream &s : streams)
                    if (s.liveCount != truthLive(s))
                        lookerDiff += u"%1/%2 shows %3, the server has %4\n"_s.arg(
                            s.key.connectionId, s.key.model, QString::number(s.liveCount),
                            QString::number(truthLive(s)));
                return lookerDiff.isEmpty();
            },
            20000);
        QVERIFY2(lookerEqual, qPrintable(lookerDiff));

        // It browses but changes nothing.
        QTableView *view = looker.window->syncs()->view();
        view->selectRow(0);
        QVERIFY(looker.button(u"recordsButton"_s)->isEnabled());
        for (const char *name :
             {"pullButton", "triggerButton", "resyncButton", "pauseButton", "frequencyButton"})
            QVERIFY2(!looker.button(QString::fromLatin1(name))->isEnabled(), name);
        writer.window->syncs()->view()->selectRow(0);
        QVERIFY(writer.button(u"pullButton"_s)->isEnabled());
        looker.window->showPage(nd::MainWindow::Syncs);
        looker.window->raise();
        screenshot(looker.window.get(), u"shared-cache-read-only"_s);

        for (QProcess *p : services) {
            p->terminate();
            QVERIFY(p->waitForFinished(20000));
            QCOMPARE(p->exitCode(), 0);
        }
        f.stopSim();

        // Four clients, and no stream was ever pulled by two at once.
        QString error;
        auto store = nd::Store::open(f.cachePath, &error);
        QVERIFY2(store, qPrintable(error));
        auto q =
            store->db().prepare("SELECT a.stream_id, a.started_at, b.started_at FROM cursor_history a JOIN "
                                "cursor_history b ON a.stream_id = b.stream_id AND a.id < b.id AND "
                                "b.started_at < coalesce(a.finished_at, '9') AND a.started_at < "
                                "coalesce(b.finished_at, '9')");
        QString overlaps;
        while (q->step())
            overlaps += u"stream %1: %2 and %3\n"_s.arg(QString::number(q->int64(0)), q->text(1), q->text(2));
        QVERIFY2(overlaps.isEmpty(), qPrintable(overlaps));
        auto pulls = store->db().prepare("SELECT count(*) FROM cursor_history");
        QVERIFY(pulls->step() && pulls->int64(0) > 20);
    }
};

QTEST_MAIN(TestGuiShared)
#include "tst_gui_shared.moc"
