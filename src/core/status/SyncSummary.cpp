#include "status/SyncSummary.h"

#include <QJsonObject>

namespace nd {

using namespace Qt::StringLiterals;

namespace Status {

namespace {

bool schedulePaused(const SyncRow &sync)
{
    return sync.status == u"PAUSED" || (sync.status == u"RUNNING" && sync.nextScheduledAt.isEmpty());
}

bool belongsTo(const StreamStatus &s, const SyncRow &sync)
{
    const QString variant = sync.variant.isEmpty() ? u"base"_s : sync.variant;
    return s.key.integration == sync.integration && s.key.connectionId == sync.connectionId &&
           s.syncName == sync.name && s.key.variant == variant;
}

} // namespace

SyncSummary summarize(const SyncRow &sync, const QList<StreamStatus> &streams)
{
    SyncSummary out;
    QList<StreamStatus> mine;
    for (const StreamStatus &s : streams)
        if (belongsTo(s, sync))
            mine.append(s);
    out.streams = rollUp(mine);
    out.schedulePaused = schedulePaused(sync);
    out.runningOnNango = sync.status == u"RUNNING";
    out.failedOnNango = sync.status == u"ERROR";
    return out;
}

ConnectionSummary summarize(const ConnectionRow &c, const QList<SyncRow> &syncs,
                            const QList<StreamStatus> &streams)
{
    ConnectionSummary out;
    for (const QJsonValue &e : c.errors) {
        const QString type = e.toObject().value(u"type"_s).toString();
        out.authError = out.authError || type == u"auth";
        out.syncError = out.syncError || type == u"sync";
    }
    for (const SyncRow &sync : syncs) {
        if (sync.integration != c.integration || sync.connectionId != c.connectionId)
            continue;
        ++out.syncs;
        out.syncError = out.syncError || sync.status == u"ERROR";
        out.pausedSyncs += schedulePaused(sync);
    }
    QList<StreamStatus> mine;
    for (const StreamStatus &s : streams)
        if (s.key.integration == c.integration && s.key.connectionId == c.connectionId)
            mine.append(s);
    out.streams = rollUp(mine);
    out.pullFailing = out.streams.count(SyncState::Failed) + out.streams.count(SyncState::BackingOff) > 0;
    return out;
}

bool isSettled(SyncState state)
{
    return state == SyncState::UpToDate || state == SyncState::Paused || state == SyncState::NeverRun ||
           state == SyncState::FailedOnNango;
}

bool needsExplaining(const StreamStatus &s)
{
    return (s.state != SyncState::UpToDate && s.state != SyncState::Paused &&
            s.state != SyncState::NeverRun) ||
           s.drift || s.massDeleted > 0;
}

} // namespace Status
} // namespace nd
