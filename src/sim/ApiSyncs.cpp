// GET /sync/status, POST /sync/trigger, /sync/pause, /sync/start, PUT /sync/update-connection-frequency
// (controllers/sync, services/sync/manager.service.ts).
#include "SimApi.h"
#include "SimTime.h"
#include "SimWorld.h"
#include "SyncRunner.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace nangosim {

using namespace Qt::StringLiterals;

namespace {

struct SyncRef
{
    QString name;
    QString variant = u"base"_s;
};

QString isoZ(qint64 us)
{
    return QString::fromLatin1(SimTime::jsIso(us));
}

SimResponse nangoError(const QString &type, const QJsonObject &payload = {})
{
    if (type == u"unknown_connection") {
        const QString message =
            u"No connection matching the provided params of 'connection_id' and 'provider_config_key'."_s +
            (payload.isEmpty()
                 ? QString()
                 : u" Please make sure these values exist in the Nango dashboard "_s +
                       QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Indented)).trimmed());
        return SimResponse::error(404, type, message, payload);
    }
    if (type == u"unknown_provider_config") {
        const QString message =
            u"There is no Provider Configuration matching this key."_s +
            (payload.isEmpty()
                 ? QString()
                 : u" Please make sure this value exists in the Nango dashboard "_s +
                       QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Indented)).trimmed());
        return SimResponse::error(400, type, message, payload);
    }
    if (type == u"no_syncs_found")
        return SimResponse::error(400, type, u"No syncs found given the inputs."_s, payload);
    return SimResponse::error(500, type);
}

const QString kProviderConfigKeyPattern = u"^[a-zA-Z0-9~:.@ _-]+$"_s;
const QString kConnectionIdPattern = uR"(^[a-zA-Z0-9,.;:=+~[\]|@${}"'\\/_ -]+$)"_s;
const QString kSyncNamePattern = u"^[a-zA-Z0-9_-]+$"_s;
// helpers/validation.ts frequencySchema, as its RegExp prints.
const QString kFrequencyPattern =
    uR"(^(?<every>every )?((?<amount>[0-9]+)?\s?(?<unit>(s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?))|(?<unit2>(month|week|half day|half hour|quarter hour)))$)"_s;

// The `syncs` array of trigger/pause/start: strings ("name" or "name::variant") or {name, variant}.
// An item that is neither is one invalid_union issue: trigger's union carries its own message and a
// loose object, pause and start use a plain union of a string and a strict object.
std::optional<QList<SyncRef>> parseSyncList(const QJsonValue &value, Validation &v, int maxItems,
                                            const QString &unionMessage, bool strictItems)
{
    if (!value.isArray()) {
        v.invalidType(u"array"_s, value, {u"syncs"_s});
        return std::nullopt;
    }
    const QJsonArray array = value.toArray();
    QList<SyncRef> out;
    bool itemFailed = false;
    for (int i = 0; i < array.size(); ++i) {
        const QJsonValue item = array.at(i);
        if (item.isString()) {
            const QString s = item.toString();
            SyncRef ref;
            ref.name = s.section(u"::"_s, 0, 0);
            if (s.contains(u"::"_s))
                ref.variant = s.section(u"::"_s, 1);
            out.append(ref);
            continue;
        }
        const QJsonObject o = item.toObject();
        const bool extraKeys =
            strictItems && (o.size() != 2 || !o.contains(u"name"_s) || !o.contains(u"variant"_s));
        if (!item.isObject() || !o.value(u"name"_s).isString() || !o.value(u"variant"_s).isString() ||
            extraKeys) {
            v.add(u"invalid_union"_s, unionMessage, {u"syncs"_s, QString::number(i)});
            itemFailed = true;
            continue;
        }
        out.append({o.value(u"name"_s).toString(), o.value(u"variant"_s).toString()});
    }
    if (!itemFailed && maxItems > 0 && array.size() > maxItems)
        v.add(u"too_big"_s, u"Too big: expected array to have <=%1 items"_s.arg(maxItems), {u"syncs"_s});
    if (!v.ok())
        return std::nullopt;
    return out;
}

// The connections a trigger, pause or start applies to: one, or every one of the integration.
std::optional<SimResponse> resolveTargets(SimWorld &world, const QString &key,
                                          const std::optional<QString> &connectionId,
                                          QList<Connection *> *targets)
{
    if (!world.integration(key))
        return nangoError(u"unknown_provider_config"_s, {{u"providerConfigKey"_s, key}});
    if (connectionId) {
        Connection *c = world.connection(key, *connectionId);
        if (!c)
            return nangoError(u"unknown_connection"_s,
                              {{u"connectionId"_s, *connectionId}, {u"providerConfigKey"_s, key}});
        targets->append(c);
        return std::nullopt;
    }
    for (auto &c : world.connections())
        if (c->providerConfigKey == key)
            targets->append(c.get());
    return std::nullopt;
}

} // namespace

