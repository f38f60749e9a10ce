#include "status/SyncStatus.h"

#include "util/Timestamp.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace nd {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("nd::Status", text, disambiguation, n);
}

qint64 micros(const QString &iso)
{
    return iso.isEmpty() ? 0 : Timestamp::parseMicros(iso.toLatin1()).value_or(0);
}

// Rank for roll-ups: the lower, the more a person must see it.
int severity(SyncState s)
{
    switch (s) {
    case SyncState::Failed:
        return 0;
    case SyncState::BackingOff:
        return 1;
    case SyncState::FailedOnNango:
        return 2;
    case SyncState::Pulling:
        return 3;
    case SyncState::Due:
        return 4;
    case SyncState::Unknown:
        return 5;
    case SyncState::NeverRun:
        return 6;
    case SyncState::UpToDate:
        return 7;
    case SyncState::Paused:
        return 8;
    }
    return 9;
}

} // namespace

QString StreamStatus::displaySync() const
{
    return key.variant.isEmpty() || key.variant == u"base" ? syncName : syncName + u"::"_s + key.variant;
}

namespace Status {

bool isTransient(const QString &kind)
{
    return kind == u"network" || kind == u"timeout" || kind == u"server" || kind == u"rate-limited";
}

bool isProblem(SyncState s)
{
    return s == SyncState::Failed || s == SyncState::BackingOff || s == SyncState::FailedOnNango;
}

StreamStatus evaluate(const StreamFacts &f, const LiveState &live, const Context &c)
{
    StreamStatus s;
    const Stream &st = f.stream;
    s.streamId = st.id;
    s.key = st.key;
    s.syncName = st.syncName;
    s.localCount = st.liveCount;
    s.deletedCount = st.deletedCount;
    s.lastOkUs = micros(st.lastOkAt);
    s.lastOkStartedUs = micros(st.lastOkStartedAt);
    s.lastAttemptUs = micros(st.lastPullAt);
    s.failures = st.failures;
    s.countComparable = st.key.variant.isEmpty() || st.key.variant == u"base";
    s.massDeleted = st.massDeleted;
    s.massDeleteOf = st.massDeleteOf;
    s.massDeleteUs = micros(st.massDeleteAt);
    if (f.sync) {
        const SyncRow &sync = *f.sync;
        s.serverStatus = sync.status;
        s.frequency = sync.frequency;
        s.statusFetchedUs = micros(sync.fetchedAt);
        s.lastRunUs = micros(sync.finishedAt);
        s.nextRunUs = micros(sync.nextScheduledAt);
        s.nangoError = sync.nangoError;
        s.runningOnNango = sync.status == u"RUNNING";
        if (sync.recordCount.contains(st.key.model))
            s.serverCount = sync.recordCount.value(st.key.model).toInteger();
        s.late =
            s.nextRunUs > 0 && sync.status != u"PAUSED" && sync.status != u"RUNNING" &&
            s.nextRunUs < c.nowUs - qint64(c.pollIntervalSeconds > 0 ? c.pollIntervalSeconds : 300) * 1000000;
    }
    const LivePull pull = live.pulls.value(st.id);

    // 1. A pull under way, in this process or (by its history entry) in another.
    if (pull.running || (f.lastPull && f.lastPull->outcome == u"running")) {
        s.state = SyncState::Pulling;
        s.pages = pull.running ? pull.pages : f.lastPull->pages;
        s.records =
            pull.running ? pull.records : f.lastPull->added + f.lastPull->updated + f.lastPull->deleted;
        return s;
    }
    // 2. The last pull failed: the engine's word if it is newer than what the cache holds.
    const auto liveFailure = live.failures.constFind(st.id);
    if (liveFailure != live.failures.constEnd() && liveFailure->atUs >= s.lastOkUs) {
        s.error = liveFailure->error;
        s.errorKind = liveFailure->kind;
        s.retryAtUs = liveFailure->retryAtUs;
        s.failures = std::max(s.failures, 1);
    } else if (st.lastOutcome == u"failed") {
        s.error = st.lastError;
        s.errorKind = st.errorKind;
        s.retryAtUs = st.retryAfterUs;
    }
    if (!s.error.isEmpty()) {
        s.state = isTransient(s.errorKind) ? SyncState::BackingOff : SyncState::Failed;
        return s;
    }
    // 3. Nango's own run failed.
    if (f.sync && f.sync->status == u"ERROR") {
        s.state = SyncState::FailedOnNango;
        return s;
    }
    // 4. A pull is waiting in this process's queue.
    if (pull.queued) {
        s.state = SyncState::Due;
        s.dueBecause = pull.queuedBecause.isEmpty() ? tr("a pull is queued") : pull.queuedBecause;
        return s;
    }
    if (!f.sync) {
        s.state = SyncState::Unknown;
        return s;
    }
    const SyncRow &sync = *f.sync;
    const bool nangoRan = s.lastRunUs > 0 || !sync.latestResult.isEmpty();
    // 5. The server moved after our last good pull began.
    if (s.lastOkUs == 0) {
        if (nangoRan) {
            s.state = SyncState::Due;
            s.dueBecause = tr("never pulled");
            return s;
        }
    } else if (st.lastOkRunSeen.isEmpty() ? s.lastRunUs > s.lastOkStartedUs
                                          : s.lastRunUs > micros(st.lastOkRunSeen)) {
        // Compared with the run known when the pull began (no clock of ours in it), where known.
        s.state = SyncState::Due;
        s.dueBecause =
            tr("Nango finished a run at %1, after the last pull began").arg(clockTime(s.lastRunUs));
        return s;
    }
    if (sync.status == u"PAUSED") {
        s.state = SyncState::Paused;
    } else if (!nangoRan) {
        s.state = SyncState::NeverRun;
        return s;
    } else {
        s.state = SyncState::UpToDate;
    }
    // Drift only from a count taken after our last pull ended, and only where Nango counts this
    // very model (a variant is counted under its base model).
    s.drift = s.countComparable && s.serverCount && s.statusFetchedUs > s.lastOkUs &&
              *s.serverCount != s.localCount;
    return s;
}

QList<StreamStatus> evaluateAll(const QList<StreamFacts> &facts, const LiveState &live,
                                const Context &context)
{
    QList<StreamStatus> out;
    out.reserve(facts.size());
    for (const StreamFacts &f : facts)
        out.append(evaluate(f, live, context));
    return out;
}

StatusRollUp rollUp(const QList<StreamStatus> &streams)
{
    StatusRollUp r;
    r.streams = int(streams.size());
    if (streams.isEmpty())
        return r;
    SyncState worst = SyncState::Paused;
    bool allPaused = true;
    for (const StreamStatus &s : streams) {
        r.counts[int(s.state)] += 1;
        allPaused = allPaused && s.state == SyncState::Paused;
        if (s.state != SyncState::Paused &&
            (worst == SyncState::Paused || severity(s.state) < severity(worst)))
            worst = s.state;
    }
    r.state = allPaused ? SyncState::Paused : worst;
    return r;
}

QString name(SyncState state)
{
    switch (state) {
    case SyncState::UpToDate:
        return u"up-to-date"_s;
    case SyncState::Pulling:
        return u"pulling"_s;
    case SyncState::Due:
        return u"due"_s;
    case SyncState::BackingOff:
        return u"backing-off"_s;
    case SyncState::Failed:
        return u"failed"_s;
    case SyncState::Paused:
        return u"paused"_s;
    case SyncState::FailedOnNango:
        return u"nango-failed"_s;
    case SyncState::NeverRun:
        return u"never-run"_s;
    case SyncState::Unknown:
        return u"unknown"_s;
    }
    return {};
}

QString label(SyncState state)
{
    switch (state) {
    case SyncState::UpToDate:
        return tr("Up to date");
    case SyncState::Pulling:
        return tr("Pulling");
    case SyncState::Due:
        return tr("Pull due");
    case SyncState::BackingOff:
        return tr("Retrying");
    case SyncState::Failed:
        return tr("Failed");
    case SyncState::Paused:
        return tr("Paused");
    case SyncState::FailedOnNango:
        return tr("Failed on Nango");
    case SyncState::NeverRun:
        return tr("Never run");
    case SyncState::Unknown:
        return tr("Unknown");
    }
    return {};
}

QString clockTime(qint64 us)
{
    if (us <= 0)
        return tr("never");
    const QDateTime t = Timestamp::toDateTime(us).toLocalTime();
    const bool today = t.date() == QDate::currentDate();
    return today ? t.toString(u"HH:mm:ss"_s) : t.toString(u"yyyy-MM-dd HH:mm"_s);
}

QString countdown(qint64 atUs, qint64 nowUs)
{
    const qint64 s = (atUs - nowUs + 999999) / 1000000;
    if (s <= 0)
        return tr("now");
    if (s < 90)
        return tr("in %n s", nullptr, int(s));
    if (s < 5400)
        return tr("in %n min", nullptr, int((s + 30) / 60));
    return tr("in %n h", nullptr, int((s + 1800) / 3600));
}

static QString describeState(const StreamStatus &s, qint64 nowUs);

QString massDeleteNote(const StreamStatus &s)
{
    if (s.massDeleted <= 0)
        return {};
    return tr("One pull removed %L1 of %L2 records (%3%) at %4: Nango deleted them, or a wrong cursor or a "
              "bug made it say so. The deleted records are kept here: look at them (Records, \"Show "
              "deleted\"), and check the sync's logs in Nango.")
        .arg(s.massDeleted)
        .arg(s.massDeleteOf)
        .arg(s.massDeleteOf > 0 ? qRound(100.0 * double(s.massDeleted) / double(s.massDeleteOf)) : 0)
        .arg(clockTime(s.massDeleteUs));
}

QString describe(const StreamStatus &s, qint64 nowUs)
{
    const QString state = describeState(s, nowUs);
    const QString mass = massDeleteNote(s);
    return mass.isEmpty() ? state : state + u' ' + mass;
}

static QString describeState(const StreamStatus &s, qint64 nowUs)
{
    const QString asOf =
        s.lastOkUs ? tr("the last pull ended at %1").arg(clockTime(s.lastOkUs)) : tr("never pulled");
    const QString statusFrom = s.statusFetchedUs
                                   ? tr("Nango's status from %1").arg(clockTime(s.statusFetchedUs))
                                   : tr("no status from Nango yet");
    switch (s.state) {
    case SyncState::UpToDate: {
        QString text = tr("Up to date: %1; %2.").arg(asOf, statusFrom);
        if (s.drift)
            text +=
                u' ' + tr("Nango counts %L1 records, the cache holds %L2: a webhook may have been missed, or "
                          "Nango's count lags (it is not updated for every delete).")
                           .arg(*s.serverCount)
                           .arg(s.localCount);
        return text;
    }
    case SyncState::Pulling:
        return tr("Pulling: %n page(s), %L1 records so far.", nullptr, s.pages).arg(s.records);
    case SyncState::Due:
        return tr("A pull is due (%1); %2.").arg(s.dueBecause, statusFrom);
    case SyncState::BackingOff:
    case SyncState::Failed: {
        QString text = tr("The last pull failed at %1: %2").arg(clockTime(s.lastAttemptUs), s.error);
        if (s.retryAtUs > 0)
            text += u' ' + tr("Nango Desk tries again %1 (at %2); \"Pull now\" tries at once.")
                               .arg(countdown(s.retryAtUs, nowUs), clockTime(s.retryAtUs));
        return text;
    }
    case SyncState::Paused:
        return tr("Nango's schedule is paused: no new runs until it is resumed. The cache holds what Nango "
                  "had "
                  "(%1).")
            .arg(asOf);
    case SyncState::FailedOnNango:
        return s.nangoError.isEmpty()
                   ? tr("Nango's last run failed (the dashboard's logs say why). The cache holds what Nango "
                        "has (%1).")
                         .arg(asOf)
                   : tr("Nango's last run failed: %1. The cache holds what Nango has (%2).")
                         .arg(s.nangoError, asOf);
    case SyncState::NeverRun:
        return tr("Nango has not run this sync yet (%1).").arg(statusFrom);
    case SyncState::Unknown:
        return tr("No status from Nango yet: the state is not known.");
    }
    return {};
}

QString describe(const ServerHealth &h, qint64 nowUs)
{
    switch (h.state) {
    case ServerHealth::State::Unknown:
        return tr("Connecting to Nango…");
    case ServerHealth::State::Ok:
        return tr("Connected to Nango.");
    case ServerHealth::State::NoKey:
        return tr("No API key: add this environment's key in Settings.");
    case ServerHealth::State::Failing: {
        QString text = h.error;
        if (h.retryAtUs > 0)
            text += u' ' + tr("Trying again %1.").arg(countdown(h.retryAtUs, nowUs));
        return text;
    }
    }
    return {};
}

} // namespace Status
} // namespace nd
