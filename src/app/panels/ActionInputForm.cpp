#include "panels/ActionInputForm.h"

#include "actions/ActionRunner.h"
#include "actions/SchemaRef.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace nd {

using namespace Qt::StringLiterals;

namespace {

QString compactJson(const QJsonValue &v)
{
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    const QByteArray wrapped = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

QString numberText(double d)
{
    if (std::floor(d) == d && std::fabs(d) < 9007199254740992.0)
        return QString::number(qint64(d));
    return QString::number(d, 'g', QLocale::FloatingPointShortest);
}

// The one type of "X", ["X", "null"], or anyOf/oneOf [X, null]; empty when there is no single one.
QString singleType(const QJsonObject &schema)
{
    const QJsonValue type = schema.value(u"type"_s);
    if (type.isString())
        return type.toString();
    QStringList types;
    for (const QJsonValue &t : type.toArray())
        if (t.toString() != u"null")
            types << t.toString();
    return types.size() == 1 ? types.first() : QString();
}

} // namespace

ActionInputForm::ActionInputForm(QWidget *parent)
    : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    m_layout = new QFormLayout;
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    outer->addLayout(m_layout);
    m_legend = new QLabel(tr("* required"), this);
    m_legend->setObjectName(u"actionFormLegend"_s);
    m_legend->setEnabled(false);
    m_legend->hide();
    outer->addWidget(m_legend);
    outer->addStretch(1);
}

QJsonObject ActionInputForm::resolve(const QJsonObject &schema) const
{
    return resolveSchemaRef(m_root, schema);
}

bool ActionInputForm::setSchema(const QJsonObject &schema)
{
    removeFields();
    m_root = schema;
    const QJsonObject s = resolve(schema);
    const QJsonObject properties = s.value(u"properties"_s).toObject();
    if (properties.isEmpty())
        return false;
    QStringList required;
    for (const QJsonValue &r : s.value(u"required"_s).toArray())
        required << r.toString();
    // Required fields first, each group in the schema's (alphabetical, as QJsonObject keeps it) order.
    QStringList names = properties.keys();
    std::stable_sort(names.begin(), names.end(), [&required](const QString &a, const QString &b) {
        return required.contains(a) && !required.contains(b);
    });
    for (const QString &name : std::as_const(names))
        m_fields.push_back(makeField(name, properties.value(name).toObject(), required.contains(name)));
    m_legend->setVisible(!required.isEmpty());
    return true;
}

ActionInputForm::Field ActionInputForm::makeField(const QString &name, const QJsonObject &raw, bool required)
{
    QJsonObject s = resolve(raw);
    // "X | null" written as anyOf / oneOf: the form edits X.
    for (const QString &key : {u"anyOf"_s, u"oneOf"_s}) {
        QList<QJsonObject> branches;
        for (const QJsonValue &b : s.value(key).toArray()) {
            const QJsonObject branch = resolve(b.toObject());
            if (branch.value(u"type"_s).toString() != u"null")
                branches << branch;
        }
        if (branches.size() == 1)
            s = branches.first();
    }
    const QString description = raw.value(u"description"_s).toString(s.value(u"description"_s).toString());
    const QString type = singleType(s);
    Field f;
    f.name = name;
    f.required = required;
    if (!s.value(u"enum"_s).toArray().isEmpty()) {
        f.kind = Kind::Choice;
        f.choices = s.value(u"enum"_s).toArray();
    } else if (type == u"string") {
        f.kind = Kind::Text;
    } else if (type == u"integer") {
        f.kind = Kind::Integer;
    } else if (type == u"number") {
        f.kind = Kind::Number;
    } else if (type == u"boolean") {
        f.kind = Kind::Boolean;
    } else {
        f.kind = Kind::Json;
    }

    auto *container = new QWidget(this);
    auto *box = new QVBoxLayout(container);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(2);
    switch (f.kind) {
    case Kind::Text:
    case Kind::Integer:
    case Kind::Number: {
        auto *edit = new QLineEdit(container);
        const QString format = s.value(u"format"_s).toString();
        edit->setPlaceholderText(f.kind == Kind::Integer  ? tr("a whole number")
                                 : f.kind == Kind::Number ? tr("a number")
                                 : !format.isEmpty()      ? tr("text (%1)").arg(format)
                                                          : tr("text"));
        edit->setClearButtonEnabled(true);
        connect(edit, &QLineEdit::textEdited, this, &ActionInputForm::edited);
        f.editor = edit;
        break;
    }
    case Kind::Boolean: {
        auto *check = new QCheckBox(container);
        // An optional flag has a third state: not sent at all.
        check->setTristate(!required);
        auto label = [check]() {
            check->setText(check->checkState() == Qt::PartiallyChecked ? tr("not sent")
                           : check->isChecked()                        ? tr("true")
                                                                       : tr("false"));
        };
        check->setCheckState(required ? Qt::Unchecked : Qt::PartiallyChecked);
        label();
        connect(check, &QCheckBox::stateChanged, this, [this, label]() {
            label();
            Q_EMIT edited();
        });
        f.editor = check;
        break;
    }
    case Kind::Choice: {
        auto *combo = new QComboBox(container);
        if (!required)
            combo->addItem(tr("(not sent)"));
        for (const QJsonValue &v : std::as_const(f.choices))
            combo->addItem(v.isString() ? v.toString() : compactJson(v));
        connect(combo, &QComboBox::activated, this, &ActionInputForm::edited);
        f.editor = combo;
        break;
    }
    case Kind::Json: {
        auto *text = new QPlainTextEdit(container);
        text->setTabChangesFocus(true);
        text->setFixedHeight(text->fontMetrics().lineSpacing() * 3 + 12);
        text->setPlaceholderText(type == u"array"    ? tr("JSON list, e.g. [\"a\", \"b\"]")
                                 : type == u"object" ? tr("JSON object, e.g. {\"key\": \"value\"}")
                                                     : tr("any JSON value"));
        connect(text, &QPlainTextEdit::textChanged, this, &ActionInputForm::edited);
        f.editor = text;
        break;
    }
    }
    f.editor->setObjectName(u"actionField_"_s + name);
    f.editor->setAccessibleName(name);
    f.editor->setToolTip(description);
    f.problem = new QLabel(container);
    f.problem->setObjectName(u"actionFieldProblem_"_s + name);
    f.problem->setWordWrap(true);
    f.problem->setStyleSheet(u"color: #c62828;"_s);
    f.problem->hide();
    box->addWidget(f.editor);
    box->addWidget(f.problem);
    auto *label = new QLabel(required ? QString(name + u" *"_s) : name, this);
    label->setBuddy(f.editor);
    label->setToolTip(description.isEmpty() ? (required ? tr("Required") : QString())
                                            : (required ? tr("Required. %1").arg(description) : description));
    m_layout->addRow(label, container);
    return f;
}

