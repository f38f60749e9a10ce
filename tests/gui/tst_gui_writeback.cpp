// Widget tests of writing back, offscreen, against an in-process nango-sim: the Actions panel (the
// form generated from the schema, sync and async runs, explained failures, the history) and the
// Proxy console (status, body, headers, history, copy as curl without the key).
#include "AppContext.h"
#include "AppSettings.h"
#include "GuiSupport.h"
#include "MainWindow.h"
#include "Prompter.h"
#include "SimHarness.h"
#include "WriteBack.h"
#include "models/JsonTreeModel.h"
#include "models/TableModel.h"
#include "panels/ActionInputForm.h"
#include "panels/ActionsPanel.h"
#include "panels/ProxyPanel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace testsupport;
using namespace Qt::StringLiterals;

namespace {

using Tester = QAbstractItemModelTester;

} // namespace

class TestGuiWriteBack : public QObject
{
    Q_OBJECT

    std::unique_ptr<Sim> sim;
    QTemporaryDir dir;
    std::unique_ptr<nd::AppContext> context;
    std::unique_ptr<nd::MainWindow> window;
    ScriptedPrompter prompter;
    std::vector<std::unique_ptr<Tester>> testers;

    nd::ActionsPanel *actions() const { return window->actions(); }
    nd::ProxyPanel *proxy() const { return window->proxy(); }

    template <typename T> T *field(const QString &name) const
    {
        return qobject_cast<T *>(actions()->form()->editor(name));
    }

