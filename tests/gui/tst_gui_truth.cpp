// The screens tell the truth: every state of a sync as the core computes it (failed, retrying,
// late, counts that differ), the status bar, the server bar with its countdown, Settings testing
// what is typed, and the small things a new user found. Offscreen by default; with
// NANGODESK_SCREENSHOTS=DIR (under Xvfb, see CMakeLists.txt) the real window is saved in each state.
#include "AppContext.h"
#include "AppSettings.h"
#include "EngineHost.h"
#include "GuiSupport.h"
#include "MainWindow.h"
#include "Prompter.h"
#include "SimHarness.h"
#include "StatusIndicators.h"
#include "actions/InputValidator.h"
#include "api/ApiError.h"
#include "cache/sqlite/Database.h"
#include "cache/sqlite/Statement.h"
#include "dialogs/ExportDialog.h"
#include "models/RecordsModel.h"
#include "models/TableModel.h"
#include "panels/ActivityPanel.h"
#include "panels/ConnectionsPanel.h"
#include "panels/HistoryChart.h"
#include "panels/HistoryPanel.h"
#include "panels/RecordsPanel.h"
#include "panels/SettingsPanel.h"
#include "panels/SyncsPanel.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTranslator>
#include <QTreeView>
#include <QtTest>

using namespace testsupport;
using namespace Qt::StringLiterals;

namespace {

// A window over its own nango-sim and cache.
struct Desk
{
    std::unique_ptr<Sim> sim;
    std::unique_ptr<nd::AppContext> context;
    std::unique_ptr<nd::MainWindow> window;

    Desk(const QString &cache, nangosim::SimOptions options, int pollSeconds = 0)
    {
        nd::ProfileSettings::setDatabasePathOverride(cache);
        sim = std::make_unique<Sim>(options);
        nd::ProfileSettings settings;
        settings.name = u"truth"_s;
        settings.serverUrl = sim->url().toString();
        settings.listenPort = 0;
        settings.pollSeconds = pollSeconds;
        settings.pageSize = 100;
        settings.save();
        nd::ProfileSettings::setCurrentProfile(settings.name);
        context = std::make_unique<nd::AppContext>(settings, false);
        window = std::make_unique<nd::MainWindow>(context.get());
        window->resize(1280, 800);
        window->show();
        context->start(sim->url(), kApiKey, kSigningKey);
    }
    ~Desk()
    {
        window.reset();
        context.reset();
    }
    bool settled(int timeoutMs = 60000)
    {
        return QTest::qWaitFor(
            [this]() {
                const auto &s = context->statuses();
                if (s.size() < 12)
                    return false;
                for (const nd::StreamStatus &st : s)
                    if (st.state != nd::SyncState::UpToDate && st.state != nd::SyncState::Paused)
                        return false;
                return true;
            },
            timeoutMs);
    }
    nd::StreamStatus status(const QString &integration, const QString &connection, const QString &model)
    {
        for (const nd::StreamStatus &s : context->statuses())
            if (s.key.integration == integration && s.key.connectionId == connection &&
                s.key.model == model && s.key.variant == u"base")
                return s;
        return {};
    }
    // The Syncs table's row of a stream: its cells and tone.
    int row(const QString &connection, const QString &model)
    {
        QTableView *view = window->syncs()->view();
        for (int r = 0; r < view->model()->rowCount(); ++r)
            if (view->model()->index(r, 1).data().toString() == connection &&
                view->model()->index(r, 3).data().toString() == model)
                return r;
        return -1;
    }
    QString cell(int r, int column)
    {
        return window->syncs()->view()->model()->index(r, column).data().toString();
    }
    QVariant tone(int r)
    {
        return window->syncs()->view()->model()->index(r, 0).data(nd::TableModel::ToneRole);
    }
    void onEngine(std::function<void(nd::SyncEngine &)> f)
    {
        bool done = false;
        context->engine()->post([&](nd::SyncEngine &e) {
            f(e);
            done = true;
        });
        QTRY_VERIFY(done);
    }
};

nangosim::SimOptions options()
{
    nangosim::SimOptions o = Sim::defaults();
    o.recordsPerModel = 300;
    return o;
}

} // namespace

