#pragma once

#include "net/NetworkSettings.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace nd {

class SqlDb;

struct Profile
{
    qint64 id = 0;
    QString name;
    QString serverUrl;
    QString environment;
    bool isProduction = false;
    NetworkSettings network;
};

// What the server told us last about a sync of one connection (GET /sync/status), with the time
// we asked, so screens can say how fresh it is.
struct SyncRow
{
    QString integration;
    QString connectionId;
    QString name;
    QString variant;
    QString syncId;
    QString status;
    QString type;
    QString frequency;
    QString finishedAt;
    QString nextScheduledAt;
    QJsonObject latestResult;
    QString latestExecutionStatus;
    QJsonObject recordCount;
    QJsonValue checkpoint;
    QStringList models;
    QString fetchedAt;
    QString nangoError;   // the description of Nango's last failed run (its sync-error webhook)
    QString nangoErrorAt; // when that webhook came
};

struct ConnectionRow
{
    QString integration;
    QString connectionId;
    QString provider;
    QString created;
    QJsonValue endUser;
    QJsonObject tags;
    QJsonArray errors;
    QString fetchedAt;
    int missedWebhooks = 0;    // runs whose webhook never came (the webhook log's "missed" entries)
    QString webhookRoute = {}; // webhook_url_override as last set from here (empty: the environment's URLs)
    QString webhookRoutedAt = {}; // when it was set (empty: never from here)
};

struct IntegrationRow
{
    QString uniqueKey;
    QString provider;
    QString displayName;
    QString fetchedAt;
};

// Profiles (no secrets), and the catalog mirrored from the server: integrations, connections,
// syncs with their last status.
class CatalogStore
{
public:
    explicit CatalogStore(SqlDb &db)
        : m_db(db)
    {}

    Profile ensureProfile(const QString &name, const QString &serverUrl, const QString &environment = {},
                          bool isProduction = false);
    std::optional<Profile> profile(const QString &name);
    QList<Profile> profiles();
    bool updateProfile(const Profile &p);

    void replaceIntegrations(qint64 profileId, const QJsonArray &data);
    void replaceConnections(qint64 profileId, const QJsonArray &connections);
    // Stores one element of /sync/status "syncs" for a connection. A run in progress has no
    // finishedAt: the last finished run's time is kept. A run that succeeded clears Nango's error.
    // `askedUs` is when the request left: the status is at least that fresh, and no fresher.
    void upsertSyncStatus(qint64 profileId, const QString &integration, const QJsonObject &status,
                          qint64 askedUs);
    // Nango's description of a failed run, from its sync-error webhook.
    void setNangoError(qint64 profileId, const QString &integration, const QString &connectionId,
                       const QString &sync, const QString &variant, const QString &error);

    QList<IntegrationRow> integrations(qint64 profileId);
    QList<ConnectionRow> connections(qint64 profileId, const QString &integration = {});
    QList<SyncRow> syncs(qint64 profileId, const QString &integration = {}, const QString &connectionId = {});

private:
    SqlDb &m_db;
};

} // namespace nd
