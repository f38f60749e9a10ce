#include "sync/SyncEngine.h"

#include "cache/Database.h"
#include "cache/SearchIndex.h"
#include "util/Logging.h"
#include "util/Timestamp.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace nd {

using namespace Qt::StringLiterals;

namespace {

constexpr int kConnectionsPageSize = 1000; // GET /connections allows up to 2000

bool automaticTrigger(const QString &trigger)
{
    return trigger == u"webhook" || trigger == u"poll" || trigger == u"start-up";
}

} // namespace

SyncEngine::SyncEngine(const EngineConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_client(new NangoClient(this))
{
    m_client->setBaseUrl(config.serverUrl);
    m_client->setTimeoutMs(config.requestTimeoutMs);
    m_client->budget().setReserveFraction(config.rateReserveFraction);
    connect(&m_poll, &QTimer::timeout, this, &SyncEngine::pollNow);
    m_indexer.setSingleShot(true);
    connect(&m_indexer, &QTimer::timeout, this, &SyncEngine::indexSome);
}

SyncEngine::~SyncEngine()
{
    for (PullJob *job : std::as_const(m_running))
        job->disconnect(this);
    m_listener.reset();
    m_records.reset();
    m_catalog.reset();
    m_journal.reset();
    m_db.reset();
}

bool SyncEngine::open(QString *error)
{
    m_db = Database::open(m_config.databasePath, error);
    if (!m_db)
        return false;
    m_records = std::make_unique<RecordStore>(*m_db);
    m_catalog = std::make_unique<CatalogStore>(*m_db);
    m_journal = std::make_unique<JournalStore>(*m_db);
    const int interrupted = m_records->markInterrupted();
    if (interrupted > 0)
        qCInfo(lcSync) << interrupted
                       << "pulls were interrupted last time; they resume from their stored cursor";
    // No URL given: the profile's stored one, or Nango Cloud for a new profile.
    const QUrl fallback(QString::fromLatin1(NangoClient::kCloudUrl));
    m_profile = m_catalog->ensureProfile(
        m_config.profileName, (m_config.serverUrl.isEmpty() ? fallback : m_config.serverUrl).toString());
    if (m_config.serverUrl.isEmpty())
        m_config.serverUrl = QUrl(m_profile.serverUrl);
    m_client->setBaseUrl(m_config.serverUrl);
    if (m_profile.serverUrl != m_config.serverUrl.toString()) {
        m_profile.serverUrl = m_config.serverUrl.toString();
        m_catalog->updateProfile(m_profile);
    }
    if (m_profile.id == 0) {
        *error = u"Cannot create the profile \"%1\" in the cache %2"_s.arg(m_config.profileName,
                                                                           m_config.databasePath);
        return false;
    }
    return true;
}

// ---- catalog ---------------------------------------------------------------------------------

void SyncEngine::refreshCatalog(Done done)
{
    ApiCall *call = m_client->listIntegrations();
    connect(call, &ApiCall::finished, this, [this, call, done]() {
        call->deleteLater();
        if (!call->ok()) {
            done(false, call->error().userMessage());
            return;
        }
        m_catalog->replaceIntegrations(m_profile.id, call->json().object().value(u"data"_s).toArray());
        fetchConnectionsPage(0, {}, done);
    });
}

void SyncEngine::fetchConnectionsPage(int page, QJsonArray collected, Done done)
{
    ApiCall *call = m_client->listConnections(kConnectionsPageSize, page);
    connect(call, &ApiCall::finished, this, [this, call, page, collected, done]() mutable {
        call->deleteLater();
        if (!call->ok()) {
            done(false, call->error().userMessage());
            return;
        }
        const QJsonArray items = call->json().object().value(u"connections"_s).toArray();
        for (const QJsonValue &v : items)
            collected.append(v);
        // No total and no next link: a short page is the last one.
        if (items.size() == kConnectionsPageSize) {
            fetchConnectionsPage(page + 1, collected, done);
            return;
        }
        m_catalog->replaceConnections(m_profile.id, collected);
        QStringList integrations;
        for (const IntegrationRow &i : m_catalog->integrations(m_profile.id))
            integrations.append(i.uniqueKey);
        fetchStatuses(integrations, done);
    });
}

void SyncEngine::fetchStatuses(QStringList integrations, Done done)
{
    if (integrations.isEmpty()) {
        Q_EMIT catalogChanged();
        done(true, {});
        return;
    }
    const QString integration = integrations.takeFirst();
    // Without connection_id, one call returns the syncs of every connection of the integration.
    ApiCall *call = m_client->syncStatus(integration, {}, {});
    connect(call, &ApiCall::finished, this, [this, call, integration, integrations, done]() {
        call->deleteLater();
        if (!call->ok()) {
            done(false, call->error().userMessage());
            return;
        }
        storeStatuses(integration, call->json().object().value(u"syncs"_s).toArray(), false, {});
        fetchStatuses(integrations, done);
    });
}

void SyncEngine::storeStatuses(const QString &integration, const QJsonArray &syncs, bool pullChanged,
                               const QString &trigger)
{
    QHash<QString, SyncRow> before;
    for (const SyncRow &r : m_catalog->syncs(m_profile.id, integration))
        before.insert(r.connectionId + u'\x1f' + r.name + u'\x1f' + r.variant, r);
    for (const QJsonValue &v : syncs) {
        const QJsonObject s = v.toObject();
        const QString connectionId = s.value(u"connection_id"_s).toString();
        const QString name = s.value(u"name"_s).toString();
        const QString variant = s.value(u"variant"_s).toString(u"base"_s);
        if (connectionId.isEmpty())
            continue; // very old servers omit it; nothing can be pulled without it
        const SyncRow old = before.value(connectionId + u'\x1f' + name + u'\x1f' + variant);
        m_catalog->upsertSyncStatus(m_profile.id, integration, s);
        const QString status = s.value(u"status"_s).toString();
        const QString finishedAt = s.value(u"finishedAt"_s).toString();
        if (status == u"ERROR" && old.status != u"ERROR" && !old.fetchedAt.isEmpty())
            Q_EMIT syncFailed(integration, connectionId, name, u"The last execution failed"_s);
        const QJsonObject counts = s.value(u"recordCount"_s).toObject();
        for (auto it = counts.begin(); it != counts.end(); ++it) {
            const Stream stream =
                m_records->ensureStream({m_profile.id, integration, connectionId, it.key(), variant}, name);
            if (!pullChanged)
                continue;
            // A run that finished since we last looked, a count that drifted, or a stream never
            // pulled: any of them means records may be waiting (a webhook may have been missed).
            const bool newRun = !finishedAt.isEmpty() && finishedAt != old.finishedAt;
            const bool drift = variant == u"base" && it.value().toInteger() != stream.liveCount;
            const bool neverPulled = stream.lastPullAt.isEmpty();
            if (newRun || drift || neverPulled)
                requestPull(stream.id, trigger);
        }
    }
    Q_EMIT catalogChanged();
}

// ---- pulls ---------------------------------------------------------------------------------

void SyncEngine::syncAll(const PullFilter &filter, const QString &trigger, Done done)
{
    m_failures.clear();
    refreshCatalog([this, filter, trigger, done](bool ok, const QString &error) {
        if (!ok) {
            done(false, error);
            return;
        }
        for (const Stream &s :
             m_records->streams(m_profile.id, filter.integration, filter.connectionId, filter.model))
            enqueue({s.id, trigger, false, 0});
        m_waiters.append({filter, done});
        checkIdle();
    });
}

void SyncEngine::requestPull(qint64 streamId, const QString &trigger)
{
    if (trigger != u"webhook" || m_config.webhookDebounceMs <= 0) {
        enqueue({streamId, trigger, false, 0});
        return;
    }
    // Nango sends one webhook per model per run, and retries: coalesce bursts per stream.
    QTimer *&timer = m_debounce[streamId];
    if (!timer) {
        timer = new QTimer(this);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, this, [this, streamId]() {
            if (QTimer *t = m_debounce.take(streamId))
                t->deleteLater();
            enqueue({streamId, u"webhook"_s, false, 0});
        });
    }
    timer->start(m_config.webhookDebounceMs);
}