class TestGuiTruth : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    int m_caches = 0;
    QString nextCache() { return dir.filePath(u"cache-%1.sqlite"_s.arg(++m_caches)); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"nango-desk-tests-truth"_s);
    }

    void syncsShowFailedRetryingLateAndDriftingStreams()
    {
        nangosim::SimOptions o = options();
        o.timeScale = 600; // "every 15min" runs every 1.5 s, so a stalled scheduler is late soon
        Desk desk(nextCache(), o, 2);
        QVERIFY(desk.sim->started);
        desk.sim->control("POST", u"faults"_s, {{u"stall_schedules"_s, true}});
        QVERIFY(desk.settled());
        desk.window->showPage(nd::MainWindow::Syncs);

        // Failed: a full disk (SQLite's own limit on the cache file) while a pull has records to write.
        desk.sim->control("POST", u"mutate"_s,
                          {{u"integration"_s, u"hubspot"_s},
                           {u"connection"_s, u"globex"_s},
                           {u"sync"_s, u"deals"_s},
                           {u"add"_s, 400}});
        desk.onEngine([](nd::SyncEngine &e) {
            const qint64 pages = [&]() {
                auto q = e.database().prepare("PRAGMA page_count");
                return q->step() ? q->int64(0) : 0;
            }();
            e.database().exec(
                QByteArray("PRAGMA max_page_count = " + QByteArray::number(pages + 2)).constData());
        });
        const qint64 deals = desk.status(u"hubspot"_s, u"globex"_s, u"HubspotDeal"_s).streamId;
        desk.context->pullNow(deals);
        QTRY_COMPARE_WITH_TIMEOUT(desk.status(u"hubspot"_s, u"globex"_s, u"HubspotDeal"_s).state,
                                  nd::SyncState::Failed, 30000);
        desk.onEngine([](nd::SyncEngine &e) { e.database().exec("PRAGMA max_page_count = 1073741823"); });

        // Retrying: Nango answers 500 to every try of one pull.
        desk.onEngine([](nd::SyncEngine &e) { e.client().setBackoff(20, 60); });
        desk.sim->control("POST", u"faults"_s, {{u"storm_500"_s, 30}});
        const qint64 tickets = desk.status(u"github"_s, u"acme-corp"_s, u"GithubIssue"_s).streamId;
        desk.context->pullNow(tickets);
        QTRY_COMPARE_WITH_TIMEOUT(desk.status(u"github"_s, u"acme-corp"_s, u"GithubIssue"_s).state,
                                  nd::SyncState::BackingOff, 30000);

        // Counts that differ: Nango's count misses deletes; the cache is right.
        desk.sim->control("POST", u"faults"_s, {{u"counts_include_deleted"_s, true}});
        desk.onEngine([](nd::SyncEngine &e) { e.refreshStatusSoon(u"salesforce"_s); });
        QTRY_VERIFY_WITH_TIMEOUT(desk.status(u"salesforce"_s, u"initech"_s, u"SalesforceAccount"_s).drift,
                                 30000);

        // Late: the stalled scheduler's next run is past by more than the 2 s poll interval.
        QTRY_VERIFY_WITH_TIMEOUT(desk.status(u"github"_s, u"acme-corp"_s, u"GithubIssueComment"_s).late,
                                 30000);

        // The table says each of them, in words and colour, and the tooltip says what to do.
        auto *proxy = desk.window->syncs()->view()->model();
        QTRY_VERIFY(desk.row(u"globex"_s, u"HubspotDeal"_s) >= 0);
        int r = desk.row(u"globex"_s, u"HubspotDeal"_s);
        QTRY_VERIFY2(desk.cell(desk.row(u"globex"_s, u"HubspotDeal"_s), 4).startsWith(u"Failed"_s),
                     qPrintable(desk.cell(desk.row(u"globex"_s, u"HubspotDeal"_s), 4)));
        r = desk.row(u"globex"_s, u"HubspotDeal"_s);
        QCOMPARE(desk.tone(r).toInt(), int(nd::TableRow::Tone::Error));
        QVERIFY(desk.cell(r, 5).startsWith(u"failed"_s)); // "Last pull" does not look like a success
        QVERIFY(proxy->index(r, 0).data(Qt::ToolTipRole).toString().contains(u"disk"_s));
        r = desk.row(u"acme-corp"_s, u"GithubIssue"_s);
        QVERIFY2(desk.cell(r, 4).startsWith(u"Retrying"_s), qPrintable(desk.cell(r, 4)));
        QCOMPARE(desk.tone(r).toInt(), int(nd::TableRow::Tone::Warning));
        r = desk.row(u"initech"_s, u"SalesforceAccount"_s);
        QVERIFY(desk.cell(r, 4).contains(u"counts differ"_s));
        r = desk.row(u"acme-corp"_s, u"GithubIssueComment"_s);
        QVERIFY2(desk.cell(r, 7).startsWith(u"late"_s), qPrintable(desk.cell(r, 7)));
        // The status bar counts the failures first.
        auto *summary = desk.window->findChild<QLabel *>(u"statusSummary"_s);
        QTRY_VERIFY(summary->text().startsWith(u"Streams: 1 failed, 1 retrying"_s));
        screenshot(desk.window.get(), u"syncs-states"_s);

        // "Retry now" on the failed stream: the disk has room again, and it ends up to date.
        desk.context->pullNow(deals);
        QTRY_COMPARE_WITH_TIMEOUT(desk.status(u"hubspot"_s, u"globex"_s, u"HubspotDeal"_s).state,
                                  nd::SyncState::UpToDate, 30000);
    }

    void theServerBarShowsAnUnreachableServerAtOnceWithACountdown()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const QUrl closed(u"http://127.0.0.1:%1"_s.arg(probe.serverPort()));
        probe.close();
        nd::ProfileSettings::setDatabasePathOverride(nextCache());
        nd::ProfileSettings settings;
        settings.name = u"down"_s;
        settings.serverUrl = closed.toString();
        settings.listenPort = 0;
        nd::AppContext context(settings, false);
        nd::MainWindow window(&context);
        window.resize(1280, 800);
        window.show();
        QSignalSpy notified(window.indicators(), &nd::StatusIndicators::notified);
        context.start(closed, kApiKey, kSigningKey);
        auto *bar = window.findChild<QWidget *>(u"serverBar"_s);
        auto *text = window.findChild<QLabel *>(u"serverProblem"_s);
        QTRY_VERIFY(bar->isVisible());
        QVERIFY2(text->text().contains(u"Cannot reach"_s) && text->text().contains(u"Trying again in"_s),
                 qPrintable(text->text()));
        QVERIFY(window.findChild<QPushButton *>(u"retryNow"_s)->isVisible());
        QTRY_VERIFY(!notified.isEmpty());
        QCOMPARE(notified.first().at(0).toString(), u"Nango cannot be reached"_s);
        screenshot(&window, u"server-unreachable"_s);
    }

    void withoutAKeyTheBarSaysSoAndNothingIsSent()
    {
        QTcpServer server; // where the window would ask, were it to ask
        QVERIFY(server.listen(QHostAddress::LocalHost));
        int connections = 0;
        connect(&server, &QTcpServer::newConnection, this, [&]() {
            while (QTcpSocket *s = server.nextPendingConnection()) {
                ++connections;
                s->close();
            }
        });
        const QUrl url(u"http://127.0.0.1:%1"_s.arg(server.serverPort()));
        nd::ProfileSettings::setDatabasePathOverride(nextCache());
        nd::ProfileSettings settings;
        settings.name = u"nokey"_s;
        settings.serverUrl = url.toString();
        settings.listenPort = 0;
        nd::AppContext context(settings, false);
        nd::MainWindow window(&context);
        window.resize(1280, 800);
        window.show();
        context.start(url, {}, {});
        auto *bar = window.findChild<QWidget *>(u"serverBar"_s);
        auto *text = window.findChild<QLabel *>(u"serverProblem"_s);
        QTRY_VERIFY(bar->isVisible());
        QVERIFY2(text->text().contains(u"No API key"_s), qPrintable(text->text()));
        QVERIFY(!window.findChild<QPushButton *>(u"retryNow"_s)->isVisible());
        QTest::qWait(300); // a request, had one been made, would have connected by now
        QCOMPARE(connections, 0);
    }

    void aMassDeleteIsFlaggedNotifiedAndOneClickAway()
    {
        Desk desk(nextCache(), options());
        QVERIFY(desk.settled());
        QSignalSpy notified(desk.window->indicators(), &nd::StatusIndicators::notified);
        desk.window->showPage(nd::MainWindow::Syncs);
        // Nango deletes most of one model's records (a wrong cursor did, in Nango's PR #3499).
        desk.sim->control("POST", u"mutate"_s,
                          {{u"integration"_s, u"github"_s},
                           {u"connection"_s, u"acme-corp"_s},
                           {u"sync"_s, u"issues"_s},
                           {u"model"_s, u"GithubIssue"_s},
                           {u"delete"_s, 200}});
        const qint64 stream = desk.status(u"github"_s, u"acme-corp"_s, u"GithubIssue"_s).streamId;
        desk.context->pullNow(stream);
        QTRY_VERIFY_WITH_TIMEOUT(desk.status(u"github"_s, u"acme-corp"_s, u"GithubIssue"_s).massDeleted > 0,
                                 30000);
        QTRY_VERIFY(!notified.isEmpty());
        QCOMPARE(notified.last().at(0).toString(), u"Mass delete"_s);
        QVERIFY2(notified.last().at(1).toString().contains(u"github/acme-corp/GithubIssue"_s),
                 qPrintable(notified.last().at(1).toString()));
        // The row says so, and its records are one click away.
        const int r = desk.row(u"acme-corp"_s, u"GithubIssue"_s);
        QVERIFY(r >= 0);
        QTRY_VERIFY2(desk.cell(r, 4).contains(u"mass delete"_s), qPrintable(desk.cell(r, 4)));
        QTableView *view = desk.window->syncs()->view();
        view->setCurrentIndex(view->model()->index(r, 0));
        view->selectRow(r);
        auto *deleted = desk.window->findChild<QPushButton *>(u"deletedButton"_s);
        QTRY_VERIFY(deleted->isEnabled());
        screenshot(desk.window.get(), u"mass-delete"_s);
        deleted->click();
        QCOMPARE(desk.window->currentPage(), nd::MainWindow::Records);
        QVERIFY(desk.window->findChild<QCheckBox *>(u"recordsShowDeleted"_s)->isChecked());
        // Looked at: the flag goes; one notification in all.
        QTRY_COMPARE_WITH_TIMEOUT(desk.status(u"github"_s, u"acme-corp"_s, u"GithubIssue"_s).massDeleted, 0,
                                  10000);
        QCOMPARE(notified.size(), 1);
    }

    void aFailedPullIsNotifiedOnceAndAFailingServerSaysWhy()
    {
        Desk desk(nextCache(), options());
        QVERIFY(desk.settled());
        QSignalSpy notified(desk.window->indicators(), &nd::StatusIndicators::notified);
        // A pull that fails (Nango answers 500 to its pages): one notification naming the stream.
        desk.onEngine([](nd::SyncEngine &e) { e.client().setBackoff(20, 60); });
        desk.sim->control("POST", u"faults"_s, {{u"storm_500"_s, 1000}, {u"storm_path"_s, u"/records"_s}});
        desk.context->pullNow(desk.status(u"github"_s, u"acme-corp"_s, u"GithubIssue"_s).streamId);
        QTRY_VERIFY_WITH_TIMEOUT(!notified.isEmpty(), 30000);
        QCOMPARE(notified.first().at(0).toString(), u"A pull failed"_s);
        // In the window too, whether a tray shows it or not (Xvfb has none): first in the status bar.
        auto *notice = desk.window->findChild<QLabel *>(u"statusNotice"_s);
        QVERIFY(notice && notice->isVisible());
        QVERIFY2(notice->toolTip().contains(u"A pull failed: "_s) &&
                     notice->toolTip().contains(u"github/acme-corp/GithubIssue"_s),
                 qPrintable(notice->toolTip()));
        screenshot(desk.window.get(), u"notification-fallback"_s);
        QVERIFY2(notified.first().at(1).toString().contains(u"github/acme-corp/GithubIssue"_s),
                 qPrintable(notified.first().at(1).toString()));
        QTest::qWait(1500); // more refreshes of the same failure: no second notification
        QCOMPARE(notified.size(), 1);
        // The catalog itself refused (500s everywhere): the server bar and one notification say
        // Nango cannot be used, not that it cannot be reached.
        desk.sim->control("POST", u"faults"_s, {{u"storm_path"_s, QString()}});
        desk.context->retryNow();
        QTRY_VERIFY_WITH_TIMEOUT(notified.size() == 2, 30000);
        QCOMPARE(notified.at(1).at(0).toString(), u"Nango cannot be used"_s);
        QVERIFY(desk.window->findChild<QWidget *>(u"serverBar"_s)->isVisible());
        desk.sim->control("POST", u"faults"_s, {{u"storm_500"_s, 0}});
    }

    void settingsTestWhatIsTypedAndFitInEveryLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QString();
        QTest::newRow("de") << u"de"_s;
        QTest::newRow("fr") << u"fr"_s;
    }
    void settingsTestWhatIsTypedAndFitInEveryLanguage()
    {
        QFETCH(QString, language);
        QTranslator translator;
        if (!language.isEmpty()) {
            QVERIFY(translator.load(u":/i18n/nangodesk_%1.qm"_s.arg(language)));
            QCoreApplication::installTranslator(&translator);
        }
        Desk desk(nextCache(), options());
        QVERIFY(desk.settled());
        desk.window->showPage(nd::MainWindow::Settings);
        auto *panel = desk.window->settings();
        QTRY_VERIFY(panel->isVisible());
        // Nothing wider than the panel: no sideways scrolling, no text cut at the edge.
        auto *scroll = panel->findChild<QScrollArea *>(u"settingsScroll"_s);
        QTRY_VERIFY(scroll->widget()->minimumSizeHint().width() <= scroll->viewport()->width());
        // The first start's welcome line wraps inside the panel too.
        panel->showWelcome();
        auto *welcome = panel->findChild<QLabel *>(u"settingsMessage"_s);
        QVERIFY(welcome->wordWrap());
        QVERIFY(!welcome->text().isEmpty());
        QTRY_VERIFY(scroll->widget()->minimumSizeHint().width() <= scroll->viewport()->width());
        QVERIFY(welcome->mapTo(scroll->widget(), QPoint(welcome->width(), 0)).x() <=
                scroll->viewport()->width());
        screenshot(desk.window.get(), u"settings-"_s + (language.isEmpty() ? u"en"_s : language));
        if (!language.isEmpty()) {
            QCoreApplication::removeTranslator(&translator);
            return;
        }
        auto *message = panel->findChild<QLabel *>(u"settingsMessage"_s);
        auto *test = panel->findChild<QPushButton *>(u"testConnection"_s);
        // A typed key that is wrong: said so, though the saved one works.
        panel->findChild<QLineEdit *>(u"apiKey"_s)->setText(u"11111111-2222-4333-8444-555555555555"_s);
        test->click();
        QTRY_VERIFY2(message->text().contains(u"rejected the API key"_s), qPrintable(message->text()));
        // A typed URL is the one asked.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const QString closed = u"http://127.0.0.1:%1"_s.arg(probe.serverPort());
        probe.close();
        panel->findChild<QRadioButton *>(u"serverSelfHosted"_s)->setChecked(true);
        panel->findChild<QLineEdit *>(u"serverUrl"_s)->setText(closed);
        panel->findChild<QLineEdit *>(u"apiKey"_s)->clear();
        test->click();
        QTRY_VERIFY2(message->text().contains(u"Cannot reach"_s) && message->text().contains(closed),
                     qPrintable(message->text()));
        // The saved key at the server's URL.
        panel->findChild<QLineEdit *>(u"serverUrl"_s)->setText(desk.sim->url().toString());
        test->click();
        QTRY_VERIFY2(message->text().startsWith(u"Connected to"_s), qPrintable(message->text()));
        // The test webhook, signed with the listener's own key: accepted, and nothing is left behind.
        const qsizetype streams = desk.context->snapshot().streams.size();
        panel->findChild<QPushButton *>(u"testWebhook"_s)->click();
        QTRY_VERIFY2(message->text().contains(u"accepted a signed test webhook"_s),
                     qPrintable(message->text()));
        desk.context->refreshNow();
        QTest::qWait(300);
        QCOMPARE(desk.context->snapshot().streams.size(), streams);
        // The port shown is the one listened on ("any free port" says which).
        const int port = desk.context->listenerUrl().port();
        QVERIFY(port > 0);
        auto *listenPort = panel->findChild<QAbstractSpinBox *>(u"listenPort"_s);
        QVERIFY2(listenPort->text().contains(QString::number(port)), qPrintable(listenPort->text()));
    }

    void theSmallThingsANewUserFound()
    {
        Desk desk(nextCache(), options());
        QVERIFY(desk.settled());
        nd::SyncsPanel *syncs = desk.window->syncs();
        // After a double-click on a connection, back to every connection.
        syncs->showConnection(u"hubspot"_s, u"globex"_s);
        QTRY_VERIFY(syncs->view()->model()->rowCount() < 12);
        auto *scope = syncs->findChild<QLabel *>(u"syncsScope"_s);
        QVERIFY(scope->text().contains(u"href"_s));
        Q_EMIT scope->linkActivated(u"all"_s);
        QTRY_COMPARE(syncs->view()->model()->rowCount(), 12);
        // Pause and Resume follow the selected sync's state; the selection survives a refresh.
        const int paused = desk.row(u"acme-corp"_s, u"HubspotOwner"_s);
        syncs->view()->selectRow(paused);
        auto *pause = syncs->findChild<QPushButton *>(u"pauseButton"_s);
        auto *resume = syncs->findChild<QPushButton *>(u"resumeButton"_s);
        QVERIFY(!pause->isEnabled());
        QVERIFY(resume->isEnabled());
        syncs->view()->selectRow(desk.row(u"acme-corp"_s, u"HubspotContact"_s));
        QVERIFY(pause->isEnabled());
        QVERIFY(!resume->isEnabled());
        const qint64 selected = syncs->selectedStream();
        desk.context->refreshNow();
        QTest::qWait(300);
        QCOMPARE(syncs->selectedStream(), selected);
        // A connection is "paused" only when every one of its syncs is.
        desk.window->showPage(nd::MainWindow::Connections);
        auto *connections = desk.window->connections();
        QString state;
        for (int r = 0; r < connections->proxy()->rowCount(); ++r)
            if (connections->proxy()->index(r, 0).data().toString() == u"acme-corp" &&
                connections->proxy()->index(r, 1).data().toString() == u"hubspot")
                state = connections->proxy()->index(r, 4).data().toString();
        QVERIFY2(state.contains(u"1 of 3 syncs paused"_s), qPrintable(state));
        // The sort indicators say how the rows are ordered.
        auto *connectionsView = connections->findChild<QTableView *>(u"connectionsTable"_s);
        QCOMPARE(connectionsView->horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);
        QVERIFY(connections->proxy()->index(0, 0).data().toString() <=
                connections->proxy()->index(1, 0).data().toString());
        // Cursor history from the sidebar shows a stream, and has its own picker.
        desk.window->showPage(nd::MainWindow::History);
        nd::HistoryPanel *history = desk.window->history();
        QTRY_VERIFY(history->streamId() != 0);
        QTRY_VERIFY(history->model()->rowCount() > 0);
        auto *historyView = history->findChild<QTableView *>(u"historyTable"_s);
        QCOMPARE(historyView->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
        auto *picker = history->findChild<QComboBox *>(u"historyStream"_s);
        QVERIFY(picker->count() >= 12);
        picker->setCurrentIndex(picker->count() - 1);
        QTRY_COMPARE(history->streamId(), picker->currentData().toLongLong());
        // A second pull of that stream: the newest is on top, as the indicator says.
        const int pulls = history->model()->rowCount();
        desk.context->pullNow(history->streamId());
        QTRY_VERIFY_WITH_TIMEOUT(historyView->model()->rowCount() > pulls, 20000);
        QCOMPARE(historyView->model()->index(0, 1).data().toString(), u"manual"_s);
        QVERIFY(historyView->model()->index(0, 0).data().toString() >=
                historyView->model()->index(1, 0).data().toString());
        // Activity: the newest first, and the indicator says so.
        desk.window->showPage(nd::MainWindow::Activity);
        auto *activityView = desk.window->activity()->findChild<QTableView *>(u"activityTable"_s);
        QTRY_VERIFY(activityView->model()->rowCount() > 2);
        QCOMPARE(activityView->horizontalHeader()->sortIndicatorSection(), 0);
        QCOMPARE(activityView->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
        for (int r = 1; r < activityView->model()->rowCount(); ++r)
            QVERIFY(activityView->model()->index(r - 1, 0).data().toString() >=
                    activityView->model()->index(r, 0).data().toString());
        // Wide enough for what they hold (the kind "admin action" among them).
        QTRY_VERIFY2(cutColumns(activityView).isEmpty(), qPrintable(cutColumns(activityView).join(u", "_s)));
        QVERIFY2(cutColumns(historyView).isEmpty(), qPrintable(cutColumns(historyView).join(u", "_s)));
        QVERIFY2(cutColumns(syncs->view()).isEmpty(), qPrintable(cutColumns(syncs->view()).join(u", "_s)));
        // A record's detail: the field names whole.
        desk.window->showPage(nd::MainWindow::Records);
        nd::RecordsPanel *records = desk.window->records();
        records->showStream(desk.status(u"hubspot"_s, u"globex"_s, u"HubspotDeal"_s).streamId);
        auto *recordsView = records->findChild<QTableView *>(u"recordsTable"_s);
        QTRY_VERIFY(recordsView->model()->rowCount() > 0);
        recordsView->setCurrentIndex(recordsView->model()->index(0, 0));
        auto *detail = records->findChild<QTreeView *>(u"recordDetail"_s);
        QTRY_VERIFY(detail->model()->rowCount() > 3);
        QVERIFY2(cutColumns(detail).isEmpty(), qPrintable(cutColumns(detail).join(u", "_s)));
        // No pull runs: the status bar says so (no leftover "Pulling …").
        auto *pending = desk.window->findChild<QLabel *>(u"statusPending"_s);
        QTRY_COMPARE(pending->text(), u"No pull running"_s);
        // The title is the profile's; the platform adds the application's name.
        QVERIFY(!desk.window->windowTitle().contains(u"Nango Desk"_s));
    }

    void theExportDialogCountsWhatItWillWriteAndRemembersItsChoices()
    {
        Desk desk(nextCache(), options());
        QVERIFY(desk.settled());
        desk.window->showPage(nd::MainWindow::Records);
        nd::RecordsPanel *records = desk.window->records();
        const nd::StreamStatus deals = desk.status(u"hubspot"_s, u"globex"_s, u"HubspotDeal"_s);
        records->showStream(deals.streamId);
        auto *action = records->findChild<QComboBox *>(u"recordsAction"_s);
        action->setCurrentIndex(action->findData(u"DELETED"_s));
        QTRY_COMPARE(records->model()->totalCount(), deals.deletedCount);
        QVERIFY(deals.deletedCount > 0);
        // The file chosen through the seam; the export runs as a person starts it, with the button.
        ScriptedPrompter prompter;
        prompter.savePath = dir.filePath(u"deleted-deals.csv"_s);
        nd::Prompter::install(&prompter);
        QString headline;
        whenDialogOpens([&](QDialog *d) {
            auto *dialog = qobject_cast<nd::ExportDialog *>(d);
            QVERIFY(dialog);
            dialog->findChild<QRadioButton *>(u"wholeModel"_s)->setChecked(true);
            QCOMPARE(dialog->chosenCount(), deals.localCount);
            dialog->findChild<QRadioButton *>(u"filteredView"_s)->setChecked(true);
            headline = dialog->findChild<QLabel *>(u"target"_s)->text();
            QCOMPARE(dialog->chosenCount(), deals.deletedCount);
            // The separator and the byte-order mark chosen are remembered.
            auto *separator = dialog->findChild<QComboBox *>(u"separator"_s);
            separator->setCurrentIndex(separator->findData(u";"_s));
            dialog->findChild<QCheckBox *>(u"bom"_s)->setChecked(true);
            dialog->findChild<QPushButton *>(u"startExport"_s)->click();
            QTRY_VERIFY_WITH_TIMEOUT(dialog->findChild<QLabel *>(u"status"_s)->text().startsWith(u"Wrote"_s),
                                     30000);
            QMetaObject::invokeMethod(dialog, &QDialog::reject);
        });
        records->findChild<QPushButton *>(u"exportButton"_s)->click();
        nd::Prompter::install(nullptr);
        QVERIFY2(headline.contains(QLocale().toString(deals.deletedCount)), qPrintable(headline));
        // What the dialog said is what was written: the deleted deals, with the BOM and ';'.
        QFile written(prompter.savePath);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray csv = written.readAll();
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        // The header and a row a record (rows end in CRLF; a value's own line breaks are LF).
        QCOMPARE(csv.count("\r\n"), deals.deletedCount + 1);
        QVERIFY(csv.left(csv.indexOf("\r\n")).contains(';'));
        nd::ExportDialog again(nd::RecordQuery{}, {}, u"x"_s);
        QCOMPARE(again.findChild<QComboBox *>(u"separator"_s)->currentData().toString(), u";"_s);
        QVERIFY(again.findChild<QCheckBox *>(u"bom"_s)->isChecked());
    }

    void aRunningSyncKeepsItsLastRunAndSaysItRuns()
    {
        nangosim::SimOptions o = options();
        o.runMs = 60000; // the run below stays RUNNING for the whole test
        Desk desk(nextCache(), o);
        QVERIFY(desk.settled());
        const nd::StreamStatus before = desk.status(u"github"_s, u"acme-corp"_s, u"GithubIssue"_s);
        QVERIFY(before.lastRunUs > 0);
        desk.sim->control(
            "POST", u"run"_s,
            {{u"integration"_s, u"github"_s}, {u"connection"_s, u"acme-corp"_s}, {u"webhook"_s, false}});
        desk.onEngine([](nd::SyncEngine &e) { e.refreshStatusSoon(u"github"_s); });
        const QString expected = u"%1 (running now)"_s.arg(nd::Status::clockTime(before.lastRunUs));
        QTRY_COMPARE_WITH_TIMEOUT(desk.cell(desk.row(u"acme-corp"_s, u"GithubIssue"_s), 6), expected, 20000);
        // Running is not paused: Pause stays offered for the running sync.
        nd::SyncsPanel *syncs = desk.window->syncs();
        syncs->view()->selectRow(desk.row(u"acme-corp"_s, u"GithubIssue"_s));
        QVERIFY(syncs->findChild<QPushButton *>(u"pauseButton"_s)->isEnabled());
        QVERIFY(!syncs->findChild<QPushButton *>(u"resumeButton"_s)->isEnabled());
    }

    void theCursorChartShowsSmallPullsBesideAFullOne()
    {
        // A first pull of a million records, then one of ten: the small one must still be seen.
        nd::HistoryChart chart;
        chart.resize(600, 140);
        nd::HistoryEntry full;
        full.added = 1000000;
        full.outcome = u"ok"_s;
        nd::HistoryEntry small;
        small.updated = 10;
        small.outcome = u"ok"_s;
        chart.setHistory({small, full}); // newest first, as the cache gives them
        const QImage image = chart.grab().toImage();
        // Column through the middle of each bar (the plot starts 64 px in; bars are 40 px wide).
        auto paintedHeight = [&](int x, QRgb color) {
            int n = 0;
            for (int y = 0; y < image.height(); ++y)
                n += image.pixel(x, y) == color;
            return n;
        };
        const int fullBar = paintedHeight(64 + 20, qRgb(0x2e, 0x7d, 0x32));  // added: green
        const int smallBar = paintedHeight(64 + 60, qRgb(0x15, 0x65, 0xc0)); // updated: blue
        QVERIFY2(fullBar > 60, qPrintable(QString::number(fullBar)));
        // On a linear scale it would be 0.001% of the full bar: nothing at all.
        QVERIFY2(smallBar * 10 >= fullBar, qPrintable(u"%1 vs %2"_s.arg(smallBar).arg(fullBar)));
    }

    void messagesFromTheCoreAreTranslated()
    {
        // The engine's advice reaches the screens in the person's language, not only the widgets'.
        QTranslator translator;
        QVERIFY(translator.load(u":/i18n/nangodesk_de.qm"_s));
        QCoreApplication::installTranslator(&translator);
        nd::ApiError rejected;
        rejected.kind = nd::ApiError::Kind::Unauthorized;
        const QString advice = rejected.userMessage();
        const QStringList problems = nd::InputValidator::validate(
            QJsonObject{{u"type"_s, u"object"_s}, {u"required"_s, QJsonArray{u"email"_s}}}, QJsonObject{});
        QCoreApplication::removeTranslator(&translator);
        QVERIFY2(advice.contains(u"API-Schlüssel"_s), qPrintable(advice));
        QCOMPARE(problems, QStringList{u"„email“ ist erforderlich"_s});
    }

    void aListenerBeyondLoopbackIsAskedFor()
    {
        // Settings' address set to every interface without the checkbox: not listening, and why.
        nd::ProfileSettings::setDatabasePathOverride(nextCache());
        Sim sim(options());
        nd::ProfileSettings settings;
        settings.name = u"remote"_s;
        settings.serverUrl = sim.url().toString();
        settings.listenHost = u"0.0.0.0"_s;
        settings.listenPort = 0;
        nd::AppContext context(settings, false);
        nd::MainWindow window(&context);
        context.start(sim.url(), kApiKey, kSigningKey);
        QTRY_VERIFY(!context.listenerError().isEmpty());
        QVERIFY2(context.listenerError().contains(u"Accept webhooks from other machines"_s),
                 qPrintable(context.listenerError()));
        auto *box = window.settings()->findChild<QCheckBox *>(u"allowRemote"_s);
        QVERIFY(box && !box->isChecked());
        box->setChecked(true);
        QVERIFY(
            window.settings()->findChild<QLabel *>(u"allowRemoteWarning"_s)->isVisibleTo(window.settings()));
        QVERIFY(window.settings()->settings().allowRemote);
    }

    void theProductionBannerNamesTheEnvironment()
    {
        nd::ProfileSettings::setDatabasePathOverride(nextCache());
        nd::ProfileSettings settings;
        settings.name = u"prod-profile"_s;
        settings.environment = u"prod"_s;
        settings.production = true;
        nd::AppContext context(settings, false);
        nd::MainWindow window(&context);
        auto *banner = window.findChild<QLabel *>(u"banner"_s);
        QVERIFY2(banner->text().contains(u"PRODUCTION environment prod"_s), qPrintable(banner->text()));
        QVERIFY(window.windowTitle().contains(u"PRODUCTION"_s));
    }
};

QTEST_MAIN(TestGuiTruth)
#include "tst_gui_truth.moc"
