// The simulator's own control API under /_sim/: ground truth, runs, mutations and faults for tests
// and the demo. It has no counterpart in Nango and needs no key (the simulator listens on loopback).
#include "RateLimiter.h"
#include "SimApi.h"
#include "SimTime.h"
#include "SimWorld.h"
#include "SyncRunner.h"
#include "WebhookSender.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace nangosim {

using namespace Qt::StringLiterals;

namespace {

QJsonObject bodyObject(const SimRequest &req)
{
    return QJsonDocument::fromJson(req.body).object();
}

} // namespace

SimResponse SimApi::controlState()
{
    QJsonArray tables;
    for (const auto &c : m_world.connections()) {
        for (const Sync &s : c->syncs) {
            for (const QString &model : s.config->models) {
                const RecordTable *t = m_world.table(*c, s.modelKey(model));
                tables.append(
                    QJsonObject{{u"integration"_s, c->providerConfigKey},
                                {u"connection"_s, c->connectionId},
                                {u"sync"_s, s.name},
                                {u"variant"_s, s.variant},
                                {u"model"_s, model},
                                {u"rows"_s, t ? qint64(t->size()) : 0},
                                {u"live"_s, t ? qint64(t->liveCount()) : 0},
                                {u"running"_s, s.latest && s.latest->status == Job::Status::Running}});
            }
        }
    }
    return SimResponse::json(200, QJsonObject{{u"environment"_s, m_world.options().environment},
                                              {u"tables"_s, tables},
                                              {u"webhooks_pending"_s, m_webhooks.pending()},
                                              {u"webhooks_sent"_s, int(m_webhooks.log().size())}});
}

SimResponse SimApi::controlTruth(const SimRequest &req)
{
    Connection *c = m_world.connection(req.query.value(u"integration"_s).toString(),
                                       req.query.value(u"connection"_s).toString());
    if (!c)
        return SimResponse::error(404, u"not_found"_s, u"unknown integration/connection"_s);
    const QString model = req.query.value(u"model"_s).toString();
    const QString variant = req.query.value(u"variant"_s).toString(u"base"_s);
    const QString key = variant == u"base" ? model : model + u"::"_s + variant;
    QByteArray body = "{\"records\":[";
    if (RecordTable *t = m_world.table(*c, key)) {
        bool first = true;
        for (const SimRecord *r : t->all()) {
            if (!first)
                body += ',';
            first = false;
            body += m_world.recordJson(key, *r);
        }
    }
    body += "]}";
    return SimResponse::rawJson(200, std::move(body));
}

SimResponse SimApi::controlRun(const SimRequest &req)
{
    const QJsonObject b = bodyObject(req);
    SyncRunner::RunRequest run;
    run.full = b.value(u"full"_s).toBool();
    run.emptyCache = b.value(u"empty_cache"_s).toBool();
    run.fail = b.value(u"fail"_s).toBool();
    run.webhook = b.value(u"webhook"_s).toBool(true);
    int started = 0;
    for (auto &c : m_world.connections()) {
        if (b.contains(u"integration"_s) && c->providerConfigKey != b.value(u"integration"_s).toString())
            continue;
        if (b.contains(u"connection"_s) && c->connectionId != b.value(u"connection"_s).toString())
            continue;
        for (Sync &s : c->syncs) {
            if (b.contains(u"sync"_s) && s.name != b.value(u"sync"_s).toString())
                continue;
            if (s.variant != b.value(u"variant"_s).toString(s.variant))
                continue;
            m_runner.run(*c, s, run);
            ++started;
        }
    }
    return SimResponse::json(200, QJsonObject{{u"started"_s, started}});
}

SimResponse SimApi::controlMutate(const SimRequest &req)
{
    const QJsonObject b = bodyObject(req);
    Connection *c =
        m_world.connection(b.value(u"integration"_s).toString(), b.value(u"connection"_s).toString());
    if (!c)
        return SimResponse::error(404, u"not_found"_s, u"unknown integration/connection"_s);
    Sync *s = m_world.sync(*c, b.value(u"sync"_s).toString(), b.value(u"variant"_s).toString(u"base"_s));
    if (!s)
        return SimResponse::error(404, u"not_found"_s, u"unknown sync"_s);
    SyncRunner::Mutations m;
    m.add = b.value(u"add"_s).toInt(0);
    m.update = b.value(u"update"_s).toInt(0);
    m.remove = b.value(u"delete"_s).toInt(0);
    m.undelete = b.value(u"undelete"_s).toInt(0);
    m.light = b.value(u"light"_s).toBool();
    for (const QJsonValue &id : b.value(u"update_ids"_s).toArray())
        m.updateIds.append(id.toString().toUtf8());
    for (const QJsonValue &id : b.value(u"delete_ids"_s).toArray())
        m.deleteIds.append(id.toString().toUtf8());
    QJsonObject result;
    for (const QString &model : s->config->models)
        if (!b.contains(u"model"_s) || b.value(u"model"_s).toString() == model)
            result.insert(model, m_runner.mutate(*c, *s, model, m));
    return SimResponse::json(200, result);
}