void SyncEngine::repairPull(qint64 streamId, qint64 sinceUs)
{
    enqueue({streamId, u"repair"_s, true, sinceUs});
}

void SyncEngine::enqueue(const Pending &p)
{
    if (m_running.contains(p.streamId) && !p.repair) {
        // Records may have changed after this pull passed them: pull once more when it ends.
        m_rerun.insert(p.streamId, p.trigger);
        return;
    }
    for (Pending &queued : m_queue) {
        if (queued.streamId == p.streamId && queued.repair == p.repair) {
            if (!automaticTrigger(p.trigger))
                queued.trigger = p.trigger; // a person asked: say so in the history
            return;
        }
    }
    m_queue.append(p);
    QTimer::singleShot(0, this, &SyncEngine::dispatch);
}

void SyncEngine::dispatch()
{
    while (m_running.size() < m_config.maxConcurrentPulls && !m_queue.isEmpty()) {
        const Pending p = m_queue.takeFirst();
        if (m_running.contains(p.streamId)) {
            m_rerun.insert(p.streamId, p.trigger);
            continue;
        }
        const auto stream = m_records->stream(p.streamId);
        if (!stream)
            continue;
        if (automaticTrigger(p.trigger) && stream->retryAfterUs > Timestamp::nowMicros()) {
            qCInfo(lcSync).noquote() << "backing off" << stream->key.integration << stream->key.connectionId
                                     << stream->key.model << "after" << stream->failures << "failures";
            continue;
        }
        PullJob::Options options;
        options.trigger = p.trigger;
        options.repair = p.repair;
        options.modifiedAfterUs = p.sinceUs;
        options.pageSize = m_config.pageSize;
        auto *job = new PullJob(*m_client, *m_records, *stream, options, this);
        m_running.insert(p.streamId, job);
        connect(job, &PullJob::progress, this, &SyncEngine::pullProgress);
        connect(job, &PullJob::finished, this, &SyncEngine::onJobFinished);
        Q_EMIT pullStarted(p.streamId, p.trigger);
        job->start();
    }
    checkIdle();
}

