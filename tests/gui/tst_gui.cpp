// Widget tests, offscreen, against an in-process nango-sim: the models under
// QAbstractItemModelTester, and the resync, pause, frequency and export flows end to end.
#include "AppContext.h"
#include "AppSettings.h"
#include "EngineHost.h"
#include "GuiSupport.h"
#include "MainWindow.h"
#include "Prompter.h"
#include "SimHarness.h"
#include "StoreFixture.h"
#include "cache/JournalStore.h"
#include "cache/ReadStore.h"
#include "cache/Store.h"
#include "dialogs/ExportDialog.h"
#include "dialogs/FrequencyDialog.h"
#include "dialogs/ResyncDialog.h"
#include "models/JsonTreeModel.h"
#include "models/RecordsLoader.h"
#include "models/RecordsModel.h"
#include "models/TableModel.h"
#include "panels/ConnectionsPanel.h"
#include "panels/FieldFilters.h"
#include "panels/HistoryPanel.h"
#include "panels/IntegrationsPanel.h"
#include "panels/RecordsPanel.h"
#include "panels/SyncsPanel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace testsupport;
using namespace Qt::StringLiterals;

class TestGui : public QObject
{
    Q_OBJECT

    std::unique_ptr<Sim> sim;
    QTemporaryDir dir;
    std::unique_ptr<nd::AppContext> context;
    std::unique_ptr<nd::MainWindow> window;
    ScriptedPrompter prompter;

    int rowOf(nd::SyncsPanel *panel, const QString &connection, const QString &sync)
    {
        auto *proxy = qobject_cast<QSortFilterProxyModel *>(panel->view()->model());
        for (int r = 0; r < proxy->rowCount(); ++r)
            if (proxy->index(r, 1).data().toString() == connection &&
                proxy->index(r, 2).data().toString() == sync)
                return r;
        return -1;
    }

