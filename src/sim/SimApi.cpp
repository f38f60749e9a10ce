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

bool SimApi::dispatch(const SimRequest &req, const QStringList &seg, const Reply &reply)
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
    if (is("GET", {u"integrations"}))
        reply(listIntegrations(req));
    else if (is("GET", {u"integrations", nullptr}))
        reply(getIntegration(req, seg.at(1)));
    else if (is("GET", {u"connections"}) || is("GET", {u"connection"}))
        reply(listConnections(req));
    else if (is("GET", {u"connections", nullptr}) || is("GET", {u"connection", nullptr}))
        reply(getConnection(req, seg.at(1)));
    else if (is("GET", {u"scripts", u"config"}))
        reply(scriptsConfig(req));
    else if (is("GET", {u"records"}))
        reply(listRecords(req));
    else if (is("PATCH", {u"records", u"prune"}))
        reply(pruneRecords(req));
    else if (is("GET", {u"sync", u"status"}))
        reply(syncStatus(req));
    else if (is("POST", {u"sync", u"trigger"}))
        reply(syncTrigger(req));
    else if (is("POST", {u"sync", u"pause"}))
        reply(syncPauseOrStart(req, true));
    else if (is("POST", {u"sync", u"start"}))
        reply(syncPauseOrStart(req, false));
    else if (is("PUT", {u"sync", u"update-connection-frequency"}))
        reply(syncFrequency(req));
    else if (is("POST", {u"action", u"trigger"}))
        actionTrigger(req, reply);
    else if (is("GET", {u"action", nullptr}))
        reply(actionResult(seg.at(1)));
    else if (n >= 1 && seg.at(0) == u"proxy")
        reply(proxy(req, u"/"_s + QStringList(seg.mid(1)).join(u'/')));
    else
        return false;
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
    else
        return false;
    return true;
}

} // namespace nangosim
