#pragma once

#include <QByteArray>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcApi)
Q_DECLARE_LOGGING_CATEGORY(lcSync)
Q_DECLARE_LOGGING_CATEGORY(lcDb)
Q_DECLARE_LOGGING_CATEGORY(lcWebhook)
Q_DECLARE_LOGGING_CATEGORY(lcKeychain)
Q_DECLARE_LOGGING_CATEGORY(lcExport)
Q_DECLARE_LOGGING_CATEGORY(lcActions)

namespace nd {

// Every secret the process holds is registered here; the message handler replaces any occurrence
// of one with "***" before a line reaches stderr or a log file. Code never logs keys on purpose;
// this is the net under that rule.
namespace SecretRedactor {

void add(const QByteArray &secret);
void remove(const QByteArray &secret); // undoes one add(): a key added twice stays until removed twice
QString redact(QString text);
// The same over bytes (what is stored: proxy and action histories, whatever the field's name):
// each registered secret, in any letter case, becomes ***.
QByteArray redactBytes(QByteArray bytes);
// Installs a Qt message handler that redacts, then forwards to the previous handler.
void installMessageHandler();

} // namespace SecretRedactor
} // namespace nd
