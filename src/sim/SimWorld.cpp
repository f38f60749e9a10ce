#include "SimWorld.h"

#include "SimJsonWriter.h"
#include "SimTime.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>

namespace nangosim {

using namespace Qt::StringLiterals;

SimWorld::SimWorld(const SimOptions &options)
    : m_options(options)
    , m_payloads(options.seed, options.recordBytes)
    , m_rng(options.seed * 0x9E3779B97F4A7C15ULL + 7)
{
    // A config without integrations (only extra api_keys, say) keeps the built-in data set.
    if (!m_options.config.contains(u"integrations"_s))
        loadBuiltIn();
    else
        loadConfig(m_options.config);
}

namespace {

SyncConfig syncConfig(const QString &name, const QStringList &models, const QString &runs,
                      bool autoStart = true, const QStringList &variants = {})
{
    SyncConfig s;
    s.name = name;
    s.models = models;
    s.runs = runs;
    s.autoStart = autoStart;
    s.variants = variants;
    s.description = u"Fetches %1 from the provider"_s.arg(models.join(u", "_s));
    return s;
}

ActionConfig actionConfig(const QString &name, const QString &input, const QString &output,
                          const QString &behaviour = u"ok"_s, bool enabled = true)
{
    ActionConfig a;
    a.name = name;
    a.inputModel = input;
    a.outputModel = output;
    a.behaviour = behaviour;
    a.enabled = enabled;
    a.description = u"Runs %1 on the provider"_s.arg(name);
    return a;
}

} // namespace

void SimWorld::loadBuiltIn()
{
    const qint64 now = SimTime::nowUs();
    const qint64 day = 86400LL * 1000000;
    auto integration = [&](const QString &key, const QString &provider, const QString &name, qint64 age) {
        Integration i;
        i.uniqueKey = key;
        i.provider = provider;
        i.displayName = name;
        i.createdUs = now - age;
        i.updatedUs = now - age / 2;
        return i;
    };
    Integration hubspot = integration(u"hubspot"_s, u"hubspot"_s, u"HubSpot"_s, 200 * day);
    hubspot.syncs = {syncConfig(u"contacts"_s, {u"HubspotContact"_s}, u"every 30min"_s),
                     syncConfig(u"deals"_s, {u"HubspotDeal"_s}, u"every hour"_s),
                     syncConfig(u"owners"_s, {u"HubspotOwner"_s}, u"every day"_s, false)};
    hubspot.actions = {
        actionConfig(u"create-contact"_s, u"CreateContactInput"_s, u"HubspotContact"_s),
        actionConfig(u"archive-contact"_s, u"ArchiveContactInput"_s, u"ActionResult"_s, u"fail"_s)};
    Integration github = integration(u"github"_s, u"github"_s, u"GitHub"_s, 150 * day);
    github.syncs = {syncConfig(u"issues"_s, {u"GithubIssue"_s, u"GithubIssueComment"_s}, u"every 15min"_s)};
    github.actions = {actionConfig(u"create-issue"_s, u"CreateIssueInput"_s, u"GithubIssue"_s),
                      actionConfig(u"export-report"_s, u"ExportReportInput"_s, u"ActionResult"_s, u"slow"_s)};
    Integration salesforce = integration(u"salesforce"_s, u"salesforce"_s, u"Salesforce"_s, 90 * day);
    salesforce.syncs = {
        syncConfig(u"accounts"_s, {u"SalesforceAccount"_s}, u"every day"_s),
        syncConfig(u"opportunities"_s, {u"SalesforceOpportunity"_s}, u"every 2h"_s, true, {u"emea"_s})};
    salesforce.actions = {actionConfig(u"update-opportunity"_s, u"UpdateOpportunityInput"_s,
                                       u"ActionResult"_s, u"http_error"_s)};
    Integration hubspotEu = integration(u"hubspot-eu"_s, u"hubspot"_s, u"HubSpot (EU portal)"_s, 60 * day);
    hubspotEu.syncs = {syncConfig(u"contacts"_s, {u"HubspotContact"_s}, u"every 30min"_s)};
    Integration slack = integration(u"slack"_s, u"slack"_s, u"Slack"_s, 30 * day);
    slack.actions = {
        actionConfig(u"send-message"_s, u"SendMessageInput"_s, u"ActionResult"_s),
        actionConfig(u"legacy-post"_s, u"SendMessageInput"_s, u"ActionResult"_s, u"ok"_s, false)};
    m_integrations = {hubspot, github, salesforce, hubspotEu, slack};
    // The built-in data set keeps the proxy echo on: the client's tests read the request back.
    for (Integration &i : m_integrations)
        i.proxy.echo = true;

    auto endUser = [](const QString &id, const QString &name, const QString &email, const QString &org) {
        return QJsonObject{{u"id"_s, id},
                           {u"display_name"_s, name},
                           {u"email"_s, email},
                           {u"tags"_s, QJsonObject{}},
                           {u"organization"_s, QJsonObject{{u"id"_s, org}, {u"display_name"_s, org}}}};
    };
    addConnection(u"hubspot"_s, u"acme-corp"_s,
                  {{u"end_user"_s, endUser(u"u-100"_s, u"Ada Lovelace"_s, u"ada@acme.example"_s, u"acme"_s)},
                   {u"tags"_s, QJsonObject{{u"plan"_s, u"enterprise"_s}}}});
    addConnection(
        u"hubspot"_s, u"globex"_s,
        {{u"end_user"_s, endUser(u"u-101"_s, u"Hank Scorpio"_s, u"hank@globex.example"_s, u"globex"_s)}});
    addConnection(
        u"github"_s, u"acme-corp"_s,
        {{u"end_user"_s, endUser(u"u-100"_s, u"Ada Lovelace"_s, u"ada@acme.example"_s, u"acme"_s)}});
    addConnection(u"salesforce"_s, u"initech"_s,
                  {{u"errors"_s, QJsonArray{QJsonObject{{u"type"_s, u"auth"_s},
                                                        {u"log_id"_s, u"a9GbBmMbVj6aXCaRhrSd"_s}}}}});
    addConnection(u"hubspot-eu"_s, u"umbrella"_s, {{u"tags"_s, QJsonObject{{u"region"_s, u"eu"_s}}}});
    addConnection(u"slack"_s, u"acme-corp"_s, {});
}

void SimWorld::loadConfig(const QJsonObject &config)
{
    const qint64 now = SimTime::nowUs();
    for (const QJsonValue &iv : config.value(u"integrations"_s).toArray()) {
        const QJsonObject io = iv.toObject();
        Integration i;
        i.uniqueKey = io.value(u"unique_key"_s).toString();
        i.provider = io.value(u"provider"_s).toString(i.uniqueKey);
        i.displayName = io.value(u"display_name"_s).toString(i.provider);
        i.forwardWebhooks = io.value(u"forward_webhooks"_s).toBool(true);
        i.proxy = ProxyConfig::fromJson(io.value(u"proxy"_s).toObject(), ProxyConfig{});
        i.createdUs = i.updatedUs = now - 30LL * 86400 * 1000000;
        for (const QJsonValue &sv : io.value(u"syncs"_s).toArray()) {
            const QJsonObject so = sv.toObject();
            SyncConfig s = syncConfig(
                so.value(u"name"_s).toString(), so.value(u"models"_s).toVariant().toStringList(),
                so.value(u"runs"_s).toString(u"every 30min"_s), so.value(u"auto_start"_s).toBool(true),
                so.value(u"variants"_s).toVariant().toStringList());
            s.syncType = so.value(u"sync_type"_s).toString(u"incremental"_s);
            s.trackDeletes = so.value(u"track_deletes"_s).toBool(false);
            i.syncs.push_back(s);
        }
        for (const QJsonValue &av : io.value(u"actions"_s).toArray()) {
            const QJsonObject ao = av.toObject();
            ActionConfig a =
                actionConfig(ao.value(u"name"_s).toString(), ao.value(u"input"_s).toString(),
                             ao.value(u"output"_s).toString(u"ActionResult"_s),
                             ao.value(u"behaviour"_s).toString(u"ok"_s), ao.value(u"enabled"_s).toBool(true));
            a.slowMs = ao.value(u"slow_ms"_s).toInt(3000);
            i.actions.push_back(a);
        }
        m_integrations.push_back(i);
    }
    for (const QJsonValue &cv : config.value(u"connections"_s).toArray()) {
        const QJsonObject co = cv.toObject();
        addConnection(co.value(u"provider_config_key"_s).toString(), co.value(u"connection_id"_s).toString(),
                      co);
    }
}

Connection &SimWorld::addConnection(const QString &providerConfigKey, const QString &connectionId,
                                    const QJsonObject &extra)
{
    auto c = std::make_unique<Connection>();
    c->id = m_nextConnectionId++;
    c->connectionId = connectionId;
    c->providerConfigKey = providerConfigKey;
    // Older connections first, so the default order (created_at DESC) is visible in lists. Nango
    // stores a JavaScript Date: milliseconds.
    c->createdUs = (SimTime::nowUs() - qint64(100 - c->id) * 3600 * 1000000) / 1000 * 1000;
    c->updatedUs = c->createdUs;
    c->metadata = extra.contains(u"metadata"_s) ? extra.value(u"metadata"_s) : QJsonValue(QJsonValue::Null);
    c->endUser = extra.contains(u"end_user"_s) ? extra.value(u"end_user"_s) : QJsonValue(QJsonValue::Null);
    // A connection of an end user carries the end user's tags beside its own.
    c->tags = endUserTags(c->endUser);
    const QJsonObject own = extra.value(u"tags"_s).toObject();
    for (auto it = own.begin(); it != own.end(); ++it)
        c->tags.insert(it.key(), it.value());
    c->errors = extra.value(u"errors"_s).toArray();
    c->webhookUrlOverride = extra.value(u"webhook_url_override"_s).toString();
    makeSyncs(*c);
    m_connections.push_back(std::move(c));
    return *m_connections.back();
}

QJsonObject SimWorld::endUserTags(const QJsonValue &endUser)
{
    const QJsonObject eu = endUser.toObject();
    QJsonObject tags;
    if (eu.value(u"id"_s).isString())
        tags.insert(u"end_user_id"_s, eu.value(u"id"_s));
    if (eu.value(u"email"_s).isString())
        tags.insert(u"end_user_email"_s, eu.value(u"email"_s));
    return tags;
}

OutboundPolicy SimWorld::outboundPolicy() const
{
    return OutboundPolicy(
        OutboundPolicy::modeFromName(m_options.config.value(u"outbound_url_policy"_s).toString()));
}

QJsonArray SimWorld::environmentVariables() const
{
    return m_options.config.value(u"environment_variables"_s).toArray();
}

void SimWorld::makeSyncs(Connection &c)
{
    Integration *i = integration(c.providerConfigKey);
    if (!i)
        return;
    for (const SyncConfig &config : i->syncs) {
        QStringList variants{u"base"_s};
        variants += config.variants;
        for (const QString &variant : variants) {
            Sync s;
            s.id = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
            s.name = config.name;
            s.variant = variant;
            s.config = &config;
            s.paused = !config.autoStart;
            c.syncs.push_back(s);
        }
    }
}

Integration *SimWorld::integration(const QString &uniqueKey)
{
    for (Integration &i : m_integrations)
        if (i.uniqueKey == uniqueKey)
            return &i;
    return nullptr;
}

Connection *SimWorld::connection(const QString &providerConfigKey, const QString &connectionId)
{
    for (const auto &c : m_connections)
        if (c->providerConfigKey == providerConfigKey && c->connectionId == connectionId)
            return c.get();
    return nullptr;
}

Sync *SimWorld::sync(Connection &c, const QString &name, const QString &variant)
{
    for (Sync &s : c.syncs)
        if (s.name == name && s.variant == variant)
            return &s;
    return nullptr;
}

RecordTable *SimWorld::table(const Connection &c, const QString &modelKey)
{
    const auto it = m_tables.find(QString::number(c.id) + u'/' + modelKey);
    return it == m_tables.end() ? nullptr : it->second.get();
}

RecordTable &SimWorld::ensureTable(const Connection &c, const QString &modelKey)
{
    auto &slot = m_tables[QString::number(c.id) + u'/' + modelKey];
    if (!slot)
        slot = std::make_unique<RecordTable>(&m_rng);
    return *slot;
}

qint64 SimWorld::clockUs()
{
    m_lastClockUs = std::max(m_lastClockUs, SimTime::nowUs());
    return m_lastClockUs;
}

QByteArray SimWorld::timestamp(qint64 us) const
{
    return SimTime::postgresJson(us, m_options.tzOffsetMinutes);
}

QByteArray SimWorld::cursorOf(const SimRecord &r) const
{
    return QByteArray(timestamp(r.updatedUs) + "||" + r.uuidText()).toBase64();
}

QByteArray SimWorld::recordJson(const QString &modelKey, const SimRecord &r) const
{
    QByteArray out;
    out.reserve(m_options.recordBytes + 300);
    out += '{';
    if (r.prunedUs == 0) {
        out += m_payloads.fields(modelOf(modelKey), r.externalId, r.seed, r.version);
        out += ',';
    }
    out += "\"id\":";
    SimJsonWriter::appendEscaped(out, r.externalId);
    out += ",\"_nango_metadata\":{\"first_seen_at\":\"";
    out += timestamp(r.createdUs);
    out += "\",\"last_modified_at\":\"";
    out += timestamp(r.updatedUs);
    out += "\",\"last_action\":\"";
    out += r.lastAction();
    out += "\",\"deleted_at\":";
    out += r.deletedUs ? '"' + timestamp(r.deletedUs) + '"' : QByteArray("null");
    out += ",\"pruned_at\":";
    out += r.prunedUs ? '"' + timestamp(r.prunedUs) + '"' : QByteArray("null");
    out += ",\"cursor\":\"";
    out += cursorOf(r);
    out += "\"}}";
    return out;
}

QByteArray SimWorld::nextExternalId(const Connection &c, const QString &modelKey)
{
    quint64 &next = m_nextIndex[QString::number(c.id) + u'/' + modelKey];
    return PayloadGenerator::externalId(modelOf(modelKey), next++);
}

void SimWorld::seedRecords(Connection &c, Sync &s)
{
    const int n = m_options.recordsPerModel;
    const qint64 now = clockUs();
    const qint64 span = 30LL * 86400 * 1000000;
    const qint64 start = now - span;
    for (const QString &model : s.config->models) {
        const QString key = s.modelKey(model);
        RecordTable &t = ensureTable(c, key);
        // Records saved by one batchSave share a transaction and so one now(): 100 per batch here.
        const int batches = std::max(1, (n + 99) / 100);
        const qint64 step = (span / 2) / batches;
        std::vector<QByteArray> ids;
        ids.reserve(size_t(n));
        for (int i = 0; i < n; ++i) {
            ids.push_back(nextExternalId(c, key));
            t.upsert(ids.back(), start + qint64(i / 100) * step);
        }
        // Some history: a tenth updated later, a few deleted, spread over the second half of the span.
        for (int i = 0; i < n; i += 10)
            t.upsert(ids[size_t(i)], start + span / 2 + qint64(m_rng() % quint64(span / 2 - 60000000)));
        for (int i = 7; i < n; i += 33)
            t.softDelete(ids[size_t(i)], start + span / 2 + qint64(m_rng() % quint64(span / 2 - 60000000)));
    }
    Job job;
    job.status = Job::Status::Success;
    job.full = true;
    job.startedUs = now - 5LL * 60 * 1000000;
    job.updatedUs = now - 4LL * 60 * 1000000;
    for (const QString &model : s.config->models)
        job.result.insert(model, QJsonObject{{u"added"_s, n}, {u"updated"_s, 0}, {u"deleted"_s, 0}});
    s.latest = job;
    s.lastSyncDateUs = job.startedUs;
    s.checkpoint = QJsonObject{{u"lastSyncedAt"_s, QString::fromLatin1(SimTime::jsIso(job.startedUs))}};
}

std::optional<QString> SimWorld::normaliseFrequency(const QString &frequency)
{
    static const QRegularExpression grammar(
        u"^(every )?((\\d+)?\\s?(s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?)|(month|week|half day|half hour|quarter hour))$"_s);
    if (!grammar.match(frequency).hasMatch())
        return std::nullopt;
    static const QHash<QString, QString> special{
        {u"every half day"_s, u"12h"_s},     {u"every half hour"_s, u"30m"_s},
        {u"every quarter hour"_s, u"15m"_s}, {u"every hour"_s, u"1h"_s},
        {u"every day"_s, u"1d"_s},           {u"every month"_s, u"30d"_s},
        {u"every week"_s, u"1w"_s}};
    const QString interval = special.value(frequency, QString(frequency).replace(u"every "_s, QString()));
    const qint64 ms = intervalMs(interval);
    if (ms < 30000)
        return std::nullopt;
    return interval;
}

qint64 SimWorld::intervalMs(const QString &frequency)
{
    // The `ms` package's grammar, for the units Nango's frequency regex lets through.
    static const QRegularExpression re(
        u"^(-?(?:\\d+)?\\.?\\d+) *(milliseconds?|msecs?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)?$"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QHash<QString, QString> special{
        {u"every half day"_s, u"12h"_s},     {u"every half hour"_s, u"30m"_s},
        {u"every quarter hour"_s, u"15m"_s}, {u"every hour"_s, u"1h"_s},
        {u"every day"_s, u"1d"_s},           {u"every month"_s, u"30d"_s},
        {u"every week"_s, u"1w"_s}};
    const QString text = special.value(frequency, QString(frequency).replace(u"every "_s, QString()));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return 0;
    const double n = m.captured(1).toDouble();
    const QString unit = m.captured(2).toLower();
    double factor = 1;
    if (unit.startsWith(u'y'))
        factor = 365.25 * 86400000;
    else if (unit.startsWith(u'w'))
        factor = 7 * 86400000.0;
    else if (unit.startsWith(u'd'))
        factor = 86400000;
    else if (unit.startsWith(u'h'))
        factor = 3600000;
    else if (unit == u"ms" || unit.startsWith(u"msec") || unit.startsWith(u"milli"))
        factor = 1;
    else if (unit.startsWith(u'm'))
        factor = 60000;
    else if (unit.startsWith(u's'))
        factor = 1000;
    return qint64(n * factor);
}

} // namespace nangosim
