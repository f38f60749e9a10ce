#include "WebhookSender.h"

#include "SimTime.h"
#include "SimWorld.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>

#include <random>

namespace nangosim {

using namespace Qt::StringLiterals;

namespace {

constexpr int kMaxAttempts = 3;   // 1 + NANGO_WEBHOOK_RETRY_ATTEMPTS (2)
constexpr int kBaseWaitMs = 3000; // retryFlexible: min(3000 * 2^attempt, 600000)
constexpr int kTimeoutMs = 20000; // NANGO_WEBHOOK_TIMEOUT_MS

// The Node error codes Nango retries (utils.ts shouldRetry), as Qt reports them.
bool retryableNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError: // ECONNREFUSED
    case QNetworkReply::RemoteHostClosedError:  // ECONNRESET, UND_ERR_SOCKET
    case QNetworkReply::TimeoutError:           // ETIMEDOUT
    case QNetworkReply::OperationCanceledError: // ECONNABORTED (our transfer timeout)
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError: // EHOSTUNREACH
        return true;
    default:
        return false; // ENOTFOUND and the rest
    }
}

} // namespace

WebhookSender::WebhookSender(SimWorld &world, QObject *parent)
    : QObject(parent)
    , m_world(world)
    , m_nam(new QNetworkAccessManager(this))
{
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

QByteArray WebhookSender::stableStringify(const QJsonObject &payload)
{
    // QJsonObject keeps its keys sorted, at every level, which is what fast-safe-stringify's
    // stableStringify produces for the ASCII keys Nango sends.
    return QJsonDocument(payload).toJson(QJsonDocument::Compact);
}

void WebhookSender::send(const QJsonObject &payload, const QString &urlOverride)
{
    QStringList urls = urlOverride.isEmpty() ? m_world.options().webhookUrls : QStringList{urlOverride};
    if (urls.isEmpty())
        return;
    Delivery d;
    d.atUs = SimTime::nowUs();
    d.type = payload.value(u"type"_s).toString();
    d.body = stableStringify(payload);
    d.url = urls.join(u',');
    static std::mt19937_64 dropRng(12345);
    if (m_dropRate > 0 && double(dropRng() % 1000000) / 1e6 < m_dropRate) {
        d.outcome = u"dropped"_s;
        m_log.append(d);
        return;
    }
    d.outcome = u"pending"_s;
    m_log.append(d);
    ++m_pending;
    deliver(m_cleared + m_log.size() - 1, d.body, urls, 1);
}

WebhookSender::Delivery *WebhookSender::entry(qint64 seq)
{
    const qint64 at = seq - m_cleared;
    return at >= 0 && at < m_log.size() ? &m_log[at] : nullptr;
}

void WebhookSender::deliver(qint64 seq, const QByteArray &body, QStringList remainingUrls, int attempt)
{
    const QString url = remainingUrls.constFirst();
    const QByteArray key = m_world.options().webhookSigningKey.toUtf8();
    QNetworkRequest request{QUrl(url)};
    request.setTransferTimeout(kTimeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("User-Agent", "nango/0.71.4 (linux/6.1.0; node.js/22.22.2)");
    request.setRawHeader(
        "X-Nango-Signature",
        QCryptographicHash::hash(QByteArray(key + body), QCryptographicHash::Sha256).toHex());
    request.setRawHeader("X-Nango-Hmac-Sha256",
                         QMessageAuthenticationCode::hash(body, key, QCryptographicHash::Sha256).toHex());
    QNetworkReply *reply = m_nam->post(request, body);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, seq, body, remainingUrls, attempt]() mutable {
                reply->deleteLater();
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                Delivery gone; // the log was cleared meanwhile: the delivery goes on, unrecorded
                Delivery &d = entry(seq) ? *entry(seq) : gone;
                d.attempts += 1;
                d.lastStatus = status;
                const bool success = status >= 200 && status < 300;
                const bool retry = !success && attempt < kMaxAttempts &&
                                   (status >= 500 || (status == 0 && retryableNetworkError(reply->error())));
                if (retry) {
                    const double scale = m_world.options().timeScale > 0 ? m_world.options().timeScale : 1.0;
                    const int wait = int(kBaseWaitMs * (1 << (attempt - 1)) / scale);
                    QTimer::singleShot(wait, this, [this, seq, body, remainingUrls, attempt]() {
                        deliver(seq, body, remainingUrls, attempt + 1);
                    });
                    return;
                }
                if (!success && d.outcome != u"delivered")
                    d.outcome = u"failed"_s;
                if (success)
                    d.outcome = u"delivered"_s;
                remainingUrls.removeFirst();
                if (!remainingUrls.isEmpty()) {
                    deliver(seq, body, remainingUrls, 1);
                    return;
                }
                --m_pending;
            });
}

} // namespace nangosim
