#include "util/Logging.h"

#include <QMutex>
#include <QSet>
#include <QString>

Q_LOGGING_CATEGORY(lcApi, "nangodesk.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "nangodesk.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDb, "nangodesk.db", QtInfoMsg)
Q_LOGGING_CATEGORY(lcWebhook, "nangodesk.webhook", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKeychain, "nangodesk.keychain", QtInfoMsg)
Q_LOGGING_CATEGORY(lcExport, "nangodesk.export", QtInfoMsg)

namespace nd::SecretRedactor {

namespace {

QMutex &mutex()
{
    static QMutex m;
    return m;
}

QSet<QByteArray> &secrets()
{
    static QSet<QByteArray> s;
    return s;
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
    secrets().insert(secret);
}

void remove(const QByteArray &secret)
{
    QMutexLocker lock(&mutex());
    secrets().remove(secret);
}

QString redact(QString text)
{
    QMutexLocker lock(&mutex());
    for (const QByteArray &s : std::as_const(secrets()))
        text.replace(QString::fromUtf8(s), QStringLiteral("***"), Qt::CaseInsensitive);
    return text;
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
