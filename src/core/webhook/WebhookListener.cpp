#include "webhook/WebhookListener.h"

#include "util/Logging.h"
#include "util/Timestamp.h"
#include "webhook/WebhookVerifier.h"

#include <QCoreApplication>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace nd {

using namespace Qt::StringLiterals;

// QHttpServer 6.4 buffers whole bodies and has no size limit or read timeout. This server sees
// each socket before QHttpServer does (its readyRead handler is connected first), answers 413 from
// Content-Length without reading the body, answers Expect: 100-continue, and drops idle sockets.
class GuardedTcpServer : public QTcpServer
{
public:
    GuardedTcpServer(qint64 maxBody, int idleMs)
        : m_maxBody(maxBody)
        , m_idleMs(idleMs)
    {}
    std::function<void(const QString &, qint64, int, const QString &)> onRejected;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        struct State
        {
            QByteArray head;
            bool headDone = false;
            bool rejected = false;
            qint64 received = 0;
            qint64 drain = 0;        // body bytes still to read and discard after a 413
            qint64 requestEnd = -1;  // head and body, once the head is read
            bool closeAfter = false; // the client asked for Connection: close
            bool readClosed = false; // the client half-closed after sending
        };
        auto state = std::make_shared<State>();
        auto *idle = new QTimer(socket);
        idle->setSingleShot(true);
        connect(idle, &QTimer::timeout, socket, [socket]() { socket->abort(); });
        idle->start(m_idleMs);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, state, idle]() {
            idle->start(m_idleMs);
            if (state->rejected) {
                // Read the rest of the refused body so the client, still uploading, gets our answer.
                const QByteArray discarded = socket->readAll();
                state->drain -= discarded.size();
                if (state->drain <= 0 || discarded.endsWith("\r\n0\r\n\r\n"))
                    socket->disconnectFromHost();
                return;
            }
            const qint64 available = socket->bytesAvailable();
            state->received += available;
            if (!state->headDone) {
                // Everything up to the cap, however it arrives (QHttpServer reads it after us).
                state->head += socket->peek(std::min<qint64>(available, kMaxHead + 4 - state->head.size()));
                const qsizetype end = state->head.indexOf("\r\n\r\n");
                if ((end < 0 && state->head.size() > kMaxHead) || end > kMaxHead) {
                    reject(socket, state->rejected, state->received, 431);
                    return;
                }
                if (end >= 0) {
                    state->headDone = true;
                    const QByteArray head = state->head.left(end).toLower();
                    qint64 length = -1;
                    bool expectContinue = false;
                    for (const QByteArray &line : head.split('\n')) {
                        const QByteArray l = line.trimmed();
                        if (l.startsWith("content-length:"))
                            length = l.mid(15).trimmed().toLongLong();
                        else if (l.startsWith("expect:") && l.contains("100-continue"))
                            expectContinue = true;
                        else if (l.startsWith("connection:") && l.contains("close"))
                            state->closeAfter = true;
                    }
                    state->requestEnd = (state->received - available) + end + 4 + std::max<qint64>(0, length);
                    if (length > m_maxBody) {
                        const qint64 bodyReceived = state->head.size() - (end + 4);
                        state->drain = length <= kMaxDrain ? length - bodyReceived : 0;
                        reject(socket, state->rejected, length, 413, state->drain > 0);
                        return;
                    }
                    if (expectContinue)
                        socket->write("HTTP/1.1 100 Continue\r\n\r\n");
                    state->head.clear();
                }
            }
            // A body without Content-Length (chunked) is cut off once it passes the limit.
            if (state->received > m_maxBody + 65536) {
                state->drain = kMaxDrain - state->received;
                reject(socket, state->rejected, state->received, 413, true);
            }
        });
        // Once the answer to a request that asked for Connection: close is out, the socket goes at
        // once instead of at the idle timeout.
        connect(socket, &QTcpSocket::bytesWritten, socket, [socket, state]() {
            const bool answered = state->headDone && !state->rejected && state->requestEnd >= 0 &&
                                  state->received >= state->requestEnd && socket->bytesToWrite() == 0;
            if (answered && state->closeAfter)
                socket->disconnectFromHost();
        });
        addPendingConnection(socket); // QHttpServer connects its readyRead handler here
        // The answer QHttpServer just wrote goes to the kernel now. Left in QTcpSocket's buffer, it
        // would be dropped when the client had half-closed after sending: Qt reads the end of the
        // stream next and discards what it has not written yet.
        connect(socket, &QTcpSocket::readyRead, socket, [socket]() {
            if (socket->bytesToWrite() > 0)
                socket->flush();
        });
    }

