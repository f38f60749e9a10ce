#pragma once

#include "api/NangoClient.h"
#include "cache/CatalogStore.h"
#include "cache/JournalStore.h"
#include "cache/RecordStore.h"
#include "status/SyncStatus.h"
#include "sync/PullJob.h"
#include "util/Defaults.h"
#include "webhook/WebhookListener.h"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace nd {

class AdminActions;
class CatalogSync;
class SqlDb;
class Store;
class HealthMonitor;
class MissedWebhooks;
class WebhookRouter;

struct EngineConfig
{
    QString databasePath;        // a SQLite file, or a postgresql:// URI
    QByteArray databasePassword; // PostgreSQL's, from the keychain (never in the URI)
    QString profileName = QStringLiteral("default");
    QUrl serverUrl{QString::fromLatin1(NangoClient::kCloudUrl)};
    int pageSize = Defaults::kPageSize;
    int maxConcurrentPulls = 2;
    int pollIntervalSeconds = Defaults::kPollSeconds;
    int webhookDebounceMs = 1500;
    // After a pull, an admin action or a webhook, the integration's /sync/status is fetched again
    // this long after the last of them (one call per integration for a burst).
    int statusRefreshDelayMs = 1500;
    int requestTimeoutMs = 30000;
    double rateReserveFraction = 0.25; // left for the user's production backend
    // Rejected webhook deliveries kept in the log (a forged flood must not fill the disk).
    int rejectedLogRows = JournalStore::kDefaultRejectedRows;
    qint64 rejectedLogBytes = JournalStore::kDefaultRejectedBytes;
    bool checkIntegrity = false; // the cache file's integrity is checked even after a clean exit
    bool repairCache = true;     // false (reading commands): a damaged file is reported, not made anew
    // Pulls of mirrored streams go before the pages of first mirrors, which yield a slot and leave
    // headroom in the rate budget (false only for a benchmark's baseline).
    bool mirroredFirst = true;
    // The mass-delete guard: a pull that removes more than this share of a stream's live records is
    // flagged (cursor history, the stream's status, a notification). 0: off.
    double massDeleteShare = 0.2;
    // Earlier versions kept of each record, with the fields each change touched (0: no history).
    int historyVersions = 20;
    // PostgreSQL: when this many rows were pulled (once the engine is idle), every tenth of the cache
    // (at least this many) the search index updates, and when it has caught up (its UPDATEs undo the
    // first), the records table is vacuumed in the background, so the browser's scans read indexes
    // alone and the indexer reuses the space of the rows it replaced (0: left to autovacuum).
    qint64 vacuumAfterRows = 50000;
    // A run with changes whose verified webhook has not come this long after the run's end is logged
    // as a missed webhook (0: off). Nango's retries of a 5xx come at about +3 s and +9 s.
    int missedWebhookGraceMs = 60000;
    // How the server is reached (extra authorities, a pinned certificate, the proxy): given, it is
    // stored with the profile; absent, the profile's stored settings apply (the CLI without options).
    std::optional<NetworkSettings> network;
    QByteArray proxyPassword; // from the keychain or NANGO_DESK_PROXY_PASSWORD; never stored
};

struct PullFilter
{
    QString integration;
    QString connectionId;
    QString model;
};

