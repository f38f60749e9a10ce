#include "cache/CatalogStore.h"
#include "cache/JournalStore.h"
#include "cache/RecordStore.h"
#include "cache/SqlReadStore.h"
#include "cache/Store.h"

// The catalog's reads: a profile, its integrations, connections and syncs, each stream's facts
// (SqlReadStore's, in a file of their own).
namespace nd {

using namespace Qt::StringLiterals;

std::optional<Profile> SqlReadStore::profile(const QString &name)
{
    return m_store->catalog().profile(name);
}

CatalogRead SqlReadStore::catalog(const QString &profileName)
{
    CatalogRead c;
    const auto p = m_store->catalog().profile(profileName);
    if (!p)
        return c;
    c.profile = *p;
    c.integrations = m_store->catalog().integrations(p->id);
    c.connections = m_store->catalog().connections(p->id);
    const QHash<QString, int> missed = m_store->journal().missedWebhookCounts(p->id);
    const auto routes = m_store->journal().webhookRoutes(p->id);
    for (ConnectionRow &row : c.connections) {
        const QString key = row.integration + u'\x1f' + row.connectionId;
        row.missedWebhooks = missed.value(key);
        row.webhookRoute = routes.value(key).url;
        row.webhookRoutedAt = routes.value(key).at;
    }
    c.syncs = m_store->catalog().syncs(p->id);
    c.streams = streamFacts(p->id);
    return c;
}

QList<StreamFacts> SqlReadStore::streamFacts(qint64 profileId, const QString &integration,
                                             const QString &connectionId)
{
    QHash<QString, SyncRow> syncs;
    for (const SyncRow &r : m_store->catalog().syncs(profileId, integration, connectionId))
        syncs.insert(r.integration + u'\x1f' + r.connectionId + u'\x1f' + r.name + u'\x1f' + r.variant, r);
    const QHash<qint64, HistoryEntry> latest = m_store->records().latestHistory(profileId);
    QList<StreamFacts> out;
    for (const Stream &s : m_store->records().streams(profileId, integration, connectionId)) {
        StreamFacts f;
        f.stream = s;
        const auto sync = syncs.constFind(s.key.integration + u'\x1f' + s.key.connectionId + u'\x1f' +
                                          s.syncName + u'\x1f' + s.key.variant);
        if (sync != syncs.constEnd() && sync->models.contains(s.key.model))
            f.sync = *sync;
        const auto h = latest.constFind(s.id);
        if (h != latest.constEnd())
            f.lastPull = *h;
        out.append(f);
    }
    return out;
}

QList<HistoryEntry> SqlReadStore::history(qint64 streamId, int limit)
{
    return m_store->records().history(streamId, limit);
}

} // namespace nd
