#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace nd {

// Where a profile's two secrets live: the environment API key and the webhook signing key, kept
// apart (Nango signs webhooks with the signing key since 2026-04). Calls are asynchronous: the
// OS keychain may take time or prompt, and no caller may wait on it.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Kind { ApiKey, WebhookSigningKey, DatabasePassword, PreviousWebhookSigningKey, ProxyPassword };
    enum class Status { Ok, NotFound, Unavailable, Error };
    struct Result
    {
        Status status = Status::Error;
        QByteArray value;
        QString message; // for the user when status != Ok
    };
    using Callback = std::function<void(const Result &)>;

    using QObject::QObject;
    virtual QString name() const = 0;
    virtual void read(const QString &profile, Kind kind, Callback done) = 0;
    virtual void write(const QString &profile, Kind kind, const QByteArray &value, Callback done) = 0;
    virtual void remove(const QString &profile, Kind kind, Callback done) = 0;

    static QString keyName(const QString &profile, Kind kind);
};

// Session-only storage: secrets vanish when the process ends. Chosen explicitly by the user when
// the keychain is unavailable, and used by tests of everything but the keychain itself.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;
    QString name() const override { return QStringLiteral("memory (this session only)"); }
    void read(const QString &profile, Kind kind, Callback done) override;
    void write(const QString &profile, Kind kind, const QByteArray &value, Callback done) override;
    void remove(const QString &profile, Kind kind, Callback done) override;

private:
    QHash<QString, QByteArray> m_values;
};

} // namespace nd
