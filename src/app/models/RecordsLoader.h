#pragma once

#include "cache/RecordQuery.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace nd {

class ReadStore;

// Loads blocks of records for the browser on its own thread and cache connection (the core's read
// side). Requests carry the model's generation; answers for an older one are dropped by the model.
class RecordsLoader : public QObject
{
    Q_OBJECT
public:
    explicit RecordsLoader(const QString &databasePath, QObject *parent = nullptr);
    ~RecordsLoader() override;

    void requestCount(quint64 generation, const RecordQuery &query);
    void requestBlock(quint64 generation, const RecordQuery &query, int block, const BlockRequest &request);
    void requestColumns(quint64 generation, const RecordQuery &query);
    // Another cache (a profile on a shared PostgreSQL database): the next request opens it.
    void setLocation(const QString &location, const QByteArray &password);

Q_SIGNALS:
    void countReady(quint64 generation, qint64 count);
    void blockReady(quint64 generation, int block, const QList<nd::RecordRow> &rows);
    // Dropped unanswered: newer requests had overtaken it (a fast scroll); ask again if still wanted.
    void blockSkipped(quint64 generation, int block);
    void columnsReady(quint64 generation, const QStringList &columns);
    void failed(quint64 generation, const QString &error);

private:
    class Worker;
    void onWorker(quint64 generation, std::function<void(ReadStore &)> work);
    // Requests waiting on the worker: past this many, the oldest are skipped when their turn comes.
    static constexpr int kMaxQueuedBlocks = 2; // a screen shows at most two blocks
    std::shared_ptr<std::atomic<quint64>> m_blockRequests = std::make_shared<std::atomic<quint64>>(0);
    QThread m_thread;
    Worker *m_worker;
};

} // namespace nd
