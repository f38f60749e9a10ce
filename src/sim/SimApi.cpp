#include "SimApi.h"

#include "SimWorld.h"
#include "SyncRunner.h"
#include "WebhookSender.h"

namespace nangosim {

using namespace Qt::StringLiterals;

SimApi::SimApi(SimWorld &world, SyncRunner &runner, WebhookSender &webhooks, QObject *parent)
    : QObject(parent)
    , failRate(world.options().failRate)
    , latencyMs(world.options().latencyMs)
    , m_world(world)
    , m_runner(runner)
    , m_webhooks(webhooks)
{
    rateLimiter.configure(world.options().rateLimit, world.options().rateWindowSeconds);
}

std::function<void(const Reply &)> SimApi::findRoute(const SimRequest &req, const QStringList &seg)
{
    const QByteArray &m = req.method;
    const qsizetype n = seg.size();
    auto is = [&](const char *method, std::initializer_list<const char16_t *> parts) {
        if (m != method || n != qsizetype(parts.size()))
            return false;
        qsizetype i = 0;
        for (const char16_t *p : parts) {
            if (p != nullptr && seg.at(i) != QStringView(p))
                return false;
            ++i;
        }
        return true;
    };
    auto answer = [](auto handler) { return [handler](const Reply &reply) { reply(handler()); }; };
    if (is("GET", {u"integrations"}))
        return answer([this, &req] { return listIntegrations(req); });
    if (is("GET", {u"integrations", nullptr}))
        return answer([this, &req, key = seg.at(1)] { return getIntegration(req, key); });
    if (is("GET", {u"connections"}) || is("GET", {u"connection"}))
        return answer([this, &req] { return listConnections(req); });
    if (is("GET", {u"connections", nullptr}) || is("GET", {u"connection", nullptr}))
        return answer([this, &req, id = seg.at(1)] { return getConnection(req, id); });
    // No legacy PATCH /connection/:id.
    if (is("PATCH", {u"connections", nullptr}))
        return answer([this, &req, id = seg.at(1)] { return patchConnection(req, id); });
    if (is("GET", {u"environment-variables"}))
        return answer([this, &req] { return environmentVariables(req); });
    if (is("GET", {u"scripts", u"config"}))
        return answer([this, &req] { return scriptsConfig(req); });
    if (is("GET", {u"records"}))
        return answer([this, &req] { return listRecords(req); });
    if (is("PATCH", {u"records", u"prune"}))
        return answer([this, &req] { return pruneRecords(req); });
    if (is("GET", {u"sync", u"status"}))
        return answer([this, &req] { return syncStatus(req); });
    if (is("POST", {u"sync", u"trigger"}))
        return answer([this, &req] { return syncTrigger(req); });
    if (is("POST", {u"sync", u"pause"}))
        return answer([this, &req] { return syncPauseOrStart(req, true); });
    if (is("POST", {u"sync", u"start"}))
        return answer([this, &req] { return syncPauseOrStart(req, false); });
    if (is("PUT", {u"sync", u"update-connection-frequency"}))
        return answer([this, &req] { return syncFrequency(req); });
    if (is("POST", {u"action", u"trigger"}))
        return [this, &req](const Reply &reply) { actionTrigger(req, reply); };
    if (is("GET", {u"action", nullptr}))
        return answer([this, id = seg.at(1)] { return actionResult(id); });
    if (n >= 1 && seg.at(0) == u"proxy") {
        const QString path = u"/"_s + QStringList(seg.mid(1)).join(u'/');
        return answer([this, &req, path] { return proxy(req, path); });
    }
    return {};
}

bool SimApi::hasRoute(const SimRequest &req, const QStringList &segments)
{
    return bool(findRoute(req, segments));
}

bool SimApi::dispatch(const SimRequest &req, const QStringList &segments, const Reply &reply)
{
    const auto route = findRoute(req, segments);
    if (!route)
        return false;
    route(reply);
    return true;
}

bool SimApi::dispatchControl(const SimRequest &req, const QStringList &seg, const Reply &reply)
{
    if (seg.size() != 2)
        return false;
    const QString what = seg.at(1);
    const QByteArray &m = req.method;
    if (what == u"state" && m == "GET")
        reply(controlState());
    else if (what == u"truth" && m == "GET")
        reply(controlTruth(req));
    else if (what == u"run" && m == "POST")
        reply(controlRun(req));
    else if (what == u"mutate" && m == "POST")
        reply(controlMutate(req));
    else if (what == u"faults" && m == "POST")
        reply(controlFaults(req));
    else if (what == u"connections" && m == "POST")
        reply(controlConnections(req));
    else if (what == u"webhooks" && (m == "GET" || m == "DELETE"))
        reply(controlWebhooks(req));
    else if (what == u"prune" && m == "POST")
        reply(controlPrune(req));
    else if (what == u"proxy" && (m == "GET" || m == "POST"))
        reply(controlProxy(req));
    else
        return false;
    return true;
}

} // namespace nangosim