    // The value column of a top-level row of the output tree.
    QString output(const QString &key) const
    {
        nd::JsonTreeModel *m = actions()->outputModel();
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->index(r, 0).data().toString() == key)
                return m->index(r, 1).data().toString();
        return u"(missing)"_s;
    }

    // Clicks Run (or Run asynchronously) and waits for the run to end; its ok.
    bool runAction(bool async)
    {
        QSignalSpy finished(actions(), &nd::ActionsPanel::runFinished);
        actions()->findChild<QPushButton *>(async ? u"actionsRunAsync"_s : u"actionsRun"_s)->click();
        if (!finished.wait(60000))
            return false;
        return finished.first().first().toBool();
    }

    void selectAction(const QString &integration, const QString &connection, const QString &action)
    {
        QVERIFY2(actions()->select(integration, connection, action),
                 qPrintable(u"%1 / %2 / %3"_s.arg(integration, connection, action)));
        actions()->findChild<QTabWidget *>(u"actionsInputTabs"_s)->setCurrentIndex(0);
        actions()->form()->clearValues();
    }

    // Waits for the next history load of a panel.
    template <typename Panel> void reloadHistory(Panel *panel)
    {
        QSignalSpy loaded(panel, &Panel::historyLoaded);
        panel->reloadHistory();
        QVERIFY(loaded.wait(10000));
    }

    int historyRow(nd::TableModel *model, int column, const QString &text) const
    {
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->index(r, column).data().toString() == text)
                return r;
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"nango-desk-writeback-tests"_s);
        nd::ProfileSettings::setDatabasePathOverride(dir.filePath(u"cache.sqlite"_s));
        nd::Prompter::install(&prompter);
        sim = std::make_unique<Sim>();
        QVERIFY(sim->started);
        nd::ProfileSettings settings;
        settings.name = u"writeback-test"_s;
        settings.serverUrl = sim->url().toString();
        settings.listenPort = 0;
        settings.pollSeconds = 0;
        settings.pageSize = 100;
        context = std::make_unique<nd::AppContext>(settings, false);
        window = std::make_unique<nd::MainWindow>(context.get());
        // Every new model under the tester from the start, so each change it goes through is checked.
        for (QAbstractItemModel *m : std::initializer_list<QAbstractItemModel *>{
                 actions()->outputModel(), actions()->historyModel(), proxy()->historyModel(),
                 proxy()->responseHeadersModel()})
            testers.push_back(std::make_unique<Tester>(m, Tester::FailureReportingMode::QtTest));
        window->show();
        QSignalSpy loaded(actions(), &nd::ActionsPanel::actionsLoaded);
        context->start(sim->url(), kApiKey, kSigningKey);
        QVERIFY(loaded.wait(30000));
        QVERIFY(loaded.first().first().toBool());
        QTRY_VERIFY_WITH_TIMEOUT(context->snapshot().connections.size() == 6, 30000);
    }

    void cleanupTestCase()
    {
        nd::Prompter::install(nullptr);
        testers.clear();
        window.reset();
        context.reset();
        sim.reset();
    }

    void panelsFollowActivityInTheNavigation()
    {
        QCOMPARE(window->pageName(nd::MainWindow::Actions), u"Actions"_s);
        QCOMPARE(window->pageName(nd::MainWindow::Proxy), u"Proxy console"_s);
        auto *pages = window->findChild<QStackedWidget *>(u"pages"_s);
        QVERIFY(pages);
        QCOMPARE(pages->count(), 10);
        QCOMPARE(pages->widget(nd::MainWindow::Activity + 1)->objectName(), u"actionsPanel"_s);
        QCOMPARE(pages->widget(nd::MainWindow::Activity + 2)->objectName(), u"proxyPanel"_s);
        QCOMPARE(pages->widget(nd::MainWindow::Settings)->objectName(), u"settingsPanel"_s);
        window->showPage(nd::MainWindow::Proxy);
        QCOMPARE(window->currentPage(), nd::MainWindow::Proxy);
        window->showPage(nd::MainWindow::Actions);
        QCOMPARE(pages->currentWidget(), actions());
    }

    void formIsGeneratedFromTheSchema()
    {
        selectAction(u"hubspot"_s, u"acme-corp"_s, u"create-contact"_s);
        const QStringList fields = actions()->form()->fieldNames();
        QCOMPARE(fields.first(), u"email"_s); // required fields first
        for (const QString &f : {u"first_name"_s, u"last_name"_s, u"company"_s, u"score"_s, u"subscribed"_s})
            QVERIFY2(fields.contains(f), qPrintable(f));
        QVERIFY(field<QLineEdit>(u"email"_s));
        QVERIFY(field<QLineEdit>(u"score"_s));
        QVERIFY(field<QCheckBox>(u"subscribed"_s));
        // The required field is marked; an optional flag starts as "not sent".
        auto labelOf = [this](const QString &name) {
            for (QLabel *l : actions()->form()->findChildren<QLabel *>())
                if (l->buddy() == actions()->form()->editor(name))
                    return l->text();
            return QString();
        };
        QCOMPARE(labelOf(u"email"_s), u"email *"_s);
        QCOMPARE(labelOf(u"company"_s), u"company"_s);
        QCOMPARE(field<QCheckBox>(u"subscribed"_s)->checkState(), Qt::PartiallyChecked);

        selectAction(u"github"_s, u"acme-corp"_s, u"create-issue"_s);
        auto *priority = field<QComboBox>(u"priority"_s);
        QVERIFY(priority);
        QCOMPARE(priority->count(), 4);              // not sent, low, medium, high
        QVERIFY(field<QPlainTextEdit>(u"labels"_s)); // a list: a small JSON field
        field<QLineEdit>(u"title"_s)->setText(u"Broken"_s);
        priority->setCurrentIndex(3);
        field<QPlainTextEdit>(u"labels"_s)->setPlainText(u"[\"bug\"]"_s);
        QStringList problems;
        const QJsonObject value = actions()->form()->value(&problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(value.value(u"priority"_s).toString(), u"high"_s);
        QCOMPARE(value.value(u"labels"_s).toArray().first().toString(), u"bug"_s);
        QVERIFY(!value.contains(u"body"_s)); // empty: not sent
    }

    void missingRequiredFieldIsRefusedBeforeAnyRequest()
    {
        selectAction(u"hubspot"_s, u"acme-corp"_s, u"create-contact"_s);
        reloadHistory(actions());
        const int runsBefore = actions()->historyModel()->rowCount();
        const int sentBefore = context->writeBack()->actionsSent();
        field<QLineEdit>(u"first_name"_s)->setText(u"Ada"_s);
        field<QLineEdit>(u"score"_s)->setText(u"seven"_s);
        actions()->findChild<QPushButton *>(u"actionsRun"_s)->click();
        // Refused at once, on the GUI thread: nothing went to the engine.
        QVERIFY(!actions()->isRunning());
        QCOMPARE(context->writeBack()->actionsSent(), sentBefore);
        QVERIFY2(actions()->problemsText().contains(u"&quot;email&quot; is required"_s),
                 qPrintable(actions()->problemsText()));
        auto *emailProblem = actions()->findChild<QLabel *>(u"actionFieldProblem_email"_s);
        QVERIFY(emailProblem && !emailProblem->isHidden());
        QCOMPARE(emailProblem->text(), u"\"email\" is required"_s);
        auto *scoreProblem = actions()->findChild<QLabel *>(u"actionFieldProblem_score"_s);
        QVERIFY(scoreProblem && !scoreProblem->isHidden());
        QVERIFY2(scoreProblem->text().contains(u"whole number"_s), qPrintable(scoreProblem->text()));
        reloadHistory(actions());
        QCOMPARE(actions()->historyModel()->rowCount(), runsBefore);
    }

    void syncRunShowsTheOutputTree()
    {
        selectAction(u"hubspot"_s, u"acme-corp"_s, u"create-contact"_s);
        field<QLineEdit>(u"email"_s)->setText(u"ada@example.com"_s);
        field<QLineEdit>(u"first_name"_s)->setText(u"Ada"_s);
        field<QLineEdit>(u"score"_s)->setText(u"7"_s);
        field<QCheckBox>(u"subscribed"_s)->setCheckState(Qt::Checked);
        QVERIFY(runAction(false));
        QVERIFY(actions()->problemsText().isEmpty());
        QVERIFY(actions()->errorText().isEmpty());
        QCOMPARE(output(u"email"_s), u"ada@example.com"_s);
        QCOMPARE(output(u"score"_s), u"7"_s);
        QCOMPARE(output(u"subscribed"_s), u"true"_s);
        QVERIFY(!output(u"id"_s).isEmpty() && output(u"id"_s) != u"(missing)"_s);
        QCOMPARE(output(u"last_name"_s), u"(missing)"_s); // left empty: not sent
        // The output's field names are whole.
        auto *tree = actions()->findChild<QTreeView *>(u"actionsOutput"_s);
        QVERIFY2(cutColumns(tree).isEmpty(), qPrintable(cutColumns(tree).join(u", "_s)));
        // Reloading the list of actions keeps what was typed.
        QSignalSpy loaded(actions(), &nd::ActionsPanel::actionsLoaded);
        actions()->findChild<QPushButton *>(u"actionsReload"_s)->click();
        QVERIFY(loaded.wait(30000));
        QCOMPARE(field<QLineEdit>(u"email"_s)->text(), u"ada@example.com"_s);
        actions()->findChild<QPushButton *>(u"actionsCopyOutput"_s)->click();
        QVERIFY(actions()->outputText().contains(u"\"email\": \"ada@example.com\""_s));
        QCOMPARE(QApplication::clipboard()->text(), actions()->outputText());
    }

    void rawJsonIsTheFallback()
    {
        selectAction(u"hubspot"_s, u"acme-corp"_s, u"create-contact"_s);
        field<QLineEdit>(u"email"_s)->setText(u"grace@example.com"_s);
        auto *tabs = actions()->findChild<QTabWidget *>(u"actionsInputTabs"_s);
        auto *raw = actions()->findChild<QPlainTextEdit *>(u"actionsRawInput"_s);
        tabs->setCurrentIndex(1);
        // The form's input, to edit by hand.
        QVERIFY2(raw->toPlainText().contains(u"\"email\": \"grace@example.com\""_s),
                 qPrintable(raw->toPlainText()));
        const int sentBefore = context->writeBack()->actionsSent();
        raw->setPlainText(u"{\"email\": \"grace@example.com\", \"nickname\": \"amazing\"}"_s);
        actions()->findChild<QPushButton *>(u"actionsRun"_s)->click();
        QCOMPARE(context->writeBack()->actionsSent(), sentBefore);
        QVERIFY2(actions()->problemsText().contains(u"nickname"_s), qPrintable(actions()->problemsText()));
        raw->setPlainText(u"{\"email\": "_s);
        actions()->findChild<QPushButton *>(u"actionsRun"_s)->click();
        QCOMPARE(context->writeBack()->actionsSent(), sentBefore);
        QVERIFY2(actions()->problemsText().contains(u"not valid JSON"_s),
                 qPrintable(actions()->problemsText()));
        raw->setPlainText(u"{\"email\": \"grace@example.com\", \"company\": \"Navy\"}"_s);
        QVERIFY(runAction(false));
        QCOMPARE(output(u"company"_s), u"Navy"_s);
        // Back to the form: it shows what the raw input said.
        tabs->setCurrentIndex(0);
        QCOMPARE(field<QLineEdit>(u"company"_s)->text(), u"Navy"_s);
    }

    void asyncRunCompletes()
    {
        selectAction(u"github"_s, u"acme-corp"_s, u"export-report"_s);
        auto *format = field<QComboBox>(u"format"_s);
        QVERIFY(format);
        QCOMPARE(format->currentText(), u"csv"_s); // required: no "not sent" choice
        QSignalSpy accepted(context->writeBack(), &nd::WriteBack::actionAccepted);
        QSignalSpy finished(actions(), &nd::ActionsPanel::runFinished);
        actions()->findChild<QPushButton *>(u"actionsRunAsync"_s)->click();
        QVERIFY(actions()->isRunning());
        QVERIFY(actions()->findChild<QPushButton *>(u"actionsCancel"_s)->isEnabled());
        QVERIFY(!actions()->findChild<QWidget *>(u"actionsProgress"_s)->isHidden());
        QVERIFY(accepted.wait(30000));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QVERIFY(finished.first().first().toBool());
        QCOMPARE(output(u"success"_s), u"true"_s);
        QVERIFY(actions()->findChild<QWidget *>(u"actionsProgress"_s)->isHidden());
        QVERIFY(!actions()->findChild<QPushButton *>(u"actionsCancel"_s)->isEnabled());
    }

    void applyingSettingsDuringAnAsyncActionEndsItsWait()
    {
        // Settings applied while an async action runs restart the engine: the run of the old engine
        // can never finish, and the panel must say so rather than stay "running". Engines are told
        // apart by an epoch: a new engine at the freed address of the old one (which identity by
        // pointer took for the same engine; not provoked by this machine's allocator in 8 rounds)
        // is a new one all the same.
        for (int round = 0; round < 4; ++round) {
            selectAction(u"github"_s, u"acme-corp"_s, u"export-report"_s);
            QSignalSpy accepted(context->writeBack(), &nd::WriteBack::actionAccepted);
            QSignalSpy finished(actions(), &nd::ActionsPanel::runFinished);
            QSignalSpy loaded(actions(), &nd::ActionsPanel::actionsLoaded);
            actions()->findChild<QPushButton *>(u"actionsRunAsync"_s)->click();
            QVERIFY(accepted.wait(30000));
            QVERIFY(actions()->isRunning());
            context->start(sim->url(), kApiKey, kSigningKey); // what Apply in Settings does
            QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
            QVERIFY(!finished.first().first().toBool());
            QVERIFY(!actions()->isRunning());
            QVERIFY2(actions()->errorText().contains(u"restarted"_s), qPrintable(actions()->errorText()));
            QVERIFY(!context->writeBack()->isActionRunning());
            QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 30000); // the new engine serves the panel again
            QVERIFY(loaded.last().first().toBool());
        }
    }

    void asyncRunCanBeCancelled()
    {
        selectAction(u"github"_s, u"acme-corp"_s, u"export-report"_s);
        QSignalSpy accepted(context->writeBack(), &nd::WriteBack::actionAccepted);
        QSignalSpy finished(actions(), &nd::ActionsPanel::runFinished);
        actions()->findChild<QPushButton *>(u"actionsRunAsync"_s)->click();
        QVERIFY(accepted.wait(30000));
        actions()->findChild<QPushButton *>(u"actionsCancel"_s)->click();
        QVERIFY(finished.wait(30000));
        QVERIFY(!finished.first().first().toBool());
        QVERIFY2(actions()->errorText().contains(u"Nango keeps running it"_s),
                 qPrintable(actions()->errorText()));
    }

    void failuresAreExplained()
    {
        // The script threw: its own message, in words.
        selectAction(u"hubspot"_s, u"acme-corp"_s, u"archive-contact"_s);
        field<QLineEdit>(u"id"_s)->setText(u"c-1"_s);
        QVERIFY(!runAction(false));
        QVERIFY2(
            actions()->errorText().contains(u"its script failed: Contact is locked by another process"_s),
            qPrintable(actions()->errorText()));
        // 424: the provider's status and body; the body is in the tree.
        selectAction(u"salesforce"_s, u"initech"_s, u"update-opportunity"_s);
        field<QLineEdit>(u"id"_s)->setText(u"006-1"_s);
        QVERIFY(!runAction(false));
        QVERIFY2(actions()->errorText().contains(u"the provider answered 409"_s),
                 qPrintable(actions()->errorText()));
        QVERIFY(actions()->errorText().contains(u"entity is deleted"_s));
        QCOMPARE(actions()->outputModel()->index(0, 0).data().toString(), u"[0]"_s);
        // Disabled in Nango.
        selectAction(u"slack"_s, u"acme-corp"_s, u"legacy-post"_s);
        QVERIFY(actions()->findChild<QComboBox *>(u"actionsAction"_s)->currentText().contains(u"disabled"_s));
        field<QLineEdit>(u"channel"_s)->setText(u"#general"_s);
        field<QLineEdit>(u"text"_s)->setText(u"hello"_s);
        QVERIFY(!runAction(false));
        QVERIFY2(actions()->errorText().contains(u"is disabled in Nango"_s),
                 qPrintable(actions()->errorText()));
    }

    void historyShowsTheRunsAndReopensThem()
    {
        reloadHistory(actions());
        nd::TableModel *history = actions()->historyModel();
        enum { Id, Time, Integration, Connection, Action, Mode, Result };
        QVERIFY(history->rowCount() >= 7);
        const int created = historyRow(history, Action, u"create-contact"_s);
        const int archived = historyRow(history, Action, u"archive-contact"_s);
        const int exported = historyRow(history, Action, u"export-report"_s);
        QVERIFY(created >= 0 && archived >= 0 && exported >= 0);
        QCOMPARE(history->index(archived, Result).data().toString(), u"Failed"_s);
        QCOMPARE(history->index(exported, Mode).data().toString(), u"async"_s);
        // The newest create-contact run (Grace's, with a company): its input and output come back.
        int grace = -1;
        qint64 newest = 0;
        for (int r = 0; r < history->rowCount(); ++r) {
            const qint64 id = history->index(r, Id).data().toLongLong();
            if (history->index(r, Action).data().toString() == u"create-contact" && id > newest) {
                newest = id;
                grace = r;
            }
        }
        QCOMPARE(history->index(grace, Result).data().toString(), u"OK"_s);
        auto *view = actions()->historyView();
        // Every column holds its text, the time whole.
        QVERIFY2(cutColumns(view).isEmpty(), qPrintable(cutColumns(view).join(u", "_s)));
        auto *sorted = qobject_cast<QSortFilterProxyModel *>(view->model());
        view->selectRow(sorted->mapFromSource(history->index(grace, 0)).row());
        QVERIFY(
            actions()->findChild<QPlainTextEdit *>(u"actionsRunInput"_s)->toPlainText().contains(u"Navy"_s));
        QCOMPARE(output(u"company"_s), u"Navy"_s);
        // Reused: the run's action and input are back in the form.
        selectAction(u"github"_s, u"acme-corp"_s, u"create-issue"_s);
        view->selectRow(sorted->mapFromSource(history->index(grace, 0)).row());
        actions()->findChild<QPushButton *>(u"actionsReuse"_s)->click();
        QCOMPARE(actions()->findChild<QComboBox *>(u"actionsAction"_s)->currentData().toString(),
                 u"create-contact"_s);
        QCOMPARE(field<QLineEdit>(u"email"_s)->text(), u"grace@example.com"_s);
        QCOMPARE(field<QLineEdit>(u"company"_s)->text(), u"Navy"_s);
    }

    void proxyRequestShowsStatusHeadersAndBody()
    {
        window->showPage(nd::MainWindow::Proxy);
        QVERIFY(proxy()->select(u"hubspot"_s, u"acme-corp"_s));
        proxy()->setRequest("GET", u"/crm/v3/objects/contacts?limit=2"_s);
        proxy()->addHeader(u"X-Trace"_s, u"abc"_s);
        QSignalSpy finished(proxy(), &nd::ProxyPanel::requestFinished);
        proxy()->findChild<QPushButton *>(u"proxySend"_s)->click();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().toInt(), 200);
        QCOMPARE(proxy()->statusText(), u"HTTP 200 OK"_s);
        const QString body = proxy()->bodyText();
        QVERIFY2(body.contains(u"\"x-trace\": \"abc\""_s), qPrintable(body)); // sent as Nango-Proxy-X-Trace
        QVERIFY(body.contains(u"https://api.hubapi.com/crm/v3/objects/contacts?limit=2"_s));
        QVERIFY(body.contains(u'\n')); // pretty
        proxy()->findChild<QCheckBox *>(u"proxyPretty"_s)->setChecked(false);
        QVERIFY(!proxy()->bodyText().contains(u'\n')); // as it came
        proxy()->findChild<QCheckBox *>(u"proxyPretty"_s)->setChecked(true);
        QVERIFY(historyRow(proxy()->responseHeadersModel(), 0, u"X-Provider-Request-Id"_s) >= 0 ||
                historyRow(proxy()->responseHeadersModel(), 0, u"x-provider-request-id"_s) >= 0);
        QVERIFY(proxy()->findChild<QLabel *>(u"proxyMeta"_s)->text().contains(u"ms"_s));

        // The provider's error status is the result, explained.
        finished.clear();
        proxy()->setRequest("GET", u"/status/404"_s);
        proxy()->findChild<QPushButton *>(u"proxySend"_s)->click();
        QVERIFY(finished.wait(30000));
        QCOMPARE(proxy()->statusText(), u"HTTP 404 Not Found"_s);
        QVERIFY2(proxy()->messageText().contains(u"The provider answered 404"_s),
                 qPrintable(proxy()->messageText()));

        // A form Nango would refuse is not sent.
        const int sent = context->writeBack()->proxiesSent();
        proxy()->findChild<QLineEdit *>(u"proxyRetryOn"_s)->setText(u"often"_s);
        proxy()->findChild<QPushButton *>(u"proxySend"_s)->click();
        QCOMPARE(context->writeBack()->proxiesSent(), sent);
        QVERIFY(proxy()->findChild<QLabel *>(u"proxyNote"_s)->text().contains(u"Retry-On"_s));
        proxy()->findChild<QLineEdit *>(u"proxyRetryOn"_s)->clear();

        // Both requests are in the history.
        reloadHistory(proxy());
        nd::TableModel *history = proxy()->historyModel();
        QCOMPARE(history->rowCount(), 2);
        QVERIFY(historyRow(history, 3, u"/crm/v3/objects/contacts?limit=2"_s) >= 0);
        const int notFound = historyRow(history, 3, u"/status/404"_s);
        QCOMPARE(history->index(notFound, 6).data().toInt(), 404);
        // Choosing one shows its stored answer again.
        // The history shows several requests at once, each column whole.
        QVERIFY(proxy()->historyView()->height() >=
                proxy()->historyView()->verticalHeader()->defaultSectionSize() * 6);
        QVERIFY2(cutColumns(proxy()->historyView()).isEmpty(),
                 qPrintable(cutColumns(proxy()->historyView()).join(u", "_s)));
        auto *sorted = qobject_cast<QSortFilterProxyModel *>(proxy()->historyView()->model());
        proxy()->historyView()->selectRow(
            sorted
                ->mapFromSource(
                    history->index(historyRow(history, 3, u"/crm/v3/objects/contacts?limit=2"_s), 0))
                .row());
        QCOMPARE(proxy()->statusText(), u"HTTP 200 OK"_s);
        QVERIFY(proxy()->bodyText().contains(u"x-trace"_s));
    }

    void productionAsksBeforeWriting()
    {
        nd::ProfileSettings settings = context->settings();
        settings.production = true;
        context->setSettings(settings);
        prompter.answer = false;
        const int actionsBefore = context->writeBack()->actionsSent();
        const int proxiesBefore = context->writeBack()->proxiesSent();
        selectAction(u"slack"_s, u"acme-corp"_s, u"send-message"_s);
        field<QLineEdit>(u"channel"_s)->setText(u"#general"_s);
        field<QLineEdit>(u"text"_s)->setText(u"hello"_s);
        actions()->findChild<QPushButton *>(u"actionsRun"_s)->click();
        QCOMPARE(prompter.asked.last(), u"Run on production?"_s);
        QCOMPARE(context->writeBack()->actionsSent(), actionsBefore); // declined: nothing sent
        QVERIFY(proxy()->select(u"slack"_s, u"acme-corp"_s));
        proxy()->setRequest("POST", u"/chat.postMessage"_s);
        proxy()->findChild<QPushButton *>(u"proxySend"_s)->click();
        QCOMPARE(prompter.asked.last(), u"Send to production?"_s);
        QCOMPARE(context->writeBack()->proxiesSent(), proxiesBefore);
        // A read is not a write: no question.
        const qsizetype questions = prompter.asked.size();
        QSignalSpy finished(proxy(), &nd::ProxyPanel::requestFinished);
        proxy()->setRequest("GET", u"/conversations.list"_s);
        proxy()->findChild<QPushButton *>(u"proxySend"_s)->click();
        QVERIFY(finished.wait(30000));
        QCOMPARE(prompter.asked.size(), questions);
        // Confirmed: it runs.
        prompter.answer = true;
        QVERIFY(runAction(false));
        QCOMPARE(output(u"success"_s), u"true"_s);
        settings.production = false;
        context->setSettings(settings);
    }

    void copyAsCurlLeavesTheKeyToTheShell()
    {
        QVERIFY(proxy()->select(u"hubspot"_s, u"acme-corp"_s));
        proxy()->setRequest("POST", u"/crm/v3/objects/contacts"_s);
        proxy()->addHeader(u"Authorization"_s, u"Bearer "_s + QString::fromLatin1(kApiKey));
        proxy()->setBody(u"{\"properties\": {\"email\": \"ada@example.com\"}}"_s);
        proxy()->findChild<QPushButton *>(u"proxyCopyCurl"_s)->click();
        const QString curl = proxy()->curlText();
        QVERIFY2(curl.contains(u"$NANGO_SECRET_KEY"_s), qPrintable(curl));
        QVERIFY2(!curl.contains(QString::fromLatin1(kApiKey)), qPrintable(curl));
        QVERIFY(curl.contains(u"Nango-Proxy-X-Trace: abc"_s));
        QVERIFY(curl.contains(u"/proxy/crm/v3/objects/contacts"_s));
        QVERIFY(curl.contains(u"ada@example.com"_s));
        QCOMPARE(QApplication::clipboard()->text(), curl);
        // Nothing on the panel shows the key either.
        for (QWidget *w : proxy()->findChildren<QWidget *>()) {
            if (auto *l = qobject_cast<QLabel *>(w))
                QVERIFY(!l->text().contains(QString::fromLatin1(kApiKey)));
        }
    }
};

QTEST_MAIN(TestGuiWriteBack)
#include "tst_gui_writeback.moc"
