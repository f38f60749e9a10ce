#pragma once

#include "Command.h"

namespace nd {

struct CertificateInfo;

// trust: shows the server's TLS certificate (subject, names, issuer, validity, SHA-256) without
// sending the key, and pins it for the profile once the user confirms it: --fingerprint with the
// fingerprint they checked, or a yes on a terminal. --forget removes the pin. Never "trust all".
class TrustCommand : public Command
{
    Q_OBJECT
public:
    explicit TrustCommand(CliContext &context);

protected:
    void describe(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser) override;

private:
    void inspect(const QString &fingerprint);
    int pin(const CertificateInfo &certificate, const QString &fingerprint);
};

} // namespace nd
