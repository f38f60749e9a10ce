#include "secrets/SecretStore.h"

#include "util/Logging.h"

#include <QTimer>

namespace nd {

QString SecretStore::keyName(const QString &profile, Kind kind)
{
    switch (kind) {
    case Kind::ApiKey:
        return profile + QStringLiteral("/api-key");
    case Kind::WebhookSigningKey:
        return profile + QStringLiteral("/webhook-signing-key");
    case Kind::DatabasePassword:
        return profile + QStringLiteral("/database-password");
    case Kind::PreviousWebhookSigningKey:
        return profile + QStringLiteral("/previous-webhook-signing-key");
    case Kind::ProxyPassword:
        return profile + QStringLiteral("/proxy-password");
    }
    return profile;
}

void MemorySecretStore::read(const QString &profile, Kind kind, Callback done)
{
    const QString key = keyName(profile, kind);
    Result r;
    if (m_values.contains(key)) {
        r.status = Status::Ok;
        r.value = m_values.value(key);
    } else {
        r.status = Status::NotFound;
        r.message = QStringLiteral("No secret stored for this profile yet.");
    }
    QTimer::singleShot(0, this, [done, r]() { done(r); });
}

void MemorySecretStore::write(const QString &profile, Kind kind, const QByteArray &value, Callback done)
{
    m_values.insert(keyName(profile, kind), value);
    SecretRedactor::add(value);
    QTimer::singleShot(0, this, [done]() { done(Result{Status::Ok, {}, {}}); });
}

void MemorySecretStore::remove(const QString &profile, Kind kind, Callback done)
{
    m_values.remove(keyName(profile, kind));
    QTimer::singleShot(0, this, [done]() { done(Result{Status::Ok, {}, {}}); });
}

} // namespace nd
