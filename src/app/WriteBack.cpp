#include "WriteBack.h"

#include "AppContext.h"
#include "EngineHost.h"

namespace nd {

using namespace Qt::StringLiterals;

// The engine-side half: one per engine, a child of the SyncEngine, created on the engine's thread
// the first time it is needed. EngineHost deletes it before the engine (it holds the engine's client
// and database).
class WriteBackWorker : public QObject
{
public:
    WriteBackWorker(SyncEngine &engine, WriteBack *gui)
        : QObject(&engine)
        , m_engine(engine)
        , m_gui(gui)
        , m_actions(&engine.client())
        , m_proxy(&engine.client())
        , m_actionStore(engine.database())
        , m_proxyStore(engine.database())
    {
        setObjectName(u"writeBackWorker"_s);
        setProperty(EngineHost::kExtensionProperty, true);
        connect(&m_actions, &ActionRunner::accepted, this, [this](const QString &id) {
            QMetaObject::invokeMethod(m_gui, [gui = m_gui, token = m_actionToken, id]() {
                if (gui->m_action.token == token)
                    Q_EMIT gui->actionAccepted(id);
            });
        });
        connect(&m_actions, &ActionRunner::polled, this, [this](int polls) {
            QMetaObject::invokeMethod(m_gui, [gui = m_gui, token = m_actionToken, polls]() {
                if (gui->m_action.token == token)
                    Q_EMIT gui->actionPolled(polls);
            });
        });
        connect(&m_actions, &ActionRunner::finished, this, [this](const ActionResult &result) {
            QMetaObject::invokeMethod(m_gui, [gui = m_gui, token = m_actionToken, result]() {
                gui->onActionFinished(token, result);
            });
        });
        connect(&m_proxy, &ProxyRunner::finished, this, [this](const ProxyResult &result) {
            QMetaObject::invokeMethod(m_gui, [gui = m_gui, token = m_proxyToken, result]() {
                gui->onProxyFinished(token, result);
            });
        });
    }

    static WriteBackWorker *find(SyncEngine &engine)
    {
        return static_cast<WriteBackWorker *>(
            engine.findChild<QObject *>(u"writeBackWorker"_s, Qt::FindDirectChildrenOnly));
    }
    static WriteBackWorker *of(SyncEngine &engine, WriteBack *gui)
    {
        WriteBackWorker *w = find(engine);
        return w ? w : new WriteBackWorker(engine, gui);
    }

    void runAction(const ActionRequest &request, quint64 token)
    {
        m_actionToken = token;
        m_actions.setHistory(&m_actionStore, m_engine.profile().id);
        if (!m_actions.run(request)) {
            ActionResult r;
            r.failure.kind = ActionFailure::Kind::Api;
            r.failure.code = u"busy"_s;
            r.failure.sent = false;
            r.failure.message = WriteBack::tr("Another action is still running; wait for it or cancel it.");
            QMetaObject::invokeMethod(m_gui, [gui = m_gui, token, r]() { gui->onActionFinished(token, r); });
        }
    }

    void sendProxy(const ProxySpec &spec, quint64 token)
    {
        m_proxyToken = token;
        m_proxy.setHistory(&m_proxyStore, m_engine.profile().id);
        if (!m_proxy.run(spec)) {
            ProxyResult r;
            r.message = WriteBack::tr("Another request is still running; wait for it or cancel it.");
            QMetaObject::invokeMethod(m_gui, [gui = m_gui, token, r]() { gui->onProxyFinished(token, r); });
        }
    }