void ActionInputForm::removeFields()
{
    while (m_layout->rowCount() > 0)
        m_layout->removeRow(0);
    m_fields.clear();
    m_legend->hide();
}

QStringList ActionInputForm::fieldNames() const
{
    QStringList out;
    for (const Field &f : m_fields)
        out << f.name;
    return out;
}

QWidget *ActionInputForm::editor(const QString &name) const
{
    for (const Field &f : m_fields)
        if (f.name == name)
            return f.editor;
    return nullptr;
}

QJsonObject ActionInputForm::value(QStringList *problems) const
{
    QJsonObject out;
    for (const Field &f : m_fields) {
        switch (f.kind) {
        case Kind::Text: {
            const QString text = static_cast<QLineEdit *>(f.editor)->text();
            if (!text.isEmpty())
                out.insert(f.name, text);
            break;
        }
        case Kind::Integer:
        case Kind::Number: {
            const QString text = static_cast<QLineEdit *>(f.editor)->text().trimmed();
            if (text.isEmpty())
                break;
            bool ok = false;
            const double d = text.toDouble(&ok);
            // Not a number: sent as text, so the check says what is wrong with it.
            out.insert(f.name, ok && std::isfinite(d) ? QJsonValue(d) : QJsonValue(text));
            break;
        }
        case Kind::Boolean: {
            const Qt::CheckState state = static_cast<QCheckBox *>(f.editor)->checkState();
            if (state != Qt::PartiallyChecked)
                out.insert(f.name, state == Qt::Checked);
            break;
        }
        case Kind::Choice: {
            const int index = static_cast<QComboBox *>(f.editor)->currentIndex() - (f.required ? 0 : 1);
            if (index >= 0 && index < f.choices.size())
                out.insert(f.name, f.choices.at(index));
            break;
        }
        case Kind::Json: {
            const QString text = static_cast<QPlainTextEdit *>(f.editor)->toPlainText().trimmed();
            if (text.isEmpty())
                break;
            bool ok = false;
            const QJsonValue v = ActionRunner::parseJsonValue(text.toUtf8(), &ok);
            if (ok)
                out.insert(f.name, v);
            else if (problems)
                *problems << tr("\"%1\" is not valid JSON: %2").arg(f.name, text.left(60));
            break;
        }
        }
    }
    return out;
}

void ActionInputForm::setValue(const QJsonObject &value)
{
    for (const Field &f : m_fields) {
        const QJsonValue v = value.value(f.name);
        const bool unset = v.isUndefined();
        switch (f.kind) {
        case Kind::Text:
            static_cast<QLineEdit *>(f.editor)->setText(unset          ? QString()
                                                        : v.isString() ? v.toString()
                                                                       : compactJson(v));
            break;
        case Kind::Integer:
        case Kind::Number:
            static_cast<QLineEdit *>(f.editor)->setText(unset          ? QString()
                                                        : v.isDouble() ? numberText(v.toDouble())
                                                        : v.isString() ? v.toString()
                                                                       : compactJson(v));
            break;
        case Kind::Boolean: {
            auto *check = static_cast<QCheckBox *>(f.editor);
            check->setCheckState(v.isBool() ? (v.toBool() ? Qt::Checked : Qt::Unchecked)
                                            : (f.required ? Qt::Unchecked : Qt::PartiallyChecked));
            break;
        }
        case Kind::Choice: {
            const qsizetype index = unset ? -1 : f.choices.toVariantList().indexOf(v.toVariant());
            static_cast<QComboBox *>(f.editor)->setCurrentIndex(
                index < 0 ? 0 : int(index) + (f.required ? 0 : 1));
            break;
        }
        case Kind::Json:
            static_cast<QPlainTextEdit *>(f.editor)->setPlainText(unset ? QString() : compactJson(v));
            break;
        }
    }
}

void ActionInputForm::clearValues()
{
    setValue({});
    clearProblems();
}

void ActionInputForm::showProblems(const QStringList &problems)
{
    clearProblems();
    // InputValidator and the form name fields as "name", "name.sub" or "name[0]".
    static const QRegularExpression fieldName(uR"(^"([^".\[]+))"_s);
    for (const Field &f : m_fields) {
        QStringList mine;
        for (const QString &p : problems) {
            const auto m = fieldName.match(p);
            if (m.hasMatch() && m.captured(1) == f.name)
                mine << p;
        }
        if (!mine.isEmpty()) {
            f.problem->setText(mine.join(u'\n'));
            f.problem->show();
        }
    }
}

void ActionInputForm::clearProblems()
{
    for (const Field &f : m_fields) {
        f.problem->clear();
        f.problem->hide();
    }
}

} // namespace nd
