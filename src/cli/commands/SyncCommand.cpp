#include "commands/SyncCommand.h"

#include "CliContext.h"
#include "ExitCode.h"
#include "cache/ReadStore.h"
#include "status/SyncSummary.h"
#include "util/Timestamp.h"

namespace nd {

using namespace Qt::StringLiterals;

SyncCommand::SyncCommand(CliContext &context)
    : Command(context, u"sync"_s)
{}

void SyncCommand::describe(QCommandLineParser &p)
{
    p.setApplicationDescription(tr("Bring every matching connection x sync x model up to date."));
    p.addOptions(
        {{u"integration"_s, tr("Integration unique key."), u"KEY"_s},
         {u"connection"_s, tr("Connection id."), u"ID"_s},
         {u"model"_s, tr("Model name."), u"NAME"_s},
         {u"page-size"_s,
          tr("Records per request, 1 to 10000 (default 10000: Nango's maximum, fewest requests)."), u"N"_s},
         {u"history-versions"_s,
          tr("Earlier versions kept of each record, with the fields each change touched (default 20; 0: "
             "none). See the history command."),
          u"N"_s},
         {u"mass-delete-share"_s,
          tr("Flag a pull that removes more than this percentage of a model's records (default 20; 0: "
             "never)."),
          u"PERCENT"_s}});
}

int SyncCommand::run(const QCommandLineParser &p)
{
    if (!intOption(p, u"page-size"_s, 1, 10000, &m_context.pageSize) ||
        !intOption(p, u"history-versions"_s, 0, 1000, &m_context.historyVersions) ||
        !intOption(p, u"mass-delete-share"_s, 0, 100, &m_context.massDeletePercent))
        return Usage;
    m_startedUs = Timestamp::nowMicros();
    if (const int code = m_context.openEngine())
        return code;
    const PullFilter filter{p.value(u"integration"_s), p.value(u"connection"_s), p.value(u"model"_s)};
    m_context.withApiKey([this, filter]() {
        m_context.engine().syncAll(filter, u"manual"_s, [this, filter](bool ok, const QString &failure) {
            if (!ok && m_context.engine().failures().isEmpty()) {
                // The catalog itself could not be read: nothing was pulled.
                m_context.finish(m_context.failureCode(), tr("sync failed: %1").arg(failure));
                return;
            }
            report(filter.integration, filter.connectionId, filter.model);
        });
    });
    return -1;
}

void SyncCommand::report(const QString &integration, const QString &connection, const QString &model)
{
    SyncEngine &engine = m_context.engine();
    int code = Ok;
    for (const PullJob::Outcome &f : engine.failures())
        code = worstExitCode(code, exitCodeFor(f.errorKind));
    // The status says the rest: the same rules as every screen.
    QString error;
    auto store = ReadStore::open(engine.config().databasePath, &error, m_context.databasePassword());
    int streams = 0;
    qint64 records = 0;
    QStringList notUpToDate;
    if (store) {
        const auto statuses =
            Status::evaluateAll(store->streamFacts(engine.profile().id, integration, connection),
                                engine.liveState(), {Timestamp::nowMicros(), 0});
        for (const StreamStatus &s : statuses) {
            if (!model.isEmpty() && s.key.model != model)
                continue;
            ++streams;
            records += s.localCount;
            if (!Status::isSettled(s.state))
                notUpToDate << tr("  %1: %2 — %3")
                                   .arg(describeStream(s.key), Status::name(s.state),
                                        Status::describe(s, Timestamp::nowMicros()));
            if (s.massDeleted > 0 && s.massDeleteUs >= m_startedUs)
                m_context.err() << tr("warning: %1: %2").arg(describeStream(s.key), Status::massDeleteNote(s))
                                << Qt::endl;
            if (Status::isSettled(s.state) && s.state == SyncState::FailedOnNango)
                m_context.err() << tr("warning: %1: %2")
                                       .arg(describeStream(s.key),
                                            Status::describe(s, Timestamp::nowMicros()))
                                << Qt::endl;
        }
    } else {
        code = worstExitCode(code, CacheError);
        notUpToDate << error;
    }
    if (code == Ok && !notUpToDate.isEmpty())
        code = Failed;
    if (code == Ok) {
        m_context.finish(
            Ok, tr("up to date: %1 streams, %2 live records in the cache").arg(streams).arg(records));
        return;
    }
    m_context.finish(code, tr("sync failed: %1 of %2 streams are not up to date:\n%3")
                               .arg(notUpToDate.size())
                               .arg(streams)
                               .arg(notUpToDate.join(u'\n')));
}

} // namespace nd
