#pragma once

#include "secrets/SecretStore.h"

#include <QByteArray>

#include <functional>

namespace nd {

// A new webhook signing key, without dropping webhooks: after Nango rotates the key, its jobs go on
// signing with the old one for up to 5 minutes, and Nango never retries a webhook a listener
// refused with 401. So the key a new one replaces stays in the keychain, and accepted, for ten
// minutes more; then it goes.
namespace SigningKeyRotation {

inline constexpr qint64 kGraceUs = 10LL * 60 * 1000000;

// Saves `newKey` as the profile's signing key; the one it replaces (if another) is kept as the
// previous key until now + kGraceUs. `done(ok, message)`.
void rotate(SecretStore *store, const QString &profile, const QByteArray &newKey,
            std::function<void(bool ok, const QString &message)> done);

// The previous key and until when it is accepted; nothing (and it is removed) once that has passed.
void loadPrevious(SecretStore *store, const QString &profile,
                  std::function<void(const QByteArray &key, qint64 untilUs)> done);

// How the previous key is kept: "<untilUs>:<key>" (nothing else reads it).
QByteArray encode(const QByteArray &key, qint64 untilUs);
bool decode(const QByteArray &stored, QByteArray *key, qint64 *untilUs);

} // namespace SigningKeyRotation
} // namespace nd
