// GET /integrations, /integrations/:key, /connections (+ legacy /connection), /connections/:id and
// /scripts/config, as in packages/server/lib/controllers/{integrations,connection,scripts}.
#include "ActionSchemas.h"
#include "SimApi.h"
#include "SimTime.h"
#include "SimWorld.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace nangosim {

using namespace Qt::StringLiterals;

namespace {

const QString kProviderConfigKeyPattern = u"^[a-zA-Z0-9~:.@ _-]+$"_s;
const QString kConnectionIdPattern = uR"(^[a-zA-Z0-9,.;:=+~[\]|@${}"'\\/_ -]+$)"_s;

QString isoZ(qint64 us)
{
    return QString::fromLatin1(SimTime::jsIso(us));
}
// row_to_json output: microseconds and +00:00.
QString pgRow(qint64 us)
{
    return QString::fromLatin1(SimTime::postgresJson(us, 0));
}
// Dates formatted by the connection formatter: milliseconds and +00:00 instead of Z.
QString isoOffset(qint64 us)
{
    return isoZ(us).replace(u"Z"_s, u"+00:00"_s);
}

std::optional<bool> stringBool(const QJsonValue &v)
{
    static const QStringList truthy{u"true"_s, u"1"_s, u"yes"_s, u"on"_s, u"y"_s, u"enabled"_s};
    static const QStringList falsy{u"false"_s, u"0"_s, u"no"_s, u"off"_s, u"n"_s, u"disabled"_s};
    if (!v.isString())
        return std::nullopt;
    const QString s = v.toString().toLower();
    if (truthy.contains(s))
        return true;
    if (falsy.contains(s))
        return false;
    return std::nullopt;
}

} // namespace

QJsonObject SimApi::integrationJson(const Integration &i) const
{
    return QJsonObject{
        {u"unique_key"_s, i.uniqueKey},
        {u"provider"_s, i.provider},
        {u"display_name"_s, i.displayName},
        {u"logo"_s, u"%1/images/template-logos/%2.svg"_s.arg(publicUrl(), i.provider)},
        {u"forward_webhooks"_s, i.forwardWebhooks},
        {u"created_at"_s, isoZ(i.createdUs)},
        {u"updated_at"_s, isoZ(i.updatedUs)},
    };
}

SimResponse SimApi::listIntegrations(const SimRequest &req)
{
    if (auto refused = requireEmptyQuery(req))
        return *refused;
    QJsonArray data;
    for (const Integration &i : m_world.integrations())
        data.append(integrationJson(i));
    return SimResponse::json(200, QJsonObject{{u"data"_s, data}});
}

SimResponse SimApi::getIntegration(const SimRequest &req, const QString &key)
{
    Validation v;
    v.strictKeys(req.query, {u"include"_s});
    QStringList include;
    if (req.query.contains(u"include"_s)) {
        // z.union([enum, z.array(enum)]): any bad value fails both, one invalid_union issue.
        const QJsonValue inc = req.query.value(u"include"_s);
        const QJsonArray list = inc.isArray() ? inc.toArray() : QJsonArray{inc};
        bool valid = inc.isString() || inc.isArray();
        for (const QJsonValue &item : list) {
            valid = valid && (item.toString() == u"webhook" || item.toString() == u"credentials");
            include.append(item.toString());
        }
        if (!valid)
            v.add(u"invalid_union"_s, u"Invalid input"_s, {u"include"_s});
    }
    if (!v.ok())
        return SimResponse::validation(u"invalid_query_params"_s, v.errors());
    // The query is checked first, then the path parameter.
    Validation uri;
    uri.matches(key, kProviderConfigKeyPattern, u"uniqueKey"_s);
    if (key.size() > 255)
        uri.add(u"too_big"_s, u"Too big: expected string to have <=255 characters"_s, {u"uniqueKey"_s});
    if (!uri.ok())
        return SimResponse::validation(u"invalid_uri_params"_s, uri.errors());
    Integration *i = m_world.integration(key);
    if (!i)
        return SimResponse::error(404, u"not_found"_s, u"Integration \"%1\" does not exist"_s.arg(key));
    QJsonObject data = integrationJson(*i);
    if (include.contains(u"webhook"_s))
        data.insert(u"webhook_url"_s,
                    u"%1/webhook/%2/%3"_s.arg(publicUrl(), u"d7a1c1f0-0000-4000-8000-000000000001"_s, key));
    if (include.contains(u"credentials"_s))
        data.insert(u"credentials"_s, QJsonObject{{u"type"_s, u"OAUTH2"_s},
                                                  {u"client_id"_s, QString(u"sim-client-"_s + i->provider)},
                                                  {u"client_secret"_s, u"sim-client-secret"_s},
                                                  {u"scopes"_s, u"read,write"_s},
                                                  {u"webhook_secret"_s, QJsonValue::Null}});
    return SimResponse::json(200, QJsonObject{{u"data"_s, data}});
}

