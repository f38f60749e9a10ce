#include "webhook/WebhookVerifier.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

namespace nd::WebhookVerifier {

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

QByteArray hmacHex(const QByteArray &key, const QByteArray &body)
{
    return QMessageAuthenticationCode::hash(body, key, QCryptographicHash::Sha256).toHex();
}

Result verify(const QByteArray &body, const QByteArray &hmacHeader, const QByteArray &legacyHeader,
              const QByteArray &signingKey, bool allowLegacy)
{
    if (signingKey.isEmpty())
        return Result::Invalid;
    if (!hmacHeader.isEmpty())
        return constantTimeEquals(hmacHex(signingKey, body), hmacHeader.trimmed().toLower())
                   ? Result::Valid
                   : Result::Invalid;
    if (allowLegacy && !legacyHeader.isEmpty()) {
        QByteArray data = signingKey;
        data.append(body);
        const QByteArray expected = QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
        return constantTimeEquals(expected, legacyHeader.trimmed().toLower()) ? Result::ValidLegacy
                                                                              : Result::Invalid;
    }
    return Result::Missing;
}

} // namespace nd::WebhookVerifier