// The cursor-based synchronisation loop for one profile: discovers integrations, connections and
// syncs, pulls each connection x model x variant by cursor into the cache, reacts to verified
// webhooks (debounced), polls /sync/status to catch missed ones, and performs admin actions that
// land in the journal. It lives on one thread (a worker in the GUI, the main thread in the CLI).
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(bool ok, const QString &error)>;

    explicit SyncEngine(const EngineConfig &config, QObject *parent = nullptr);
    ~SyncEngine() override;

    bool open(QString *error);
    // From any thread, just before the engine is destroyed for a quit: the statement its thread runs
    // now (a page's write, an index batch) is cancelled and rolled back, so the thread is free at
    // once. A pull whose page that was records nothing more: its cursor stays before that page, and
    // its row reads "interrupted" at the next start, as after any exit in the middle of a pull.
    void interruptForQuit();
    const EngineConfig &config() const { return m_config; }
    const Profile &profile() const { return m_profile; }
    NangoClient &client() { return *m_client; }
    Store &store() { return *m_store; }
    SqlDb &database();
    RecordStore &records();
    CatalogStore &catalog();
    JournalStore &journal();
    // Opening found the cache file damaged and read back what it could: what was saved and what
    // was not (empty when nothing happened). Also in the journal.
    QString salvageReport() const;
    // Opening checked the cache file's integrity.
    bool integrityChecked() const;

    void setApiKey(const QByteArray &key);
    // Applies and stores with the profile (when the cache may be written) how the server is reached.
    void setNetwork(const NetworkSettings &settings);
    const NetworkSettings &network() const { return m_client->network(); }
    void setProxyPassword(const QByteArray &password);
    // A person looked at the records a flagged pull deleted: the stream's flag goes.
    void acknowledgeMassDelete(qint64 streamId);
    // Processes a logged, verified webhook again, as if it had just come (its pull, its refresh).
    void replayWebhook(qint64 logId, Done done);
    MissedWebhooks &missedWebhooks() { return *m_missed; }

    // Integrations, connections (all pages), then every integration's /sync/status; creates the
    // streams the syncs' models imply.
    void refreshCatalog(Done done);
    // Refreshes the catalog, then pulls every matching stream; done when all have finished.
    void syncAll(const PullFilter &filter, const QString &trigger, Done done);
    // The background loop (GUI, watch): the catalog, a pull of every stream, then polling. When
    // the server cannot be reached it says so at once and tries again with a growing pause.
    void startBackground();
    // A person's "retry now": the catalog, then every stream that failed, without waiting.
    void retryNow();
    // A clean stop (SIGTERM, quitting): nothing new starts, each pull ends once the page in flight
    // is stored with its cursor; then done().
    void stop(std::function<void()> done);
    // A shared cache this role may only read: no pulls, no admin actions, the screens say so.
    bool isReadOnly() const { return m_readOnly; }
    // `because` says why, for the "pull due" state.
    void requestPull(qint64 streamId, const QString &trigger, const QString &because = {});
    void repairPull(qint64 streamId, qint64 sinceUs);
    void startPolling();
    void pollNow();
    // Fetches the integration's /sync/status soon, once for a burst of calls.
    void refreshStatusSoon(const QString &integration);
    bool isIdle() const;
    // The background loop runs (GUI, watch): a fresh status then pulls what moved. A one-shot sync
    // pulls only what it was asked for.
    bool isBackground() const { return m_backgroundStarted || m_poll.isActive(); }

    // What this engine knows beyond the cache: queued and running pulls, this session's failures,
    // the server's health.
    LiveState liveState() const;
    const ServerHealth &health() const;
    // The pulls that failed since the last syncAll (CLI exit codes).
    const QList<PullJob::Outcome> &failures() const { return m_failures; }

    // Admin actions: each lands in the journal with its result.
    void trigger(const SyncSelector &target, ResyncMode mode, Done done);
    void pause(const SyncSelector &target, Done done);
    void setWebhookUrl(const QString &integration, const QString &connectionId, const QString &url,
                       Done done);
    void webhookUrl(const QString &integration, const QString &connectionId,
                    std::function<void(bool ok, const QString &url, const QString &error)> done);
    void start(const SyncSelector &target, Done done);
    void setFrequency(const QString &integration, const QString &connectionId, const QString &sync,
                      const QString &variant, const std::optional<QString> &frequency, Done done);

    // Webhooks: a listener delivering into this engine.
    bool startListener(const WebhookListener::Options &options, const QByteArray &signingKey, QString *error);
    WebhookListener *listener() { return m_listener.get(); }
    void handleDelivery(const WebhookDelivery &delivery);

