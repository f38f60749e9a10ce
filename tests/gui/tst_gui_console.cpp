// The SQL console panel over a window's own cache and nango-sim: a question answered in the table,
// rows loaded a block at a time as the table scrolls, a write refused with the cache's records as
// they were, a long statement cancelled, the result exported whole, saved and recent statements.
// Offscreen by default; with NANGODESK_SCREENSHOTS=DIR (under Xvfb) the window is saved.
#include "AppContext.h"
#include "AppSettings.h"
#include "GuiSupport.h"
#include "MainWindow.h"
#include "SimHarness.h"
#include "models/ConsoleModel.h"
#include "panels/QueryPanel.h"

#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

#include <sqlite3.h>

using namespace testsupport;
using namespace Qt::StringLiterals;

namespace {

qint64 liveRecords(const QString &path)
{
    sqlite3 *db = nullptr;
    qint64 n = -1;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_busy_timeout(db, 2000);
        sqlite3_stmt *q = nullptr;
        if (sqlite3_prepare_v2(db, "SELECT count(*) FROM records WHERE deleted_at IS NULL", -1, &q,
                               nullptr) == SQLITE_OK &&
            sqlite3_step(q) == SQLITE_ROW)
            n = sqlite3_column_int64(q, 0);
        sqlite3_finalize(q);
    }
    sqlite3_close(db);
    return n;
}

} // namespace

