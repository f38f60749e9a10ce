#pragma once

#include "sync/SyncEngine.h"

#include <QObject>
#include <QThread>

#include <functional>

namespace nd {

// Runs the SyncEngine on its own thread, so the GUI thread never waits on the network, the disk or
// the webhook listener. The GUI posts work with post() and hears back through queued signals.
class EngineHost : public QObject
{
    Q_OBJECT
public:
    explicit EngineHost(const EngineConfig &config, QObject *parent = nullptr);
    ~EngineHost() override;

    // A child of the engine with this property set (e.g. the write-back runners) is deleted before
    // the engine: it may hold the engine's client or database.
    static constexpr const char *kExtensionProperty = "ndEngineExtension";

    struct StartOptions
    {
        QByteArray apiKey;
        QByteArray signingKey;
        WebhookListener::Options listen;
    };
    // Opens the cache, starts the listener, then the engine's background loop.
    void start(const StartOptions &options);

    // Runs f on the engine's thread.
    void post(std::function<void(SyncEngine &)> f);
    SyncEngine *engine() const { return m_engine; }
    const EngineConfig &config() const { return m_config; }

Q_SIGNALS:
    // writerId: the engine's connection as other clients of a shared cache see it (Store::writerId()).
    void started(bool ok, const QString &error, const QUrl &listenerUrl, bool readOnly, qint64 writerId);

private:
    EngineConfig m_config;
    QThread m_thread;
    SyncEngine *m_engine;
};

} // namespace nd
