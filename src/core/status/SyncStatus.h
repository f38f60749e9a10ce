#pragma once

#include "cache/ReadStore.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace nd {

// The one answer to "how is this sync?", for the Syncs table's badge, the status bar, the tray,
// notifications and `nango-desk-cli status`. Nothing else computes a sync's state.
enum class SyncState {
    UpToDate,      // the last pull succeeded and nothing says the server moved since
    Pulling,       // a pull is under way (pages and records so far)
    Due,           // the server moved (or a pull is queued): records are waiting
    BackingOff,    // the last pull failed for a passing reason; it is retried at a known time
    Failed,        // the last pull failed and a person must act (key, URL, disk, ...)
    Paused,        // Nango's schedule is paused; the cache holds what Nango had
    FailedOnNango, // Nango's last run failed (its error beside)
    NeverRun,      // Nango has not run the sync yet
    Unknown,       // no server status yet: never shown as up to date
};

// The engine's connection to the server, for the top of every screen.
struct ServerHealth
{
    enum class State { Unknown, Ok, Failing, NoKey };
    State state = State::Unknown;
    QString error;        // for a person: what happened and what to do
    QString kind;         // ApiError::kindName() of the failure
    qint64 sinceUs = 0;   // when the current state began
    qint64 retryAtUs = 0; // failing: the next automatic try
    qint64 lastOkUs = 0;  // the last answer that was Nango's
};

// What the engine of this process knows that the cache does not say (yet).
struct LivePull
{
    bool queued = false;
    QString queuedBecause;
    bool running = false;
    int pages = 0;
    qint64 records = 0;
};

struct LiveFailure
{
    QString error;
    QString kind;
    qint64 atUs = 0;
    qint64 retryAtUs = 0;
};

struct LiveState
{
    QHash<qint64, LivePull> pulls;
    // Pulls that failed in this session: a full disk may have refused to store the error itself.
    QHash<qint64, LiveFailure> failures;
    ServerHealth server;
};

struct StreamStatus
{
    SyncState state = SyncState::Unknown;
    qint64 streamId = 0;
    StreamKey key;
    QString syncName;
    QString serverStatus; // as Nango said: RUNNING | PAUSED | STOPPED | SUCCESS | ERROR
    qint64 localCount = 0;
    qint64 deletedCount = 0;
    std::optional<qint64> serverCount;
    bool countComparable = false; // Nango counts a variant under its base model: no comparison there
    bool drift = false;           // up to date, yet the server counts otherwise (after our last pull)
    int pages = 0;                // pulling: so far
    qint64 records = 0;
    QString dueBecause;
    QString error; // the last pull's error, with what to do
    QString errorKind;
    int failures = 0;
    qint64 retryAtUs = 0;
    QString nangoError;
    qint64 statusFetchedUs = 0; // when the server status was fetched
    qint64 lastOkUs = 0;        // when the last successful pull finished
    qint64 lastOkStartedUs = 0;
    qint64 lastAttemptUs = 0; // the last pull's end (or last page), whatever its outcome
    qint64 lastRunUs = 0;     // Nango's last finished run
    qint64 nextRunUs = 0;
    bool late = false; // Nango's next run is past by more than a poll interval
    bool runningOnNango = false;
    QString frequency;
    // The mass-delete guard's flag, until a person looked at the deleted records.
    qint64 massDeleted = 0;
    qint64 massDeleteOf = 0;
    qint64 massDeleteUs = 0;

    QString displaySync() const;
};

// One connection or one sync, rolled up from its streams.
struct StatusRollUp
{
    SyncState state = SyncState::Unknown;
    int streams = 0;
    QHash<int, int> counts; // SyncState -> streams in it
    int count(SyncState s) const { return counts.value(int(s)); }
};

namespace Status {

struct Context
{
    qint64 nowUs = 0;
    int pollIntervalSeconds = 300;
};

StreamStatus evaluate(const StreamFacts &facts, const LiveState &live, const Context &context);
QList<StreamStatus> evaluateAll(const QList<StreamFacts> &facts, const LiveState &live,
                                const Context &context);
// The worst of several (a failure first); "paused" only when every one is paused.
StatusRollUp rollUp(const QList<StreamStatus> &streams);

// Transient failures are retried and pass by themselves; the others need a person.
bool isTransient(const QString &errorKind);
bool isProblem(SyncState state); // failed, backing off, failed on Nango

QString name(SyncState state);  // machine form for scripts: up-to-date, backing-off, ...
QString label(SyncState state); // the badge, translated
// One or two sentences: the state, when it was known, and what to do.
QString describe(const StreamStatus &status, qint64 nowUs);
// "One pull removed 450 of 900 records (50%) at 10:02:03: …", or empty when the guard has nothing.
QString massDeleteNote(const StreamStatus &status);
QString describe(const ServerHealth &health, qint64 nowUs);
// "in 25 s", "in 3 min", "now".
QString countdown(qint64 atUs, qint64 nowUs);
QString clockTime(qint64 us); // local hh:mm:ss, with the date when not today

} // namespace Status
} // namespace nd

Q_DECLARE_METATYPE(nd::ServerHealth)
Q_DECLARE_METATYPE(nd::StreamStatus)