QJsonObject SimApi::connectionSummaryJson(const Connection &c) const
{
    const Integration *i = const_cast<SimWorld &>(m_world).integration(c.providerConfigKey);
    return QJsonObject{
        {u"id"_s, c.id},
        {u"connection_id"_s, c.connectionId},
        {u"provider_config_key"_s, c.providerConfigKey},
        {u"provider"_s, i ? i->provider : u"unknown"_s},
        {u"errors"_s, c.errors},
        {u"end_user"_s, c.endUser},
        {u"tags"_s, c.tags},
        {u"metadata"_s, c.metadata},
        {u"created"_s, pgRow(c.createdUs)},
    };
}

SimResponse SimApi::listConnections(const SimRequest &req)
{
    Validation v;
    v.strictKeys(req.query, {u"connectionId"_s, u"search"_s, u"endUserId"_s, u"endUserOrganizationId"_s,
                             u"integrationId"_s, u"tags"_s, u"limit"_s, u"page"_s});
    const auto connectionId = v.optionalString(req.query, u"connectionId"_s, 1, 255);
    const auto search = v.optionalString(req.query, u"search"_s, 0, 255);
    const auto endUserId = v.optionalString(req.query, u"endUserId"_s, 1, 255);
    const auto orgId = v.optionalString(req.query, u"endUserOrganizationId"_s, 1, 255);
    const auto integrationIds = v.optionalString(req.query, u"integrationId"_s, 1, 2550);
    int limit = 10000; // the server's default when limit is omitted
    int page = 0;
    if (req.query.contains(u"limit"_s)) {
        bool ok = false;
        limit = req.query.value(u"limit"_s).toString().toInt(&ok);
        if (!ok || limit < 1 || limit > 2000)
            v.add(u"too_big"_s, u"Invalid input: expected number from 1 to 2000"_s, {u"limit"_s});
    }
    if (req.query.contains(u"page"_s)) {
        bool ok = false;
        page = req.query.value(u"page"_s).toString().toInt(&ok);
        if (!ok || page < 0)
            v.add(u"too_small"_s, u"Invalid input: expected number >=0"_s, {u"page"_s});
    }
    QJsonObject tags;
    if (req.query.contains(u"tags"_s)) {
        tags = req.query.value(u"tags"_s).toObject();
        static const QRegularExpression tagKey(u"^[a-zA-Z][a-zA-Z0-9_\\-./]*$"_s);
        if (!req.query.value(u"tags"_s).isObject() || tags.size() > 10)
            v.add(u"invalid_type"_s, u"Invalid tags"_s, {u"tags"_s});
        for (auto it = tags.begin(); it != tags.end(); ++it) {
            const QString value = it.value().toString();
            if (!tagKey.match(it.key()).hasMatch() || value.isEmpty() || value.size() > 255)
                v.add(u"invalid_format"_s, u"Invalid tag"_s, {u"tags"_s, it.key()});
        }
    }
    if (!v.ok())
        return SimResponse::validation(u"invalid_query_params"_s, v.errors());

    std::vector<const Connection *> matches;
    const QStringList keys = integrationIds ? integrationIds->split(u',') : QStringList{};
    for (const auto &c : m_world.connections()) {
        if (connectionId && c->connectionId != *connectionId)
            continue;
        if (!keys.isEmpty() && !keys.contains(c->providerConfigKey))
            continue;
        const QJsonObject eu = c->endUser.toObject();
        if (search && !search->isEmpty()) {
            const bool hit = c->connectionId.contains(*search, Qt::CaseInsensitive) ||
                             eu.value(u"display_name"_s).toString().contains(*search, Qt::CaseInsensitive) ||
                             eu.value(u"email"_s).toString().contains(*search, Qt::CaseInsensitive);
            if (!hit)
                continue;
        }
        if (endUserId && eu.value(u"id"_s).toString() != *endUserId)
            continue;
        if (orgId && eu.value(u"organization"_s).toObject().value(u"id"_s).toString() != *orgId)
            continue;
        bool tagsMatch = true;
        for (auto it = tags.begin(); it != tags.end(); ++it)
            if (c->tags.value(it.key().toLower()).toString() != it.value().toString())
                tagsMatch = false;
        if (!tagsMatch)
            continue;
        matches.push_back(c.get());
    }
    std::sort(matches.begin(), matches.end(), [](const Connection *a, const Connection *b) {
        return a->createdUs != b->createdUs ? a->createdUs > b->createdUs : a->id > b->id;
    });
    QJsonArray out;
    for (size_t i = size_t(page) * size_t(limit); i < matches.size() && out.size() < limit; ++i)
        out.append(connectionSummaryJson(*matches[i]));
    return SimResponse::json(200, QJsonObject{{u"connections"_s, out}});
}

