#pragma once

#include "api/ApiError.h"
#include "net/NetworkSettings.h"

#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>

namespace nd {

// Which server certificates one profile accepts: the system's authorities, plus the profile's CA
// file (and SSL_CERT_FILE when set), plus the one certificate pinned for the profile. Never "ignore
// every error": a pin excuses only the errors of that exact certificate, and not its expiry.
class TlsPolicy
{
public:
    void configure(const NetworkSettings &settings);
    // Why the CA file cannot be used (empty: it can, or there is none).
    const QString &problem() const { return m_problem; }
    // The configuration requests carry; null when the system's defaults apply unchanged.
    bool customised() const { return m_customised; }
    const QSslConfiguration &configuration() const { return m_configuration; }
    const QString &pinnedSha256() const { return m_pin; }

    // True when every error is about the pinned certificate and none is its validity period.
    bool excuses(const QList<QSslError> &errors) const;
    // The peer certificate is not the pinned one (a pin is set).
    bool pinMismatch(const QSslCertificate &peer) const;

    // Fills a Kind::Tls error from what the handshake reported.
    static void describe(ApiError &error, const QList<QSslError> &errors, const QSslCertificate &peer,
                         const QString &pin);

private:
    QSslConfiguration m_configuration;
    QString m_pin;
    QString m_problem;
    bool m_customised = false;
};

} // namespace nd
