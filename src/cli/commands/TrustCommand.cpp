#include "commands/TrustCommand.h"

#include "CliContext.h"
#include "ExitCode.h"

#include <QTextStream>

#include <cstdio>
#include <unistd.h>

namespace nd {

using namespace Qt::StringLiterals;

TrustCommand::TrustCommand(CliContext &context)
    : Command(context, u"trust"_s)
{}

void TrustCommand::describe(QCommandLineParser &p)
{
    p.setApplicationDescription(
        tr("Show the TLS certificate of the profile's server, without sending the API key. A certificate "
           "this computer does not trust (self-signed, or from a private authority) can be trusted for "
           "this profile alone: check its SHA-256 fingerprint with the server's administrator, then give "
           "it with --fingerprint (or answer yes on a terminal). A different certificate is refused later, "
           "showing both fingerprints. For a company's certificate authority, use --ca-file instead."));
    p.addOption(
        {u"fingerprint"_s, tr("The SHA-256 fingerprint you checked (with or without colons)."), u"SHA256"_s});
    p.addOption({u"forget"_s, tr("Forget the certificate trusted for this profile.")});
}

int TrustCommand::run(const QCommandLineParser &p)
{
    const QString typed = p.value(u"fingerprint"_s);
    const QString fingerprint = CertificateInfo::normalisedFingerprint(typed);
    if (!typed.isEmpty() && fingerprint.isEmpty())
        return usageError(tr("--fingerprint must be a SHA-256 fingerprint: 64 hex digits, colons allowed."));
    if (const int code = m_context.openEngine())
        return code;
    SyncEngine &engine = m_context.engine();
    const QUrl server = engine.config().serverUrl;
    if (p.isSet(u"forget"_s)) {
        NetworkSettings network = engine.network();
        const bool had = !network.pinnedSha256.isEmpty();
        network.pinnedSha256.clear();
        engine.setNetwork(network);
        m_context.out() << (had ? tr("Forgot the certificate trusted for profile \"%1\".")
                                : tr("Profile \"%1\" trusts no certificate of its own."))
                               .arg(m_context.profile)
                        << Qt::endl;
        return Ok;
    }
    if (server.scheme() != u"https") {
        m_context.err() << tr("%1 is plain HTTP: there is no certificate to trust.").arg(server.toString())
                        << Qt::endl;
        return Failed;
    }
    m_context.withProxyPassword([this, fingerprint]() { inspect(fingerprint); });
    return -1;
}

void TrustCommand::inspect(const QString &fingerprint)
{
    ApiCall *call = m_context.engine().client().probe();
    connect(call, &ApiCall::finished, this, [this, call, fingerprint]() {
        call->deleteLater();
        SyncEngine &engine = m_context.engine();
        const QString server = engine.config().serverUrl.toString();
        const ApiError &error = call->error();
        if (call->status() > 0 && error.kind != ApiError::Kind::Tls && error.kind != ApiError::Kind::Proxy) {
            const CertificateInfo certificate = call->peerCertificate();
            m_context.out() << tr("The certificate of %1:").arg(server) << '\n'
                            << certificate.describe() << '\n';
            const bool pinned = !engine.network().pinnedSha256.isEmpty();
            m_context.finish(
                Ok, pinned ? tr("It is the certificate trusted for profile \"%1\".").arg(m_context.profile)
                           : tr("This computer already trusts it: there is nothing to pin."));
            return;
        }
        if (!error.canTrustCertificate()) {
            m_context.finish(error.kind == ApiError::Kind::Tls ? int(Unreachable)
                                                               : exitCodeFor(error.kindName()),
                             error.userMessage());
            return;
        }
        m_context.out() << error.userMessage() << '\n' << Qt::endl;
        m_context.finish(pin(error.certificate, fingerprint));
    });
}

int TrustCommand::pin(const CertificateInfo &certificate, const QString &fingerprint)
{
    const QString shown = CertificateInfo::displayFingerprint(certificate.sha256);
    if (fingerprint.isEmpty()) {
        if (!isatty(STDIN_FILENO)) {
            m_context.err() << tr("Not trusted. Check the fingerprint with the server's administrator, then "
                                  "run:\n  nango-desk-cli --profile %1 trust --fingerprint %2")
                                   .arg(m_context.profile, shown)
                            << Qt::endl;
            return Failed;
        }
        m_context.out() << tr("Trust this certificate for profile \"%1\"? [y/N] ").arg(m_context.profile)
                        << Qt::flush;
        QTextStream in(stdin);
        const QString answer = in.readLine().trimmed().toLower();
        if (answer != u"y" && answer != u"yes") {
            m_context.err() << tr("Not trusted.") << Qt::endl;
            return Failed;
        }
    } else if (fingerprint != certificate.sha256) {
        m_context.err() << tr("Not trusted: the server shows %1, not the fingerprint you gave (%2).")
                               .arg(shown, CertificateInfo::displayFingerprint(fingerprint))
                        << Qt::endl;
        return Failed;
    }
    SyncEngine &engine = m_context.engine();
    NetworkSettings network = engine.network();
    network.pinnedSha256 = certificate.sha256;
    engine.setNetwork(network);
    m_context.out() << tr("Trusted %1 for profile \"%2\": Nango Desk accepts this certificate, and no other, "
                          "from %3.")
                           .arg(shown, m_context.profile, engine.config().serverUrl.toString())
                    << Qt::endl;
    return Ok;
}

} // namespace nd
