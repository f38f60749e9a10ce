#pragma once

#include "actions/ActionRunner.h"
#include "actions/ProxyRequest.h"
#include "api/ScriptsConfig.h"
#include "cache/ActionStore.h"
#include "cache/ProxyStore.h"

#include <QObject>

#include <functional>
#include <optional>

namespace nd {

class AppContext;
class EngineHost;
class SyncEngine;
class WriteBackWorker;

// Actions and proxy requests for the panels. The runners and the history stores live on the
// engine's thread (they use its client and its cache connection); everything here is called on the
// GUI thread, and every callback and signal arrives there. Nothing waits.
class WriteBack : public QObject
{
    Q_OBJECT
public:
    explicit WriteBack(AppContext *context);

    using ConfigDone = std::function<void(const std::optional<ScriptsConfig> &config, const QString &error)>;
    // GET /scripts/config, parsed on the engine's thread.
    void loadScriptsConfig(ConfigDone done);

    bool isActionRunning() const { return m_action.busy(); }
    // False when a run is in progress or the engine has not started; actionFinished() follows
    // otherwise, always.
    bool runAction(const ActionRequest &request);
    // Stops waiting; an action Nango already started keeps running there.
    void cancelAction();
    void loadActionHistory(std::function<void(const QList<ActionRun> &runs)> done, int limit = 200);

    bool isProxyRunning() const { return m_proxy.busy(); }
    bool sendProxy(const ProxySpec &spec);
    void cancelProxy();
    void loadProxyHistory(std::function<void(const QList<ProxyEntry> &entries)> done, int limit = 200);
    // "Copy as curl" for this profile's server: the key is left to the shell as $NANGO_SECRET_KEY.
    QString curlCommand(const ProxySpec &spec) const;

    // How many runs and requests were handed to the engine (tests: a refused input sends nothing).
    int actionsSent() const { return m_actionsSent; }
    int proxiesSent() const { return m_proxiesSent; }

Q_SIGNALS:
    void actionAccepted(const QString &asyncId);
    void actionPolled(int polls);
    void actionFinished(const nd::ActionResult &result);
    void proxyFinished(const nd::ProxyResult &result);

private:
    friend class WriteBackWorker;
    // One run at a time of each kind: its token (0: none) and the engine it was handed to, by epoch
    // (an address can be reused by the next engine; an epoch cannot).
    struct Slot
    {
        quint64 token = 0;
        quint64 epoch = 0;
        bool busy() const { return token != 0; }
    };
    // Hands `work` to the engine's thread for `slot`; false when one runs or there is no engine. A
    // cache that is not open or a role that may only read is refused there, with `refuse`.
    bool start(Slot &slot, std::function<void(SyncEngine &, WriteBackWorker &, quint64 token)> work,
               std::function<void(quint64 token, const QString &why)> refuse);
    // Runs `f` on the engine's thread that `slot`'s run was handed to, if it is still that engine.
    void onSlotEngine(const Slot &slot, std::function<void(WriteBackWorker &)> f);
    // True (and the slot free again) when `token` is the slot's run; false for an abandoned one.
    static bool end(Slot &slot, quint64 token);
    // The history rows `read` finds on the engine's thread, handed to `done` on this one.
    template <typename Row>
    void loadHistory(std::function<void(const QList<Row> &)> done,
                     std::function<QList<Row>(WriteBackWorker &, qint64 profile)> read);
    void onActionFinished(quint64 token, const ActionResult &result);
    void onProxyFinished(quint64 token, const ProxyResult &result);
    void abandonRunsOfOldEngine();

    AppContext *m_context;
    quint64 m_nextToken = 1;
    Slot m_action;
    Slot m_proxy;
    int m_actionsSent = 0;
    int m_proxiesSent = 0;
};

} // namespace nd
