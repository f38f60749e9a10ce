#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace nd {

class Database;

struct Profile
{
    qint64 id = 0;
    QString name;
    QString serverUrl;
    QString environment;
    bool isProduction = false;
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
    explicit CatalogStore(Database &db)
        : m_db(db)
    {}

    Profile ensureProfile(const QString &name, const QString &serverUrl, const QString &environment = {},
                          bool isProduction = false);
    std::optional<Profile> profile(const QString &name);
    QList<Profile> profiles();
    bool updateProfile(const Profile &p);

    void replaceIntegrations(qint64 profileId, const QJsonArray &data);
    void replaceConnections(qint64 profileId, const QJsonArray &connections);
    // Stores one element of /sync/status "syncs" for a connection.
    void upsertSyncStatus(qint64 profileId, const QString &integration, const QJsonObject &status);

    QList<IntegrationRow> integrations(qint64 profileId);
    QList<ConnectionRow> connections(qint64 profileId, const QString &integration = {});
    QList<SyncRow> syncs(qint64 profileId, const QString &integration = {}, const QString &connectionId = {});

private:
    Database &m_db;
};

} // namespace nd
