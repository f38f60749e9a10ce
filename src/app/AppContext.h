#pragma once

#include "AppSettings.h"
#include "CacheReader.h"
#include "api/NangoClient.h"
#include "api/RateBudget.h"

#include <QObject>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>

namespace nd {

class EngineHost;
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
    CacheReader *reader() const { return m_reader.get(); }
    RecordsLoader *recordsLoader() const { return m_records.get(); }
    // Actions and proxy requests (run on the engine's thread).
    WriteBack *writeBack() const { return m_writeBack; }
    const CatalogSnapshot &snapshot() const { return m_snapshot; }
    QUrl listenerUrl() const { return m_listenerUrl; }
    RateBudget::Snapshot rateBudget() const { return m_budget; }
    int pullsRunning() const { return m_pullsRunning; }
    QString lastPull() const { return m_lastPull; }
    QString engineError() const { return m_engineError; }

    // Starts (or restarts) the engine with these keys (empty API key: only the cache is shown).
    void start(const QUrl &server, const QByteArray &apiKey, const QByteArray &signingKey);
    void setSettings(const ProfileSettings &settings) { m_settings = settings; }
    // Only the demo's own key, so "send a test webhook" works without typing it.
    QByteArray demoSigningKey() const { return m_demo ? m_signingKey : QByteArray(); }
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
    void repair(qint64 streamId, qint64 sinceUs);
    void testConnection(Done done);

Q_SIGNALS:
    void engineStarted(bool ok, const QString &error);
    void snapshotChanged();
    void activityLoaded(const QList<nd::ActivityItem> &items);
    void historyLoaded(qint64 streamId, const QList<nd::HistoryEntry> &history);
    void statusChanged();
    void pullProgress(qint64 streamId, int pages, qint64 records);
    void pullFinished(qint64 streamId, bool ok, const QString &error);
    void syncFailed(const QString &what, const QString &error);
    void authProblem(const QString &what, const QString &error);

private:
    void callDone(const Done &done, bool ok, const QString &message);

    ProfileSettings m_settings;
    bool m_demo;
    std::unique_ptr<EngineHost> m_engine;
    std::unique_ptr<CacheReader> m_reader;
    std::unique_ptr<RecordsLoader> m_records;
    CatalogSnapshot m_snapshot;
    QTimer m_refresh;
    QUrl m_listenerUrl;
    RateBudget::Snapshot m_budget;
    int m_pullsRunning = 0;
    QString m_lastPull;
    QString m_engineError;
    QByteArray m_signingKey;
    // A child: it outlives m_engine, whose thread still answers it until the engine is gone.
    WriteBack *m_writeBack;
};

} // namespace nd