void SyncEngine::onJobFinished(qint64 streamId, const PullJob::Outcome &outcome)
{
    PullJob *job = m_running.take(streamId);
    if (job)
        job->deleteLater();
    if (!outcome.ok && outcome.kind != ApiError::Kind::Cancelled) {
        m_failures.append(outcome);
        if (auto s = m_records->stream(streamId)) {
            // Capped exponential backoff with jitter, stored so a restart does not hammer a failing server.
            const int failures = s->failures + 1;
            const qint64 base =
                std::min<qint64>(30LL * 60 * 1000000, 30LL * 1000000 << std::min(failures - 1, 10));
            const qint64 jitter =
                qint64(QRandomGenerator::global()->bounded(quint32(base / 4 / 1000 + 1))) * 1000;
            m_records->recordFailure(
                streamId,
                u"%1/%2/%3: %4"_s.arg(s->key.integration, s->key.connectionId, s->key.model, outcome.error),
                Timestamp::nowMicros() + base + jitter);
            m_failures.last().error =
                u"%1 %2 %3: %4"_s.arg(s->key.integration, s->key.connectionId, s->key.model, outcome.error);
        }
    }
    Q_EMIT pullFinished(streamId, outcome.ok, outcome.error);
    if (m_rerun.contains(streamId) && outcome.ok)
        enqueue({streamId, m_rerun.take(streamId), false, 0});
    else
        m_rerun.remove(streamId);
    dispatch();
}

void SyncEngine::indexSome()
{
    // Small batches between pulls keep webhooks and admin actions answered promptly.
    if (!m_db || !isIdle())
        return;
    const int done = SearchIndex(*m_db).index(2000);
    if (done > 0)
        m_indexer.start(10);
}

void SyncEngine::checkIdle()
{
    if (!isIdle())
        return;
    m_indexer.start(200);
    Q_EMIT idle();
    const auto waiters = std::exchange(m_waiters, {});
    for (const auto &[filter, done] : waiters) {
        QStringList errors;
        for (const PullJob::Outcome &f : std::as_const(m_failures))
            errors.append(f.error);
        done(errors.isEmpty(), errors.join(u'\n'));
    }
}

void SyncEngine::startPolling()
{
    if (m_config.pollIntervalSeconds > 0)
        m_poll.start(m_config.pollIntervalSeconds * 1000);
}

