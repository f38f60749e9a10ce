// The SQL console panel over a window's own cache and nango-sim: a question answered in the table,
// rows loaded a block at a time as the table scrolls, a write refused with the cache's records as
// they were, a long statement cancelled, the result exported whole, saved and recent statements.
// And a record's History tab in the records browser: its versions, what changed, the record as it was.
// Offscreen by default; with NANGODESK_SCREENSHOTS=DIR (under Xvfb) the window is saved.
#include "AppContext.h"
#include "AppSettings.h"
#include "GuiSupport.h"
#include "MainWindow.h"
#include "SimHarness.h"
#include "models/ConsoleModel.h"
#include "models/JsonTreeModel.h"
#include "models/RecordsModel.h"
#include "models/TableModel.h"
#include "panels/QueryPanel.h"
#include "panels/RecordsPanel.h"
#include "widgets/RecordHistoryView.h"

#include <QJsonArray>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
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

qint64 versionsKept(const QString &path, const QString &id)
{
    sqlite3 *db = nullptr;
    qint64 n = -1;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_busy_timeout(db, 2000);
        sqlite3_stmt *q = nullptr;
        const QByteArray utf8 = id.toUtf8();
        if (sqlite3_prepare_v2(db, "SELECT count(*) FROM record_versions WHERE record_id = ?1", -1, &q,
                               nullptr) == SQLITE_OK) {
            sqlite3_bind_text(q, 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
            if (sqlite3_step(q) == SQLITE_ROW)
                n = sqlite3_column_int64(q, 0);
        }
        sqlite3_finalize(q);
    }
    sqlite3_close(db);
    return n;
}

// The row of a record in the browser's model (asking for rows loads their blocks); -1 until shown.
int rowOf(QAbstractItemModel *model, const QString &id)
{
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, 0).data(nd::RecordsModel::RecordIdRole).toString() == id)
            return r;
    return -1;
}

// The top-level key's row in the JSON tree.
QModelIndex findKey(QAbstractItemModel *model, const QString &key)
{
    const QModelIndex root = model->index(0, 0).parent();
    for (int r = 0; r < model->rowCount(root); ++r)
        if (model->index(r, 0, root).data().toString() == key)
            return model->index(r, 0, root);
    return {};
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

    void theRecordsHistoryTabShowsEachVersion()
    {
        // One record Nango changes twice after the first pull: three versions in its History tab.
        QString id;
        for (const auto &[key, record] :
             m_sim->truth(u"hubspot"_s, u"acme-corp"_s, u"HubspotContact"_s).asKeyValueRange())
            if (record.value(u"_nango_metadata"_s).toObject().value(u"deleted_at"_s).isNull() &&
                (id.isEmpty() || key < id))
                id = key;
        QVERIFY(!id.isEmpty());
        qint64 stream = 0;
        for (const nd::StreamStatus &s : m_context->statuses())
            if (s.key.integration == u"hubspot" && s.key.connectionId == u"acme-corp" &&
                s.key.model == u"HubspotContact")
                stream = s.streamId;
        QVERIFY(stream > 0);
        const QJsonObject first = m_sim->truth(u"hubspot"_s, u"acme-corp"_s, u"HubspotContact"_s).value(id);
        for (int i = 1; i <= 2; ++i) {
            m_sim->control("POST", u"mutate"_s,
                           {{u"integration"_s, u"hubspot"_s},
                            {u"connection"_s, u"acme-corp"_s},
                            {u"sync"_s, u"contacts"_s},
                            {u"model"_s, u"HubspotContact"_s},
                            {u"update_ids"_s, QJsonArray{id}}});
            m_context->pullNow(stream);
            QTRY_COMPARE_WITH_TIMEOUT(versionsKept(m_cache, id), qint64(i), 30000);
        }
        m_window->showPage(nd::MainWindow::Records);
        nd::RecordsPanel *records = m_window->records();
        records->showStream(stream);
        auto *table = m_window->findChild<QTableView *>(u"recordsTable"_s);
        int row = -1;
        QTRY_VERIFY_WITH_TIMEOUT((row = rowOf(records->model(), id)) >= 0, 20000);
        table->setCurrentIndex(records->model()->index(row, 0));
        m_window->findChild<QTabWidget *>(u"recordDetailTabs"_s)->setCurrentIndex(1);
        nd::RecordHistoryView *history = records->historyView();
        QTRY_COMPARE_WITH_TIMEOUT(history->versions()->rowCount(), 3, 20000);
        QVERIFY(history->versions()->row(0).cells.at(1).toString().contains(u"(now)"_s));
        // The newest version's changes: the version number went up by one, old and new.
        bool versionChange = false;
        for (int r = 0; r < history->changes()->rowCount(); ++r) {
            const QVariantList cells = history->changes()->row(r).cells;
            if (cells.at(0).toString() == u"version")
                versionChange = cells.at(2).toInt() == cells.at(1).toInt() + 1;
        }
        QVERIFY(versionChange);
        screenshot(m_window.get(), u"record-history"_s);
        // The oldest version, shown whole: the record as the first pull stored it.
        history->selectVersion(2);
        m_window->findChild<QPushButton *>(u"showRecordVersion"_s)->click();
        auto *tabs = m_window->findChild<QTabWidget *>(u"recordDetailTabs"_s);
        QCOMPARE(tabs->currentIndex(), 0);
        QVERIFY2(tabs->tabText(0).contains(u"as it was"_s), qPrintable(tabs->tabText(0)));
        const QModelIndex version = findKey(records->detailModel(), u"version"_s);
        QVERIFY(version.isValid());
        QCOMPARE(version.siblingAtColumn(1).data().toString(),
                 QString::number(first.value(u"version"_s).toInt()));
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
