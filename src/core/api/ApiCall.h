#pragma once

#include "api/ApiError.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>
#include <QString>

class QNetworkReply;
class QTimer;

namespace nd {

class NangoClient;

using HeaderList = QList<QPair<QByteArray, QByteArray>>;
using QueryItems = QList<QPair<QString, QString>>;

struct ApiRequest
{
    QByteArray method = "GET";
    QString path;     // e.g. "/records"; not encoded
    QueryItems query; // values are percent-encoded strictly ('+' becomes %2B)
    HeaderList headers;
    QByteArray body;        // JSON when not empty
    bool idempotent = true; // reads and PUTs: retried on network errors and 5xx
    bool expectJson = true; // a 2xx that is not JSON is an error (a wrong URL often serves HTML)
    // The answer may be a third party's (the proxy forwards the provider's status and headers): only
    // Nango's own 429 is retried, and rate-limit headers do not feed Nango's budget.
    bool passthrough = false;
    int timeoutMs = 0;         // transfer timeout; 0: the client's default
    bool expectErrors = false; // non-2xx answers are results here (polling, proxy): logged at debug only
    bool bulk = false;         // a backfill page: waits while the budget is down to the urgent headroom
    bool anonymous = false;    // sent without the API key (a look at the server's certificate)
};

// One logical call to Nango, including its retries. Emits finished() once.
class ApiCall : public QObject
{
    Q_OBJECT
public:
    const ApiRequest &request() const { return m_request; }
    bool ok() const { return !m_error.isError(); }
    // A request is out and its answer awaited (not waiting for the rate budget or a retry's pause).
    bool onTheWire() const { return !m_reply.isNull(); }
    int status() const { return m_status; }
    const QByteArray &body() const { return m_body; }
    QJsonDocument json() const { return QJsonDocument::fromJson(m_body); }
    const ApiError &error() const { return m_error; }
    QByteArray responseHeader(const QByteArray &name) const;
    const HeaderList &responseHeaders() const { return m_responseHeaders; }
    int attempts() const { return m_attempts; }
    // The server's certificate as the last attempt saw it (https only).
    CertificateInfo peerCertificate() const { return CertificateInfo::from(m_peer); }
    qint64 elapsedMs() const { return m_elapsed.elapsed(); }
    void abort();

Q_SIGNALS:
    void finished();

private:
    friend class NangoClient;
    ApiCall(NangoClient *client, ApiRequest request);

    NangoClient *m_client;
    ApiRequest m_request;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_timer = nullptr;
    QElapsedTimer m_elapsed;
    int m_attempts = 0;
    int m_rateLimitedAttempts = 0;
    int m_status = 0;
    QByteArray m_body;
    HeaderList m_responseHeaders;
    ApiError m_error;
    bool m_done = false;
    bool m_tooLarge = false; // aborted when the answer passed the client's size limit
    // What the TLS handshake said: its errors, the server's certificate, and whether it was stopped
    // because the certificate is not the one pinned for the profile.
    QList<QSslError> m_sslErrors;
    QSslCertificate m_peer;
    bool m_pinMismatch = false;
};

} // namespace nd