SimResponse SimApi::syncStatus(const SimRequest &req)
{
    Validation v;
    v.strictKeys(req.query, {u"syncs"_s, u"provider_config_key"_s, u"connection_id"_s});
    const auto syncs = v.requiredString(req.query, u"syncs"_s, 1, 10000);
    const auto key = v.requiredString(req.query, u"provider_config_key"_s);
    const auto connectionId = v.optionalString(req.query, u"connection_id"_s);
    if (!v.ok() || !syncs || !key)
        return SimResponse::validation(u"invalid_query_params"_s, v.errors());

    QList<Connection *> targets;
    if (connectionId) {
        Connection *c = m_world.connection(*key, *connectionId);
        if (!c)
            return SimResponse::error(400, u"invalid_body"_s, u"Connection not found"_s);
        targets.append(c);
    } else {
        for (auto &c : m_world.connections())
            if (c->providerConfigKey == *key)
                targets.append(c.get());
    }
    const bool all = *syncs == u"*";
    QList<SyncRef> wanted;
    if (!all) {
        for (const QString &part : syncs->split(u',')) {
            SyncRef ref;
            ref.name = part.section(u"::"_s, 0, 0).trimmed();
            if (part.contains(u"::"_s))
                ref.variant = part.section(u"::"_s, 1).trimmed();
            wanted.append(ref);
        }
    }
    QJsonArray out;
    for (Connection *c : std::as_const(targets)) {
        for (const Sync &s : c->syncs) {
            if (!all) {
                bool hit = false;
                for (const SyncRef &ref : wanted)
                    hit = hit || (ref.name == s.name && ref.variant == s.variant);
                if (!hit)
                    continue; // names missing on this connection are skipped silently
            }
            const bool hasJob = s.latest.has_value();
            const bool running = hasJob && s.latest->status == Job::Status::Running;
            QString status;
            if (running)
                status = u"RUNNING"_s;
            else if (s.paused)
                status = u"PAUSED"_s;
            else if (hasJob && s.latest->status == Job::Status::Stopped)
                status = u"ERROR"_s;
            else
                status = u"SUCCESS"_s; // a sync that never ran reports SUCCESS
            QJsonObject item{
                {u"id"_s, QString::fromLatin1(s.id)},
                {u"connection_id"_s, c->connectionId},
                {u"name"_s, s.name},
                {u"variant"_s, s.variant},
                {u"type"_s, hasJob && !s.latest->full ? u"INCREMENTAL"_s : u"INITIAL"_s},
                {u"status"_s, status},
                {u"frequency"_s,
                 s.frequencyOverride.isEmpty()
                     ? (s.config->runs.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.config->runs))
                     : QJsonValue(s.frequencyOverride)},
                {u"nextScheduledSyncAt"_s,
                 !s.paused && s.nextRunUs ? QJsonValue(isoZ(s.nextRunUs)) : QJsonValue(QJsonValue::Null)},
                {u"checkpoint"_s, s.checkpoint},
            };
            if (hasJob) {
                if (!running)
                    item.insert(u"finishedAt"_s, isoZ(s.latest->updatedUs));
                if (!running)
                    item.insert(u"latestResult"_s, s.latest->result);
                item.insert(u"latestExecutionStatus"_s, running ? u"RUNNING"_s
                                                        : s.latest->status == Job::Status::Success
                                                            ? u"SUCCESS"_s
                                                            : u"STOPPED"_s);
            }
            QJsonObject counts;
            for (const QString &model : s.config->models) {
                // Nango's TODO: variant models are counted under their base name.
                const RecordTable *t = m_world.table(*c, model);
                counts.insert(model, recordCountOverride >= 0 ? recordCountOverride
                                     : !t                     ? 0
                                     : countsIncludeDeleted   ? qint64(t->size())
                                                              : qint64(t->liveCount()));
            }
            item.insert(u"recordCount"_s, counts);
            out.append(item);
        }
    }
    return SimResponse::json(200, QJsonObject{{u"syncs"_s, out}});
}