void SyncEngine::pollNow()
{
    // The cursor, not the webhook, is the truth: compare every sync's last run with what we saw.
    ApiCall *call = m_client->listIntegrations();
    connect(call, &ApiCall::finished, this, [this, call]() {
        call->deleteLater();
        if (!call->ok())
            return;
        const QJsonArray data = call->json().object().value(u"data"_s).toArray();
        m_catalog->replaceIntegrations(m_profile.id, data);
        for (const QJsonValue &v : data) {
            const QString integration = v.toObject().value(u"unique_key"_s).toString();
            ApiCall *status = m_client->syncStatus(integration, {}, {});
            connect(status, &ApiCall::finished, this, [this, status, integration]() {
                status->deleteLater();
                if (status->ok())
                    storeStatuses(integration, status->json().object().value(u"syncs"_s).toArray(), true,
                                  u"poll"_s);
            });
        }
    });
}

// ---- admin actions -------------------------------------------------------------------------

QList<Stream> SyncEngine::streamsForSelector(const SyncSelector &target)
{
    QList<Stream> out;
    for (const Stream &s : m_records->streams(m_profile.id, target.integration, target.connectionId)) {
        bool match = target.syncs.isEmpty();
        for (const QString &sync : target.syncs) {
            const QString name = sync.section(u"::"_s, 0, 0);
            const QString variant = sync.contains(u"::"_s) ? sync.section(u"::"_s, 1) : u"base"_s;
            match = match || (s.syncName == name && s.key.variant == variant);
        }
        if (match)
            out.append(s);
    }
    return out;
}

void SyncEngine::journalCall(const QString &action, const SyncSelector &target, ApiCall *call, Done done,
                             std::function<void()> onSuccess)
{
    connect(call, &ApiCall::finished, this, [=]() {
        call->deleteLater();
        JournalEntry e;
        e.profileId = m_profile.id;
        e.action = action;
        e.integration = target.integration;
        e.connectionId = target.connectionId;
        e.target = target.syncs.isEmpty() ? u"all syncs"_s : target.syncs.join(u", "_s);
        e.requestJson = call->request().body;
        e.httpStatus = call->status();
        e.outcome = call->ok() ? u"ok"_s : u"failed"_s;
        e.message = call->ok() ? QString::fromUtf8(call->body().left(500)) : call->error().userMessage();
        m_journal->journal(e);
        Q_EMIT journalChanged();
        if (call->ok() && onSuccess)
            onSuccess();
        done(call->ok(), call->ok() ? QString() : call->error().userMessage());
    });
}

void SyncEngine::trigger(const SyncSelector &target, ResyncMode mode, Done done)
{
    const qint64 requestedAt = Timestamp::nowMicros();
    const QString action = mode == ResyncMode::Incremental ? u"trigger"_s
                           : mode == ResyncMode::Reset     ? u"resync"_s
                                                           : u"resync-empty-cache"_s;
    journalCall(action, target, m_client->triggerSync(target, mode), done,
                [this, target, mode, requestedAt]() {
                    if (mode != ResyncMode::ResetAndEmptyCache)
                        return;
                    // Nango hard-deletes the records: every stored cursor now means nothing. Start a new
                    // generation; the old rows stay until the new pull completes.
                    for (const Stream &s : streamsForSelector(target))
                        m_records->startNewGeneration(s.id, requestedAt);
                });
}

void SyncEngine::pause(const SyncSelector &target, Done done)
{
    journalCall(u"pause"_s, target, m_client->pauseSyncs(target), done, [this, target]() {
        ApiCall *status = m_client->syncStatus(target.integration, target.connectionId, {});
        connect(status, &ApiCall::finished, this, [this, status, target]() {
            status->deleteLater();
            if (status->ok())
                storeStatuses(target.integration, status->json().object().value(u"syncs"_s).toArray(), false,
                              {});
        });
    });
}

void SyncEngine::start(const SyncSelector &target, Done done)
{
    journalCall(u"start"_s, target, m_client->startSyncs(target), done, [this, target]() {
        ApiCall *status = m_client->syncStatus(target.integration, target.connectionId, {});
        connect(status, &ApiCall::finished, this, [this, status, target]() {
            status->deleteLater();
            if (status->ok())
                storeStatuses(target.integration, status->json().object().value(u"syncs"_s).toArray(), false,
                              {});
        });
    });
}

void SyncEngine::setFrequency(const QString &integration, const QString &connectionId, const QString &sync,
                              const QString &variant, const std::optional<QString> &frequency, Done done)
{
    SyncSelector target{integration,
                        connectionId,
                        {variant == u"base" || variant.isEmpty() ? sync : sync + u"::"_s + variant}};
    journalCall(u"frequency"_s, target,
                m_client->updateFrequency(integration, connectionId, sync, variant, frequency), done);
}