    QList<nd::JournalEntry> journal()
    {
        QString error;
        auto store = nd::Store::open(context->settings().cacheLocation(), &error);
        return store->journal().journalEntries(context->snapshot().profile.id);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"nango-desk-tests"_s); // its own QSettings file
        nd::ProfileSettings::setDatabasePathOverride(dir.filePath(u"cache.sqlite"_s));
        // The _pg run: the same window on a PostgreSQL cache.
        nd::Prompter::install(&prompter);
        sim = std::make_unique<Sim>();
        QVERIFY(sim->started);
        nd::ProfileSettings settings;
        settings.name = u"gui-test"_s;
        settings.serverUrl = sim->url().toString();
        settings.listenPort = 0;
        settings.pollSeconds = 0;
        settings.pageSize = 100;
        if (onPostgres())
            settings.sharedCache = freshCacheLocation(dir.path());
        context = std::make_unique<nd::AppContext>(settings, false);
        window = std::make_unique<nd::MainWindow>(context.get());
        window->show();
        context->start(sim->url(), kApiKey, kSigningKey);
        // Every stream pulled once.
        QTRY_VERIFY_WITH_TIMEOUT(context->snapshot().streams.size() == 12 && context->pullsRunning() == 0,
                                 60000);
        QTRY_VERIFY_WITH_TIMEOUT(
            [this]() {
                for (const nd::Stream &s : context->snapshot().streams)
                    if (s.lastPullAt.isEmpty())
                        return false;
                return true;
            }(),
            60000);
    }

    void cleanupTestCase()
    {
        nd::Prompter::install(nullptr);
        window.reset();
        context.reset();
        sim.reset();
    }

    void modelsPassTheModelTester()
    {
        QAbstractItemModelTester integrations(window->integrations()->model(),
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester connections(window->connections()->model(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester syncs(window->syncs()->model(),
                                       QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester history(window->history()->model(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester records(window->records()->model(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester detail(window->records()->detailModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        context->refreshNow();
        window->history()->showStream(context->snapshot().streams.first().id);
        window->records()->showStream(context->snapshot().streams.first().id);
        QTRY_VERIFY(window->records()->model()->rowCount() > 0);
        window->records()->view()->setCurrentIndex(window->records()->model()->index(3, 1));
        QTRY_VERIFY(window->records()->detailModel()->rowCount() > 0);
        QTRY_VERIFY(window->history()->model()->rowCount() > 0);
        QCOMPARE(window->integrations()->model()->rowCount(), 5);
    }

    void connectionsFilterByState()
    {
        auto *panel = window->connections();
        QCOMPARE(panel->proxy()->rowCount(), 6);
        auto *state = panel->findChild<QComboBox *>(u"connectionStateFilter"_s);
        state->setCurrentIndex(state->findData(int(nd::ConnectionsPanel::State::AuthError)));
        QCOMPARE(panel->proxy()->rowCount(), 1);
        QCOMPARE(panel->proxy()->index(0, 0).data().toString(), u"initech"_s);
        state->setCurrentIndex(0);
        auto *search = panel->findChild<QLineEdit *>(u"connectionSearch"_s);
        search->setText(u"ada@acme"_s);
        QCOMPARE(panel->proxy()->rowCount(), 2); // the customer's email, on two integrations
        search->clear();
    }

    void recordsBrowseFilterAndDetail()
    {
        const auto streams = context->snapshot().streams;
        const nd::Stream stream = *std::find_if(streams.begin(), streams.end(), [](const nd::Stream &s) {
            return s.key.model == u"HubspotContact" && s.key.connectionId == u"acme-corp";
        });
        nd::RecordsPanel *panel = window->records();
        panel->showStream(stream.id);
        QTRY_COMPARE(panel->model()->totalCount(), stream.liveCount);
        QVERIFY(panel->model()->payloadColumns().contains(u"email"_s));
        // Deleted records are hidden unless asked for; then they are marked.
        panel->findChild<QCheckBox *>(u"recordsShowDeleted"_s)->setChecked(true);
        QTRY_COMPARE(panel->model()->totalCount(), stream.liveCount + stream.deletedCount);
        auto *action = panel->findChild<QComboBox *>(u"recordsAction"_s);
        action->setCurrentIndex(action->findData(u"DELETED"_s));
        QTRY_COMPARE(panel->model()->totalCount(), stream.deletedCount);
        QTRY_VERIFY(panel->model()->isLoaded(0));
        QVERIFY(panel->model()->data(panel->model()->index(0, 0), nd::RecordsModel::DeletedRole).toBool());
        action->setCurrentIndex(0);
        panel->findChild<QCheckBox *>(u"recordsShowDeleted"_s)->setChecked(false);
        // Full-text search over payloads, then a field filter.
        auto *search = panel->findChild<QLineEdit *>(u"recordsSearch"_s);
        search->setText(u"contact51000007@example.com"_s);
        QTRY_COMPARE(panel->model()->totalCount(), qint64(0)); // record 7 is a deleted one in the seed
        search->setText(u"contact51000008@example.com"_s);
        QTRY_COMPARE(panel->model()->totalCount(), qint64(1));
        QTRY_VERIFY(panel->model()->isLoaded(0));
        panel->view()->setCurrentIndex(panel->model()->index(0, 0));
        QTRY_VERIFY(panel->detailModel()->rowCount() > 5);
        search->clear();
        QTRY_COMPARE(panel->model()->totalCount(), stream.liveCount);
        // Two field filters at once narrow the view to what SQL says.
        nd::FieldFilters *fields = panel->fieldFilters();
        fields->setFilter(0, u"company"_s, u"Globex"_s);
        fields->setFilter(fields->addFilter(), u"do_not_call"_s, u"false"_s);
        // What the server holds says how many: live records whose company (an object) has "Globex"
        // in it and that may be called.
        qint64 expected = 0;
        for (const QJsonObject &r : sim->truth(u"hubspot"_s, u"acme-corp"_s, u"HubspotContact"_s)) {
            const QJsonObject meta = r.value(u"_nango_metadata"_s).toObject();
            const QByteArray company =
                QJsonDocument(r.value(u"company"_s).toObject()).toJson(QJsonDocument::Compact);
            expected += meta.value(u"deleted_at"_s).isNull() && company.toLower().contains("globex") &&
                        r.value(u"do_not_call"_s).isBool() && !r.value(u"do_not_call"_s).toBool();
        }
        QVERIFY(expected > 0 && expected < stream.liveCount);
        QTRY_COMPARE(panel->model()->totalCount(), expected);
        fields->clear();
        QTRY_COMPARE(panel->model()->totalCount(), stream.liveCount);
    }

    void blocksPastTheMiddleAreReadFromTheEnd()
    {
        // The same rows whichever end a block is read from (an OFFSET from the far end is shorter).
        const nd::Stream stream = context->snapshot().streams.first();
        nd::RecordQuery query;
        query.streamId = stream.id;
        query.includeDeleted = true;
        const qint64 total = stream.liveCount + stream.deletedCount;
        QVERIFY(total > 250);
        // A loader of its own: the panel's model may ask the shared one for newer work meanwhile,
        // which would overtake these requests.
        nd::RecordsLoader own(context->cacheLocation());
        own.setLocation(context->cacheLocation(), context->cachePassword());
        nd::RecordsLoader *loader = &own;
        QSignalSpy ready(loader, &nd::RecordsLoader::blockReady);
        nd::BlockRequest block;
        block.offset = 150;
        block.size = 100;
        loader->requestBlock(loader->newGeneration(), query, 1, block); // from the start
        QVERIFY(ready.wait(10000));
        block.total = total;
        loader->requestBlock(loader->newGeneration(), query, 1, block); // from the end
        QTRY_COMPARE(ready.size(), 2);
        const auto fromStart = ready.at(0).at(2).value<QList<nd::RecordRow>>();
        const auto fromEnd = ready.at(1).at(2).value<QList<nd::RecordRow>>();
        QCOMPARE(fromStart.size(), 100);
        QCOMPARE(fromEnd.size(), 100);
        for (int i = 0; i < 100; ++i)
            QCOMPARE(fromEnd.at(i).id, fromStart.at(i).id);
    }

    void farBlocksAreSeekedFromTheirBoundaries()
    {
        // The browser's own model: once the block boundaries are in, rows far from any loaded block
        // (the end, the middle) are read by key and are the rows at those places in the whole order.
        constexpr int kBlock = 40; // blocks of 40: a stream of a few hundred records has far ones
        const auto streams = context->snapshot().streams;
        const nd::Stream stream =
            *std::max_element(streams.begin(), streams.end(), [](const auto &a, const auto &b) {
                return a.liveCount + a.deletedCount < b.liveCount + b.deletedCount;
            });
        nd::RecordQuery query;
        query.streamId = stream.id;
        query.includeDeleted = true;
        QString error;
        auto reader = nd::ReadStore::open(context->cacheLocation(), &error, context->cachePassword());
        QVERIFY2(reader, qPrintable(error));
        QList<QByteArray> order;
        QVERIFY(reader->forEachRecord(query, [&](const nd::RecordRow &r) {
            order << r.id;
            return true;
        }));
        QVERIFY(order.size() > 5 * kBlock);
        nd::RecordsLoader loader(context->cacheLocation());
        loader.setLocation(context->cacheLocation(), context->cachePassword());
        nd::RecordsModel model(&loader, nullptr, kBlock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy boundaries(&loader, &nd::RecordsLoader::boundariesReady);
        model.setQuery(query);
        QTRY_COMPARE(model.rowCount(), int(order.size()));
        QCOMPARE(boundaries.size(), 0); // the whole stream's are read only when a far block is wanted
        auto idAt = [&](int row) {
            return model.data(model.index(row, 0), nd::RecordsModel::RecordIdRole).toString();
        };
        // The end: by OFFSET from the nearer end while the boundaries are read.
        const int last = int(order.size()) - 1;
        model.data(model.index(last, 0)); // as a view does: asks, and the block comes
        QTRY_VERIFY(model.isLoaded(last));
        QCOMPARE(idAt(last), QString::fromUtf8(order.constLast()));
        QTRY_COMPARE(boundaries.size(), 1);
        QCOMPARE(boundaries.last().at(2).toLongLong(), qint64(order.size()));
        QCOMPARE(boundaries.last().at(1).value<QList<nd::RecordRow>>().size(), order.size() / kBlock);
        // Then far blocks by key.
        for (const int row : {int(order.size()) / 2, 2 * kBlock + 1}) {
            QVERIFY(!model.isLoaded(row));
            model.data(model.index(row, 0));
            QTRY_VERIFY(model.isLoaded(row));
            QCOMPARE(idAt(row), QString::fromUtf8(order.at(row)));
        }
        // A filtered view is counted by the same pass, at once.
        nd::RecordQuery deleted = query;
        deleted.action = u"DELETED"_s;
        model.setQuery(deleted);
        QTRY_COMPARE(boundaries.size(), 2);
    }

    void pauseAndResumeLandInTheJournal()
    {
        window->syncs()->showConnection(u"hubspot"_s, u"acme-corp"_s);
        const int row = rowOf(window->syncs(), u"acme-corp"_s, u"deals"_s);
        QVERIFY(row >= 0);
        window->syncs()->view()->selectRow(row);
        prompter.answer = false;
        window->syncs()->findChild<QPushButton *>(u"pauseButton"_s)->click();
        QCOMPARE(prompter.asked.last(), u"Pause the schedule?"_s);
        QVERIFY(journal().isEmpty()); // declined: nothing sent (checked again below)
        prompter.answer = true;
        window->syncs()->findChild<QPushButton *>(u"pauseButton"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!journal().isEmpty(), 10000);
        QCOMPARE(journal().first().action, u"pause"_s);
        QCOMPARE(journal().first().outcome, u"ok"_s);
        // Every request sent is journaled and both would have gone through the engine's one queue:
        // one entry means the declined click sent nothing.
        QCOMPARE(journal().size(), qsizetype(1));
        QTRY_VERIFY_WITH_TIMEOUT(
            [this]() {
                for (const nd::SyncRow &s : context->snapshot().syncs)
                    if (s.connectionId == u"acme-corp" && s.name == u"deals" && s.integration == u"hubspot")
                        return s.status == u"PAUSED";
                return false;
            }(),
            10000);
        window->syncs()->view()->selectRow(rowOf(window->syncs(), u"acme-corp"_s, u"deals"_s));
        window->syncs()->findChild<QPushButton *>(u"resumeButton"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(journal().first().action == u"start", 10000);
    }

    void emptyCacheResyncIsWarnedThenRuns()
    {
        window->syncs()->showConnection(u"hubspot"_s, u"globex"_s);
        window->syncs()->view()->selectRow(rowOf(window->syncs(), u"globex"_s, u"contacts"_s));
        const int before = int(journal().size());
        whenDialogOpens([](QDialog *d) {
            auto *resync = qobject_cast<nd::ResyncDialog *>(d);
            QVERIFY(resync);
            resync->setMode(nd::ResyncMode::ResetAndEmptyCache);
            resync->accept();
        });
        prompter.answer = true;
        window->syncs()->findChild<QPushButton *>(u"resyncButton"_s)->click();
        QCOMPARE(prompter.asked.last(), u"Empty Nango's cache?"_s);
        QTRY_VERIFY_WITH_TIMEOUT(journal().size() == before + 1, 10000);
        QCOMPARE(journal().first().action, u"resync-empty-cache"_s);
        QVERIFY(journal().first().requestJson.contains("\"emptyCache\":true"));
    }

    void catalogues_are_built_in()
    {
        for (const auto &[language, expected] :
             {std::pair{u"de"_s, u"Verbindungen"_s}, std::pair{u"fr"_s, u"Connexions"_s}}) {
            QTranslator translator;
            QVERIFY2(translator.load(u":/i18n/nangodesk_%1.qm"_s.arg(language)), qPrintable(language));
            QCOMPARE(translator.translate("nd::MainWindow", "Connections"), expected);
        }
    }

    void frequencyIsValidatedBeforeSending()
    {
        nd::FrequencyDialog dialog(u"contacts"_s, u"every 30min"_s);
        auto *ok = dialog.findChild<QDialogButtonBox *>(u"buttons"_s)->button(QDialogButtonBox::Ok);
        dialog.setText(u"10s"_s);
        QVERIFY(!ok->isEnabled());
        dialog.setText(u"banana"_s);
        QVERIFY(!ok->isEnabled());
        dialog.setText(u"every 2h"_s);
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.frequency().value_or(QString()), u"every 2h"_s);
    }

    void anOvertakenQueryIsInterruptedAndAFailureIsShown()
    {
        if (onPostgres())
            QSKIP("the cache built here with one SQL statement is a SQLite file");
        // A cache with one big stream: counting a field filter over it takes a while.
        const QString path = dir.filePath(u"big.sqlite"_s);
        QString error;
        {
            auto store = nd::Store::open(path, &error);
            QVERIFY2(store, qPrintable(error));
            const qint64 profile = store->catalog().ensureProfile(u"big"_s, u"http://127.0.0.1:1"_s).id;
            const nd::Stream s =
                store->records().ensureStream({profile, u"i"_s, u"c"_s, u"M"_s, u"base"_s}, u"s"_s);
            QVERIFY(store->db().exec(
                QByteArray(
                    "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 600000) "
                    "INSERT INTO records (stream_id, record_id, payload, last_modified_at, last_modified_us, "
                    "last_action, cursor, generation) SELECT " +
                    QByteArray::number(s.id) +
                    ", x, json_object('id', x, 'name', 'record ' || x, 'notes', hex(randomblob(100))), "
                    "'2026-01-01', x, 'ADDED', 'c' || x, 1 FROM n")
                    .constData()));
        }
        nd::RecordsLoader loader(path);
        QSignalSpy counted(&loader, &nd::RecordsLoader::countReady);
        QSignalSpy failed(&loader, &nd::RecordsLoader::failed);
        nd::RecordQuery slow;
        slow.streamId = 1;
        slow.fieldFilters = {{u"notes"_s, u"no such text"_s}}; // reads every payload
        nd::RecordQuery fast;
        fast.streamId = 1;
        const quint64 first = loader.newGeneration();
        loader.requestCount(first, slow);
        QTest::qWait(50); // the scan has begun
        QElapsedTimer t;
        t.start();
        const quint64 second = loader.newGeneration();
        loader.requestCount(second, fast); // a new filter typed: the scan is not worth finishing
        QTRY_VERIFY_WITH_TIMEOUT(!counted.isEmpty(), 60000);
        QCOMPARE(counted.size(), 1);
        QCOMPARE(counted.first().at(0).toULongLong(), second);
        QVERIFY2(failed.isEmpty(),
                 qPrintable(failed.isEmpty() ? QString() : failed.first().at(1).toString()));
        // The same scan asked for and not overtaken runs to its end (so it was interrupted above).
        const quint64 third = loader.newGeneration();
        loader.requestCount(third, slow);
        QTRY_VERIFY_WITH_TIMEOUT(counted.size() == 2, 60000);
        QCOMPARE(counted.at(1).at(0).toULongLong(), third);
        QCOMPARE(counted.at(1).at(1).toLongLong(), qint64(0));
        QVERIFY(failed.isEmpty());
        // A read that fails is said on the panel, where the count is.
        nd::RecordsPanel *panel = window->records();
        QFile damaged(dir.filePath(u"damaged.sqlite"_s));
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write(QByteArray("SQLite format 3") + QByteArray(1, '\0') + QByteArray(8192, 'x'));
        damaged.close();
        context->recordsLoader()->setLocation(damaged.fileName(), {});
        panel->showStream(context->snapshot().streams.first().id);
        auto *count = panel->findChild<QLabel *>(u"recordsCount"_s);
        QTRY_VERIFY2(count->text().startsWith(u"Cannot read the records"_s), qPrintable(count->text()));
        context->recordsLoader()->setLocation(context->cacheLocation(), context->cachePassword());
        panel->showStream(context->snapshot().streams.first().id);
        QTRY_VERIFY(count->text().endsWith(u"records"_s));
    }

    void exportWritesTheFilteredView()
    {
        const auto streams = context->snapshot().streams;
        const nd::Stream stream = *std::find_if(streams.begin(), streams.end(), [](const nd::Stream &s) {
            return s.key.model == u"GithubIssue";
        });
        nd::RecordQuery view;
        view.streamId = stream.id;
        view.action = u"DELETED"_s;
        nd::ExportDialog dialog(view, {stream.deletedCount, stream.liveCount, stream.deletedCount},
                                u"GithubIssue"_s);
        dialog.setCache(context->cacheLocation(), context->cachePassword());
        QSignalSpy done(&dialog, &nd::ExportDialog::finished);
        const QString path = dir.filePath(u"deleted.csv"_s);
        dialog.startExport(path);
        QVERIFY(done.wait(30000));
        QVERIFY(done.first().at(0).toBool());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QVERIFY(lines.first().startsWith("id,"));
        QVERIFY(lines.first().contains("_deleted_at"));
        int rows = 0;
        for (qsizetype i = 1; i < lines.size(); ++i)
            rows += lines.at(i).contains("DELETED") ? 1 : 0;
        QCOMPARE(rows, int(stream.deletedCount));
    }
};

QTEST_MAIN(TestGui)
#include "tst_gui.moc"
