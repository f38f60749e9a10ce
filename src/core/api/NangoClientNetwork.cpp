// How NangoClient reaches the server: the profile's trust (CA file, pinned certificate), the proxy
// (ProxyPolicy), and what a transport failure was: network, timeout, TLS (with the certificate), or
// the proxy's refusal.
#include "api/NangoClient.h"
#include "net/ProxyPolicy.h"
#include "util/Logging.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSslCipher>
#include <QSslConfiguration>

namespace nd {

using namespace Qt::StringLiterals;

void NangoClient::setNetwork(const NetworkSettings &settings, const QByteArray &proxyPassword)
{
    SecretRedactor::remove(m_proxyPassword);
    m_network = settings;
    m_proxyPassword = proxyPassword;
    SecretRedactor::add(m_proxyPassword);
    m_tls.configure(settings);
    m_proxyProblem = NetworkSettings::proxyProblem(settings.proxy);
    // A password in an environment proxy URL is the user's own secret too: kept out of logs.
    const ProxyPolicy::Environment env = ProxyPolicy::Environment::current();
    for (const QString &value : {env.httpProxy, env.httpsProxy, env.allProxy})
        if (const QString password = QUrl(value).password(); !password.isEmpty())
            SecretRedactor::add(password.toUtf8());
    m_nam->setProxyFactory(new ProxyPolicy(settings, proxyPassword, env));
    m_nam->clearConnectionCache();
    m_nam->clearAccessCache();
}

bool NangoClient::proxyHasCredentials(const QUrl &url) const
{
    const QNetworkProxy proxy = ProxyPolicy(m_network, m_proxyPassword).proxyFor(url);
    return proxy.type() != QNetworkProxy::NoProxy && !proxy.user().isEmpty() && !proxy.password().isEmpty();
}

bool NangoClient::proxyNeedsPassword() const
{
    return m_proxyPassword.isEmpty() && ProxyPolicy::needsPassword(m_network, m_baseUrl);
}

void NangoClient::watchTls(ApiCall *call, QNetworkReply *reply)
{
    if (reply->url().scheme() != u"https")
        return;
    connect(reply, &QNetworkReply::sslErrors, call, [this, call, reply](const QList<QSslError> &errors) {
        call->m_sslErrors = errors;
        call->m_peer = reply->sslConfiguration().peerCertificate();
        if (call->m_peer.isNull() && !errors.isEmpty())
            call->m_peer = errors.constFirst().certificate();
        // Only the pinned certificate's own errors are excused, and only those.
        if (m_tls.excuses(errors))
            reply->ignoreSslErrors(errors);
    });
    auto checkPin = [this, call, reply]() {
        const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
        if (!m_tls.pinMismatch(peer))
            return;
        // A valid certificate that is not the pinned one: stopped before the key is sent.
        call->m_peer = peer;
        call->m_pinMismatch = true;
        reply->abort();
    };
    connect(reply, &QNetworkReply::encrypted, call, checkPin);
    // A reused connection is not handshaken again: its certificate is checked when the answer begins.
    connect(reply, &QNetworkReply::metaDataChanged, call, checkPin);
}

ApiError NangoClient::transportError(ApiCall *call, QNetworkReply *reply) const
{
    ApiError error;
    const QUrl url = reply->url();
    error.url = url.adjusted(QUrl::RemoveQuery);
    error.serverMessage = reply->errorString();
    const QNetworkReply::NetworkError net = reply->error();
    if (call->m_pinMismatch) {
        TlsPolicy::describe(error, {}, call->m_peer, m_tls.pinnedSha256());
        return error;
    }
    const QNetworkProxy proxy = ProxyPolicy(m_network, {}).proxyFor(url);
    const bool viaProxy = proxy.type() != QNetworkProxy::NoProxy;
    error.proxy = u"%1:%2"_s.arg(proxy.hostName()).arg(proxy.port());
    // A CONNECT the proxy answered with other than 200 ends as an unknown error ("Proxy denied
    // connection"), before any TLS.
    const bool tunnelRefused = viaProxy && net == QNetworkReply::UnknownNetworkError &&
                               url.scheme() == u"https" && call->m_sslErrors.isEmpty();
    if ((net >= QNetworkReply::ProxyConnectionRefusedError && net <= QNetworkReply::UnknownProxyError) ||
        tunnelRefused) {
        error.kind = ApiError::Kind::Proxy;
        using Cause = ApiError::ProxyCause;
        switch (net) {
        case QNetworkReply::ProxyAuthenticationRequiredError:
            error.proxyCause = proxyHasCredentials(url) ? Cause::AuthRejected : Cause::AuthRequired;
            break;
        case QNetworkReply::ProxyConnectionRefusedError:
            error.proxyCause = Cause::Refused;
            break;
        case QNetworkReply::ProxyNotFoundError:
            error.proxyCause = Cause::NotFound;
            break;
        case QNetworkReply::ProxyTimeoutError:
            error.proxyCause = Cause::Timeout;
            break;
        case QNetworkReply::ProxyConnectionClosedError:
            error.proxyCause = Cause::Closed;
            break;
        default:
            error.proxyCause = Cause::TunnelRefused;
            break;
        }
        return error;
    }
    if (!call->m_sslErrors.isEmpty()) {
        TlsPolicy::describe(error, call->m_sslErrors, call->m_peer, m_tls.pinnedSha256());
        return error;
    }
    error.kind = net == QNetworkReply::OperationCanceledError || net == QNetworkReply::TimeoutError
                     ? ApiError::Kind::Timeout
                     : ApiError::Kind::Network;
    // An https request whose TLS session never began: the server closed or broke the handshake
    // (a plain-HTTP port, a proxy that refuses TLS, a protocol no side shares). Not a passing fault.
    const bool handshakeFailed = error.kind == ApiError::Kind::Network && url.scheme() == u"https" &&
                                 reply->sslConfiguration().sessionCipher().isNull() &&
                                 net != QNetworkReply::ConnectionRefusedError &&
                                 net != QNetworkReply::HostNotFoundError;
    if (handshakeFailed) {
        error.kind = ApiError::Kind::Tls;
        error.tlsCauses = {ApiError::TlsCause::Protocol};
    }
    return error;
}

} // namespace nd