SimResponse SimApi::controlFaults(const SimRequest &req)
{
    const QJsonObject b = bodyObject(req);
    if (b.contains(u"fail_rate"_s))
        failRate = b.value(u"fail_rate"_s).toDouble();
    if (b.contains(u"latency_ms"_s))
        latencyMs = b.value(u"latency_ms"_s).toInt();
    if (b.contains(u"webhook_drop_rate"_s))
        m_webhooks.setDropRate(b.value(u"webhook_drop_rate"_s).toDouble());
    if (b.contains(u"rate_limit"_s) || b.contains(u"rate_window"_s))
        rateLimiter.configure(b.value(u"rate_limit"_s).toInt(rateLimiter.limit()),
                              b.value(u"rate_window"_s).toInt(m_world.options().rateWindowSeconds));
    if (b.contains(u"storm_429"_s))
        storm429 = b.value(u"storm_429"_s).toInt();
    if (b.contains(u"storm_500"_s))
        storm500 = b.value(u"storm_500"_s).toInt();
    if (b.contains(u"storm_path"_s))
        stormPath = b.value(u"storm_path"_s).toString();
    if (b.contains(u"fail_next_runs"_s))
        m_runner.setFailNextRuns(b.value(u"fail_next_runs"_s).toInt());
    if (b.contains(u"stall_schedules"_s))
        m_runner.setStalled(b.value(u"stall_schedules"_s).toBool());
    if (b.contains(u"garbage_cursor_pages"_s))
        garbageCursorPages = b.value(u"garbage_cursor_pages"_s).toInt();
    if (b.contains(u"stuck_cursor_pages"_s))
        stuckCursorPages = b.value(u"stuck_cursor_pages"_s).toInt();
    if (b.contains(u"record_count_override"_s))
        recordCountOverride = b.value(u"record_count_override"_s).toInteger(-1);
    if (b.contains(u"pad_page_bytes"_s))
        padPageBytes = b.value(u"pad_page_bytes"_s).toInteger();
    if (b.contains(u"counts_include_deleted"_s))
        countsIncludeDeleted = b.value(u"counts_include_deleted"_s).toBool();
    return SimResponse::json(200, QJsonObject{{u"fail_rate"_s, failRate},
                                              {u"latency_ms"_s, latencyMs},
                                              {u"webhook_drop_rate"_s, m_webhooks.dropRate()},
                                              {u"rate_limit"_s, rateLimiter.limit()}});
}

SimResponse SimApi::controlConnections(const SimRequest &req)
{
    const QJsonObject b = bodyObject(req);
    const QString key = b.value(u"integration"_s).toString();
    const Integration *i = m_world.integration(key);
    if (!i)
        return SimResponse::error(404, u"not_found"_s, u"unknown integration"_s);
    Connection &c = m_world.addConnection(key, b.value(u"connection_id"_s).toString(), b);
    for (Sync &s : c.syncs) {
        if (!s.paused)
            m_world.seedRecords(c, s);
        m_runner.reschedule(s);
    }
    QJsonObject hook{{u"from"_s, u"nango"_s},
                     {u"type"_s, u"auth"_s},
                     {u"connectionId"_s, c.connectionId},
                     {u"providerConfigKey"_s, key},
                     {u"authMode"_s, u"OAUTH2"_s},
                     {u"provider"_s, i->provider},
                     {u"environment"_s, m_world.options().environment},
                     {u"operation"_s, u"creation"_s},
                     {u"success"_s, true}};
    if (!c.tags.isEmpty())
        hook.insert(u"tags"_s, c.tags);
    m_webhooks.send(hook, c.webhookUrlOverride);
    return SimResponse::json(200, connectionSummaryJson(c));
}

SimResponse SimApi::controlWebhooks(const SimRequest &req)
{
    if (req.method == "DELETE") {
        m_webhooks.clearLog();
        return SimResponse::json(200, QJsonObject{{u"success"_s, true}});
    }
    QJsonArray out;
    for (const WebhookSender::Delivery &d : m_webhooks.log())
        out.append(QJsonObject{{u"at"_s, QString::fromLatin1(SimTime::jsIso(d.atUs))},
                               {u"url"_s, d.url},
                               {u"type"_s, d.type},
                               {u"body"_s, QString::fromUtf8(d.body)},
                               {u"attempts"_s, d.attempts},
                               {u"last_status"_s, d.lastStatus},
                               {u"outcome"_s, d.outcome}});
    return SimResponse::json(200, QJsonObject{{u"deliveries"_s, out}, {u"pending"_s, m_webhooks.pending()}});
}

SimResponse SimApi::controlPrune(const SimRequest &req)
{
    const QJsonObject b = bodyObject(req);
    Connection *c =
        m_world.connection(b.value(u"integration"_s).toString(), b.value(u"connection"_s).toString());
    if (!c)
        return SimResponse::error(404, u"not_found"_s, u"unknown integration/connection"_s);
    RecordTable *t = m_world.table(*c, b.value(u"model"_s).toString());
    if (!t)
        return SimResponse::error(404, u"not_found"_s, u"unknown model"_s);
    bool more = false;
    const int count = t->prune(RecordKey{SimTime::nowUs() + 1, ~0ULL, ~0ULL},
                               b.value(u"limit"_s).toInt(1 << 30), m_world.clockUs(), &more);
    return SimResponse::json(200, QJsonObject{{u"count"_s, count}});
}

} // namespace nangosim
