#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace nd {

class SqlDb;

struct WebhookLogEntry
{
    qint64 id = 0;
    qint64 profileId = 0; // the profile whose listener received it
    QString receivedAt;
    QString remote;
    QByteArray headersJson; // secrets and signatures are not kept
    QByteArray body;
    qint64 bodySize = 0;
    QString signature; // valid | invalid | missing | legacy-valid | not-checked
    QString type;
    QString integration;
    QString connectionId;
    QString model;
    QString outcome;   // accepted | duplicate | rejected: <why>
    QString triggered; // what it started, e.g. "pull hubspot/acme-corp/HubspotContact"
    QString dedupeKey;
    QString verifiedBy; // current | previous (the key replaced a few minutes ago) | legacy; empty: none
    int repeats = 1;    // rejected deliveries alike, counted on one row
    QString lastAt;     // the newest of them
    bool rejected() const { return outcome.startsWith(QLatin1String("rejected")); }
};

struct JournalEntry
{
    qint64 id = 0;
    QString at;
    qint64 profileId = 0;
    QString action; // trigger | resync | resync-empty-cache | pause | start | frequency | action | proxy
    QString integration;
    QString connectionId;
    QString target;
    QByteArray requestJson;
    int httpStatus = 0;
    QString outcome; // ok | failed
    QString message;
};

// The local history Nango does not keep for a consumer: every webhook received and every admin
// action taken, with its result.
class JournalStore
{
public:
    explicit JournalStore(SqlDb &db)
        : m_db(db)
    {}

    // A rejected delivery like the last one from the same address (same outcome, within a minute) is
    // counted on that row instead of a new one; rejected rows past the limits (rows, or bytes of
    // body and headers) go, oldest first (verified deliveries are all kept). Returns the row's id.
    qint64 logWebhook(const WebhookLogEntry &e);
    void setRejectedLimits(int rows, qint64 bytes)
    {
        m_maxRejectedRows = rows;
        m_maxRejectedBytes = bytes;
    }
    static constexpr int kDefaultRejectedRows = 2000;
    static constexpr qint64 kDefaultRejectedBytes = 4LL * 1024 * 1024;
    // Of a rejected delivery, at most this much of the body is kept (for a look at what it was).
    static constexpr qsizetype kRejectedBodyBytes = 2048;
    bool seenWebhook(qint64 profileId, const QString &dedupeKey);
    // A verified sync webhook of this connection, sync, variant and model whose modifiedAfter (the
    // run's start) is after `afterUs` and not after `untilUs`.
    // "missed" entries per connection ("integration\x1fconnection").
    QHash<QString, int> missedWebhookCounts(qint64 profileId);
    // Where each connection's webhooks go, as last set from here (webhook_url_override through
    // webhook-url or Route webhooks…): its URL (empty: back to the environment's) and when.
    struct WebhookRoute
    {
        QString url;
        QString at;
    };
    QHash<QString, WebhookRoute> webhookRoutes(qint64 profileId);
    bool webhookForRun(qint64 profileId, const QString &integration, const QString &connectionId,
                       const QString &sync, const QString &variant, const QString &model, qint64 afterUs,
                       qint64 untilUs);
    void setWebhookOutcome(qint64 id, const QString &outcome, const QString &triggered);
    // Newest first: what this profile's listener received (and rows from before profiles were kept).
    QList<WebhookLogEntry> webhooks(qint64 profileId, int limit = 500);
    std::optional<WebhookLogEntry> webhook(qint64 id);

    qint64 journal(const JournalEntry &e);
    QList<JournalEntry> journalEntries(qint64 profileId, int limit = 500);

private:
    qint64 countRepeat(const WebhookLogEntry &e, const QByteArray &now);
    void pruneRejected();

    SqlDb &m_db;
    int m_maxRejectedRows = kDefaultRejectedRows;
    qint64 m_maxRejectedBytes = kDefaultRejectedBytes;
};

} // namespace nd
