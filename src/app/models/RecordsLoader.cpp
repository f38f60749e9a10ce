#include "models/RecordsLoader.h"

#include "cache/ReadStore.h"
#include "util/Logging.h"

#include <QElapsedTimer>

namespace nd {

using namespace Qt::StringLiterals;

class RecordsLoader::Worker : public QObject
{
public:
    Worker(const QString &path, std::shared_ptr<Shared> shared, Lane lane)
        : m_path(path)
        , m_shared(std::move(shared))
        , m_lane(lane)
    {}
    ~Worker() override { close(); }
    ReadStore *store(QString *error)
    {
        if (!m_store) {
            auto opened = ReadStore::open(m_path, error, m_password);
            const std::lock_guard<std::mutex> lock(m_shared->storeMutex);
            m_store = std::move(opened);
            m_shared->store[m_lane] = m_store.get();
        }
        return m_store.get();
    }
    void close()
    {
        const std::lock_guard<std::mutex> lock(m_shared->storeMutex);
        m_shared->store[m_lane] = nullptr;
        m_store.reset();
    }
    QString m_path;
    QByteArray m_password;
    std::shared_ptr<Shared> m_shared;
    Lane m_lane;
    std::unique_ptr<ReadStore> m_store;
};

RecordsLoader::RecordsLoader(const QString &databasePath, QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<QList<nd::RecordRow>>();
    for (int lane = 0; lane < LaneCount; ++lane) {
        m_workers[lane] = new Worker(databasePath, m_shared, Lane(lane));
        m_threads[lane].setObjectName(lane == Blocks ? u"records-loader"_s : u"records-boundaries"_s);
        m_workers[lane]->moveToThread(&m_threads[lane]);
        // The boundaries' pass runs at the same priority as the blocks: at idle priority (SCHED_IDLE)
        // a search's count would wait for as long as a pull keeps the cores busy.
        m_threads[lane].start();
    }
}

RecordsLoader::~RecordsLoader()
{
    // A window closing does not wait for a scan to finish: it is interrupted, and what is queued
    // behind it is skipped.
    supersede(std::numeric_limits<quint64>::max());
    for (int lane = 0; lane < LaneCount; ++lane) {
        QMetaObject::invokeMethod(
            m_workers[lane], [w = m_workers[lane]]() { delete w; }, Qt::BlockingQueuedConnection);
        m_threads[lane].quit();
        m_threads[lane].wait();
    }
}

void RecordsLoader::setLocation(const QString &location, const QByteArray &password)
{
    for (Worker *worker : m_workers) {
        QMetaObject::invokeMethod(worker, [w = worker, location, password]() {
            if (w->m_path == location && w->m_password == password)
                return;
            w->close(); // the next request opens the new one
            w->m_path = location;
            w->m_password = password;
        });
    }
}

void RecordsLoader::supersede(quint64 generation)
{
    quint64 latest = m_shared->latest.load();
    while (generation > latest && !m_shared->latest.compare_exchange_weak(latest, generation)) {
    }
    for (int lane = 0; lane < LaneCount; ++lane) {
        const quint64 running = m_shared->running[lane].load();
        if (running == 0 || running >= generation)
            continue;
        const std::lock_guard<std::mutex> lock(m_shared->storeMutex);
        if (m_shared->store[lane])
            m_shared->store[lane]->interrupt();
    }
}

void RecordsLoader::onWorker(quint64 generation, std::function<bool(ReadStore &)> work, Lane lane)
{
    supersede(generation);
    Worker *worker = m_workers[lane];
    QMetaObject::invokeMethod(worker, [this, worker, lane, generation, work, shared = m_shared]() {
        if (generation < shared->latest.load())
            return; // overtaken before its turn: the model asks again for what it still shows
        QString error;
        ReadStore *store = worker->store(&error);
        if (!store) {
            Q_EMIT failed(generation, error);
            return;
        }
        for (int attempt = 0; attempt < 2; ++attempt) {
            shared->running[lane] = generation;
            const bool ok = work(*store);
            shared->running[lane] = 0;
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
        if (shared->endsGeneration != generation) {
            shared->endsGeneration = generation;
            shared->blockEnds.clear();
        }
        BlockRequest seek = request;
        const auto above = shared->blockEnds.constFind(block - 1);
        if (!seek.hasAfter && above != shared->blockEnds.constEnd()) {
            seek.hasAfter = true;
            seek.after = *above;
        }
        QElapsedTimer clock;
        clock.start();
        const QList<RecordRow> rows = store.recordBlock(query, seek);
        qCDebug(lcDb) << "records block" << block << (seek.hasAfter ? "by key" : "by offset") << "read in"
                      << clock.nsecsElapsed() / 1e6 << "ms";
        if (!store.lastError().isEmpty())
            return false;
        if (rows.size() == request.size) {
            if (shared->blockEnds.size() >= 64)
                shared->blockEnds.clear();
            shared->blockEnds.insert(block, rows.constLast());
        }
        Q_EMIT blockReady(generation, block, rows);
        return true;
    });
}

void RecordsLoader::requestBoundaries(quint64 generation, const RecordQuery &query, int blockSize)
{
    onWorker(
        generation,
        [this, generation, query, blockSize](ReadStore &store) {
            QList<RecordRow> keys;
            qint64 count = 0;
            QElapsedTimer clock;
            clock.start();
            if (!store.blockBoundaries(query, blockSize, &keys, &count))
                return false;
            qCDebug(lcDb) << "block boundaries of" << count << "records read in" << clock.nsecsElapsed() / 1e6
                          << "ms";
            Q_EMIT boundariesReady(generation, keys, count);
            return true;
        },
        Boundaries);
}

void RecordsLoader::requestColumns(quint64 generation, const RecordQuery &query)
{
    onWorker(generation, [this, generation, query](ReadStore &store) {
        Q_EMIT columnsReady(generation, store.recordColumns(query.streamId));
        return true;
    });
}

} // namespace nd