class TestGuiConsole : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    QString m_cache;
    std::unique_ptr<Sim> m_sim;
    std::unique_ptr<nd::AppContext> m_context;
    std::unique_ptr<nd::MainWindow> m_window;
    ScriptedPrompter m_prompter;
    nd::QueryPanel *m_panel = nullptr;
    nd::ConsoleModel *m_model = nullptr;

    QString status() const { return m_panel->statusText(); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"nango-desk-tests-console"_s);
        nd::Prompter::install(&m_prompter);
        m_cache = dir.filePath(u"cache.sqlite"_s);
        nd::ProfileSettings::setDatabasePathOverride(m_cache);
        nangosim::SimOptions o = Sim::defaults();
        o.recordsPerModel = 300;
        m_sim = std::make_unique<Sim>(o);
        QVERIFY(m_sim->started);
        nd::ProfileSettings settings;
        settings.name = u"console"_s;
        settings.serverUrl = m_sim->url().toString();
        settings.listenPort = 0;
        settings.pollSeconds = 0;
        settings.save();
        nd::ProfileSettings::setCurrentProfile(settings.name);
        m_context = std::make_unique<nd::AppContext>(settings, false);
        m_window = std::make_unique<nd::MainWindow>(m_context.get());
        m_window->resize(1280, 800);
        m_window->show();
        m_context->start(m_sim->url(), kApiKey, kSigningKey);
        // Every stream mirrored: nothing changes under the questions below.
        const bool settled = QTest::qWaitFor(
            [this]() {
                const auto &s = m_context->statuses();
                return s.size() >= 12 && std::all_of(s.begin(), s.end(), [](const nd::StreamStatus &st) {
                           return st.state == nd::SyncState::UpToDate || st.state == nd::SyncState::Paused;
                       });
            },
            60000);
        QVERIFY(settled);
        QTRY_VERIFY_WITH_TIMEOUT(m_context->pullsRunning() == 0, 60000);
        QVERIFY(liveRecords(m_cache) > 2000);
        m_window->showPage(nd::MainWindow::Query);
        m_panel = m_window->query();
        m_model = m_panel->model();
        QVERIFY(m_panel->isVisible());
    }

    void aQuestionIsAnsweredInTheTable()
    {
        m_panel->runQuery(
            u"SELECT integration, connection_id, model, count(*) AS records\nFROM live_records\n"
            u"GROUP BY integration, connection_id, model\nORDER BY records DESC;"_s);
        QTRY_VERIFY_WITH_TIMEOUT(m_model->atEnd() && m_model->rowCount() > 0, 20000);
        QCOMPARE(m_model->columnCount(), 4);
        QCOMPARE(m_model->headerData(3, Qt::Horizontal).toString(), u"records"_s);
        qint64 sum = 0;
        for (int r = 0; r < m_model->rowCount(); ++r)
            sum += m_model->value(r, 3).toLongLong();
        QCOMPARE(sum, liveRecords(m_cache));
        // Numbers are right-aligned; the status says how many rows and how long.
        QCOMPARE(m_model->index(0, 3).data(Qt::TextAlignmentRole).toInt(),
                 int(Qt::AlignRight | Qt::AlignVCenter));
        QVERIFY2(status().contains(u"row(s) in"_s), qPrintable(status()));
        QVERIFY(m_window->findChild<QPushButton *>(u"sqlExport"_s)->isEnabled());
        // The dialect's JSON functions, as the views line says.
        QVERIFY(m_window->findChild<QLabel *>(u"sqlViews"_s)->text().contains(u"json_extract"_s));
        screenshot(m_window.get(), u"sql-console"_s);
    }

    void rowsLoadABlockAtATimeAsTheTableScrolls()
    {
        m_panel->runQuery(u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2500) "
                          u"SELECT i, NULL AS "
                          u"nothing_here FROM n"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 1000, 20000);
        QVERIFY(!m_model->atEnd());
        QVERIFY2(status().contains(u"more load as you scroll"_s), qPrintable(status()));
        QCOMPARE(m_model->index(0, 1).data().toString(), u"NULL"_s);
        auto *table = m_window->findChild<QTableView *>(u"sqlResult"_s);
        table->scrollToBottom();
        QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 2000, 20000);
        table->scrollToBottom();
        QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 2500, 20000);
        QTRY_VERIFY(m_model->atEnd());
        QCOMPARE(m_model->value(2499, 0).toLongLong(), 2500);
    }

    void aWriteIsRefusedAndTheRecordsStay()
    {
        const qint64 before = liveRecords(m_cache);
        m_panel->runQuery(u"DELETE FROM records"_s);
        QTRY_VERIFY2(status().contains(u"Refused"_s), qPrintable(status()));
        QVERIFY(status().contains(u"unchanged"_s));
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(liveRecords(m_cache), before);
        QVERIFY(m_window->findChild<QPushButton *>(u"sqlRun"_s)->isEnabled());
    }

    void aLongStatementIsCancelledAndTheNextOneRuns()
    {
        auto *cancel = m_window->findChild<QPushButton *>(u"sqlCancel"_s);
        m_panel->runQuery(
            u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n"_s);
        QVERIFY(cancel->isEnabled());
        QTest::qWait(200);
        cancel->click();
        QVERIFY2(status().contains(u"Cancelled"_s), qPrintable(status()));
        QVERIFY(!cancel->isEnabled());
        m_panel->runQuery(u"SELECT count(*) AS n FROM stream_summary"_s);
        QTRY_VERIFY_WITH_TIMEOUT(m_model->atEnd() && m_model->rowCount() == 1, 20000);
        QCOMPARE(m_model->value(0, 0).toLongLong(), qint64(m_context->statuses().size()));
    }

    void theResultExportsWholeAndStatementsAreKept()
    {
        m_panel->runQuery(u"SELECT id, model FROM live_records ORDER BY model, id"_s);
        QTRY_VERIFY_WITH_TIMEOUT(m_model->rowCount() == 1000, 20000);
        QVERIFY(!m_model->atEnd()); // only the first block is shown...
        m_prompter.savePath = dir.filePath(u"result.csv"_s);
        m_window->findChild<QPushButton *>(u"sqlExport"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(status().contains(u"Exported"_s), 20000);
        QFile csv(m_prompter.savePath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().split('\n');
        QCOMPARE(lines.first(), QByteArray("id,model\r"));
        QCOMPARE(qint64(lines.size() - 2), liveRecords(m_cache)); // ...the file has every row

        // Recent statements, newest first; a saved one comes back by name.
        auto *history = m_window->findChild<QToolButton *>(u"sqlHistory"_s);
        QMetaObject::invokeMethod(history->menu(), "aboutToShow");
        QVERIFY(history->menu()->actions().first()->toolTip().startsWith(u"SELECT id, model"_s));
        m_prompter.textAnswer = u"All ids"_s;
        auto *saved = m_window->findChild<QToolButton *>(u"sqlSaved"_s);
        QMetaObject::invokeMethod(saved->menu(), "aboutToShow");
        saved->menu()->actions().first()->trigger(); // Save this statement…
        auto *editor = m_window->findChild<QPlainTextEdit *>(u"sqlEditor"_s);
        editor->setPlainText(u"SELECT 1"_s);
        QMetaObject::invokeMethod(saved->menu(), "aboutToShow");
        QAction *allIds = nullptr;
        for (QAction *a : saved->menu()->actions())
            if (a->text() == u"All ids")
                allIds = a;
        QVERIFY(allIds);
        allIds->trigger();
        QCOMPARE(editor->toPlainText(), u"SELECT id, model FROM live_records ORDER BY model, id"_s);
        // The examples run in this store's dialect.
        auto *examples = m_window->findChild<QToolButton *>(u"sqlExamples"_s);
        QMetaObject::invokeMethod(examples->menu(), "aboutToShow");
        QVERIFY(examples->menu()->actions().size() >= 6);
        for (QAction *a : examples->menu()->actions()) {
            a->trigger();
            QTRY_VERIFY2_WITH_TIMEOUT(!m_window->findChild<QPushButton *>(u"sqlCancel"_s)->isEnabled(),
                                      qPrintable(a->text()), 20000);
            QVERIFY2(!status().contains(u"Refused"_s) && m_model->columnCount() > 0,
                     qPrintable(a->text() + u": "_s + status()));
        }
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_context.reset();
        nd::Prompter::install(nullptr);
    }
};

QTEST_MAIN(TestGuiConsole)
#include "tst_gui_console.moc"