SimResponse SimApi::syncTrigger(const SimRequest &req)
{
    if (auto refused = requireEmptyQuery(req))
        return *refused;
    const ParsedBody parsed = parseJsonBody(req);
    if (parsed.error)
        return *parsed.error;
    Validation v;
    if (!v.isObject(parsed.value))
        return SimResponse::validation(u"invalid_body"_s, v.errors());
    const QJsonObject body = parsed.value.toObject();
    // The schema's keys in order, then .strict()'s unrecognized keys.
    std::optional<QList<SyncRef>> syncs;
    if (!body.contains(u"syncs"_s))
        v.invalidType(u"array"_s, QJsonValue::Undefined, {u"syncs"_s});
    else
        syncs = parseSyncList(
            body.value(u"syncs"_s), v, 0,
            u"Each sync must be either a string or a { name: string, variant: string } object"_s, false);
    static const QStringList modes{u"incremental"_s, u"full_refresh"_s, u"full_refresh_and_clear_cache"_s};
    const QString syncMode = body.value(u"sync_mode"_s).toString();
    if (body.contains(u"sync_mode"_s) &&
        (!body.value(u"sync_mode"_s).isString() || !modes.contains(syncMode)))
        v.invalidOption(modes, {u"sync_mode"_s});
    if (body.contains(u"full_resync"_s) && !body.value(u"full_resync"_s).isBool())
        v.invalidType(u"boolean"_s, body.value(u"full_resync"_s), {u"full_resync"_s});
    std::optional<QString> connectionId;
    std::optional<QString> key;
    for (const QString &name : {u"connection_id"_s, u"provider_config_key"_s}) {
        if (!body.contains(name))
            continue;
        if (!body.value(name).isString())
            v.invalidType(u"string"_s, body.value(name), {name});
        else if (!body.value(name).toString().isEmpty()) // `body.x || header`: "" is no value
            (name == u"connection_id" ? connectionId : key) = body.value(name).toString();
    }
    bool reset = false;
    bool emptyCache = false;
    const bool hasOpts = body.contains(u"opts"_s);
    if (hasOpts && v.isObject(body.value(u"opts"_s), {u"opts"_s})) {
        // A loose object: other keys are dropped, not refused.
        const QJsonObject opts = body.value(u"opts"_s).toObject();
        for (const QString &flag : {u"reset"_s, u"emptyCache"_s})
            if (opts.contains(flag) && !opts.value(flag).isBool())
                v.invalidType(u"boolean"_s, opts.value(flag), {u"opts"_s, flag});
        reset = opts.value(u"reset"_s).toBool();
        emptyCache = opts.value(u"emptyCache"_s).toBool();
    }
    v.strictKeys(body, {u"syncs"_s, u"sync_mode"_s, u"full_resync"_s, u"connection_id"_s,
                        u"provider_config_key"_s, u"opts"_s});
    if (!v.ok())
        return SimResponse::validation(u"invalid_body"_s, v.errors());
    if (!key && !req.header("provider-config-key").isEmpty())
        key = QString::fromUtf8(req.header("provider-config-key"));
    if (!connectionId && !req.header("connection-id").isEmpty())
        connectionId = QString::fromUtf8(req.header("connection-id"));
    if (!key)
        return SimResponse::error(400, u"missing_provider_config_key"_s,
                                  u"Missing provider_config_key. Provide it in the body or headers."_s);
    if (hasOpts && (body.contains(u"sync_mode"_s) || body.contains(u"full_resync"_s)))
        return SimResponse::error(400, u"invalid_body"_s,
                                  u"Cannot use opts with deprecated sync_mode/full_resync parameters"_s);

    bool full = false;
    bool deleteRecords = false;
    if (hasOpts) {
        full = reset;
        deleteRecords = reset && emptyCache; // emptyCache alone is silently ignored
    } else if (body.contains(u"sync_mode"_s)) {
        full = syncMode != u"incremental";
        deleteRecords = syncMode == u"full_refresh_and_clear_cache";
    } else {
        full = body.value(u"full_resync"_s).toBool();
    }

    QList<Connection *> targets;
    if (auto refused = resolveTargets(m_world, *key, connectionId, &targets))
        return *refused;
    QList<QPair<Connection *, Sync *>> selected;
    for (Connection *c : std::as_const(targets)) {
        if (syncs->isEmpty()) {
            for (Sync &s : c->syncs)
                selected.append({c, &s});
            continue;
        }
        for (const SyncRef &ref : *syncs) {
            Sync *s = m_world.sync(*c, ref.name, ref.variant);
            if (!s && connectionId)
                return nangoError(u"no_syncs_found"_s);
            if (s)
                selected.append({c, s});
        }
    }
    if (selected.isEmpty())
        return nangoError(u"no_syncs_found"_s);
    for (const auto &[c, s] : selected) {
        SyncRunner::RunRequest run;
        run.full = full;
        run.emptyCache = deleteRecords;
        m_runner.run(*c, *s, run);
    }
    return SimResponse::json(200, QJsonObject{{u"success"_s, true}});
}