    SyncEngine &m_engine;
    WriteBack *m_gui;
    ActionRunner m_actions;
    ProxyRunner m_proxy;
    ActionStore m_actionStore;
    ProxyStore m_proxyStore;
    quint64 m_actionToken = 0;
    quint64 m_proxyToken = 0;
};

namespace {

QString notStarted()
{
    return WriteBack::tr("Nango Desk is not connected to a Nango server yet: save a server and an API key in "
                         "Settings first.");
}

QString readOnly()
{
    return WriteBack::tr(
        "This role may only read the shared cache: actions and proxy requests are run by roles "
        "that may write it, where every run is recorded.");
}

QString cacheClosed()
{
    return WriteBack::tr("The local cache could not be opened, so nothing can be run or recorded. See the "
                         "message in the banner.");
}

} // namespace

WriteBack::WriteBack(AppContext *context)
    : QObject(context)
    , m_context(context)
{
    qRegisterMetaType<nd::ActionResult>();
    qRegisterMetaType<nd::ProxyResult>();
    connect(context, &AppContext::engineStarted, this, &WriteBack::abandonRunsOfOldEngine);
}

void WriteBack::loadScriptsConfig(ConfigDone done)
{
    EngineHost *host = m_context->engine();
    if (!host) {
        QMetaObject::invokeMethod(
            this, [done]() { done(std::nullopt, notStarted()); }, Qt::QueuedConnection);
        return;
    }
    host->post([this, done](SyncEngine &e) {
        ApiCall *call = e.client().scriptsConfig();
        QObject::connect(call, &ApiCall::finished, &e, [this, call, done]() {
            call->deleteLater();
            std::optional<ScriptsConfig> config;
            QString error;
            if (call->ok())
                config = ScriptsConfig::parse(call->body(), &error);
            else
                error = call->error().userMessage();
            QMetaObject::invokeMethod(this, [done, config, error]() { done(config, error); });
        });
    });
}

bool WriteBack::start(Slot &slot, std::function<void(SyncEngine &, WriteBackWorker &, quint64)> work,
                      std::function<void(quint64, const QString &)> refuse)
{
    EngineHost *host = m_context->engine();
    if (!host || slot.busy())
        return false;
    const quint64 token = m_nextToken++;
    slot = {token, m_context->engineEpoch()};
    host->post([this, work, refuse, token](SyncEngine &e) {
        const QString why = e.profile().id == 0 ? cacheClosed() : e.isReadOnly() ? readOnly() : QString();
        if (!why.isEmpty()) {
            QMetaObject::invokeMethod(this, [refuse, token, why]() { refuse(token, why); });
            return;
        }
        work(e, *WriteBackWorker::of(e, this), token);
    });
    return true;
}

void WriteBack::onSlotEngine(const Slot &slot, std::function<void(WriteBackWorker &)> f)
{
    if (!slot.busy() || slot.epoch != m_context->engineEpoch())
        return;
    m_context->engine()->post([this, f](SyncEngine &e) {
        if (WriteBackWorker *w = WriteBackWorker::find(e))
            f(*w);
        Q_UNUSED(this);
    });
}

bool WriteBack::end(Slot &slot, quint64 token)
{
    if (token == 0 || token != slot.token)
        return false; // abandoned when the engine restarted
    slot = {};
    return true;
}

bool WriteBack::runAction(const ActionRequest &request)
{
    const bool started = start(
        m_action, [request](SyncEngine &, WriteBackWorker &w, quint64 token) { w.runAction(request, token); },
        [this](quint64 token, const QString &why) {
            ActionResult r;
            r.failure.kind = ActionFailure::Kind::Api;
            r.failure.code = why == readOnly() ? u"read_only"_s : u"cache_closed"_s;
            r.failure.sent = false;
            r.failure.message = why;
            onActionFinished(token, r);
        });
    m_actionsSent += started;
    return started;
}

void WriteBack::cancelAction()
{
    onSlotEngine(m_action, [](WriteBackWorker &w) { w.m_actions.cancel(); });
}

void WriteBack::onActionFinished(quint64 token, const ActionResult &result)
{
    if (end(m_action, token))
        Q_EMIT actionFinished(result);
}

template <typename Row>
void WriteBack::loadHistory(std::function<void(const QList<Row> &)> done,
                            std::function<QList<Row>(WriteBackWorker &, qint64 profile)> read)
{
    EngineHost *host = m_context->engine();
    if (!host) {
        QMetaObject::invokeMethod(
            this, [done]() { done({}); }, Qt::QueuedConnection);
        return;
    }
    host->post([this, done, read](SyncEngine &e) {
        QList<Row> rows;
        if (e.profile().id != 0)
            rows = read(*WriteBackWorker::of(e, this), e.profile().id);
        QMetaObject::invokeMethod(this, [done, rows]() { done(rows); });
    });
}

void WriteBack::loadActionHistory(std::function<void(const QList<ActionRun> &)> done, int limit)
{
    loadHistory<ActionRun>(std::move(done), [limit](WriteBackWorker &w, qint64 profile) {
        ActionRunFilter filter;
        filter.limit = limit;
        return w.m_actionStore.history(profile, filter);
    });
}

bool WriteBack::sendProxy(const ProxySpec &spec)
{
    const bool started = start(
        m_proxy, [spec](SyncEngine &, WriteBackWorker &w, quint64 token) { w.sendProxy(spec, token); },
        [this](quint64 token, const QString &why) {
            ProxyResult r;
            r.message = why;
            onProxyFinished(token, r);
        });
    m_proxiesSent += started;
    return started;
}

void WriteBack::cancelProxy()
{
    onSlotEngine(m_proxy, [](WriteBackWorker &w) { w.m_proxy.cancel(); });
}

void WriteBack::onProxyFinished(quint64 token, const ProxyResult &result)
{
    if (end(m_proxy, token))
        Q_EMIT proxyFinished(result);
}

void WriteBack::loadProxyHistory(std::function<void(const QList<ProxyEntry> &)> done, int limit)
{
    loadHistory<ProxyEntry>(std::move(done), [limit](WriteBackWorker &w, qint64 profile) {
        ProxyFilter filter;
        filter.limit = limit;
        return w.m_proxyStore.history(profile, filter);
    });
}

QString WriteBack::curlCommand(const ProxySpec &spec) const
{
    const QUrl base =
        m_context->engine() ? m_context->engine()->config().serverUrl : QUrl(m_context->settings().serverUrl);
    return ProxyRunner::curlCommand(base, spec);
}

void WriteBack::abandonRunsOfOldEngine()
{
    // A restart (new settings, new keys) deletes the old engine with its runners: their runs never
    // finish. Say so instead of waiting for ever.
    if (m_action.busy() && m_action.epoch != m_context->engineEpoch()) {
        ActionResult r;
        r.failure.kind = ActionFailure::Kind::Cancelled;
        r.failure.code = u"cancelled"_s;
        r.failure.message = tr("The connection to Nango was restarted while the action ran, so Nango Desk "
                               "stopped waiting. The action may still have run on Nango: check its logs "
                               "before running it again.");
        onActionFinished(m_action.token, r);
    }
    if (m_proxy.busy() && m_proxy.epoch != m_context->engineEpoch()) {
        ProxyResult r;
        r.message = tr("The connection to Nango was restarted while the request was in flight; it may "
                       "still have reached the provider.");
        onProxyFinished(m_proxy.token, r);
    }
}

} // namespace nd