// ---- webhooks ------------------------------------------------------------------------------

bool SyncEngine::startListener(const WebhookListener::Options &options, const QByteArray &signingKey,
                               QString *error)
{
    m_listener = std::make_unique<WebhookListener>();
    m_listener->setSigningKey(signingKey);
    SecretRedactor::add(signingKey);
    connect(m_listener.get(), &WebhookListener::delivered, this, &SyncEngine::handleDelivery);
    return m_listener->listen(options, error);
}

void SyncEngine::handleDelivery(const WebhookDelivery &d)
{
    WebhookLogEntry e;
    e.remote = d.remote;
    e.headersJson = d.headersJson;
    e.body = d.body.left(256 * 1024);
    e.bodySize = d.bodySize;
    e.signature = d.signature;
    const QJsonObject p = d.payload;
    e.type = p.value(u"type"_s).toString();
    e.integration = p.value(u"providerConfigKey"_s).toString();
    e.connectionId = p.value(u"connectionId"_s).toString();
    e.model = p.value(u"model"_s).toString();
    if (!d.accepted) {
        e.outcome = u"rejected (%1): %2"_s.arg(d.httpStatus).arg(d.reason);
        m_journal->logWebhook(e);
        Q_EMIT webhookLogged();
        return;
    }
    const QString variant = p.value(u"syncVariant"_s).toString(u"base"_s);
    if (e.type == u"sync" && p.value(u"success"_s).toBool()) {
        // No delivery id exists: the same run's webhook for the same model is a duplicate.
        const QByteArray key =
            QJsonDocument(QJsonArray{e.connectionId, e.integration, p.value(u"syncName"_s), variant, e.model,
                                     p.value(u"modifiedAfter"_s), p.value(u"checkpoints"_s)})
                .toJson(QJsonDocument::Compact);
        e.dedupeKey = QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex());
        if (m_journal->seenWebhook(e.dedupeKey)) {
            e.outcome = u"duplicate"_s;
            m_journal->logWebhook(e);
            Q_EMIT webhookLogged();
            return;
        }
        const Stream s =
            m_records->ensureStream({m_profile.id, e.integration, e.connectionId, e.model, variant},
                                    p.value(u"syncName"_s).toString());
        e.outcome = u"accepted"_s;
        e.triggered = u"pull %1/%2/%3"_s.arg(e.integration, e.connectionId, e.model);
        m_journal->logWebhook(e);
        requestPull(s.id, u"webhook"_s);
    } else if (e.type == u"sync") {
        e.outcome = u"accepted"_s;
        e.triggered = u"sync status refresh"_s;
        m_journal->logWebhook(e);
        const QString description = p.value(u"error"_s).toObject().value(u"description"_s).toString();
        Q_EMIT syncFailed(e.integration, e.connectionId, p.value(u"syncName"_s).toString(), description);
        ApiCall *status = m_client->syncStatus(e.integration, e.connectionId, {});
        const QString integration = e.integration;
        connect(status, &ApiCall::finished, this, [this, status, integration]() {
            status->deleteLater();
            if (status->ok())
                storeStatuses(integration, status->json().object().value(u"syncs"_s).toArray(), false, {});
        });
    } else if (e.type == u"auth") {
        e.outcome = u"accepted"_s;
        e.triggered = u"catalog refresh"_s;
        m_journal->logWebhook(e);
        Q_EMIT authEvent(e.integration, e.connectionId, p.value(u"success"_s).toBool(),
                         p.value(u"error"_s).toObject().value(u"description"_s).toString());
        refreshCatalog([this, e](bool ok, const QString &) {
            if (!ok)
                return;
            for (const Stream &s : m_records->streams(m_profile.id, e.integration, e.connectionId))
                requestPull(s.id, u"webhook"_s);
        });
    } else if (e.type == u"async_action") {
        e.outcome = u"accepted"_s;
        m_journal->logWebhook(e);
        const QJsonObject payload = p.value(u"payload"_s).toObject();
        Q_EMIT asyncActionCompleted(payload.value(u"id"_s).toString(),
                                    payload.value(u"statusUrl"_s).toString());
    } else {
        e.outcome = u"accepted"_s;
        e.triggered = u"logged only"_s;
        m_journal->logWebhook(e);
    }
    Q_EMIT webhookLogged();
}

} // namespace nd
