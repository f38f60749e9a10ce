#include "api/ScriptsConfig.h"

#include "util/Translate.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace nd {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return trIn("nd::ScriptsConfig", text);
}

} // namespace

namespace {

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        if (s.isString())
            out.append(s.toString());
    return out;
}

// definitions[model], carrying every definition along so "$ref": "#/definitions/X" inside it
// still resolves when the schema is used on its own.
QJsonObject modelSchema(const QJsonObject &jsonSchema, const QString &model)
{
    const QJsonObject definitions = jsonSchema.value(u"definitions"_s).toObject();
    if (model.isEmpty() || !definitions.contains(model))
        return {};
    QJsonObject schema = definitions.value(model).toObject();
    if (!schema.contains(u"definitions"_s))
        schema.insert(u"definitions"_s, definitions);
    return schema;
}

ActionInfo parseAction(const QJsonObject &o)
{
    ActionInfo a;
    a.name = o.value(u"name"_s).toString();
    a.description = o.value(u"description"_s).toString();
    // `input` is the model name; legacy configs sent an object {name, fields}.
    const QJsonValue input = o.value(u"input"_s);
    a.inputModel = input.isObject() ? input.toObject().value(u"name"_s).toString() : input.toString();
    a.returns = strings(o.value(u"returns"_s));
    a.outputModel = a.returns.value(0);
    a.enabled = o.value(u"enabled"_s).toBool(true);
    a.version = o.value(u"version"_s).toString();
    a.lastDeployed = o.value(u"last_deployed"_s).toString();
    a.endpoints = o.value(u"endpoints"_s).toArray();
    a.scopes = strings(o.value(u"scopes"_s));
    const QJsonObject jsonSchema = o.value(u"json_schema"_s).toObject(); // null for legacy scripts
    a.inputSchema = modelSchema(jsonSchema, a.inputModel);
    a.outputSchema = modelSchema(jsonSchema, a.outputModel);
    return a;
}

SyncInfo parseSync(const QJsonObject &o)
{
    SyncInfo s;
    s.name = o.value(u"name"_s).toString();
    s.description = o.value(u"description"_s).toString();
    s.models = strings(o.value(u"returns"_s));
    if (s.models.isEmpty()) {
        for (const QJsonValue &m : o.value(u"models"_s).toArray())
            s.models.append(m.toObject().value(u"name"_s).toString());
    }
    s.syncType = o.value(u"sync_type"_s).toString();
    s.runs = o.value(u"runs"_s).toString();
    s.autoStart = o.value(u"auto_start"_s).toBool(true);
    s.enabled = o.value(u"enabled"_s).toBool(true);
    s.trackDeletes = o.value(u"track_deletes"_s).toBool(false);
    s.version = o.value(u"version"_s).toString();
    s.lastDeployed = o.value(u"last_deployed"_s).toString();
    return s;
}

} // namespace

const ActionInfo *ProviderScripts::action(const QString &name) const
{
    for (const ActionInfo &a : actions)
        if (a.name == name)
            return &a;
    return nullptr;
}

std::optional<ScriptsConfig> ScriptsConfig::parse(const QByteArray &body, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    QJsonArray entries;
    if (doc.isArray())
        entries = doc.array();
    else if (doc.isObject() && doc.object().value(u"data"_s).isArray())
        entries = doc.object().value(u"data"_s).toArray();
    else {
        if (error)
            *error = doc.isNull() ? tr("the scripts config is not JSON: %1").arg(parseError.errorString())
                                  : tr("the scripts config is not a list of integrations");
        return std::nullopt;
    }
    ScriptsConfig config;
    for (const QJsonValue &v : entries) {
        const QJsonObject o = v.toObject();
        ProviderScripts p;
        p.providerConfigKey = o.value(u"providerConfigKey"_s).toString();
        p.provider = o.value(u"provider"_s).toString();
        for (const QJsonValue &s : o.value(u"syncs"_s).toArray())
            p.syncs.append(parseSync(s.toObject()));
        for (const QJsonValue &a : o.value(u"actions"_s).toArray())
            p.actions.append(parseAction(a.toObject()));
        config.m_entries.append(p);
    }
    return config;
}

const ProviderScripts *ScriptsConfig::forIntegration(const QString &integrationKey) const
{
    for (const ProviderScripts &p : m_entries)
        if (p.providerConfigKey == integrationKey)
            return &p;
    return nullptr;
}

const ProviderScripts *ScriptsConfig::forProvider(const QString &provider) const
{
    for (const ProviderScripts &p : m_entries)
        if (p.provider == provider)
            return &p;
    return nullptr;
}

const ActionInfo *ScriptsConfig::findAction(const QString &integrationKey, const QString &actionName,
                                            const QString &provider) const
{
    if (const ProviderScripts *p = forIntegration(integrationKey))
        if (const ActionInfo *a = p->action(actionName))
            return a;
    if (!provider.isEmpty())
        if (const ProviderScripts *p = forProvider(provider))
            return p->action(actionName);
    return nullptr;
}

} // namespace nd
