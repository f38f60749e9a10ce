#pragma once

#include "models/RecordQuery.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace nd {

// Loads blocks of records for the browser on its own thread and SQLite connection. Requests carry
// the model's generation; answers for an older generation are dropped by the model.
class RecordsLoader : public QObject
{
    Q_OBJECT
public:
    explicit RecordsLoader(const QString &databasePath, QObject *parent = nullptr);
    ~RecordsLoader() override;

    void requestCount(quint64 generation, const RecordQuery &query);
    // A block of `size` rows starting at `offset`; `after` (if set) is the sort key of row offset-1,
    // which turns the OFFSET scan into a keyset seek.
    // `total` (the row count, 0 if unknown) lets a block in the second half be read from the end.
    void requestBlock(quint64 generation, const RecordQuery &query, int block, int offset, int size,
                      const RecordRow &after, bool hasAfter, qint64 total = 0);
    void requestColumns(quint64 generation, const RecordQuery &query);

Q_SIGNALS:
    void countReady(quint64 generation, qint64 count);
    void blockReady(quint64 generation, int block, const QList<nd::RecordRow> &rows);
    // Dropped unanswered: newer requests had overtaken it (a fast scroll); ask again if still wanted.
    void blockSkipped(quint64 generation, int block);
    void columnsReady(quint64 generation, const QStringList &columns);
    void failed(quint64 generation, const QString &error);

private:
    class Worker;
    // Requests waiting on the worker: past this many, the oldest are skipped when their turn comes.
    static constexpr int kMaxQueuedBlocks = 2; // a screen shows at most two blocks
    std::shared_ptr<std::atomic<quint64>> m_blockRequests = std::make_shared<std::atomic<quint64>>(0);
    QThread m_thread;
    Worker *m_worker;
};

} // namespace nd
