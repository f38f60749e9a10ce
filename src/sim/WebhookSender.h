#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

class QNetworkAccessManager;
class QNetworkReply;

namespace nangosim {

class SimWorld;

// Delivers webhooks as Nango's packages/webhooks does: compact JSON with keys sorted at every level,
// signed with X-Nango-Hmac-Sha256 and the legacy X-Nango-Signature, to each URL in turn, with at most
// three attempts per URL (waits of 3 s and 6 s, divided by the time scale), retrying only network
// errors and 5xx.
class WebhookSender : public QObject
{
    Q_OBJECT
public:
    struct Delivery
    {
        qint64 atUs = 0;
        QString url;
        QString type;
        QByteArray body;
        int attempts = 0;
        int lastStatus = 0;
        QString outcome; // delivered | failed | dropped | pending
    };

    WebhookSender(SimWorld &world, QObject *parent = nullptr);

    // Sends to the environment's URLs, or to the connection's override, which replaces them.
    void send(const QJsonObject &payload, const QString &urlOverride = {});

    const QList<Delivery> &log() const { return m_log; }
    // Deliveries still under way go on (their retries too); only their log entries go.
    void clearLog()
    {
        m_cleared += m_log.size();
        m_log.clear();
    }
    void setDropRate(double rate) { m_dropRate = rate; }
    double dropRate() const { return m_dropRate; }
    int pending() const { return m_pending; }

    static QByteArray stableStringify(const QJsonObject &payload);

private:
    // `seq` numbers a delivery across clearLog(): its entry, while the log still holds it.
    void deliver(qint64 seq, const QByteArray &body, QStringList remainingUrls, int attempt);
    Delivery *entry(qint64 seq);

    SimWorld &m_world;
    QNetworkAccessManager *m_nam;
    QList<Delivery> m_log;
    qint64 m_cleared = 0; // entries cleared before the first in m_log
    double m_dropRate = 0.0;
    int m_pending = 0;
};

} // namespace nangosim
