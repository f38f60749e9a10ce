#include "CacheReader.h"

#include "cache/Database.h"
#include "cache/Statement.h"

#include <algorithm>

namespace nd {

using namespace Qt::StringLiterals;

class CacheReader::Worker : public QObject
{
public:
    explicit Worker(const QString &path)
        : m_path(path)
    {}

    bool ensureOpen(QString *error)
    {
        if (m_db)
            return true;
        m_db = Database::open(m_path, error);
        if (!m_db)
            return false;
        m_records = std::make_unique<RecordStore>(*m_db);
        m_catalog = std::make_unique<CatalogStore>(*m_db);
        m_journal = std::make_unique<JournalStore>(*m_db);
        return true;
    }

    QString m_path;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RecordStore> m_records;
    std::unique_ptr<CatalogStore> m_catalog;
    std::unique_ptr<JournalStore> m_journal;
};

CacheReader::CacheReader(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_worker(new Worker(databasePath))
{
    qRegisterMetaType<nd::CatalogSnapshot>();
    qRegisterMetaType<QList<nd::HistoryEntry>>();
    qRegisterMetaType<QList<nd::ActivityItem>>();
    m_thread.setObjectName(u"cache-reader"_s);
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

CacheReader::~CacheReader()
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker]() { delete w; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void CacheReader::requestCatalog(const QString &profileName)
{
    QMetaObject::invokeMethod(m_worker, [this, profileName]() {
        QString error;
        if (!m_worker->ensureOpen(&error)) {
            Q_EMIT failed(error);
            return;
        }
        CatalogSnapshot s;
        const auto profile = m_worker->m_catalog->profile(profileName);
        if (!profile) {
            Q_EMIT catalogLoaded(s);
            return;
        }
        s.profile = *profile;
        s.integrations = m_worker->m_catalog->integrations(profile->id);
        s.connections = m_worker->m_catalog->connections(profile->id);
        for (const ConnectionRow &c : std::as_const(s.connections))
            s.connectionCounts[c.integration] += 1;
        s.syncs = m_worker->m_catalog->syncs(profile->id);
        s.streams = m_worker->m_records->streams(profile->id);
        Q_EMIT catalogLoaded(s);
    });
}

void CacheReader::requestHistory(qint64 streamId)
{
    QMetaObject::invokeMethod(m_worker, [this, streamId]() {
        QString error;
        if (!m_worker->ensureOpen(&error)) {
            Q_EMIT failed(error);
            return;
        }
        Q_EMIT historyLoaded(streamId, m_worker->m_records->history(streamId, 1000));
    });
}

void CacheReader::requestActivity(qint64 profileId, int limit)
{
    QMetaObject::invokeMethod(m_worker, [this, profileId, limit]() {
        QString error;
        if (!m_worker->ensureOpen(&error)) {
            Q_EMIT failed(error);
            return;
        }
        QList<ActivityItem> items;
        for (const WebhookLogEntry &w : m_worker->m_journal->webhooks(limit)) {
            ActivityItem a;
            a.at = w.receivedAt;
            a.kind = u"webhook"_s;
            a.integration = w.integration;
            a.connectionId = w.connectionId;
            a.model = w.model;
            a.summary = u"%1 webhook, signature %2%3"_s.arg(
                w.type.isEmpty() ? u"unknown"_s : w.type, w.signature,
                w.triggered.isEmpty() ? QString() : u" → "_s + w.triggered);
            a.outcome = w.outcome;
            a.failed = w.outcome.startsWith(u"rejected"_s);
            items.append(a);
        }
        for (const JournalEntry &j : m_worker->m_journal->journalEntries(profileId, limit)) {
            ActivityItem a;
            a.at = j.at;
            a.kind = u"admin"_s;
            a.integration = j.integration;
            a.connectionId = j.connectionId;
            a.summary = u"%1 (%2)"_s.arg(j.action, j.target);
            a.outcome = j.outcome == u"ok" ? u"ok"_s : j.message;
            a.failed = j.outcome != u"ok";
            items.append(a);
        }
        Statement q(
            m_worker->m_db->handle(),
            "SELECT h.started_at, s.provider_config_key, s.connection_id, s.model, h.trigger, h.outcome, "
            "h.added, h.updated, h.deleted, h.error, h.dropped FROM cursor_history h JOIN streams s ON "
            "s.id = h.stream_id WHERE s.profile_id = ?1 ORDER BY h.id DESC LIMIT ?2");
        q.bind(1, profileId).bind(2, qint64(limit));
        while (q.step()) {
            ActivityItem a;
            a.at = q.text(0);
            a.kind = u"pull"_s;
            a.integration = q.text(1);
            a.connectionId = q.text(2);
            a.model = q.text(3);
            a.summary = u"pull (%1): +%2 added, %3 updated, %4 deleted%5"_s.arg(q.text(4))
                            .arg(q.int64(6))
                            .arg(q.int64(7))
                            .arg(q.int64(8))
                            .arg(q.int64(10) ? u", %1 dropped"_s.arg(q.int64(10)) : QString());
            a.outcome = q.text(5) == u"failed" ? q.text(9) : q.text(5);
            a.failed = q.text(5) == u"failed";
            items.append(a);
        }
        std::sort(items.begin(), items.end(),
                  [](const ActivityItem &x, const ActivityItem &y) { return x.at > y.at; });
        if (items.size() > limit)
            items.resize(limit);
        Q_EMIT activityLoaded(items);
    });
}

} // namespace nd
