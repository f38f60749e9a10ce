#include "models/RecordsLoader.h"

#include "cache/ReadStore.h"

namespace nd {

using namespace Qt::StringLiterals;

class RecordsLoader::Worker : public QObject
{
public:
    Worker(const QString &path, std::shared_ptr<Shared> shared)
        : m_path(path)
        , m_shared(std::move(shared))
    {}
    ~Worker() override { close(); }
    ReadStore *store(QString *error)
    {
        if (!m_store) {
            auto opened = ReadStore::open(m_path, error, m_password);
            const std::lock_guard<std::mutex> lock(m_shared->storeMutex);
            m_store = std::move(opened);
            m_shared->store = m_store.get();
        }
        return m_store.get();
    }
    void close()
    {
        const std::lock_guard<std::mutex> lock(m_shared->storeMutex);
        m_shared->store = nullptr;
        m_store.reset();
    }
    QString m_path;
    QByteArray m_password;
    std::shared_ptr<Shared> m_shared;
    std::unique_ptr<ReadStore> m_store;
};

RecordsLoader::RecordsLoader(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_worker(new Worker(databasePath, m_shared))
{
    qRegisterMetaType<QList<nd::RecordRow>>();
    m_thread.setObjectName(u"records-loader"_s);
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

RecordsLoader::~RecordsLoader()
{
    // A window closing does not wait for a scan to finish: it is interrupted, and what is queued
    // behind it is skipped.
    supersede(std::numeric_limits<quint64>::max());
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker]() { delete w; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void RecordsLoader::setLocation(const QString &location, const QByteArray &password)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, location, password]() {
        if (w->m_path == location && w->m_password == password)
            return;
        w->close(); // the next request opens the new one
        w->m_path = location;
        w->m_password = password;
    });
}

void RecordsLoader::supersede(quint64 generation)
{
    quint64 latest = m_shared->latest.load();
    while (generation > latest && !m_shared->latest.compare_exchange_weak(latest, generation)) {
    }
    const quint64 running = m_shared->running.load();
    if (running == 0 || running >= generation)
        return;
    const std::lock_guard<std::mutex> lock(m_shared->storeMutex);
    if (m_shared->store)
        m_shared->store->interrupt();
}

void RecordsLoader::onWorker(quint64 generation, std::function<bool(ReadStore &)> work)
{
    supersede(generation);
    QMetaObject::invokeMethod(m_worker, [this, generation, work, shared = m_shared]() {
        if (generation < shared->latest.load())
            return; // overtaken before its turn: the model asks again for what it still shows
        QString error;
        ReadStore *store = m_worker->store(&error);
        if (!store) {
            Q_EMIT failed(generation, error);
            return;
        }
        for (int attempt = 0; attempt < 2; ++attempt) {
            shared->running = generation;
            const bool ok = work(*store);
            shared->running = 0;
            if (ok || generation < shared->latest.load())
                return; // done, or interrupted because it was overtaken: nobody waits for it
            // An interrupt meant for the query before this one can land on this one: once more.
            if (attempt == 0 && store->lastError().contains(u"interrupt"_s, Qt::CaseInsensitive))
                continue;
            if (attempt == 0 && store->lastError().contains(u"cancel"_s, Qt::CaseInsensitive))
                continue;
            Q_EMIT failed(generation, store->lastError());
            return;
        }
    });
}

void RecordsLoader::requestCount(quint64 generation, const RecordQuery &query)
{
    onWorker(generation, [this, generation, query](ReadStore &store) {
        const qint64 count = store.countRecords(query);
        if (count < 0)
            return false;
        Q_EMIT countReady(generation, count);
        return true;
    });
}

void RecordsLoader::requestBlock(quint64 generation, const RecordQuery &query, int block,
                                 const BlockRequest &request)
{
    const quint64 ticket = ++m_shared->blockRequests;
    onWorker(generation, [=, shared = m_shared](ReadStore &store) {
        // While the scrollbar is dragged through a million rows, only the newest requests matter.
        if (shared->blockRequests.load() - ticket >= quint64(kMaxQueuedBlocks)) {
            Q_EMIT blockSkipped(generation, block);
            return true;
        }
        const QList<RecordRow> rows = store.recordBlock(query, request);
        if (!store.lastError().isEmpty())
            return false;
        Q_EMIT blockReady(generation, block, rows);
        return true;
    });
}

void RecordsLoader::requestColumns(quint64 generation, const RecordQuery &query)
{
    onWorker(generation, [this, generation, query](ReadStore &store) {
        Q_EMIT columnsReady(generation, store.recordColumns(query.streamId));
        return true;
    });
}

} // namespace nd
