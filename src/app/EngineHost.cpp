#include "EngineHost.h"

#include "cache/Store.h"
#include "util/Logging.h"

#include <QVariant>

namespace nd {

EngineHost::EngineHost(const EngineConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_engine(new SyncEngine(config))
{
    m_thread.setObjectName(QStringLiteral("sync-engine"));
    m_engine->moveToThread(&m_thread);
    m_thread.start();
}

EngineHost::~EngineHost()
{
    // What the engine's thread writes now is cancelled and rolled back (a page of PostgreSQL's merge
    // took up to 1.5 s): the thread is free for the teardown at once.
    m_engine->interruptForQuit();
    // The engine (its sockets, timers and SQLite connection) is destroyed on its own thread.
    QMetaObject::invokeMethod(
        m_engine,
        [engine = m_engine]() {
            const QList<QObject *> children = engine->children();
            for (QObject *child : children)
                if (child->property(kExtensionProperty).toBool())
                    delete child;
            delete engine;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void EngineHost::post(std::function<void(SyncEngine &)> f)
{
    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine, f]() { f(*engine); }, Qt::QueuedConnection);
}

void EngineHost::start(const StartOptions &options)
{
    post([this, options](SyncEngine &engine) {
        QString error;
        if (!engine.open(&error)) {
            Q_EMIT started(false, error, {}, false, 0);
            return;
        }
        engine.setApiKey(options.apiKey);
        QUrl url;
        // A read-only role on a shared cache: no listener either (a webhook would ask for a pull).
        if (!options.signingKey.isEmpty() && !engine.isReadOnly()) {
            if (engine.startListener(options.listen, options.signingKey, &error))
                url = engine.listener()->url();
            else
                qCWarning(lcWebhook) << error;
        }
        Q_EMIT started(true, error, url, engine.isReadOnly(), engine.store().writerId());
        // Without a key nothing is sent; otherwise the catalog, the pulls, then polling.
        engine.startBackground();
    });
}

} // namespace nd
