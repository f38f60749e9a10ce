#pragma once

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <vector>

namespace nangosim {

class SimWorld;
class WebhookSender;
struct Connection;
struct Sync;

// Runs syncs the way Nango's orchestrator and jobs do, at the level a consumer can observe: a job is
// RUNNING for a while, then it saves records (adds, updates, soft-deletes and undeletes, in batches
// that share one timestamp), records its result and checkpoint, and sends one webhook per model.
class SyncRunner : public QObject
{
    Q_OBJECT
public:
    struct Mutations
    {
        int add = -1; // -1: a share of the model's size
        int update = -1;
        int remove = -1;
        int undelete = -1;
        QList<QByteArray> updateIds; // these live records are updated (once each), besides `update`
        bool light = false;          // updates change the version number only, not every value
        QList<QByteArray> deleteIds; // and these deleted
    };
    struct RunRequest
    {
        bool full = false;       // RUN_FULL: clears last_sync_date and the checkpoint
        bool emptyCache = false; // also hard-deletes the records (only with full)
        bool fail = false;       // the execution ends in an error
        bool webhook = true;
    };

    SyncRunner(SimWorld &world, WebhookSender &webhooks, QObject *parent = nullptr);

    // Seeds the records of every started sync and starts the schedules.
    void start();

    void run(Connection &c, Sync &s, const RunRequest &request);
    void pause(Sync &s);
    void unpause(Connection &c, Sync &s);
    void reschedule(Sync &s);

    // Applies changes to one model at once, outside any job, and returns {added, updated, deleted}.
    QJsonObject mutate(Connection &c, Sync &s, const QString &model, const Mutations &m);

    void setDefaultMutations(const Mutations &m) { m_defaults = m; }
    void setFailNextRuns(int count) { m_failNext = count; }
    // A scheduler that falls behind (an overloaded Nango, a run longer than its interval): nothing
    // fires, and nextScheduledSyncAt stays where it was, in the past.
    void setStalled(bool stalled) { m_stalled = stalled; }

private:
    void finish(int connectionId, const QByteArray &syncId, quint64 generation, const RunRequest &request);
    void tick();
    void sendSyncWebhooks(const Connection &c, const Sync &s, const QJsonValue &fromCheckpoint, bool success,
                          const QString &errorText);

    SimWorld &m_world;
    WebhookSender &m_webhooks;
    QTimer m_tick;
    Mutations m_defaults;
    bool m_stalled = false;
    int m_failNext = 0;
    // Live ids captured before an emptyCache run hard-deleted them: the provider still has them.
    QHash<QByteArray, QHash<QString, std::vector<QByteArray>>> m_refill;
};

} // namespace nangosim
