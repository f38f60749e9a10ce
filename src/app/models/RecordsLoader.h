#pragma once

#include "cache/RecordQuery.h"

#include <QHash>
#include <QObject>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>

namespace nd {

class ReadStore;

// Loads blocks of records for the browser on its own thread and cache connection (the core's read
// side). Requests carry the model's generation (a new query or stream is a new generation): work
// of an older generation still waiting is skipped, and a query of an older one still running is
// interrupted (sqlite3_interrupt, PostgreSQL's cancel), so a new search or a switch of model is
// not kept waiting behind a scan nobody wants any more. A failure of the newest is reported.
// Generations come from newGeneration(), so whoever asks (the model, a test) never goes behind.
// Two lanes, each a thread with its own connection: blocks, counts and columns on one; the pass over
// the order index for the block boundaries on the other, so a jump is not queued behind it.
class RecordsLoader : public QObject
{
    Q_OBJECT
public:
    explicit RecordsLoader(const QString &databasePath, QObject *parent = nullptr);
    ~RecordsLoader() override;

    // A generation newer than any given before: a request made with it overtakes all earlier ones.
    quint64 newGeneration() { return ++m_shared->issued; }
    void requestCount(quint64 generation, const RecordQuery &query);
    void requestBlock(quint64 generation, const RecordQuery &query, int block, const BlockRequest &request);
    void requestColumns(quint64 generation, const RecordQuery &query);
    // The keys of the blocks' boundaries and the count in one pass (ReadStore::blockBoundaries).
    void requestBoundaries(quint64 generation, const RecordQuery &query, int blockSize);
    // Another cache (a profile on a shared PostgreSQL database): the next request opens it.
    void setLocation(const QString &location, const QByteArray &password);

Q_SIGNALS:
    void countReady(quint64 generation, qint64 count);
    void blockReady(quint64 generation, int block, const QList<nd::RecordRow> &rows);
    // Dropped unanswered: newer requests had overtaken it (a fast scroll); ask again if still wanted.
    void blockSkipped(quint64 generation, int block);
    void columnsReady(quint64 generation, const QStringList &columns);
    void boundariesReady(quint64 generation, const QList<nd::RecordRow> &keys, qint64 count);
    void failed(quint64 generation, const QString &error);

private:
    class Worker;
    // What the GUI thread and the worker both see.
    enum Lane { Blocks, Boundaries, LaneCount };
    struct Shared
    {
        std::atomic<quint64> issued{0}; // the newest generation given out
        std::atomic<quint64> latest{0}; // the newest generation asked for
        std::atomic<quint64> blockRequests{0};
        // Per lane: the generation whose query runs now (0: none), and its store.
        std::atomic<quint64> running[LaneCount] = {};
        std::mutex storeMutex; // guards `store` against a worker replacing it
        ReadStore *store[LaneCount] = {};
        // The blocks lane's own: the last row of the blocks it read lately for one generation, so a
        // block asked for before the one above it had come is still a keyset seek from it.
        quint64 endsGeneration = 0;
        QHash<int, RecordRow> blockEnds;
    };
    // Runs `work` on a lane's worker unless a newer generation came first; work returns false on an
    // error, which is reported for the newest generation only (an interrupted one is not an error).
    void onWorker(quint64 generation, std::function<bool(ReadStore &)> work, Lane lane = Blocks);
    // A newer generation: the query of an older one still running is interrupted.
    void supersede(quint64 generation);
    // Requests waiting on the worker: past this many, the oldest are skipped when their turn comes.
    static constexpr int kMaxQueuedBlocks = 2; // a screen shows at most two blocks
    std::shared_ptr<Shared> m_shared = std::make_shared<Shared>();
    QThread m_threads[LaneCount];
    Worker *m_workers[LaneCount];
};

} // namespace nd