private:
    static constexpr qint64 kMaxDrain = 64LL * 1024 * 1024;
    // The request line and headers: Nango's are a few hundred bytes; Node.js itself stops at 16 KiB.
    static constexpr qsizetype kMaxHead = 16 * 1024;

    void reject(QTcpSocket *socket, bool &rejected, qint64 size, int status = 413, bool drainBody = false)
    {
        rejected = true;
        const QByteArray body =
            status == 413
                ? QByteArray(
                      R"({"error":"payload_too_large","message":"The webhook body exceeds the limit set in Nango Desk."})")
                : QByteArray(R"({"error":"headers_too_large"})");
        socket->readAll();
        socket->write((status == 413 ? QByteArray("HTTP/1.1 413 Payload Too Large\r\n")
                                     : QByteArray("HTTP/1.1 431 Request Header Fields Too Large\r\n")) +
                      "Content-Type: application/json\r\nConnection: close\r\nContent-Length: " +
                      QByteArray::number(body.size()) + "\r\n\r\n" + body);
        if (!drainBody)
            socket->disconnectFromHost();
        if (onRejected)
            onRejected(socket->peerAddress().toString(), size, status,
                       status == 413
                           ? tr("body of %1 bytes is over the %2-byte limit").arg(size).arg(m_maxBody)
                           : u"headers too large"_s);
    }

    qint64 m_maxBody;
    int m_idleMs;
};

WebhookListener::WebhookListener(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<nd::WebhookDelivery>();
}

WebhookListener::~WebhookListener() = default;

bool WebhookListener::isListening() const
{
    return m_tcp && m_tcp->isListening();
}

QString WebhookListener::refusal(const Options &options)
{
    if (options.address.isLoopback() || options.allowRemote)
        return {};
    return tr("Listening on %1 lets any machine that reaches this one post webhooks here. Keep the listener "
              "on 127.0.0.1 behind a tunnel (Nango Cloud cannot reach a desktop anyway), or ask for it: "
              "--allow-remote, or \"Accept webhooks from other machines\" in Settings.")
        .arg(options.address.toString());
}

QUrl WebhookListener::boundUrl() const
{
    QUrl u;
    u.setScheme(u"http"_s);
    u.setHost(m_tcp ? m_tcp->serverAddress().toString() : m_options.address.toString());
    u.setPort(m_port);
    u.setPath(QString::fromLatin1(kPath));
    return u;
}

QUrl WebhookListener::url() const
{
    QUrl u;
    u.setScheme(u"http"_s);
    const QHostAddress a = m_options.address;
    u.setHost(a == QHostAddress::Any || a == QHostAddress::AnyIPv4 ? u"127.0.0.1"_s : a.toString());
    u.setPort(m_port);
    u.setPath(QString::fromLatin1(kPath));
    return u;
}

void WebhookListener::close()
{
    m_http.reset();
    m_tcp = nullptr;
    m_port = 0;
}

void WebhookListener::rejectedEarly(const QString &remote, qint64 size, int status, const QString &reason)
{
    WebhookDelivery d;
    d.remote = remote;
    d.bodySize = size;
    d.signature = u"not-checked"_s;
    d.httpStatus = status;
    d.reason = reason;
    d.headersJson = "{}";
    qCWarning(lcWebhook).noquote() << "refused a webhook from" << remote << ":" << reason;
    Q_EMIT delivered(d);
}