SimResponse SimApi::syncPauseOrStart(const SimRequest &req, bool pause)
{
    const ParsedBody parsed = parseJsonBody(req);
    if (parsed.error)
        return *parsed.error;
    Validation v;
    if (!v.isObject(parsed.value))
        return SimResponse::validation(u"invalid_body"_s, v.errors());
    const QJsonObject body = parsed.value.toObject();
    std::optional<QList<SyncRef>> syncs;
    if (!body.contains(u"syncs"_s))
        v.invalidType(u"array"_s, QJsonValue::Undefined, {u"syncs"_s});
    else
        syncs = parseSyncList(body.value(u"syncs"_s), v, 256, u"Invalid input"_s, true);
    const auto key = v.patterned(body, u"provider_config_key"_s, kProviderConfigKeyPattern, true);
    const auto connectionId = v.patterned(body, u"connection_id"_s, kConnectionIdPattern, false);
    v.strictKeys(body, {u"syncs"_s, u"provider_config_key"_s, u"connection_id"_s});
    if (!v.ok() || !syncs || !key)
        return SimResponse::validation(u"invalid_body"_s, v.errors());
    QList<Connection *> targets;
    if (auto refused = resolveTargets(m_world, *key, connectionId, &targets))
        return *refused;
    QList<QPair<Connection *, Sync *>> selected;
    for (Connection *c : std::as_const(targets)) {
        for (Sync &s : c->syncs) {
            bool hit = syncs->isEmpty();
            for (const SyncRef &ref : *syncs)
                hit = hit || (ref.name == s.name && ref.variant == s.variant);
            if (hit)
                selected.append({c, &s});
        }
    }
    if (selected.isEmpty())
        return nangoError(u"no_syncs_found"_s);
    for (const auto &[c, s] : selected) {
        if (pause)
            m_runner.pause(*s);
        else
            m_runner.unpause(*c, *s);
    }
    return SimResponse::json(200, QJsonObject{{u"success"_s, true}});
}

SimResponse SimApi::syncFrequency(const SimRequest &req)
{
    if (auto refused = requireEmptyQuery(req))
        return *refused;
    const ParsedBody parsed = parseJsonBody(req);
    if (parsed.error)
        return *parsed.error;
    Validation v;
    if (!v.isObject(parsed.value))
        return SimResponse::validation(u"invalid_body"_s, v.errors());
    const QJsonObject body = parsed.value.toObject();
    const auto name = v.patterned(body, u"sync_name"_s, kSyncNamePattern, true);
    const auto variant = v.patterned(body, u"sync_variant"_s, kSyncNamePattern, false);
    const auto key = v.patterned(body, u"provider_config_key"_s, kProviderConfigKeyPattern, true);
    const auto connectionId = v.patterned(body, u"connection_id"_s, kConnectionIdPattern, true);
    // frequencySchema.nullable(): a string that matches the format, or null. A malformed value is a
    // validation issue; "Sync interval is invalid" is only for one that passes the format but not
    // the interval parser (too short, say).
    const QJsonValue frequency = body.value(u"frequency"_s);
    if (frequency.isString())
        v.matches(frequency.toString(), kFrequencyPattern, u"frequency"_s);
    else if (!frequency.isNull())
        v.invalidType(u"string"_s, frequency, {u"frequency"_s});
    v.strictKeys(body, {u"sync_name"_s, u"sync_variant"_s, u"provider_config_key"_s, u"connection_id"_s,
                        u"frequency"_s});
    if (!v.ok() || !name || !key || !connectionId)
        return SimResponse::validation(u"invalid_body"_s, v.errors());
    Connection *c = m_world.connection(*key, *connectionId);
    if (!c)
        return SimResponse::error(400, u"unknown_connection"_s);
    Sync *s = m_world.sync(*c, *name, variant.value_or(u"base"_s));
    if (!s)
        return SimResponse::error(400, u"unknown_sync"_s);
    if (frequency.isNull()) {
        s->frequencyOverride.clear();
        m_runner.reschedule(*s);
        return SimResponse::json(200, QJsonObject{{u"frequency"_s, s->config->runs}});
    }
    const auto normalised = SimWorld::normaliseFrequency(frequency.toString());
    if (!normalised)
        return SimResponse::error(400, u"invalid_body"_s, u"Sync interval is invalid"_s);
    // The stored override is the raw input, which is what /sync/status shows later.
    s->frequencyOverride = frequency.toString();
    m_runner.reschedule(*s);
    return SimResponse::json(200, QJsonObject{{u"frequency"_s, *normalised}});
}

} // namespace nangosim
