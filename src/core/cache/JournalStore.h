#pragma once

#include <QByteArray>
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

    qint64 logWebhook(const WebhookLogEntry &e);
    bool seenWebhook(qint64 profileId, const QString &dedupeKey);
    void setWebhookOutcome(qint64 id, const QString &outcome, const QString &triggered);
    // Newest first: what this profile's listener received (and rows from before profiles were kept).
    QList<WebhookLogEntry> webhooks(qint64 profileId, int limit = 500);

    qint64 journal(const JournalEntry &e);
    QList<JournalEntry> journalEntries(qint64 profileId, int limit = 500);

private:
    SqlDb &m_db;
};

} // namespace nd