bool WebhookListener::listen(const Options &options, QString *error)
{
    close();
    if (const QString why = refusal(options); !why.isEmpty()) {
        *error = why;
        return false;
    }
    m_options = options;
    m_http = std::make_unique<QHttpServer>();
    m_tcp = new GuardedTcpServer(options.maxBodyBytes, options.idleTimeoutMs);
    m_tcp->setParent(m_http.get());
    m_tcp->onRejected = [this](const QString &remote, qint64 size, int status, const QString &reason) {
        QMetaObject::invokeMethod(
            this, [=]() { rejectedEarly(remote, size, status, reason); }, Qt::QueuedConnection);
    };
    if (!m_tcp->listen(options.address, options.port)) {
        *error = tr("Cannot listen for webhooks on %1:%2: %3")
                     .arg(options.address.toString())
                     .arg(options.port)
                     .arg(m_tcp->errorString());
        close();
        return false;
    }
    m_port = m_tcp->serverPort();
    m_http->bind(m_tcp);

    m_http->route(
        QString::fromLatin1(kPath), QHttpServerRequest::Method::Post, [this](const QHttpServerRequest &req) {
            WebhookDelivery d;
            d.remote = req.remoteAddress().toString();
            d.body = req.body();
            d.bodySize = d.body.size();
            QJsonObject headers;
            QByteArray hmac;
            QByteArray legacy;
            for (const auto &[rawName, value] : req.headers()) {
                const QByteArray name = rawName.toLower();
                if (name == "authorization" || name == "cookie")
                    continue; // never kept
                if (name == "x-nango-hmac-sha256")
                    hmac = value;
                if (name == "x-nango-signature")
                    legacy = value;
                const bool signature = name.startsWith("x-nango-hmac") || name == "x-nango-signature";
                headers.insert(QString::fromLatin1(name),
                               QString::fromUtf8(signature ? value.left(12) + "..." : value.left(512)));
            }
            d.headersJson = QJsonDocument(headers).toJson(QJsonDocument::Compact);
            auto answer = [&d, this](int status, const QByteArray &code, const QString &message) {
                d.httpStatus = status;
                d.reason = message;
                const WebhookDelivery copy = d;
                QMetaObject::invokeMethod(
                    this, [this, copy]() { Q_EMIT delivered(copy); }, Qt::QueuedConnection);
                QHttpServerResponse r(
                    QJsonObject{{u"error"_s, QString::fromLatin1(code)}, {u"message"_s, message}},
                    static_cast<QHttpServerResponder::StatusCode>(status));
                r.setHeader("Connection", "close");
                return r;
            };
            if (d.bodySize > m_options.maxBodyBytes) {
                d.signature = u"not-checked"_s;
                return answer(413, "payload_too_large",
                              u"The webhook body exceeds the limit set in Nango Desk."_s);
            }
            if (m_signingKey.isEmpty()) {
                d.signature = u"not-checked"_s;
                return answer(
                    401, "no_signing_key",
                    u"Nango Desk has no webhook signing key for this profile. Add it in Settings (Nango "
                    "dashboard: Environment settings > Webhooks > Signing key)."_s);
            }
            WebhookVerifier::Result verdict =
                WebhookVerifier::verify(d.body, hmac, legacy, m_signingKey, m_options.allowLegacySignature);
            d.verifiedBy = u"current"_s;
            if (verdict == WebhookVerifier::Result::Invalid && !m_previousKey.isEmpty() &&
                Timestamp::nowMicros() < m_previousUntilUs &&
                WebhookVerifier::verify(d.body, hmac, legacy, m_previousKey,
                                        m_options.allowLegacySignature) == WebhookVerifier::Result::Valid) {
                verdict = WebhookVerifier::Result::Valid; // signed before Nango took the new key
                d.verifiedBy = u"previous"_s;
            }
            switch (verdict) {
            case WebhookVerifier::Result::Valid:
                d.signature = u"valid"_s;
                break;
            case WebhookVerifier::Result::ValidLegacy:
                d.signature = u"legacy-valid"_s;
                break;
            case WebhookVerifier::Result::Invalid:
                d.signature = u"invalid"_s;
                d.verifiedBy.clear();
                return answer(
                    401, "invalid_signature",
                    u"The signature does not match the webhook signing key of this profile. Since 2026-04 "
                    "Nango signs with the environment's webhook signing key, not the API key."_s);
            case WebhookVerifier::Result::Missing:
                d.signature = u"missing"_s;
                d.verifiedBy.clear();
                return answer(401, "missing_signature",
                              u"The request carries no X-Nango-Hmac-Sha256 signature."_s);
            }
            QJsonParseError parseError{};
            const QJsonDocument doc = QJsonDocument::fromJson(d.body, &parseError);
            if (parseError.error != QJsonParseError::NoError || !doc.isObject())
                return answer(400, "invalid_json",
                              u"The body is not a JSON object: %1"_s.arg(parseError.errorString()));
            d.payload = doc.object();
            d.accepted = true;
            d.httpStatus = 200;
            const WebhookDelivery copy = d;
            // Answer first; the engine acts on the delivery on the next turn of the event loop.
            QMetaObject::invokeMethod(
                this, [this, copy]() { Q_EMIT delivered(copy); }, Qt::QueuedConnection);
            QHttpServerResponse r(QJsonObject{{u"ok"_s, true}});
            r.setHeader("Connection", "close");
            return r;
        });
    m_http->setMissingHandler([](const QHttpServerRequest &, QHttpServerResponder &&responder) {
        QHttpServerResponse r(
            QJsonObject{{u"error"_s, u"not_found"_s},
                        {u"message"_s, u"Nango Desk receives webhooks at POST /webhooks/nango"_s}},
            QHttpServerResponder::StatusCode::NotFound);
        r.write(std::move(responder));
    });
    qCInfo(lcWebhook).noquote() << "listening for Nango webhooks on" << url().toString();
    return true;
}

} // namespace nd
