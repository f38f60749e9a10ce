#pragma once

#include <QJsonValue>
#include <QString>

class QPlainTextEdit;
class QPushButton;
class QWidget;

namespace nd {

// A push button with an object name (for tests), an accessible name and a tooltip.
QPushButton *makeButton(QWidget *parent, const QString &objectName, const QString &text, const QString &tip);
// A plain-text editor for JSON or an HTTP body: fixed font, no wrapping, Tab moves on.
QPlainTextEdit *makeCodeEditor(QWidget *parent, const QString &objectName, const QString &accessibleName);
// A JSON value indented for reading (a string or a number as JSON writes it); empty when undefined.
QString prettyJson(const QJsonValue &value);

} // namespace nd
