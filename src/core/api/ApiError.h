#pragma once

#include "net/CertificateInfo.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

namespace nd {

// What went wrong with a call to Nango, classified once so every surface (GUI, CLI, logs) says
// the same thing and suggests the same fix.
struct ApiError
{
    enum class Kind {
        None,
        Network, // could not reach the server, or the connection broke
        Timeout,
        NotNango,     // a 200 (or other) answer that is not Nango's JSON: wrong URL
        BadResponse,  // JSON, but not the shape the contract promises
        Unauthorized, // 401
        Forbidden,    // 403: the key lacks a scope
        NotFound,     // 404
        Invalid,      // 400 and other 4xx
        RateLimited,  // 429 after the retries
        Server,       // 5xx after the retries
        Cancelled,
        TooLarge, // the answer passed the size Nango Desk takes in one answer
        Tls,      // the server's certificate is not trusted, or no TLS session could be agreed
        Proxy,    // the proxy refused, asked for a password, or could not be reached
    };

    // Why TLS failed; a certificate can fail for several reasons at once.
    enum class TlsCause {
        SelfSigned, // the certificate signed itself, and it is not the one trusted for the profile
        Untrusted,  // issued by an authority this computer does not trust (a private CA)
        Expired,
        NotYetValid,
        HostName,   // issued for other names than the server URL's host
        PinChanged, // not the certificate the user trusted for this profile
        Protocol,   // the handshake did not complete (no TLS on that port, no common protocol)
        CaFile,     // the profile's certificate authority file cannot be used
        Other,
    };
    enum class ProxyCause {
        None,
        AuthRequired, // 407 and no credentials to give
        AuthRejected, // the credentials given were refused
        Refused,
        NotFound,
        Closed,
        Timeout,
        TunnelRefused, // CONNECT answered with something other than 200
        Setting,
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString code;          // Nango's error.code, e.g. unknown_connection
    QString serverMessage; // Nango's error.message, as sent
    QUrl url;              // without query
    // Kind::Tls: why, the server's certificate (when one was seen) and the pinned fingerprint.
    QList<TlsCause> tlsCauses;
    CertificateInfo certificate;
    QString pinnedSha256;
    // Kind::Proxy: what the proxy did, and which proxy (host:port).
    ProxyCause proxyCause = ProxyCause::None;
    QString proxy;

    bool hasTlsCause(TlsCause cause) const { return tlsCauses.contains(cause); }
    // A certificate a person may choose to trust for this profile (self-signed, or of an unknown
    // authority, or changed since it was trusted) rather than one that is plainly wrong.
    bool canTrustCertificate() const;

    bool isError() const { return kind != Kind::None; }
    // One or two sentences for a person: what happened and what to do about it.
    QString userMessage() const;
    QString kindName() const;

    static ApiError fromReply(int status, const QByteArray &contentType, const QByteArray &body,
                              const QUrl &url);
};

} // namespace nd
