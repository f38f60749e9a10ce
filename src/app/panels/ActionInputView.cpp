#include "panels/ActionInputView.h"

#include "actions/ActionRunner.h"
#include "panels/ActionInputForm.h"
#include "widgets/WidgetUtil.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace nd {

using namespace Qt::StringLiterals;

ActionInputView::ActionInputView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"actionsInputTabs"_s);
    auto *formPage = new QWidget(m_tabs);
    auto *formLayout = new QVBoxLayout(formPage);
    m_note = new QLabel(formPage);
    m_note->setObjectName(u"actionsInputNote"_s);
    m_note->setWordWrap(true);
    m_note->hide();
    m_form = new ActionInputForm;
    m_form->setObjectName(u"actionsForm"_s);
    auto *scroll = new QScrollArea(formPage);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_form);
    formLayout->addWidget(m_note);
    formLayout->addWidget(scroll, 1);
    m_raw = makeCodeEditor(m_tabs, u"actionsRawInput"_s, tr("Raw JSON input"));
    m_raw->setPlaceholderText(
        tr("The input as JSON, e.g. {\"email\": \"ada@example.com\"}. Empty: no input."));
    m_tabs->addTab(formPage, tr("Form"));
    m_tabs->addTab(m_raw, tr("Raw JSON"));
    m_problems = new QLabel(this);
    m_problems->setObjectName(u"actionsInputProblems"_s);
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->setStyleSheet(u"color: #c62828;"_s);
    m_problems->hide();
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_problems);
    connect(m_tabs, &QTabWidget::currentChanged, this, &ActionInputView::tabChanged);
}

void ActionInputView::setAction(const ActionInfo *info)
{
    const QString name = info ? info->name : QString();
    const QJsonObject schema = info ? info->inputSchema : QJsonObject();
    if (m_built && name == m_action && schema == m_schema)
        return;
    m_built = true;
    m_action = name;
    m_schema = schema;
    m_problems->hide();
    m_raw->clear();
    m_form->setSchema({});
    if (!info) {
        m_note->hide();
        return;
    }
    QString note;
    bool form = true;
    if (info->inputModel.isEmpty()) {
        note = tr("This action takes no input.");
    } else if (!info->hasInputSchema()) {
        note = tr("Nango sent no schema for %1: type the input in Raw JSON. Nango checks it.")
                   .arg(info->inputModel);
        form = false;
    } else if (!m_form->setSchema(info->inputSchema)) {
        note = tr("The input of this action is not an object with fields: type it in Raw JSON.");
        form = false;
    }
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    m_switching = true;
    m_tabs->setCurrentIndex(form ? FormTab : RawTab);
    m_switching = false;
}

void ActionInputView::tabChanged(int index)
{
    if (m_switching || !m_form->hasFields())
        return;
    if (index == RawTab) {
        // The form's input, to adjust by hand.
        QStringList problems;
        const QJsonObject input = m_form->value(&problems);
        if (problems.isEmpty())
            m_raw->setPlainText(input.isEmpty() ? QString() : prettyJson(input));
        return;
    }
    bool ok = false;
    const QJsonValue raw = ActionRunner::parseJsonValue(m_raw->toPlainText().toUtf8(), &ok);
    if (ok && raw.isObject())
        m_form->setValue(raw.toObject());
}

QJsonValue ActionInputView::value(QStringList *problems) const
{
    if (m_tabs->currentIndex() == FormTab && m_form->hasFields())
        return m_form->value(problems);
    bool ok = false;
    const QJsonValue raw = ActionRunner::parseJsonValue(m_raw->toPlainText().toUtf8(), &ok);
    if (!ok)
        *problems << tr("The raw input is not valid JSON.");
    return raw;
}

void ActionInputView::setInput(const QByteArray &json)
{
    bool ok = false;
    const QJsonValue input = ActionRunner::parseJsonValue(json, &ok);
    m_switching = true;
    m_raw->setPlainText(ok ? prettyJson(input) : QString::fromUtf8(json));
    if (m_form->hasFields() && input.isObject()) {
        m_form->setValue(input.toObject());
        m_tabs->setCurrentIndex(FormTab);
    } else {
        m_tabs->setCurrentIndex(RawTab);
    }
    m_switching = false;
}

void ActionInputView::showProblems(const QString &action, const QStringList &problems)
{
    m_form->showProblems(problems);
    QString text = tr("Not sent: the input does not fit what %1 expects.").arg(action.toHtmlEscaped());
    text += u"<ul style=\"margin: 0\">"_s;
    for (const QString &p : problems)
        text += u"<li>"_s + p.toHtmlEscaped() + u"</li>"_s;
    text += u"</ul>"_s;
    m_problems->setText(text);
    m_problems->show();
}

void ActionInputView::clearProblems()
{
    m_form->clearProblems();
    m_problems->hide();
}

QString ActionInputView::problemsText() const
{
    return m_problems->isHidden() ? QString() : m_problems->text();
}

} // namespace nd
