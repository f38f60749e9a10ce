#include "sync/CatalogSync.h"

#include "sync/MissedWebhooks.h"
#include "sync/SyncEngine.h"
#include "util/Timestamp.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTimer>

namespace nd {

using namespace Qt::StringLiterals;

namespace {

constexpr int kConnectionsPageSize = 1000; // GET /connections allows up to 2000

} // namespace

CatalogSync::CatalogSync(SyncEngine &engine)
    : QObject(&engine)
    , m_engine(engine)
{}

void CatalogSync::refresh(Done done)
{
    m_lastError = {};
    ApiCall *call = m_engine.client().listIntegrations();
    connect(call, &ApiCall::finished, this, [this, call, done]() {
        call->deleteLater();
        if (!call->ok()) {
            m_lastError = call->error();
            done(false, call->error().userMessage());
            return;
        }
        m_engine.catalog().replaceIntegrations(m_engine.profile().id,
                                               call->json().object().value(u"data"_s).toArray());
        fetchConnectionsPage(0, {}, done);
    });
}

void CatalogSync::fetchConnectionsPage(int page, QJsonArray collected, Done done)
{
    ApiCall *call = m_engine.client().listConnections(kConnectionsPageSize, page);
    connect(call, &ApiCall::finished, this, [this, call, page, collected, done]() mutable {
        call->deleteLater();
        if (!call->ok()) {
            m_lastError = call->error();
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
        m_engine.catalog().replaceConnections(m_engine.profile().id, collected);
        QStringList integrations;
        for (const IntegrationRow &i : m_engine.catalog().integrations(m_engine.profile().id))
            integrations.append(i.uniqueKey);
        fetchStatuses(integrations, done);
    });
}

void CatalogSync::fetchStatuses(QStringList integrations, Done done)
{
    if (integrations.isEmpty()) {
        Q_EMIT changed();
        done(true, {});
        return;
    }
    const QString integration = integrations.takeFirst();
    // Without connection_id, one call returns the syncs of every connection of the integration.
    const qint64 asked = Timestamp::nowMicros();
    ApiCall *call = m_engine.client().syncStatus(integration, {}, {});
    connect(call, &ApiCall::finished, this, [this, call, integration, integrations, done, asked]() {
        call->deleteLater();
        if (!call->ok()) {
            m_lastError = call->error();
            done(false, call->error().userMessage());
            return;
        }
        storeStatuses(integration, call->json().object().value(u"syncs"_s).toArray(), false, asked);
        fetchStatuses(integrations, done);
    });
}

void CatalogSync::poll()
{
    // The cursor, not the webhook, is the truth: compare every sync's last run with what we saw.
    ApiCall *call = m_engine.client().listIntegrations();
    connect(call, &ApiCall::finished, this, [this, call]() {
        call->deleteLater();
        if (!call->ok())
            return;
        const QJsonArray data = call->json().object().value(u"data"_s).toArray();
        m_engine.catalog().replaceIntegrations(m_engine.profile().id, data);
        for (const QJsonValue &v : data)
            fetchStatusNow(v.toObject().value(u"unique_key"_s).toString(), true);
    });
}

void CatalogSync::refreshStatusSoon(const QString &integration)
{
    if (integration.isEmpty())
        return;
    // The first request of a burst sets the time; later ones join it (a steady stream of events
    // must not put the fetch off for ever).
    QTimer *&timer = m_soon[integration];
    if (timer)
        return;
    timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, integration]() {
        if (QTimer *t = m_soon.take(integration))
            t->deleteLater();
        fetchStatusNow(integration, m_engine.isBackground());
    });
    timer->start(m_engine.config().statusRefreshDelayMs);
}

void CatalogSync::fetchStatusNow(const QString &integration, bool pullChanged)
{
    const qint64 asked = Timestamp::nowMicros();
    ApiCall *status = m_engine.client().syncStatus(integration, {}, {});
    connect(status, &ApiCall::finished, this, [this, status, integration, pullChanged, asked]() {
        status->deleteLater();
        if (status->ok())
            storeStatuses(integration, status->json().object().value(u"syncs"_s).toArray(), pullChanged,
                          asked);
    });
}

void CatalogSync::storeStatuses(const QString &integration, const QJsonArray &syncs, bool pullChanged,
                                qint64 askedUs)
{
    const qint64 profile = m_engine.profile().id;
    QHash<QString, SyncRow> before;
    for (const SyncRow &r : m_engine.catalog().syncs(profile, integration))
        before.insert(r.connectionId + u'\x1f' + r.name + u'\x1f' + r.variant, r);
    for (const QJsonValue &v : syncs) {
        const QJsonObject s = v.toObject();
        const QString connectionId = s.value(u"connection_id"_s).toString();
        const QString name = s.value(u"name"_s).toString();
        const QString variant = s.value(u"variant"_s).toString(u"base"_s);
        if (connectionId.isEmpty())
            continue; // very old servers omit it; nothing can be pulled without it
        const SyncRow old = before.value(connectionId + u'\x1f' + name + u'\x1f' + variant);
        m_engine.catalog().upsertSyncStatus(profile, integration, s, askedUs);
        const QString status = s.value(u"status"_s).toString();
        const QString finishedAt = s.value(u"finishedAt"_s).toString();
        if (status == u"ERROR" && old.status != u"ERROR" && !old.fetchedAt.isEmpty())
            Q_EMIT syncFailed(integration, connectionId, name, tr("Nango's last run of this sync failed."));
        const QJsonObject counts = s.value(u"recordCount"_s).toObject();
        for (auto it = counts.begin(); it != counts.end(); ++it) {
            const Stream stream = m_engine.records().ensureStream(
                {profile, integration, connectionId, it.key(), variant}, name);
            if (!pullChanged || stream.id == 0)
                continue;
            // A run that finished since we last looked, a count that drifted, or a stream never
            // pulled: any of them means records may be waiting (a webhook may have been missed).
            const bool newRun = !finishedAt.isEmpty() && finishedAt != old.finishedAt;
            const qint64 server = it.value().toInteger();
            // Nango counts a variant under its base model: only a base stream's count is comparable.
            const bool drift = variant == u"base" && server != stream.liveCount &&
                               m_driftPulled.value(stream.id) != qMakePair(server, stream.liveCount);
            const bool neverPulled = stream.lastOkAt.isEmpty() && stream.lastOutcome.isEmpty();
            if (drift)
                m_driftPulled.insert(stream.id, qMakePair(server, stream.liveCount));
            if (newRun && !old.fetchedAt.isEmpty()) {
                const QJsonObject result = s.value(u"latestResult"_s).toObject().value(it.key()).toObject();
                m_engine.missedWebhooks().runFinished(
                    {integration, connectionId, name, variant, it.key(), old.finishedAt, finishedAt,
                     result.value(u"added"_s).toInteger() + result.value(u"updated"_s).toInteger() +
                         result.value(u"deleted"_s).toInteger()});
            }
            if (newRun)
                m_engine.requestPull(stream.id, u"poll"_s, tr("Nango finished a run"));
            else if (drift)
                m_engine.requestPull(stream.id, u"poll"_s, tr("Nango's count differs from the cache's"));
            else if (neverPulled)
                m_engine.requestPull(stream.id, u"poll"_s, tr("never pulled"));
        }
    }
    Q_EMIT changed();
}

} // namespace nd