SimResponse SimApi::getConnection(const SimRequest &req, const QString &connectionId)
{
    Validation uri;
    uri.matches(connectionId, kConnectionIdPattern, u"connectionId"_s);
    if (connectionId.size() > 255)
        uri.add(u"too_big"_s, u"Too big: expected string to have <=255 characters"_s, {u"connectionId"_s});
    if (!uri.ok())
        return SimResponse::validation(u"invalid_uri_params"_s, uri.errors());
    Validation v;
    v.strictKeys(req.query, {u"provider_config_key"_s, u"refresh_token"_s, u"force_refresh"_s,
                             u"refresh_github_app_jwt_token"_s});
    const auto key = v.requiredString(req.query, u"provider_config_key"_s);
    for (const QString &flag : {u"refresh_token"_s, u"force_refresh"_s, u"refresh_github_app_jwt_token"_s})
        if (req.query.contains(flag) && !stringBool(req.query.value(flag)))
            v.add(u"invalid_value"_s, uR"(Invalid input: expected "true" or "false")"_s, {flag});
    if (!v.ok() || !key)
        return SimResponse::validation(u"invalid_query_params"_s, v.errors());
    if (!m_world.integration(*key))
        return SimResponse::error(400, u"unknown_provider_config"_s, u"Provider does not exists"_s);
    Connection *c = m_world.connection(*key, connectionId);
    if (!c)
        return SimResponse::error(404, u"not_found"_s, u"Failed to find connection"_s);
    QJsonObject data = connectionSummaryJson(*c);
    data.remove(u"created"_s);
    data.insert(u"connection_config"_s, QJsonObject{});
    data.insert(u"webhook_url_override"_s, c->webhookUrlOverride.isEmpty()
                                               ? QJsonValue(QJsonValue::Null)
                                               : QJsonValue(c->webhookUrlOverride));
    data.insert(u"created_at"_s, isoOffset(c->createdUs));
    data.insert(u"updated_at"_s, isoOffset(c->updatedUs));
    data.insert(u"last_fetched_at"_s, isoOffset(SimTime::nowUs()));
    data.insert(u"credentials"_s,
                QJsonObject{{u"type"_s, u"OAUTH2"_s},
                            {u"access_token"_s, QString(u"sim-access-token-"_s + QString::number(c->id))},
                            {u"expires_at"_s, isoZ(SimTime::nowUs() + 3600LL * 1000000)},
                            {u"raw"_s, QJsonObject{{u"token_type"_s, u"bearer"_s}}}});
    return SimResponse::json(200, data);
}

