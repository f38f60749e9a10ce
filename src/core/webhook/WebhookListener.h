#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

class QHttpServer;

namespace nd {

class GuardedTcpServer;

// One delivery as received, whatever became of it; the engine logs every one.
struct WebhookDelivery
{
    QString remote;
    QByteArray headersJson; // signature values shortened, nothing secret
    QByteArray body;
    qint64 bodySize = 0;
    QString signature;     // valid | legacy-valid | invalid | missing | not-checked
    QString verifiedBy;    // current | previous (the key replaced minutes ago) | empty
    bool accepted = false; // verified and parsed: the engine acts on it
    int httpStatus = 0;    // what we answered
    QString reason;        // why it was refused
    QJsonObject payload;
    qint64 replayOf = 0; // a logged delivery processed again (webhook-replay): never a duplicate
};

// The local receiver for Nango's webhooks: POST /webhooks/nango on 127.0.0.1 unless the user asks
// for another address. It answers before any pulling happens (Nango waits 20 s at most and never
// retries a 4xx), refuses bad signatures (401), broken JSON (400) and bodies over the limit (413,
// decided from Content-Length before the body is read), and stays up whatever it is sent.
class WebhookListener : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QHostAddress address = QHostAddress(QHostAddress::LocalHost);
        quint16 port = 0;
        qint64 maxBodyBytes = 1024 * 1024;
        bool allowLegacySignature = false;
        int idleTimeoutMs = 30000;
        // An address other than loopback lets any machine that reaches this one post here: only when
        // asked for (--allow-remote, or Settings' checkbox).
        bool allowRemote = false;
    };

    explicit WebhookListener(QObject *parent = nullptr);
    ~WebhookListener() override;

    bool listen(const Options &options, QString *error);
    // Why `options` may not be listened on (an address other than loopback, not asked for), or empty.
    static QString refusal(const Options &options);
    void close();
    bool isListening() const;
    quint16 port() const { return m_port; }
    // The URL this machine reaches the listener at (a tunnel in front of it forwards there).
    QUrl url() const;
    // The address really bound, as a start-up line should say it (0.0.0.0: every interface).
    QUrl boundUrl() const;
    void setSigningKey(const QByteArray &key) { m_signingKey = key; }
    // The key the signing key replaced: Nango's jobs go on signing with it for up to 5 minutes after
    // a rotation, and never retry the 401 a listener would answer. Accepted until `untilUs`.
    void setPreviousSigningKey(const QByteArray &key, qint64 untilUs)
    {
        m_previousKey = key;
        m_previousUntilUs = untilUs;
    }
    const QByteArray &signingKey() const { return m_signingKey; }
    bool hasSigningKey() const { return !m_signingKey.isEmpty(); }

    static constexpr const char *kPath = "/webhooks/nango";

Q_SIGNALS:
    void delivered(const nd::WebhookDelivery &delivery);

private:
    void rejectedEarly(const QString &remote, qint64 size, int status, const QString &reason);

    std::unique_ptr<QHttpServer> m_http;
    GuardedTcpServer *m_tcp = nullptr;
    Options m_options;
    QByteArray m_previousKey;
    qint64 m_previousUntilUs = 0;
    QByteArray m_signingKey;
    quint16 m_port = 0;
};

} // namespace nd

Q_DECLARE_METATYPE(nd::WebhookDelivery)
