#include "SyncRunner.h"

#include "SimTime.h"
#include "SimWorld.h"
#include "WebhookSender.h"

#include <algorithm>

namespace nangosim {

using namespace Qt::StringLiterals;

SyncRunner::SyncRunner(SimWorld &world, WebhookSender &webhooks, QObject *parent)
    : QObject(parent)
    , m_world(world)
    , m_webhooks(webhooks)
{
    m_tick.setInterval(50);
    connect(&m_tick, &QTimer::timeout, this, &SyncRunner::tick);
}

void SyncRunner::start()
{
    const QJsonObject mutations = m_world.options().config.value(u"mutations"_s).toObject();
    m_defaults.add = mutations.value(u"add"_s).toInt(-1);
    m_defaults.update = mutations.value(u"update"_s).toInt(-1);
    m_defaults.remove = mutations.value(u"delete"_s).toInt(-1);
    m_defaults.undelete = mutations.value(u"undelete"_s).toInt(-1);
    for (auto &c : m_world.connections()) {
        for (Sync &s : c->syncs) {
            if (!s.paused)
                m_world.seedRecords(*c, s);
            reschedule(s);
        }
    }
    m_tick.start();
}

void SyncRunner::reschedule(Sync &s)
{
    const double scale = m_world.options().timeScale;
    const QString frequency = s.frequencyOverride.isEmpty() ? s.config->runs : s.frequencyOverride;
    const qint64 ms = SimWorld::intervalMs(frequency);
    if (s.paused || ms <= 0) {
        s.nextRunUs = 0;
        return;
    }
    // nextScheduledSyncAt is reported in real time; with --time-scale 0 the schedule never fires,
    // but the next run is still reported as Nango would.
    const double effective = scale > 0 ? double(ms) / scale : double(ms);
    s.nextRunUs = SimTime::nowUs() + qint64(effective * 1000);
}

void SyncRunner::tick()
{
    if (m_world.options().timeScale <= 0 || m_stalled)
        return;
    const qint64 now = SimTime::nowUs();
    for (auto &c : m_world.connections()) {
        for (Sync &s : c->syncs) {
            if (!s.paused && s.nextRunUs != 0 && s.nextRunUs <= now) {
                reschedule(s);
                const bool running = s.latest && s.latest->status == Job::Status::Running;
                // A run that takes longer than the interval makes the next one skip (PR #2690).
                if (!running)
                    run(*c, s, {});
            }
        }
    }
}

void SyncRunner::pause(Sync &s)
{
    s.paused = true;
    s.nextRunUs = 0;
}

void SyncRunner::unpause(Connection &c, Sync &s)
{
    if (!s.paused)
        return; // already started: nothing happens
    s.paused = false;
    reschedule(s);
    // Starting a schedule runs the sync at once, then at its frequency.
    run(c, s, {});
}

void SyncRunner::run(Connection &c, Sync &s, const RunRequest &request)
{
    const bool running = s.latest && s.latest->status == Job::Status::Running;
    if (running && !request.full)
        return; // the orchestrator does not start a second execution of the same schedule
    if (running) {
        // RUN_FULL cancels the running job first.
        s.latest->status = Job::Status::Stopped;
        s.latest->updatedUs = m_world.clockUs();
    }
    RunRequest effective = request;
    if (m_failNext > 0) {
        --m_failNext;
        effective.fail = true;
    }
    Job job;
    job.status = Job::Status::Running;
    job.full = request.full || s.lastSyncDateUs == 0 || s.config->syncType == u"full";
    job.startedUs = m_world.clockUs();
    job.updatedUs = job.startedUs;
    if (request.full) {
        s.lastSyncDateUs = 0;
        s.checkpoint = QJsonValue::Null;
        if (request.emptyCache) {
            auto &refill = m_refill[s.id];
            for (const QString &model : s.config->models) {
                RecordTable &t = m_world.ensureTable(c, s.modelKey(model));
                refill[model] = t.liveIds();
                t.hardDeleteAll();
            }
        }
    }
    s.latest = job;
    const quint64 generation = ++s.generation;
    QTimer::singleShot(m_world.options().runMs, this,
                       [this, id = c.id, syncId = s.id, generation, effective]() {
                           finish(id, syncId, generation, effective);
                       });
}

void SyncRunner::finish(int connectionId, const QByteArray &syncId, quint64 generation,
                        const RunRequest &request)
{
    Connection *c = nullptr;
    for (auto &candidate : m_world.connections())
        if (candidate->id == connectionId)
            c = candidate.get();
    if (!c)
        return;
    auto it = std::find_if(c->syncs.begin(), c->syncs.end(), [&](const Sync &s) { return s.id == syncId; });
    if (it == c->syncs.end() || it->generation != generation || !it->latest)
        return;
    Sync &s = *it;
    const QJsonValue fromCheckpoint = s.checkpoint;
    Job &job = *s.latest;
    if (request.fail) {
        job.status = Job::Status::Stopped;
        job.updatedUs = m_world.clockUs();
        if (request.webhook)
            sendSyncWebhooks(*c, s, fromCheckpoint, false,
                             u"Request failed with status code 500: the provider returned an error"_s);
        return;
    }
    QJsonObject result;
    const auto refill = m_refill.take(s.id);
    for (const QString &model : s.config->models) {
        if (refill.contains(model)) {
            // A full run after emptyCache saves everything the provider still has as new rows
            // (new ids, all ADDED); a few records are gone from the provider and never come back.
            RecordTable &t = m_world.ensureTable(*c, s.modelKey(model));
            const auto &ids = refill.value(model);
            int added = 0;
            qint64 batchTs = m_world.clockUs();
            for (size_t i = 0; i < ids.size(); ++i) {
                if (i % 50 == 17)
                    continue;
                if (i % 100 == 0)
                    batchTs = m_world.clockUs();
                t.upsert(ids[i], batchTs);
                ++added;
            }
            result.insert(model, QJsonObject{{u"added"_s, added}, {u"updated"_s, 0}, {u"deleted"_s, 0}});
        } else {
            result.insert(model, mutate(*c, s, model, m_defaults));
        }
    }
    job.status = Job::Status::Success;
    job.result = result;
    job.updatedUs = m_world.clockUs();
    s.lastSyncDateUs = job.startedUs;
    const int page = s.checkpoint.isObject() ? s.checkpoint.toObject().value(u"page"_s).toInt() + 1 : 1;
    s.checkpoint = QJsonObject{{u"lastSyncedAt"_s, QString::fromLatin1(SimTime::jsIso(job.startedUs))},
                               {u"page"_s, page}};
    if (request.webhook)
        sendSyncWebhooks(*c, s, fromCheckpoint, true, {});
}

QJsonObject SyncRunner::mutate(Connection &c, Sync &s, const QString &model, const Mutations &m)
{
    RecordTable &t = m_world.ensureTable(c, s.modelKey(model));
    const qsizetype live = std::max<qsizetype>(t.liveCount(), 1);
    auto count = [live](int requested, int divisor) {
        return requested >= 0 ? requested : int(std::max<qsizetype>(1, live / divisor));
    };
    int added = 0;
    int updated = 0;
    int deleted = 0;
    auto &rng = m_world.rng();
    // Each kind of change is saved by its own batchSave: one timestamp per batch of 100.
    auto batched = [this](int n, auto &&apply) {
        qint64 ts = 0;
        for (int i = 0; i < n; ++i) {
            if (i % 100 == 0)
                ts = m_world.clockUs();
            apply(ts);
        }
    };
    const int undeletes = count(m.undelete, 400);
    std::vector<QByteArray> deletedIds = t.deletedIds();
    batched(std::min<int>(undeletes, int(deletedIds.size())), [&](qint64 ts) {
        const size_t pick = size_t(rng() % deletedIds.size());
        if (t.upsert(deletedIds[pick], ts) == RecordTable::Change::Undeleted)
            ++added;
        deletedIds.erase(deletedIds.begin() + qsizetype(pick));
    });
    batched(count(m.add, 100), [&](qint64 ts) {
        t.upsert(m_world.nextExternalId(c, s.modelKey(model)), ts);
        ++added;
    });
    std::vector<QByteArray> liveIds = t.liveIds();
    const auto isLive = [&liveIds](const QByteArray &id) {
        return std::find(liveIds.begin(), liveIds.end(), id) != liveIds.end();
    };
    for (const QByteArray &id : m.updateIds)
        if (isLive(id) && t.upsert(id, m_world.clockUs(), m.light) == RecordTable::Change::Updated)
            ++updated;
    for (const QByteArray &id : m.deleteIds)
        if (isLive(id) && t.softDelete(id, m_world.clockUs()))
            ++deleted;
    if (!m.deleteIds.isEmpty())
        liveIds = t.liveIds();
    batched(std::min<int>(count(m.update, 50), int(liveIds.size())), [&](qint64 ts) {
        if (t.upsert(liveIds[size_t(rng() % liveIds.size())], ts, m.light) == RecordTable::Change::Updated)
            ++updated;
    });
    batched(std::min<int>(count(m.remove, 200), int(liveIds.size())), [&](qint64 ts) {
        if (t.softDelete(liveIds[size_t(rng() % liveIds.size())], ts))
            ++deleted;
    });
    return QJsonObject{{u"added"_s, added}, {u"updated"_s, updated}, {u"deleted"_s, deleted}};
}

void SyncRunner::sendSyncWebhooks(const Connection &c, const Sync &s, const QJsonValue &fromCheckpoint,
                                  bool success, const QString &errorText)
{
    const Job &job = *s.latest;
    QJsonObject base{{u"from"_s, u"nango"_s},
                     {u"type"_s, u"sync"_s},
                     {u"connectionId"_s, c.connectionId},
                     {u"providerConfigKey"_s, c.providerConfigKey},
                     {u"syncName"_s, s.name},
                     {u"syncVariant"_s, s.variant},
                     {u"syncType"_s, job.full ? u"INITIAL"_s : u"INCREMENTAL"_s},
                     {u"checkpoints"_s, QJsonObject{{u"from"_s, fromCheckpoint}, {u"to"_s, s.checkpoint}}},
                     {u"success"_s, success}};
    if (!success) {
        QJsonObject payload = base;
        payload.insert(u"model"_s, s.config->models.join(u','));
        payload.insert(u"error"_s,
                       QJsonObject{{u"type"_s, u"script_error"_s}, {u"description"_s, errorText}});
        // Nango fills startedAt from lastSyncDate, despite its name.
        payload.insert(u"startedAt"_s, s.lastSyncDateUs
                                           ? QJsonValue(QString::fromLatin1(SimTime::jsIso(s.lastSyncDateUs)))
                                           : QJsonValue(QJsonValue::Null));
        payload.insert(u"failedAt"_s, QString::fromLatin1(SimTime::jsIso(job.updatedUs)));
        m_webhooks.send(payload, c.webhookUrlOverride);
        return;
    }
    for (const QString &model : s.config->models) {
        const QJsonObject results = job.result.value(model).toObject();
        const bool changed = results.value(u"added"_s).toInt() + results.value(u"updated"_s).toInt() +
                                 results.value(u"deleted"_s).toInt() >
                             0;
        if (!changed && !m_world.options().webhookAlways)
            continue;
        QJsonObject payload = base;
        payload.insert(u"model"_s, model);
        const QString startedAt = QString::fromLatin1(SimTime::jsIso(job.startedUs));
        payload.insert(u"modifiedAfter"_s, startedAt);
        payload.insert(u"queryTimeStamp"_s, startedAt);
        payload.insert(u"responseResults"_s, results);
        m_webhooks.send(payload, c.webhookUrlOverride);
    }
}

} // namespace nangosim
