#include "secrets/SigningKeyRotation.h"

#include "util/Timestamp.h"

namespace nd {

QByteArray SigningKeyRotation::encode(const QByteArray &key, qint64 untilUs)
{
    return QByteArray::number(untilUs) + ':' + key;
}

bool SigningKeyRotation::decode(const QByteArray &stored, QByteArray *key, qint64 *untilUs)
{
    const qsizetype colon = stored.indexOf(':');
    bool ok = false;
    *untilUs = colon > 0 ? stored.left(colon).toLongLong(&ok) : 0;
    *key = ok ? stored.mid(colon + 1) : QByteArray();
    return ok && !key->isEmpty();
}

void SigningKeyRotation::rotate(SecretStore *store, const QString &profile, const QByteArray &newKey,
                                std::function<void(bool, const QString &)> done)
{
    auto saveNew = [store, profile, newKey, done]() {
        store->write(
            profile, SecretStore::Kind::WebhookSigningKey, newKey,
            [done](const SecretStore::Result &r) { done(r.status == SecretStore::Status::Ok, r.message); });
    };
    store->read(profile, SecretStore::Kind::WebhookSigningKey,
                [store, profile, newKey, saveNew](const SecretStore::Result &old) {
                    if (old.status != SecretStore::Status::Ok || old.value.isEmpty() || old.value == newKey) {
                        saveNew();
                        return;
                    }
                    const QByteArray kept = encode(old.value, Timestamp::nowMicros() + kGraceUs);
                    store->write(profile, SecretStore::Kind::PreviousWebhookSigningKey, kept,
                                 [saveNew](const SecretStore::Result &) { saveNew(); });
                });
}

void SigningKeyRotation::loadPrevious(SecretStore *store, const QString &profile,
                                      std::function<void(const QByteArray &, qint64)> done)
{
    store->read(profile, SecretStore::Kind::PreviousWebhookSigningKey,
                [store, profile, done](const SecretStore::Result &r) {
                    QByteArray key;
                    qint64 until = 0;
                    if (r.status != SecretStore::Status::Ok || !decode(r.value, &key, &until)) {
                        done({}, 0);
                        return;
                    }
                    if (until <= Timestamp::nowMicros()) {
                        store->remove(profile, SecretStore::Kind::PreviousWebhookSigningKey,
                                      [](const SecretStore::Result &) {});
                        done({}, 0);
                        return;
                    }
                    done(key, until);
                });
}

} // namespace nd
