#include "models/RecordsLoader.h"

#include "cache/ReadStore.h"

namespace nd {

using namespace Qt::StringLiterals;

class RecordsLoader::Worker : public QObject
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
};

RecordsLoader::RecordsLoader(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_worker(new Worker(databasePath))
{
    qRegisterMetaType<QList<nd::RecordRow>>();
    m_thread.setObjectName(u"records-loader"_s);
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

RecordsLoader::~RecordsLoader()
{
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
        w->m_store.reset(); // the next request opens the new one
        w->m_path = location;
        w->m_password = password;
    });
}

void RecordsLoader::onWorker(quint64 generation, std::function<void(ReadStore &)> work)
{
    QMetaObject::invokeMethod(m_worker, [this, generation, work]() {
        QString error;
        ReadStore *store = m_worker->store(&error);
        if (store)
            work(*store);
        else
            Q_EMIT failed(generation, error);
    });
}

void RecordsLoader::requestCount(quint64 generation, const RecordQuery &query)
{
    onWorker(generation, [this, generation, query](ReadStore &store) {
        const qint64 count = store.countRecords(query);
        if (count < 0)
            Q_EMIT failed(generation, store.lastError());
        else
            Q_EMIT countReady(generation, count);
    });
}

void RecordsLoader::requestBlock(quint64 generation, const RecordQuery &query, int block,
                                 const BlockRequest &request)
{
    const quint64 ticket = ++*m_blockRequests;
    onWorker(generation, [=, latest = m_blockRequests](ReadStore &store) {
        // While the scrollbar is dragged through a million rows, only the newest requests matter.
        if (latest->load() - ticket >= quint64(kMaxQueuedBlocks))
            Q_EMIT blockSkipped(generation, block);
        else
            Q_EMIT blockReady(generation, block, store.recordBlock(query, request));
    });
}

void RecordsLoader::requestColumns(quint64 generation, const RecordQuery &query)
{
    onWorker(generation, [this, generation, query](ReadStore &store) {
        Q_EMIT columnsReady(generation, store.recordColumns(query.streamId));
    });
}

} // namespace nd
