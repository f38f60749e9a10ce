#pragma once

#include "RateLimiter.h"
#include "SimHttp.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace nangosim {

class SimWorld;
class SyncRunner;
class WebhookSender;
struct Connection;

using Reply = std::function<void(SimResponse)>;

// The public API routes of Nango that the product uses, and the simulator's own control API.
// Each handler validates exactly as the route's zod schema does and answers with Nango's shapes.
class SimApi : public QObject
{
    Q_OBJECT
public:
    SimApi(SimWorld &world, SyncRunner &runner, WebhookSender &webhooks, QObject *parent = nullptr);

    // Returns false when no route matches.
    bool dispatch(const SimRequest &req, const QStringList &segments, const Reply &reply);
    // Whether one of the public routes matches the method and path (before any authentication).
    bool hasRoute(const SimRequest &req, const QStringList &segments);
    bool dispatchControl(const SimRequest &req, const QStringList &segments, const Reply &reply);

private:
    // The handler of the route that matches, or an empty function. It refers to `req`, so it must
    // be called while the request is alive.
    std::function<void(const Reply &)> findRoute(const SimRequest &req, const QStringList &segments);

    // catalog
    SimResponse listIntegrations(const SimRequest &req);
    SimResponse getIntegration(const SimRequest &req, const QString &key);
    SimResponse listConnections(const SimRequest &req);
    SimResponse getConnection(const SimRequest &req, const QString &connectionId);
    SimResponse patchConnection(const SimRequest &req, const QString &connectionId);
    SimResponse scriptsConfig(const SimRequest &req);
    SimResponse environmentVariables(const SimRequest &req);
    // records
    SimResponse listRecords(const SimRequest &req);
    SimResponse pruneRecords(const SimRequest &req);
    // syncs
    SimResponse syncStatus(const SimRequest &req);
    SimResponse syncTrigger(const SimRequest &req);
    SimResponse syncPauseOrStart(const SimRequest &req, bool pause);
    SimResponse syncFrequency(const SimRequest &req);
    // actions and proxy
    void actionTrigger(const SimRequest &req, const Reply &reply);
    SimResponse actionResult(const QString &id);
    SimResponse proxy(const SimRequest &req, const QString &providerPath);
    SimResponse proxyEcho(const SimRequest &req, const QString &url, int retries, const Connection &c);
    SimResponse proxyForward(const SimRequest &req, struct Integration &integration,
                             const QString &providerPath, int retries);
    // control
    SimResponse controlTruth(const SimRequest &req);
    SimResponse controlRun(const SimRequest &req);
    SimResponse controlMutate(const SimRequest &req);
    SimResponse controlFaults(const SimRequest &req);
    SimResponse controlConnections(const SimRequest &req);
    SimResponse controlWebhooks(const SimRequest &req);
    SimResponse controlPrune(const SimRequest &req);
    SimResponse controlProxy(const SimRequest &req);
    SimResponse controlState();

    QJsonObject integrationJson(const struct Integration &i) const;
    QJsonObject connectionSummaryJson(const Connection &c) const;
    Connection *connectionFromHeaders(const SimRequest &req, SimResponse *error, bool forRecords);

public:
    void setPublicUrl(const QString &url) { m_publicUrl = url; }
    QString publicUrl() const { return m_publicUrl; }

    // Faults the control API can switch on and off at run time.
    double failRate = 0.0;
    int latencyMs = 0;
    int storm429 = 0;  // the next N API requests are refused with 429, as under a shared-budget storm
    int storm500 = 0;  // the next N API requests answer 500 generic_error_support
    QString stormPath; // when set, the storms hit only requests whose path starts with it
    // Nango's counts that missed deletes (NangoHQ/nango PR #2935): recordCount counts deleted rows.
    bool countsIncludeDeleted = false;
    // A broken server or a proxy in the way, as an attack on the client found them: the next N record
    // pages carry a cursor that is not Nango's, or answer with the cursor they were asked with; the
    // next page is padded with this many bytes of whitespace.
    int garbageCursorPages = 0;
    int stuckCursorPages = 0;
    qint64 padPageBytes = 0;
    qint64 recordCountOverride = -1; // every recordCount says this (a count that lags far behind)
    RateLimiter rateLimiter;

private:
    QString m_publicUrl;
    SimWorld &m_world;
    SyncRunner &m_runner;
    WebhookSender &m_webhooks;
    QHash<QString, QJsonObject> m_actionResults; // async action id -> {status, output, error}
    QList<std::function<void()>> m_actionQueue;
    bool m_actionRunning = false;
    void runNextAction();
};

} // namespace nangosim
