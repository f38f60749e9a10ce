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

    bool isActionRunning() const { return m_actionToken != 0; }
    // False when a run is in progress or the engine has not started; actionFinished() follows
    // otherwise, always.
    bool runAction(const ActionRequest &request);
    // Stops waiting; an action Nango already started keeps running there.
    void cancelAction();
    void loadActionHistory(std::function<void(const QList<ActionRun> &runs)> done, int limit = 200);

    bool isProxyRunning() const { return m_proxyToken != 0; }
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
    void onActionFinished(quint64 token, const ActionResult &result);
    void onProxyFinished(quint64 token, const ProxyResult &result);
    void abandonRunsOfOldEngine();

    AppContext *m_context;
    quint64 m_nextToken = 1;
    quint64 m_actionToken = 0; // the run in progress, 0: none
    quint64 m_proxyToken = 0;
    EngineHost *m_actionEngine = nullptr;
    EngineHost *m_proxyEngine = nullptr;
    int m_actionsSent = 0;
    int m_proxiesSent = 0;
};

} // namespace nd
