#include "CacheReader.h"

#include "cache/Store.h"
#include "cache/StoreWatcher.h"
#include "util/Logging.h"

namespace nd {

using namespace Qt::StringLiterals;

class CacheReader::Worker : public QObject
{
public:
    explicit Worker(const QString &path)
        : m_path(path)
    {}

    ReadStore *store(QString *error)
    {
        if (!m_store)
            m_store = ReadStore::open(m_path, error, m_password);
        return m_store.get();
    }

    QString m_path;
    QByteArray m_password;
    std::unique_ptr<ReadStore> m_store;
    std::unique_ptr<StoreWatcher> m_watcher;
    qint64 m_ignoredWriter = 0;
};

CacheReader::CacheReader(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_worker(new Worker(databasePath))
{
    qRegisterMetaType<nd::CatalogSnapshot>();
    qRegisterMetaType<QList<nd::HistoryEntry>>();
    qRegisterMetaType<QList<nd::ActivityItem>>();
    qRegisterMetaType<QList<nd::RecordVersion>>();
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

void CacheReader::setLocation(const QString &location, const QByteArray &password)
{
    QMetaObject::invokeMethod(m_worker, [this, w = m_worker, location, password]() {
        if (w->m_path == location && w->m_password == password &&
            (w->m_watcher || !Store::isPostgres(location)))
            return;
        w->m_store.reset(); // the next request opens the new one
        w->m_path = location;
        w->m_password = password;
        // Other clients of a shared cache: their pulls and status refreshes, heard as they commit.
        w->m_watcher = StoreWatcher::create(location, password);
        if (w->m_watcher) {
            w->m_watcher->ignoreWriter(w->m_ignoredWriter);
            connect(w->m_watcher.get(), &StoreWatcher::changed, this, &CacheReader::externalChange);
            QString error;
            if (!w->m_watcher->start(&error))
                qCInfo(lcDb).noquote() << "not listening to the shared cache yet:" << error;
        }
    });
}

void CacheReader::ignoreWriter(qint64 writerId)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, writerId]() {
        w->m_ignoredWriter = writerId;
        if (w->m_watcher)
            w->m_watcher->ignoreWriter(writerId);
    });
}

void CacheReader::onWorker(std::function<void(ReadStore &)> work)
{
    QMetaObject::invokeMethod(m_worker, [this, work]() {
        QString error;
        ReadStore *store = m_worker->store(&error);
        if (store)
            work(*store);
        else
            Q_EMIT failed(error);
    });
}

void CacheReader::requestCatalog(const QString &profileName)
{
    onWorker([this, profileName](ReadStore &store) {
        const CatalogRead read = store.catalog(profileName);
        CatalogSnapshot s;
        s.profile = read.profile;
        s.integrations = read.integrations;
        s.connections = read.connections;
        for (const ConnectionRow &c : std::as_const(s.connections))
            s.connectionCounts[c.integration] += 1;
        s.syncs = read.syncs;
        s.facts = read.streams;
        for (const StreamFacts &f : std::as_const(s.facts))
            s.streams.append(f.stream);
        Q_EMIT catalogLoaded(s);
    });
}

void CacheReader::requestHistory(qint64 streamId)
{
    onWorker([this, streamId](ReadStore &store) {
        Q_EMIT historyLoaded(streamId, store.history(streamId, 1000));
    });
}

void CacheReader::requestRecordHistory(qint64 streamId, const QString &recordId)
{
    onWorker([this, streamId, recordId](ReadStore &store) {
        Q_EMIT recordHistoryLoaded(streamId, recordId, store.recordHistory(streamId, recordId));
    });
}

void CacheReader::requestActivity(qint64 profileId, int limit)
{
    onWorker([this, profileId, limit](ReadStore &store) {
        Q_EMIT activityLoaded(store.activity(profileId, limit));
    });
}

} // namespace nd
