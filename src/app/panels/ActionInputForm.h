#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QWidget>

#include <vector>

class QFormLayout;
class QLabel;

namespace nd {

// An action's input as a form generated from its JSON schema: one editor per top-level property
// (text, whole number, number, true/false, a choice, or a small JSON field for objects and lists).
// Required fields are marked; fields left empty are not sent. Problems are shown under the field
// they name.
class ActionInputForm : public QWidget
{
    Q_OBJECT
public:
    explicit ActionInputForm(QWidget *parent = nullptr);

    // Builds the editors; false (and no editors) when the schema is not an object with properties.
    bool setSchema(const QJsonObject &schema);
    bool hasFields() const { return !m_fields.empty(); }
    QStringList fieldNames() const;
    QWidget *editor(const QString &name) const;
    // The input: empty fields are left out. What stops a field from being read (JSON that does not
    // parse) goes to `problems`, naming the field.
    QJsonObject value(QStringList *problems) const;
    // Fills the editors from an input (members without a field are ignored).
    void setValue(const QJsonObject &value);
    void clearValues();
    // Shows each problem under the field it names (a problem starts with the field's name in quotes).
    void showProblems(const QStringList &problems);
    void clearProblems();

Q_SIGNALS:
    void edited();

private:
    enum class Kind { Text, Integer, Number, Boolean, Choice, Json };
    struct Field
    {
        QString name;
        Kind kind = Kind::Text;
        bool required = false;
        QJsonArray choices; // Choice
        QWidget *editor = nullptr;
        QLabel *problem = nullptr;
    };
    QJsonObject resolve(const QJsonObject &schema) const;
    Field makeField(const QString &name, const QJsonObject &schema, bool required);
    void removeFields();

    QFormLayout *m_layout;
    QLabel *m_legend;
    QJsonObject m_root;
    std::vector<Field> m_fields;
};

} // namespace nd
