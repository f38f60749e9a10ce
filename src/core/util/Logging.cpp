#include "util/Logging.h"

#include <QHash>
#include <QMutex>
#include <QString>

Q_LOGGING_CATEGORY(lcApi, "nangodesk.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "nangodesk.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDb, "nangodesk.db", QtInfoMsg)
Q_LOGGING_CATEGORY(lcWebhook, "nangodesk.webhook", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKeychain, "nangodesk.keychain", QtInfoMsg)
Q_LOGGING_CATEGORY(lcExport, "nangodesk.export", QtInfoMsg)
Q_LOGGING_CATEGORY(lcActions, "nangodesk.actions", QtInfoMsg)

namespace nd::SecretRedactor {

namespace {

// Never destroyed: Qt still logs while the process exits, after function statics are gone, and the
// handler must keep working (and redacting) until the very end.
QMutex &mutex()
{
    static auto *m = new QMutex;
    return *m;
}

// Counted: several holders (two clients of one profile) register the same key, and the first to
// let go must not unmask it for the others.
QHash<QByteArray, int> &secrets()
{
    static auto *s = new QHash<QByteArray, int>;
    return *s;
}

QtMessageHandler &previous()
{
    static QtMessageHandler h = nullptr;
    return h;
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString clean = redact(message);
    if (previous())
        previous()(type, context, clean);
}

} // namespace

void add(const QByteArray &secret)
{
    // Short strings would redact ordinary words; keys are long.
    if (secret.size() < 8)
        return;
    QMutexLocker lock(&mutex());
    ++secrets()[secret];
}

void remove(const QByteArray &secret)
{
    QMutexLocker lock(&mutex());
    const auto it = secrets().find(secret);
    if (it != secrets().end() && --it.value() <= 0)
        secrets().erase(it);
}

QString redact(QString text)
{
    QMutexLocker lock(&mutex());
    for (auto it = secrets().cbegin(); it != secrets().cend(); ++it)
        text.replace(QString::fromUtf8(it.key()), QStringLiteral("***"), Qt::CaseInsensitive);
    return text;
}

QByteArray redactBytes(QByteArray bytes)
{
    QMutexLocker lock(&mutex());
    for (auto it = secrets().cbegin(); it != secrets().cend(); ++it) {
        const QByteArray needle = it.key().toLower();
        QByteArray lower = bytes.toLower();
        // From the end, so the offsets found stay right as the text shrinks.
        for (qsizetype at = lower.lastIndexOf(needle); at >= 0;
             at = at == 0 ? -1 : lower.lastIndexOf(needle, at - 1)) {
            bytes.replace(at, needle.size(), "***");
            lower.replace(at, needle.size(), "***");
        }
    }
    return bytes;
}

void installMessageHandler()
{
    static bool installed = false;
    if (installed)
        return;
    installed = true;
    previous() = qInstallMessageHandler(handler);
}

} // namespace nd::SecretRedactor
