#pragma once

#include "actions/ActionRunner.h"
#include "api/ScriptsConfig.h"
#include "cache/ActionStore.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTreeView;

namespace nd {

class ActionInputForm;
class ActionInputView;
class AppContext;
class HistoryTable;
class JsonTreeModel;
class TableModel;
class TargetPicker;

// Runs an action deployed on Nango: integration, connection and action (from GET /scripts/config),
// an input form generated from the action's schema (or raw JSON), checked before anything is sent;
// the output as a JSON tree, failures in words, and the history of runs.
class ActionsPanel : public QWidget
{
    Q_OBJECT
public:
    ActionsPanel(AppContext *context, QWidget *parent = nullptr);

    // Chooses an integration, a connection and an action; false when one of them is not there.
    bool select(const QString &integration, const QString &connectionId, const QString &action);
    void reloadActions();
    void reloadHistory();
    void run(bool async);
    void cancel();
    void copyOutput();
    bool isRunning() const;

    ActionInputForm *form() const;
    JsonTreeModel *outputModel() const { return m_output; }
    TableModel *historyModel() const;
    QTableView *historyView() const;
    QString errorText() const;
    QString problemsText() const;
    QString outputText() const { return m_outputText; } // what "Copy output" copies

Q_SIGNALS:
    void actionsLoaded(bool ok);
    void runFinished(bool ok);
    void historyLoaded();

private:
    void fillActions();
    void actionChanged();
    void describe(const ActionInfo &action);
    const ActionInfo *currentAction() const;
    void setRunning(bool running, const QString &status);
    void onFinished(const ActionResult &result);
    void showOutput(const QJsonValue &value);
    void showError(const QString &message);
    void showHistoryRun();
    void reuseHistoryRun();

    AppContext *m_context;
    std::optional<ScriptsConfig> m_config;
    QList<ActionInfo> m_actions; // of the chosen integration
    QString m_actionsNote;       // where Nango filed the integration's actions, when not under its key
    bool m_async = false;
    TargetPicker *m_target;
    QComboBox *m_action;
    QLabel *m_description;
    ActionInputView *m_input;
    QPushButton *m_run;
    QPushButton *m_runAsync;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_error;
    JsonTreeModel *m_output;
    QTreeView *m_tree;
    QPushButton *m_copy;
    QString m_outputText;
    HistoryTable *m_history;
    QLabel *m_runTitle;
    QPlainTextEdit *m_runInput;
    QHash<qint64, ActionRun> m_runs;
};

} // namespace nd
