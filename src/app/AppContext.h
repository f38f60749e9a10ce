#pragma once

#include "AppSettings.h"
#include "CacheReader.h"
#include "api/NangoClient.h"
#include "api/RateBudget.h"
#include "status/SyncStatus.h"

#include <QObject>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>

namespace nd {

class EngineHost;
class SyncEngine;
class RecordsLoader;
class WriteBack;

// What every panel shares: the engine (on its thread), the cache readers (on theirs), the profile's
// settings and the last catalog read from the cache. Panels never touch the disk or the network.
class AppContext : public QObject
{
    Q_OBJECT
public:
    AppContext(const ProfileSettings &settings, bool demo, QObject *parent = nullptr);
    ~AppContext() override;

    const ProfileSettings &settings() const { return m_settings; }
    bool isDemo() const { return m_demo; }
    EngineHost *engine() const { return m_engine.get(); }
    // Which engine: a number that moves at every (re)start, never reused as an address can be.
    quint64 engineEpoch() const { return m_engineEpoch; }
    CacheReader *reader() const { return m_reader.get(); }
    RecordsLoader *recordsLoader() const { return m_records.get(); }
    // Actions and proxy requests (run on the engine's thread).
    WriteBack *writeBack() const { return m_writeBack; }
    const CatalogSnapshot &snapshot() const { return m_snapshot; }
    QUrl listenerUrl() const { return m_listenerUrl; }
    RateBudget::Snapshot rateBudget() const { return m_budget; }
    int pullsRunning() const;
    QString engineError() const { return m_engineError; }
    // Why the webhook listener is not running, when it should (a port in use, an address refused).
    QString listenerError() const { return m_listenerError; }
    // The one status of every stream (the core computes it from the cache and the engine's live
    // state), and the server's health.
    const QList<StreamStatus> &statuses() const { return m_statuses; }
    std::optional<StreamStatus> status(qint64 streamId) const;
    const ServerHealth &health() const { return m_live.server; }
    const LiveState &live() const { return m_live; }
    qint64 nowUs() const;

    // Starts (or restarts) the engine with these keys (empty API key: only the cache is shown) and,
    // for a shared cache on PostgreSQL, its password.
    void start(const QUrl &server, const QByteArray &apiKey, const QByteArray &signingKey,
               const QByteArray &cachePassword = {}, const QByteArray &proxyPassword = {});
    // The signing key the current one replaced, accepted by the listener until `untilUs`.
    void setPreviousSigningKey(const QByteArray &key, qint64 untilUs);
    // The cache this profile opens, and its password (the export dialog's reader opens it too).
    QString cacheLocation() const { return m_settings.cacheLocation(); }
    QByteArray cachePassword() const { return m_cachePassword; }
    // A shared cache this role may only read: no pulls, no admin actions.
    bool isReadOnly() const { return m_readOnly; }
    void setSettings(const ProfileSettings &settings) { m_settings = settings; }
    void refreshSoon();
    void refreshNow();
    void requestHistory(qint64 streamId);

    using Done = std::function<void(bool ok, const QString &message)>;
    void trigger(const SyncSelector &target, ResyncMode mode, Done done);
    void pause(const SyncSelector &target, Done done);
    void resume(const SyncSelector &target, Done done);
    void setFrequency(const QString &integration, const QString &connectionId, const QString &sync,
                      const QString &variant, const std::optional<QString> &frequency, Done done);
    void pullNow(qint64 streamId);
    void acknowledgeMassDelete(qint64 streamId);
    void replayWebhook(qint64 logId, Done done);
    void repair(qint64 streamId, qint64 sinceUs);
    // The catalog and every failed stream, now (the server came back, or a person thinks so).
    void retryNow();
    // What a test of the connection found: the message, and for TLS the certificate seen.
    struct ConnectionCheck
    {
        bool ok = false;
        QString message;
        ApiError error;
        CertificateInfo certificate; // the server's, also when it is trusted
    };
    using CheckDone = std::function<void(const ConnectionCheck &check)>;
    // Asks `server` with `apiKey` over `network` (the values typed in Settings; an empty key or
    // proxy password: the saved one). Without a key, only the certificate is looked at.
    void testConnection(const QUrl &server, const QByteArray &apiKey, const NetworkSettings &network,
                        const QByteArray &proxyPassword, CheckDone done);
    // Only the server's certificate, without the key.
    void inspectCertificate(const QUrl &server, const NetworkSettings &network,
                            const QByteArray &proxyPassword, CheckDone done);
    // Opens `location` (a postgresql:// URI typed in Settings) with `password` (empty: the saved one)
    // off the GUI thread, and says what this profile could do with it.
    void testCache(const QString &location, const QByteArray &password, Done done);
    // A signed test webhook to the running listener: signed with `signingKey` (typed), or with the
    // listener's own key when it is empty.
    void sendTestWebhook(const QByteArray &signingKey, Done done);
    // The same test webhook, signed with the listener's key, to a public URL (a tunnel) that should
    // lead to the listener.
    void sendTestWebhookTo(const QUrl &url, Done done);
    // A connection's webhook_url_override: read, set, or cleared with "".
    void webhookUrl(const QString &integration, const QString &connectionId,
                    std::function<void(bool ok, const QString &url, const QString &error)> done);
    void setWebhookUrl(const QString &integration, const QString &connectionId, const QString &url,
                       Done done);

Q_SIGNALS:
    void engineStarted(bool ok, const QString &error);
    void snapshotChanged();
    void activityLoaded(const QList<nd::ActivityItem> &items);
    void historyLoaded(qint64 streamId, const QList<nd::HistoryEntry> &history);
    void statusChanged();
    // The statuses were computed again (new facts, a pull's progress, a countdown's second).
    void statusesChanged();
    void pullProgress(qint64 streamId, int pages, qint64 records);
    void pullFinished(qint64 streamId, bool ok, const QString &error);
    void syncFailed(const QString &what, const QString &error);
    void authProblem(const QString &what, const QString &error);

private:
    void callDone(const Done &done, bool ok, const QString &message);
    void checkServer(const QUrl &server, const QByteArray &apiKey, bool keyless,
                     const NetworkSettings &network, const QByteArray &proxyPassword, CheckDone done);
    void connectEngine(SyncEngine *engine);
    // Computes every stream's status again; statusesChanged() when something shown moved (always
    // for new facts from the cache).
    void recompute(bool newFacts = false);

    ProfileSettings m_settings;
    bool m_demo;
    std::unique_ptr<EngineHost> m_engine;
    std::unique_ptr<CacheReader> m_reader;
    std::unique_ptr<RecordsLoader> m_records;
    CatalogSnapshot m_snapshot;
    QTimer m_refresh;
    QUrl m_listenerUrl;
    RateBudget::Snapshot m_budget;
    QString m_engineError;
    QString m_listenerError;
    QByteArray m_cachePassword;
    QByteArray m_proxyPassword;
    bool m_readOnly = false;
    quint64 m_engineEpoch = 0;
    LiveState m_live;
    QList<StreamStatus> m_statuses;
    QTimer m_tick; // countdowns move every second
    // A child: it outlives m_engine, whose thread still answers it until the engine is gone.
    WriteBack *m_writeBack;
};

} // namespace nd
