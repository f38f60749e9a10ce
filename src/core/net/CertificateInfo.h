#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

class QSslCertificate;

namespace nd {

// What a person needs to decide whether to trust a server's certificate, without Qt's TLS types:
// who it is for, who issued it, when it is valid and its SHA-256 fingerprint (of the DER bytes).
struct CertificateInfo
{
    QString subject;
    QString issuer;
    QStringList names; // the subject alternative names (DNS and IP), else the common name
    QDateTime notBefore;
    QDateTime notAfter;
    QString sha256; // lower-case hex, no separators
    bool selfSigned = false;

    bool isNull() const { return sha256.isEmpty(); }
    static CertificateInfo from(const QSslCertificate &certificate);
    static QString sha256Of(const QSslCertificate &certificate);
    // "AB:CD:…", the way browsers and `openssl x509 -fingerprint -sha256` print it.
    static QString displayFingerprint(const QString &hex);
    // A fingerprint as typed (with or without colons, any case) in the stored form; empty if it is
    // not 32 bytes of hex.
    static QString normalisedFingerprint(const QString &typed);
    // Several lines: subject, names, issuer, validity, fingerprint.
    QString describe() const;
};

} // namespace nd
