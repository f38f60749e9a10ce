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
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTreeView;

namespace nd {

class ActionInputForm;
class AppContext;
class JsonTreeModel;
class TableModel;

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

    ActionInputForm *form() const { return m_form; }
    JsonTreeModel *outputModel() const { return m_output; }
    TableModel *historyModel() const { return m_history; }
    QTableView *historyView() const { return m_historyView; }
    QString errorText() const;
    QString problemsText() const;
    QString outputText() const { return m_outputText; } // what "Copy output" copies

Q_SIGNALS:
    void actionsLoaded(bool ok);
    void runFinished(bool ok);
    void historyLoaded();

private:
    enum Tab { FormTab, RawTab };
    void fillIntegrations();
    void fillConnections();
    void fillActions();
    void actionChanged();
    void describe(const ActionInfo &action);
    const ActionInfo *currentAction() const;
    QJsonValue currentInput(QStringList *problems) const;
    void tabChanged(int index);
    void showInputProblems(const QString &action, const QStringList &problems);
    void setRunning(bool running, const QString &status);
    void onFinished(const ActionResult &result);
    void showOutput(const QJsonValue &value);
    void showError(const QString &message);
    void showHistoryRun();
    void reuseHistoryRun();
    qint64 selectedRun() const;

    AppContext *m_context;
    std::optional<ScriptsConfig> m_config;
    QList<ActionInfo> m_actions; // of the chosen integration
    QString m_actionsNote;       // where Nango filed the integration's actions, when not under its key
    bool m_formBuilt = false;
    QString m_shownAction; // the action and schema the form was built for
    QJsonObject m_shownSchema;
    bool m_switchingTabs = false;
    bool m_async = false;
    QComboBox *m_integration;
    QComboBox *m_connection;
    QComboBox *m_action;
    QLabel *m_description;
    QTabWidget *m_inputTabs;
    QLabel *m_inputNote;
    ActionInputForm *m_form;
    QPlainTextEdit *m_raw;
    QLabel *m_problems;
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
    TableModel *m_history;
    QSortFilterProxyModel *m_historyProxy;
    QTableView *m_historyView;
    QLabel *m_runTitle;
    QPlainTextEdit *m_runInput;
    QPushButton *m_reuse;
    QHash<qint64, ActionRun> m_runs;
};

} // namespace nd
