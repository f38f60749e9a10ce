#include "panels/FieldFilters.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

namespace nd {

using namespace Qt::StringLiterals;

FieldFilters::FieldFilters(QWidget *parent)
    : QWidget(parent)
{
    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_rows = new QHBoxLayout;
    outer->addLayout(m_rows, 1);
    auto *add = new QToolButton(this);
    add->setObjectName(u"addFieldFilter"_s);
    add->setText(u"+"_s);
    add->setToolTip(tr("Add a field filter"));
    add->setAccessibleName(tr("Add a field filter"));
    outer->addWidget(add);
    connect(add, &QToolButton::clicked, this, [this]() { addFilter(); });
    addFilter();
}

int FieldFilters::addFilter()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *field = new QComboBox(row);
    field->setObjectName(u"recordsFilterColumn"_s);
    field->setAccessibleName(tr("Field to filter"));
    field->addItems(m_fields);
    auto *text = new QLineEdit(row);
    text->setObjectName(u"recordsFilterText"_s);
    text->setPlaceholderText(tr("field contains…"));
    text->setAccessibleName(tr("Field filter"));
    text->setClearButtonEnabled(true);
    layout->addWidget(field);
    layout->addWidget(text, 1);
    if (m_rows->count() > 0) {
        auto *remove = new QToolButton(row);
        remove->setText(u"×"_s);
        remove->setToolTip(tr("Remove this filter"));
        remove->setAccessibleName(tr("Remove this filter"));
        layout->addWidget(remove);
        connect(remove, &QToolButton::clicked, this, [this, row]() {
            const bool hadText = !row->findChild<QLineEdit *>()->text().isEmpty();
            row->deleteLater();
            m_rows->removeWidget(row);
            if (hadText)
                Q_EMIT changed();
        });
    }
    connect(field, &QComboBox::currentIndexChanged, this, [this, text]() {
        if (!text->text().isEmpty())
            Q_EMIT changed();
    });
    connect(text, &QLineEdit::textChanged, this, &FieldFilters::changed);
    m_rows->addWidget(row, 1);
    return m_rows->count() - 1;
}

void FieldFilters::setFilter(int row, const QString &field, const QString &text)
{
    QWidget *w = m_rows->itemAt(row)->widget();
    auto *combo = w->findChild<QComboBox *>();
    combo->setCurrentIndex(combo->findText(field));
    w->findChild<QLineEdit *>()->setText(text);
}

void FieldFilters::setFields(const QStringList &fields)
{
    m_fields = fields;
    for (int i = 0; i < m_rows->count(); ++i) {
        auto *combo = m_rows->itemAt(i)->widget()->findChild<QComboBox *>();
        const QString chosen = combo->currentText();
        QSignalBlocker block(combo);
        combo->clear();
        combo->addItems(fields);
        combo->setCurrentIndex(std::max(0, combo->findText(chosen)));
    }
}

QList<QPair<QString, QString>> FieldFilters::filters() const
{
    QList<QPair<QString, QString>> out;
    for (int i = 0; i < m_rows->count(); ++i) {
        QWidget *w = m_rows->itemAt(i)->widget();
        const QString field = w->findChild<QComboBox *>()->currentText();
        const QString text = w->findChild<QLineEdit *>()->text().trimmed();
        if (!field.isEmpty() && !text.isEmpty())
            out.append({field, text});
    }
    return out;
}

void FieldFilters::clear()
{
    bool cleared = false;
    for (int i = 0; i < m_rows->count(); ++i) {
        auto *text = m_rows->itemAt(i)->widget()->findChild<QLineEdit *>();
        QSignalBlocker block(text);
        cleared = cleared || !text->text().isEmpty();
        text->clear();
    }
    if (cleared)
        Q_EMIT changed();
}

} // namespace nd
