#include "commands/AdminCommand.h"

#include "CliContext.h"
#include "ExitCode.h"

namespace nd {

using namespace Qt::StringLiterals;

AdminCommand::AdminCommand(CliContext &context, const QString &name)
    : Command(context, name)
{}

void AdminCommand::describe(QCommandLineParser &p)
{
    p.addOptions({{u"integration"_s, tr("Integration unique key (required)."), u"KEY"_s},
                  {u"connection"_s, tr("Connection id (default: every connection)."), u"ID"_s},
                  {u"sync"_s, tr("Sync name, or name::variant (default: every sync)."), u"NAME"_s}});
    if (name() == u"resync") {
        p.setApplicationDescription(tr("Trigger a sync run. Without options it is incremental."));
        p.addOptions(
            {{u"reset"_s, tr("Full resync: Nango forgets the sync's checkpoint and fetches everything.")},
             {u"empty-cache"_s,
              tr("With the full resync, also delete Nango's cached records. Every stored cursor becomes "
                 "meaningless: Nango Desk starts a new cache generation and drops records that do not "
                 "come back. Implies --reset.")}});
    } else {
        p.setApplicationDescription(name() == u"pause"
                                        ? tr("Pause sync schedules (a running execution continues).")
                                        : tr("Resume sync schedules; Nango runs them at once."));
    }
}

int AdminCommand::run(const QCommandLineParser &p)
{
    if (!requireOptions(p, {u"integration"_s}))
        return Usage;
    if (const int code = m_context.openEngine())
        return code;
    const SyncSelector target{p.value(u"integration"_s), p.value(u"connection"_s),
                              p.isSet(u"sync"_s) ? QStringList{p.value(u"sync"_s)} : QStringList{}};
    ResyncMode mode = ResyncMode::Incremental;
    if (name() == u"resync" && p.isSet(u"empty-cache"_s))
        mode = ResyncMode::ResetAndEmptyCache;
    else if (name() == u"resync" && p.isSet(u"reset"_s))
        mode = ResyncMode::Reset;
    m_context.withApiKey([this, target, mode]() {
        SyncEngine &engine = m_context.engine();
        // The catalog tells which streams an emptyCache resync invalidates.
        engine.refreshCatalog([this, target, mode](bool, const QString &) {
            SyncEngine &e = m_context.engine();
            auto done = [this](bool ok, const QString &failure) {
                const int code = ok ? int(Ok) : m_context.failureCode();
                m_context.finish(code,
                                 ok ? tr("%1: done").arg(name()) : tr("%1 failed: %2").arg(name(), failure));
            };
            if (name() == u"resync")
                e.trigger(target, mode, done);
            else if (name() == u"pause")
                e.pause(target, done);
            else
                e.start(target, done);
        });
    });
    return -1;
}

} // namespace nd
