#pragma once

#include "cache/ReadStore.h"

#include <QHash>
#include <QMetaType>
#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

namespace nd {

struct CatalogSnapshot
{
    Profile profile;
    QList<IntegrationRow> integrations;
    QHash<QString, int> connectionCounts; // per integration
    QList<ConnectionRow> connections;
    QList<SyncRow> syncs;
    QList<Stream> streams;
    QList<StreamFacts> facts; // one per stream, in the same order
};

// Reads the cache for the GUI on its own thread and connection: the GUI thread never touches the
// disk. Each request is answered by a signal carrying its result.
class CacheReader : public QObject
{
    Q_OBJECT
public:
    explicit CacheReader(const QString &databasePath, QObject *parent = nullptr);
    ~CacheReader() override;

    void requestCatalog(const QString &profileName);
    void requestHistory(qint64 streamId);
    void requestActivity(qint64 profileId, int limit = 1000);
    void requestRecordHistory(qint64 streamId, const QString &recordId);
    // Another cache (a profile on a shared PostgreSQL database): the next request opens it.
    void setLocation(const QString &location, const QByteArray &password);
    // Leaves out of externalChange what this writer (our own engine) changed.
    void ignoreWriter(qint64 writerId);

Q_SIGNALS:
    void catalogLoaded(const nd::CatalogSnapshot &snapshot);
    void historyLoaded(qint64 streamId, const QList<nd::HistoryEntry> &history);
    void activityLoaded(const QList<nd::ActivityItem> &items);
    void recordHistoryLoaded(qint64 streamId, const QString &recordId,
                             const QList<nd::RecordVersion> &versions);
    void failed(const QString &error);
    // Another client of a shared cache changed these streams (0: the catalog).
    void externalChange(const QList<qint64> &streams);

private:
    class Worker;
    void onWorker(std::function<void(ReadStore &)> work);
    QThread m_thread;
    Worker *m_worker;
};

} // namespace nd

Q_DECLARE_METATYPE(nd::CatalogSnapshot)
Q_DECLARE_METATYPE(nd::HistoryEntry)