Q_SIGNALS:
    void pullQueued(qint64 streamId, const QString &because);
    void pullStarted(qint64 streamId, const QString &trigger);
    void pullProgress(qint64 streamId, int pages, qint64 records);
    // Before pullFinished when a pull failed: what failed and when it is retried.
    void pullFailed(qint64 streamId, const QString &error, const QString &errorKind, qint64 retryAtUs);
    void pullFinished(qint64 streamId, bool ok, const QString &error);
    void catalogChanged();
    void syncFailed(const QString &integration, const QString &connectionId, const QString &sync,
                    const QString &error);
    void authEvent(const QString &integration, const QString &connectionId, bool success,
                   const QString &description);
    void asyncActionCompleted(const QString &id, const QString &statusUrl);
    void webhookLogged();
    void journalChanged();
    void healthChanged(const nd::ServerHealth &health);
    void idle();

private:
    struct Pending
    {
        qint64 streamId = 0;
        QString trigger;
        bool repair = false;
        qint64 sinceUs = 0;
        bool recoverCursor = false;
        bool backfill = false; // the stream's first mirror, page after page: others go first
    };
    void enqueue(const Pending &p, const QString &because = {});
    void dispatch();
    // A pull of a mirrored stream waits while backfills hold every slot: one of them stops after its
    // page and goes back in the queue behind it.
    void yieldBackfill();
    void onJobFinished(qint64 streamId, const PullJob::Outcome &outcome);
    qint64 backOff(const Stream &stream, const PullJob::Outcome &outcome);
    void retryAt(qint64 streamId, qint64 atUs);
    void checkIdle();
    void indexSome();
    // Starts PostgreSQL's background VACUUM when `rows` reached the threshold (then zeroes it);
    // false when one was due but another still runs.
    bool vacuumIfDue(qint64 &rows);
    void recover(bool person);

    EngineConfig m_config;
    std::unique_ptr<Store> m_store;
    NangoClient *m_client;
    std::unique_ptr<WebhookListener> m_listener;
    CatalogSync *m_catalogSync;
    HealthMonitor *m_health;
    WebhookRouter *m_webhooks;
    AdminActions *m_admin;
    MissedWebhooks *m_missed;
    Profile m_profile;
    bool m_backgroundStarted = false;
    bool m_backgroundWanted = false;
    bool m_readOnly = false;
    bool m_stopping = false;
    std::function<void()> m_stopped;
    QList<Pending> m_queue;
    QHash<qint64, QString> m_queuedBecause;
    QHash<qint64, PullJob *> m_running;
    QHash<qint64, QPair<int, qint64>> m_progress; // pages, records
    QHash<qint64, QString> m_rerun;
    QHash<qint64, QTimer *> m_debounce;
    QHash<qint64, QTimer *> m_retry;
    QHash<qint64, LiveFailure> m_sessionFailures;
    // Children of the engine, so they move to its thread with it.
    QTimer m_poll{this};
    QTimer m_indexer{this};
    std::atomic<bool> m_quitting{false};
    std::atomic<SqlDb *> m_interruptible{nullptr}; // the store's connection, once open
    qint64 m_pulledSinceVacuum = 0;
    qint64 m_indexedSinceVacuum = 0;
    qint64 m_indexVacuumStep = 0;
    // Rows pulled since the store's statistics were refreshed (PostgreSQL's ANALYZE, at a pull's end).
    qint64 m_rowsSinceStatistics = 0;
    static constexpr qint64 kStatisticsAfterRows = 10000;
    QList<PullJob::Outcome> m_failures;
    QSet<qint64> m_backfills;           // running pulls that are a stream's first mirror
    QSet<qint64> m_unfinishedBackfills; // streams whose first mirror stopped to let others go first
    QSet<qint64> m_yielding;            // backfills asked to stop after their page for a pull that waits
    QList<std::pair<PullFilter, Done>> m_waiters;
};

} // namespace nd
