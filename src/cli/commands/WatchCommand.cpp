#include "commands/WatchCommand.h"

#include "CliContext.h"
#include "ExitCode.h"
#include "util/Timestamp.h"
#include "webhook/WebhookListener.h"

#include <QHostAddress>

namespace nd {

using namespace Qt::StringLiterals;

WatchCommand::WatchCommand(CliContext &context)
    : Command(context, u"watch"_s)
{}

void WatchCommand::describe(QCommandLineParser &p)
{
    p.setApplicationDescription(
        tr("Receive Nango's webhooks and poll /sync/status until SIGINT or SIGTERM."));
    p.addOptions(
        {{u"listen"_s, tr("Listener address (default 127.0.0.1:8787)."), u"HOST:PORT"_s},
         {u"poll"_s, tr("Poll interval in seconds (default 300)."), u"SECONDS"_s},
         {u"page-size"_s,
          tr("Records per request, 1 to 10000 (default 10000: Nango's maximum, fewest requests)."), u"N"_s},
         {u"history-versions"_s,
          tr("Earlier versions kept of each record, with the fields each change touched (default 20; 0: "
             "none). See the history command."),
          u"N"_s},
         {u"mass-delete-share"_s,
          tr("Flag a pull that removes more than this percentage of a model's records (default 20; 0: "
             "never)."),
          u"PERCENT"_s},
         {u"allow-remote"_s, tr("Allow a --listen address other than loopback (any machine that "
                                "reaches this one may then post to the listener).")},
         {u"allow-legacy-signature"_s, tr("Also accept the legacy X-Nango-Signature.")},
         {u"rejected-log-mb"_s,
          tr("Keep refused webhook deliveries up to this size in the cache, oldest dropped first "
             "(default 4)."),
          u"MB"_s}});
}

int WatchCommand::run(const QCommandLineParser &p)
{
    WebhookListener::Options listen;
    listen.port = Defaults::kListenPort;
    if (p.isSet(u"listen"_s)) {
        const QString v = p.value(u"listen"_s);
        const qsizetype colon = v.lastIndexOf(u':');
        bool ok = false;
        const int port = v.mid(colon + 1).toInt(&ok);
        QHostAddress address;
        if (colon <= 0 || !ok || port < 0 || port > 65535 || !address.setAddress(v.left(colon)))
            return usageError(tr("--listen must be HOST:PORT, e.g. 127.0.0.1:8787"));
        listen.address = address;
        listen.port = quint16(port);
    }
    listen.allowLegacySignature = p.isSet(u"allow-legacy-signature"_s);
    listen.allowRemote = p.isSet(u"allow-remote"_s);
    if (const QString why = WebhookListener::refusal(listen); !why.isEmpty())
        return usageError(why);
    if (!intOption(p, u"poll"_s, 0, 86400, &m_context.pollSeconds) ||
        !intOption(p, u"page-size"_s, 1, 10000, &m_context.pageSize) ||
        !intOption(p, u"history-versions"_s, 0, 1000, &m_context.historyVersions) ||
        !intOption(p, u"mass-delete-share"_s, 0, 100, &m_context.massDeletePercent) ||
        !intOption(p, u"rejected-log-mb"_s, 0, 1024, &m_context.rejectedLogMb))
        return Usage;
    if (const int code = m_context.openEngine())
        return code;
    SyncEngine &engine = m_context.engine();
    connect(&engine, &SyncEngine::healthChanged, this, [this](const ServerHealth &h) {
        // A service's log says at once when the server cannot be used, and when it can again.
        if (h.state == ServerHealth::State::Failing)
            m_context.err() << "server: " << Status::describe(h, Timestamp::nowMicros()) << Qt::endl;
        else if (h.state == ServerHealth::State::Ok)
            m_context.err() << "server: answering" << Qt::endl;
    });
    m_context.withApiKey([this, listen]() {
        m_context.withSigningKey([this, listen](const QByteArray &key) {
            QString error;
            SyncEngine &e = m_context.engine();
            if (!e.startListener(listen, key, &error)) {
                m_context.finish(Failed, error);
                return;
            }
            m_context.out() << "listening for Nango webhooks on " << e.listener()->boundUrl().toString()
                            << Qt::endl;
            // A key the GUI replaced minutes ago still verifies what Nango signed before switching.
            m_context.withPreviousSigningKey([this](const QByteArray &previous, qint64 untilUs) {
                if (!previous.isEmpty() && m_context.hasEngine() && m_context.engine().listener())
                    m_context.engine().listener()->setPreviousSigningKey(previous, untilUs);
            });
            e.startBackground();
        });
    });
    return -1;
}

bool WatchCommand::stop()
{
    if (!m_context.hasEngine())
        return false;
    m_context.err()
        << "stopping: each pull in progress ends once the page in flight is stored with its cursor"
        << Qt::endl;
    m_context.engine().stop([this]() {
        m_context.err() << "stopped" << Qt::endl;
        m_context.closeEngine();
        m_context.finish(Ok);
    });
    return true;
}

} // namespace nd
