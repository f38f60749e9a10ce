#pragma once

#include "api/ScriptsConfig.h"

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTabWidget;

namespace nd {

class ActionInputForm;

// An action's input: a form generated from its JSON schema, or raw JSON where there is no schema
// (or the input is not an object with fields); switching tabs carries what was typed over, and
// what does not fit the schema is listed below. Objects are named actionsInputTabs, actionsForm,
// actionsRawInput, actionsInputNote and actionsInputProblems.
class ActionInputView : public QWidget
{
    Q_OBJECT
public:
    explicit ActionInputView(QWidget *parent = nullptr);

    // The action chosen (null: none). The same action with the same schema keeps what was typed
    // (the list of actions was only read again).
    void setAction(const ActionInfo *action);
    // The input as typed; `problems` gets what is not JSON or not filled in as the form asks.
    QJsonValue value(QStringList *problems) const;
    // An earlier run's input, in the form when it fits there, else as raw JSON.
    void setInput(const QByteArray &json);
    void showProblems(const QString &action, const QStringList &problems);
    void clearProblems();
    QString problemsText() const;
    ActionInputForm *form() const { return m_form; }

private:
    enum Tab { FormTab, RawTab };
    void tabChanged(int index);

    QTabWidget *m_tabs;
    QLabel *m_note;
    ActionInputForm *m_form;
    QPlainTextEdit *m_raw;
    QLabel *m_problems;
    bool m_built = false;
    QString m_action; // the action and schema the form was built for
    QJsonObject m_schema;
    bool m_switching = false;
};

} // namespace nd
