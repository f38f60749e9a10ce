#pragma once

#include <QByteArray>

namespace nd {

// Checks Nango's webhook signatures over the raw body bytes, never a re-serialisation.
namespace WebhookVerifier {

enum class Result { Valid, ValidLegacy, Invalid, Missing };

// X-Nango-Hmac-Sha256 = hex(HMAC-SHA256(signingKey, body)); the legacy X-Nango-Signature =
// hex(SHA-256(signingKey + body)) is checked only when allowLegacy is set.
Result verify(const QByteArray &body, const QByteArray &hmacHeader, const QByteArray &legacyHeader,
              const QByteArray &signingKey, bool allowLegacy);

// Compares in time that does not depend on where the inputs differ.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

QByteArray hmacHex(const QByteArray &key, const QByteArray &body);

} // namespace WebhookVerifier
} // namespace nd
