#pragma once

#include "OutboundPolicy.h"
#include "PayloadGenerator.h"
#include "ProxyConfig.h"
#include "RecordTable.h"
#include "SimOptions.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <map>
#include <memory>
#include <optional>
#include <random>
#include <vector>

namespace nangosim {

struct SyncConfig
{
    QString name;
    QStringList models;
    QString runs = QStringLiteral("every 30min");
    QString syncType = QStringLiteral("incremental");
    bool autoStart = true;
    bool trackDeletes = false;
    QString description;
    QStringList variants; // extra variants created on every connection besides "base"
};

struct ActionConfig
{
    QString name;
    QString inputModel;
    QString outputModel;
    QString behaviour = QStringLiteral("ok"); // ok | fail | http_error | slow
    int slowMs = 3000;
    bool enabled = true;
    QString description;
};

struct Integration
{
    QString uniqueKey;
    QString provider;
    QString displayName;
    qint64 createdUs = 0;
    qint64 updatedUs = 0;
    bool forwardWebhooks = true;
    std::vector<SyncConfig> syncs;
    std::vector<ActionConfig> actions;
    ProxyConfig proxy;
};

struct Job
{
    enum class Status { Running, Success, Stopped };
    Status status = Status::Running;
    bool full = false;
    qint64 startedUs = 0;
    qint64 updatedUs = 0;
    QJsonObject result; // {"<Model>": {added, updated, deleted}}
};

struct Sync
{
    QByteArray id;
    QString name;
    QString variant = QStringLiteral("base");
    const SyncConfig *config = nullptr;
    QString frequencyOverride; // the raw string the user sent; empty: none
    bool paused = false;
    std::optional<Job> latest;
    qint64 nextRunUs = 0;
    QJsonValue checkpoint = QJsonValue::Null;
    qint64 lastSyncDateUs = 0;
    quint64 generation = 0; // bumps when a run is cancelled, so its completion is ignored

    QString modelKey(const QString &model) const
    {
        return variant == u"base" ? model : model + QStringLiteral("::") + variant;
    }
};

struct Connection
{
    int id = 0;
    QString connectionId;
    QString providerConfigKey;
    qint64 createdUs = 0;
    qint64 updatedUs = 0;
    QJsonObject tags;
    QJsonValue metadata = QJsonValue::Null;
    QJsonValue endUser = QJsonValue::Null;
    QJsonArray errors;
    QString webhookUrlOverride;
    std::vector<Sync> syncs;
};

// Everything one Nango environment holds: integrations, connections, their syncs and records.
class SimWorld
{
public:
    explicit SimWorld(const SimOptions &options);

    const SimOptions &options() const { return m_options; }
    SimOptions &mutableOptions() { return m_options; }
    // The server's outbound URL policy (config "outbound_url_policy": "denylist" or "permissive").
    OutboundPolicy outboundPolicy() const;
    // GET /environment-variables: config "environment_variables", [{name, value}].
    QJsonArray environmentVariables() const;

    std::vector<Integration> &integrations() { return m_integrations; }
    std::vector<std::unique_ptr<Connection>> &connections() { return m_connections; }

    Integration *integration(const QString &uniqueKey);
    Connection *connection(const QString &providerConfigKey, const QString &connectionId);
    Sync *sync(Connection &c, const QString &name, const QString &variant);

    RecordTable *table(const Connection &c, const QString &modelKey);
    RecordTable &ensureTable(const Connection &c, const QString &modelKey);
    QString modelOf(const QString &modelKey) const { return modelKey.section(QStringLiteral("::"), 0, 0); }

    // Record JSON exactly as GET /records returns it.
    QByteArray recordJson(const QString &modelKey, const SimRecord &r) const;
    QByteArray cursorOf(const SimRecord &r) const;
    QByteArray timestamp(qint64 us) const;

    // A fresh timestamp; never earlier than one handed out before, like a single Postgres clock.
    qint64 clockUs();
    std::mt19937_64 &rng() { return m_rng; }

    Connection &addConnection(const QString &providerConfigKey, const QString &connectionId,
                              const QJsonObject &extra = {});
    // The tags Nango gives a connection of an end user: end_user_id and, with an email, end_user_email.
    static QJsonObject endUserTags(const QJsonValue &endUser);
    void seedRecords(Connection &c, Sync &s);
    QByteArray nextExternalId(const Connection &c, const QString &modelKey);

    // Frequency of a sync in milliseconds (override or the config's runs), or 0 if not parseable.
    static qint64 intervalMs(const QString &frequency);
    // Nango's frequency grammar; returns the normalised interval or nullopt.
    static std::optional<QString> normaliseFrequency(const QString &frequency);

private:
    void loadBuiltIn();
    void loadConfig(const QJsonObject &config);
    void makeSyncs(Connection &c);

    SimOptions m_options;
    PayloadGenerator m_payloads;
    std::mt19937_64 m_rng;
    std::vector<Integration> m_integrations;
    std::vector<std::unique_ptr<Connection>> m_connections;
    std::map<QString, std::unique_ptr<RecordTable>> m_tables;
    std::map<QString, quint64> m_nextIndex;
    qint64 m_lastClockUs = 0;
    int m_nextConnectionId = 1;
};

} // namespace nangosim
