#include "net/TlsPolicy.h"

#include "net/CertificateInfo.h"
#include "util/Logging.h"

namespace nd {

using namespace Qt::StringLiterals;

void TlsPolicy::configure(const NetworkSettings &settings)
{
    m_pin = settings.pinnedSha256;
    m_problem = NetworkSettings::caFileProblem(settings.caFile);
    m_configuration = QSslConfiguration::defaultConfiguration();
    m_customised = false;
    QList<QSslCertificate> extra;
    if (m_problem.isEmpty() && !settings.caFile.isEmpty())
        extra += QSslCertificate::fromPath(settings.caFile, QSsl::Pem);
    // OpenSSL's own tools read SSL_CERT_FILE; Qt loads the system's directory only. Its
    // authorities are added (not substituted) so the system's stay trusted.
    const QString envFile = qEnvironmentVariable("SSL_CERT_FILE");
    if (!envFile.isEmpty() && NetworkSettings::caFileProblem(envFile).isEmpty())
        extra += QSslCertificate::fromPath(envFile, QSsl::Pem);
    if (extra.isEmpty())
        return;
    // Adding to the default configuration would stop the system's on-demand loading: the system's
    // list is read once, here, and the extra authorities go beside it (SSL_CERT_FILE often names
    // the system's own bundle: nothing is added then).
    // Read once per process (a directory of ~150 files), not for every client.
    static const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
    extra.removeIf([](const QSslCertificate &c) { return system.contains(c); });
    if (extra.isEmpty())
        return;
    m_configuration.setCaCertificates(system + extra);
    m_customised = true;
    qCInfo(lcApi) << "trusting" << extra.size() << "certificate authorities besides the system's";
}

bool TlsPolicy::pinMismatch(const QSslCertificate &peer) const
{
    return !m_pin.isEmpty() && !peer.isNull() && CertificateInfo::sha256Of(peer) != m_pin;
}

bool TlsPolicy::excuses(const QList<QSslError> &errors) const
{
    if (m_pin.isEmpty() || errors.isEmpty())
        return false;
    for (const QSslError &e : errors) {
        if (e.error() == QSslError::CertificateExpired || e.error() == QSslError::CertificateNotYetValid)
            return false;
        if (e.certificate().isNull() || CertificateInfo::sha256Of(e.certificate()) != m_pin)
            return false;
    }
    return true;
}

void TlsPolicy::describe(ApiError &error, const QList<QSslError> &errors, const QSslCertificate &peer,
                         const QString &pin)
{
    using Cause = ApiError::TlsCause;
    error.kind = ApiError::Kind::Tls;
    error.certificate = CertificateInfo::from(peer);
    error.pinnedSha256 = pin;
    auto add = [&error](Cause cause) {
        if (!error.tlsCauses.contains(cause))
            error.tlsCauses.append(cause);
    };
    if (!pin.isEmpty() && !peer.isNull() && error.certificate.sha256 != pin)
        add(Cause::PinChanged);
    QStringList other;
    for (const QSslError &e : errors) {
        switch (e.error()) {
        case QSslError::SelfSignedCertificate:
            add(Cause::SelfSigned);
            break;
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
            add(Cause::Untrusted);
            break;
        case QSslError::CertificateExpired:
            add(Cause::Expired);
            break;
        case QSslError::CertificateNotYetValid:
            add(Cause::NotYetValid);
            break;
        case QSslError::HostNameMismatch:
            add(Cause::HostName);
            break;
        default:
            add(Cause::Other);
            other << e.errorString();
            break;
        }
    }
    if (!other.isEmpty())
        error.serverMessage = other.join(u"; "_s);
    if (error.tlsCauses.isEmpty())
        add(Cause::Other);
}

} // namespace nd
