#include "panels/ActionsPanel.h"

#include "AppContext.h"
#include "Prompter.h"
#include "WriteBack.h"
#include "actions/InputValidator.h"
#include "models/JsonTreeModel.h"
#include "models/TableModel.h"
#include "panels/ActionInputForm.h"
#include "panels/ActionInputView.h"
#include "panels/PanelUtil.h"
#include "widgets/HistoryTable.h"
#include "widgets/TargetPicker.h"
#include "widgets/WidgetUtil.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace nd {

using namespace Qt::StringLiterals;

ActionsPanel::ActionsPanel(AppContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_output(new JsonTreeModel(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *title =
        new QLabel(tr("<b>Actions</b> — run an action deployed on Nango for one connection. The input "
                      "is checked before it is sent; every run is kept in the history."),
                   this);
    title->setWordWrap(true);
    layout->addWidget(title);

    m_target = new TargetPicker(context, u"actions"_s, this);
    m_action = new QComboBox(this);
    m_action->setObjectName(u"actionsAction"_s);
    m_action->setAccessibleName(tr("Action"));
    m_action->setToolTip(tr("Action"));
    m_action->setMinimumContentsLength(20);
    auto *reload = makeButton(this, u"actionsReload"_s, tr("Reloa&d actions"),
                              tr("Ask Nango again which actions are deployed (GET /scripts/config)"));
    m_target->row()->addWidget(m_action, 2);
    m_target->row()->addWidget(reload);
    layout->addWidget(m_target);
    m_description = new QLabel(this);
    m_description->setObjectName(u"actionsDescription"_s);
    m_description->setWordWrap(true);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_description);

    auto *outer = new QSplitter(Qt::Vertical, this);
    auto *top = new QSplitter(Qt::Horizontal, outer);

    // The input: the generated form, or raw JSON.
    auto *inputBox = new QGroupBox(tr("Input"), top);
    auto *inputLayout = new QVBoxLayout(inputBox);
    m_input = new ActionInputView(inputBox);
    inputLayout->addWidget(m_input, 1);
    auto *runRow = new QHBoxLayout;
    m_run = makeButton(inputBox, u"actionsRun"_s, tr("&Run"), tr("Run the action and wait for its output"));
    m_runAsync = makeButton(inputBox, u"actionsRunAsync"_s, tr("Run &asynchronously"),
                            tr("Nango queues the run (X-Async) and Nango Desk asks for the result every "
                               "second; better for long actions"));
    m_cancel = makeButton(inputBox, u"actionsCancel"_s, tr("Cance&l"),
                          tr("Stop waiting. An action Nango already started keeps running there."));
    m_cancel->setEnabled(false);
    m_progress = new QProgressBar(inputBox);
    m_progress->setObjectName(u"actionsProgress"_s);
    m_progress->setAccessibleName(tr("Action running"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(120);
    m_progress->hide();
    runRow->addWidget(m_run);
    runRow->addWidget(m_runAsync);
    runRow->addWidget(m_cancel);
    runRow->addWidget(m_progress);
    runRow->addStretch(1);
    inputLayout->addLayout(runRow);
    m_status = new QLabel(inputBox);
    m_status->setObjectName(u"actionsStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    inputLayout->addWidget(m_status);

    // The output, or what went wrong.
    auto *outputBox = new QGroupBox(tr("Output"), top);
    auto *outputLayout = new QVBoxLayout(outputBox);
    m_error = new QLabel(outputBox);
    m_error->setObjectName(u"actionsError"_s);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(u"color: #c62828;"_s);
    m_error->hide();
    m_tree = new QTreeView(outputBox);
    m_tree->setObjectName(u"actionsOutput"_s);
    m_tree->setAccessibleName(tr("Action output"));
    m_tree->setModel(m_output);
    m_tree->setAlternatingRowColors(true);
    setUpJsonTree(m_tree);
    m_copy = makeButton(outputBox, u"actionsCopyOutput"_s, tr("&Copy output"), tr("Copy the output as JSON"));
    m_copy->setEnabled(false);
    outputLayout->addWidget(m_error);
    outputLayout->addWidget(m_tree, 1);
    auto *copyRow = new QHBoxLayout;
    copyRow->addStretch(1);
    copyRow->addWidget(m_copy);
    outputLayout->addLayout(copyRow);
    top->addWidget(inputBox);
    top->addWidget(outputBox);
    top->setStretchFactor(0, 1);
    top->setStretchFactor(1, 1);

    // The history: a run can be looked at again and its input reused.
    auto *historyBox = new QGroupBox(tr("History"), outer);
    auto *historyLayout = new QVBoxLayout(historyBox);
    m_history = new HistoryTable(
        u"actions"_s, tr("Action history"),
        {tr("#"), tr("Time"), tr("Integration"), tr("Connection"), tr("Action"), tr("Mode"), tr("Result"),
         tr("HTTP"), tr("Duration")},
        tr("&Use this input"),
        tr("Choose this run's integration, connection and action, and put its input in the form"),
        historyBox);
    m_runTitle = new QLabel(tr("Choose a run to see its input and output."), historyBox);
    m_runTitle->setObjectName(u"actionsRunTitle"_s);
    m_runTitle->setWordWrap(true);
    m_runInput = makeCodeEditor(historyBox, u"actionsRunInput"_s, tr("Input of the chosen run"));
    m_runInput->setReadOnly(true);
    m_history->addBeside(m_runTitle);
    m_history->addBeside(m_runInput, 1);
    historyLayout->addWidget(m_history);
    outer->addWidget(top);
    outer->addWidget(historyBox);
    outer->setStretchFactor(0, 3);
    outer->setStretchFactor(1, 2);
    layout->addWidget(outer, 1);

    connect(m_target, &TargetPicker::integrationChanged, this, &ActionsPanel::fillActions);
    connect(m_action, &QComboBox::currentIndexChanged, this, &ActionsPanel::actionChanged);
    connect(reload, &QPushButton::clicked, this, &ActionsPanel::reloadActions);
    connect(m_run, &QPushButton::clicked, this, [this]() { run(false); });
    connect(m_runAsync, &QPushButton::clicked, this, [this]() { run(true); });
    connect(m_cancel, &QPushButton::clicked, this, &ActionsPanel::cancel);
    connect(m_copy, &QPushButton::clicked, this, &ActionsPanel::copyOutput);
    connect(m_history, &HistoryTable::reuseClicked, this, &ActionsPanel::reuseHistoryRun);
    connect(m_history, &HistoryTable::selectionChanged, this, &ActionsPanel::showHistoryRun);
    WriteBack *writeBack = context->writeBack();
    connect(writeBack, &WriteBack::actionAccepted, this, [this](const QString &id) {
        m_status->setText(tr("Nango accepted the run as %1; waiting for the result…").arg(id));
    });
    connect(writeBack, &WriteBack::actionPolled, this, [this](int polls) {
        m_status->setText(tr("Waiting for the result: asked Nango %n time(s) so far…", nullptr, polls));
    });
    connect(writeBack, &WriteBack::actionFinished, this, &ActionsPanel::onFinished);
    connect(context, &AppContext::engineStarted, this, [this]() {
        reloadActions();
        reloadHistory();
        actionChanged();
    });
    fillActions();
}

ActionInputForm *ActionsPanel::form() const
{
    return m_input->form();
}

TableModel *ActionsPanel::historyModel() const
{
    return m_history->model();
}

QTableView *ActionsPanel::historyView() const
{
    return m_history->view();
}

void ActionsPanel::reloadActions()
{
    m_status->setText(tr("Asking Nango which actions are deployed…"));
    m_context->writeBack()->loadScriptsConfig(
        [this](const std::optional<ScriptsConfig> &config, const QString &error) {
            if (config) {
                m_config = config;
                m_status->setText(isRunning() ? m_status->text() : QString());
            } else {
                m_status->setText(tr("Could not list the actions: %1").arg(error));
            }
            fillActions();
            Q_EMIT actionsLoaded(config.has_value());
        });
}

void ActionsPanel::fillActions()
{
    const QString integration = m_target->integration();
    m_actions.clear();
    m_actionsNote.clear();
    if (m_config) {
        if (const ProviderScripts *p = m_config->forIntegration(integration)) {
            m_actions = p->actions;
        } else {
            // Nango files a second integration of a provider under the first one's key.
            QString provider;
            for (const IntegrationRow &i : m_context->snapshot().integrations)
                if (i.uniqueKey == integration)
                    provider = i.provider;
            if (const ProviderScripts *merged =
                    provider.isEmpty() ? nullptr : m_config->forProvider(provider)) {
                m_actions = merged->actions;
                if (!m_actions.isEmpty())
                    m_actionsNote =
                        tr("Nango lists these actions under %1 (same provider); they may belong to that "
                           "integration only.")
                            .arg(merged->providerConfigKey);
            }
        }
    }
    const QString current = m_action->currentData().toString();
    {
        const QSignalBlocker block(m_action);
        m_action->clear();
        for (const ActionInfo &a : std::as_const(m_actions)) {
            m_action->addItem(a.enabled ? a.name : tr("%1 (disabled)").arg(a.name), a.name);
            m_action->setItemData(m_action->count() - 1, a.description, Qt::ToolTipRole);
        }
        m_action->setCurrentIndex(std::max(0, m_action->findData(current)));
    }
    m_action->setPlaceholderText(!m_config ? tr("actions not loaded") : tr("no actions deployed"));
    actionChanged();
}

const ActionInfo *ActionsPanel::currentAction() const
{
    const QString name = m_action->currentData().toString();
    for (const ActionInfo &a : m_actions)
        if (a.name == name)
            return &a;
    return nullptr;
}

void ActionsPanel::actionChanged()
{
    const ActionInfo *info = currentAction();
    // A role that may only read a shared cache runs nothing (the banner says why).
    const bool canRun = info && !isRunning() && !m_context->isReadOnly();
    m_run->setEnabled(canRun);
    m_runAsync->setEnabled(canRun);
    if (!info) {
        m_description->setText(m_config ? tr("This integration has no actions deployed.")
                                        : tr("The actions come from Nango once Nango Desk is connected."));
    } else {
        describe(*info);
    }
    m_input->setAction(info);
}

void ActionsPanel::describe(const ActionInfo &action)
{
    QStringList about;
    about << (action.inputModel.isEmpty() ? tr("No input.")
                                          : tr("Input: <b>%1</b>.").arg(action.inputModel.toHtmlEscaped()));
    if (!action.outputModel.isEmpty())
        about << tr("Output: <b>%1</b>.").arg(action.outputModel.toHtmlEscaped());
    if (!action.enabled)
        about << tr("<b>Disabled</b> in Nango: running it will be refused.");
    // The description on its own line: Nango's descriptions may not end with a full stop.
    QString text = about.join(u' ');
    if (!action.description.isEmpty())
        text.prepend(action.description.toHtmlEscaped() + u"<br/>"_s);
    if (!m_actionsNote.isEmpty())
        text += u"<br/>"_s + m_actionsNote.toHtmlEscaped();
    m_description->setText(text);
}

bool ActionsPanel::select(const QString &integration, const QString &connectionId, const QString &action)
{
    if (!m_target->select(integration, connectionId))
        return false;
    const int a = m_action->findData(action);
    if (a < 0)
        return false;
    m_action->setCurrentIndex(a);
    return true;
}

void ActionsPanel::run(bool async)
{
    const ActionInfo *info = currentAction();
    const QString connection = m_target->connectionId();
    if (!info || connection.isEmpty() || isRunning()) {
        showError(tr("Choose an integration, a connection and an action first."));
        return;
    }
    m_input->clearProblems();
    QStringList problems;
    const QJsonValue input = m_input->value(&problems);
    if (problems.isEmpty() && info->hasInputSchema())
        problems = InputValidator::validate(info->inputSchema, input);
    if (!problems.isEmpty()) {
        m_input->showProblems(info->name, problems);
        return;
    }
    // Actions write to the provider: on a production profile, a person confirms first.
    if (m_context->settings().production &&
        !Prompter::instance().confirm(this, tr("Run on production?"),
                                      tr("%1 runs on the production environment for %2 / %3 and may change "
                                         "data at the provider.")
                                          .arg(info->name, m_target->integration(), connection),
                                      tr("Run it")))
        return;
    ActionRequest request;
    request.integration = m_target->integration();
    request.connectionId = connection;
    request.action = info->name;
    request.input = input;
    request.async = async;
    request.inputSchema = info->inputSchema;
    if (!m_context->writeBack()->runAction(request)) {
        showError(tr("Nango Desk is not connected to a Nango server yet: save a server and an API key in "
                     "Settings first."));
        return;
    }
    m_async = async;
    m_error->hide();
    m_output->clear();
    m_outputText.clear();
    m_copy->setEnabled(false);
    m_history->clearSelection();
    setRunning(true, async ? tr("Sending %1 to Nango to run asynchronously…").arg(info->name)
                           : tr("Running %1; Nango answers when it is done…").arg(info->name));
}

void ActionsPanel::cancel()
{
    m_context->writeBack()->cancelAction();
}

bool ActionsPanel::isRunning() const
{
    return m_context->writeBack()->isActionRunning();
}

void ActionsPanel::setRunning(bool running, const QString &status)
{
    const bool canRun = !running && currentAction() && !m_context->isReadOnly();
    m_run->setEnabled(canRun);
    m_runAsync->setEnabled(canRun);
    m_cancel->setEnabled(running);
    m_progress->setVisible(running);
    m_status->setText(status);
}

void ActionsPanel::onFinished(const ActionResult &r)
{
    const QString seconds = QLocale().toString(r.durationMs / 1000.0, 'f', 1);
    if (r.ok) {
        m_error->hide();
        showOutput(r.output);
        setRunning(false, m_async ? tr("Done in %1 s (asked %n time(s)).", nullptr, r.polls).arg(seconds)
                                  : tr("Done in %1 s.").arg(seconds));
    } else {
        showError(r.failure.message);
        // The provider's answer (424) is worth a look as a tree.
        if (!r.failure.upstreamBody.isUndefined() && !r.failure.upstreamBody.isNull())
            showOutput(r.failure.upstreamBody);
        if (r.failure.kind == ActionFailure::Kind::InvalidInput && !r.failure.validation.isEmpty())
            m_input->form()->showProblems(r.failure.validation);
        setRunning(false, r.failure.kind == ActionFailure::Kind::Cancelled
                              ? tr("Cancelled after %1 s.").arg(seconds)
                              : tr("Failed after %1 s.").arg(seconds));
    }
    reloadHistory();
    Q_EMIT runFinished(r.ok);
}

void ActionsPanel::showOutput(const QJsonValue &value)
{
    m_output->setValue(value);
    showJsonTree(m_tree);
    m_outputText = prettyJson(value);
    m_copy->setEnabled(!m_outputText.isEmpty());
}

void ActionsPanel::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString ActionsPanel::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString ActionsPanel::problemsText() const
{
    return m_input->problemsText();
}

void ActionsPanel::copyOutput()
{
    if (!m_outputText.isEmpty())
        QApplication::clipboard()->setText(m_outputText);
}

void ActionsPanel::reloadHistory()
{
    m_context->writeBack()->loadActionHistory([this](const QList<ActionRun> &runs) {
        m_runs.clear();
        QList<TableRow> rows;
        for (const ActionRun &run : runs) {
            m_runs.insert(run.id, run);
            TableRow r;
            const QString result = run.status == u"ok"          ? tr("OK")
                                   : run.status == u"refused"   ? tr("Refused")
                                   : run.status == u"timeout"   ? tr("Timed out")
                                   : run.status == u"cancelled" ? tr("Cancelled")
                                                                : tr("Failed");
            r.cells = {run.id,
                       shortTime(run.at),
                       run.integration,
                       run.connectionId,
                       run.action,
                       run.async ? tr("async") : tr("sync"),
                       result,
                       run.httpStatus ? QVariant(run.httpStatus) : QVariant(),
                       tr("%1 s").arg(QLocale().toString(run.durationMs / 1000.0, 'f', 1))};
            r.tone = run.status == u"ok"          ? TableRow::Tone::Normal
                     : run.status == u"cancelled" ? TableRow::Tone::Dim
                                                  : TableRow::Tone::Error;
            r.tooltip = run.error;
            r.key = run.id;
            rows.append(r);
        }
        m_history->setRows(rows);
        Q_EMIT historyLoaded();
    });
}

void ActionsPanel::showHistoryRun()
{
    const auto it = m_runs.constFind(m_history->selectedId());
    if (it == m_runs.constEnd()) {
        m_runTitle->setText(tr("Choose a run to see its input and output."));
        m_runInput->clear();
        return;
    }
    const ActionRun &run = *it;
    m_runTitle->setText(
        tr("Run #%1: %2 on %3 / %4, %5")
            .arg(QString::number(run.id), run.action, run.integration, run.connectionId, shortTime(run.at)));
    bool ok = false;
    const QJsonValue input = ActionRunner::parseJsonValue(run.inputJson, &ok);
    m_runInput->setPlainText(run.inputJson.isEmpty() ? tr("(no input)")
                             : ok                    ? prettyJson(input)
                                                     : QString::fromUtf8(run.inputJson));
    if (isRunning())
        return; // the output pane belongs to the run in progress
    const QJsonValue output = ActionRunner::parseJsonValue(run.outputJson, &ok);
    showError(run.error);
    if (ok && !output.isUndefined())
        showOutput(output);
    else {
        m_output->clear();
        m_outputText.clear();
        m_copy->setEnabled(false);
    }
    m_status->setText(tr("Showing run #%1 from the history.").arg(run.id));
}

void ActionsPanel::reuseHistoryRun()
{
    const auto it = m_runs.constFind(m_history->selectedId());
    if (it == m_runs.constEnd())
        return;
    const ActionRun run = *it;
    if (!select(run.integration, run.connectionId, run.action)) {
        m_status->setText(
            tr("%1 / %2 / %3 is not available any more.").arg(run.integration, run.connectionId, run.action));
        return;
    }
    m_input->setInput(run.inputJson);
    m_status->setText(tr("The input of run #%1 is ready; run it again when it is right.").arg(run.id));
}

} // namespace nd