SimResponse SimApi::scriptsConfig(const SimRequest &req)
{
    const QString format = req.query.value(u"format"_s).toString(u"nango"_s);
    const QString deployed = isoZ(SimTime::nowUs() - 7LL * 86400 * 1000000);
    int nextId = 1;
    auto schemaFor = [](const QStringList &models) {
        QJsonObject definitions;
        for (const QString &m : models)
            definitions.insert(m, ActionSchemas::modelSchema(m));
        return QJsonObject{{u"$schema"_s, u"http://json-schema.org/draft-07/schema#"_s},
                           {u"definitions"_s, definitions}};
    };
    auto modelsList = [](const QStringList &models) {
        QJsonArray out;
        for (const QString &m : models)
            out.append(QJsonObject{{u"name"_s, m}, {u"fields"_s, QJsonArray{}}});
        return out;
    };
    // getSyncConfigsAsStandardConfig returns null when nothing is deployed, and the handler then
    // answers [] whatever the format.
    const bool anyScript =
        std::any_of(m_world.integrations().begin(), m_world.integrations().end(),
                    [](const Integration &i) { return !i.syncs.empty() || !i.actions.empty(); });
    if (!anyScript)
        return SimResponse::json(200, QJsonArray{});
    if (format == u"openai") {
        // transformToOpenAIFunctions: every sync (no parameters), then every action with the
        // properties and required list of its input model, provider by provider.
        QJsonArray data;
        for (const Integration &i : m_world.integrations()) {
            for (const SyncConfig &s : i.syncs)
                data.append(QJsonObject{{u"name"_s, s.name},
                                        {u"description"_s, s.description},
                                        {u"parameters"_s, QJsonObject{{u"type"_s, u"object"_s},
                                                                      {u"properties"_s, QJsonObject{}},
                                                                      {u"required"_s, QJsonArray{}}}}});
            for (const ActionConfig &a : i.actions) {
                const QJsonObject input = ActionSchemas::modelSchema(a.inputModel);
                data.append(
                    QJsonObject{{u"name"_s, a.name},
                                {u"description"_s, a.description},
                                {u"parameters"_s, QJsonObject{{u"type"_s, u"object"_s},
                                                              {u"properties"_s, input.value(u"properties"_s)},
                                                              {u"required"_s, input.value(u"required"_s)}}}});
            }
        }
        return SimResponse::json(200, QJsonObject{{u"data"_s, data}});
    }
    // One entry per provider: two integrations of one provider are merged under the first key.
    // Entries come from the deployed scripts: a provider without any has none.
    QJsonArray out;
    QStringList providers;
    for (const Integration &i : m_world.integrations()) {
        if (!providers.contains(i.provider) && (!i.syncs.empty() || !i.actions.empty()))
            providers.append(i.provider);
    }
    for (const QString &provider : providers) {
        QString firstKey;
        QJsonArray syncs;
        QJsonArray actions;
        for (const Integration &i : m_world.integrations()) {
            if (i.provider != provider || (i.syncs.empty() && i.actions.empty()))
                continue;
            if (firstKey.isEmpty())
                firstKey = i.uniqueKey;
            for (const SyncConfig &s : i.syncs) {
                syncs.append(QJsonObject{
                    {u"id"_s, nextId++},
                    {u"name"_s, s.name},
                    {u"type"_s, u"sync"_s},
                    {u"returns"_s, QJsonArray::fromStringList(s.models)},
                    {u"description"_s, s.description},
                    {u"attributes"_s, QJsonObject{}},
                    {u"scopes"_s, QJsonArray{}},
                    {u"version"_s, u"1.0.0"_s},
                    {u"source"_s, u"repo"_s}, // deployed with `nango deploy`
                    {u"endpoints"_s, QJsonArray{QJsonObject{{u"method"_s, u"GET"_s},
                                                            {u"path"_s, QString(u"/"_s + s.name)},
                                                            {u"group"_s, s.models.constFirst()}}}},
                    {u"input"_s, QJsonValue::Null},
                    {u"enabled"_s, true},
                    {u"last_deployed"_s, deployed},
                    {u"webhookSubscriptions"_s, QJsonArray{}},
                    {u"json_schema"_s, schemaFor(s.models)},
                    {u"sdk_version"_s, u"0.71.4"_s},
                    {u"models"_s, modelsList(s.models)},
                    {u"features"_s, QJsonArray{}},
                    {u"sync_type"_s, s.syncType},
                    {u"auto_start"_s, s.autoStart},
                    {u"runs"_s, s.runs},
                    {u"track_deletes"_s, s.trackDeletes},
                });
            }
            for (const ActionConfig &a : i.actions) {
                const QStringList models{a.inputModel, a.outputModel};
                actions.append(QJsonObject{
                    {u"id"_s, nextId++},
                    {u"name"_s, a.name},
                    {u"type"_s, u"action"_s},
                    {u"returns"_s, QJsonArray{a.outputModel}},
                    {u"description"_s, a.description},
                    {u"attributes"_s, QJsonObject{}},
                    {u"scopes"_s, QJsonArray{}},
                    {u"version"_s, u"1.0.0"_s},
                    {u"source"_s, u"repo"_s},
                    {u"endpoints"_s, QJsonArray{QJsonObject{{u"method"_s, u"POST"_s},
                                                            {u"path"_s, QString(u"/"_s + a.name)},
                                                            {u"group"_s, a.outputModel}}}},
                    {u"input"_s, a.inputModel},
                    {u"enabled"_s, a.enabled},
                    {u"last_deployed"_s, deployed},
                    {u"webhookSubscriptions"_s, QJsonArray{}},
                    {u"json_schema"_s, schemaFor(models)},
                    {u"sdk_version"_s, u"0.71.4"_s},
                    {u"models"_s, modelsList(models)},
                    {u"features"_s, QJsonArray{}},
                });
            }
        }
        out.append(QJsonObject{{u"providerConfigKey"_s, firstKey},
                               {u"provider"_s, provider},
                               {u"syncs"_s, syncs},
                               {u"actions"_s, actions},
                               {u"on-events"_s, QJsonArray{}}});
    }
    return SimResponse::json(200, out);
}

} // namespace nangosim
