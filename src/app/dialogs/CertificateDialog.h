#pragma once

#include "api/ApiError.h"

#include <QDialog>

namespace nd {

// The server's certificate for a person to decide on: why it is not trusted (self-signed, a private
// authority, expired, another host, changed since it was trusted), who it is for, who issued it,
// when it is valid and its SHA-256 fingerprint. "Trust this certificate for this profile" appears
// only for one that can reasonably be trusted (never an expired one, never for "another host").
class CertificateDialog : public QDialog
{
    Q_OBJECT
public:
    // `error` is the failed call's (Kind::Tls), or none when the certificate is trusted already.
    CertificateDialog(const QString &server, const QString &profile, const ApiError &error,
                      const CertificateInfo &certificate, QWidget *parent = nullptr);

Q_SIGNALS:
    void trustRequested(const QString &sha256);
};

} // namespace nd
