#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace nd {

// One deployed action of GET /scripts/config.
struct ActionInfo
{
    QString name;
    QString description;
    QString inputModel;  // empty: the action takes no input
    QString outputModel; // the first of `returns`
    QStringList returns;
    bool enabled = true;
    QString version;
    QString lastDeployed;
    QJsonArray endpoints; // [{method, path, group}]
    QStringList scopes;
    // The input model's JSON schema, self-contained: json_schema.definitions[inputModel] with every
    // definition attached under "definitions" so nested $refs resolve. Empty when the server sent
    // no json_schema (legacy scripts) or the model is not in it.
    QJsonObject inputSchema;
    QJsonObject outputSchema;

    bool hasInputSchema() const { return !inputSchema.isEmpty(); }
};

struct SyncInfo
{
    QString name;
    QString description;
    QStringList models; // `returns`
    QString syncType;   // full | incremental
    QString runs;       // e.g. "every 30min"
    bool autoStart = true;
    bool enabled = true;
    bool trackDeletes = false;
    QString version;
    QString lastDeployed;
};

// One entry of the answer. Nango groups the entries by *provider*: two integrations of the same
// provider are merged under the first one's key, so an entry's actions and syncs may belong to
// several integrations and the other integrations have no entry of their own. The parser keeps the
// entries as Nango sends them rather than guessing who owns what.
struct ProviderScripts
{
    QString providerConfigKey; // the first integration of the provider
    QString provider;
    QList<SyncInfo> syncs;
    QList<ActionInfo> actions;

    const ActionInfo *action(const QString &name) const;
};

class ScriptsConfig
{
public:
    // Parses the format=nango answer (a bare array; an object with "data" is accepted too, as the
    // published spec describes one). Returns nullopt and sets `error` when it is not that shape.
    static std::optional<ScriptsConfig> parse(const QByteArray &body, QString *error = nullptr);

    const QList<ProviderScripts> &entries() const { return m_entries; }

    // The entry Nango filed under this integration key, if any.
    const ProviderScripts *forIntegration(const QString &integrationKey) const;
    // The entry of a provider, whichever integration key it is filed under.
    const ProviderScripts *forProvider(const QString &provider) const;
    // An action of an integration: looked up under the integration's own key first, then (when its
    // provider is known) under the provider's entry, where Nango may have merged it.
    const ActionInfo *findAction(const QString &integrationKey, const QString &actionName,
                                 const QString &provider = {}) const;

private:
    QList<ProviderScripts> m_entries;
};

} // namespace nd
