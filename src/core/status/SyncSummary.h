#pragma once

#include "status/SyncStatus.h"

namespace nd {

// One sync of one connection as Nango schedules it, with its streams (one per model) rolled up.
struct SyncSummary
{
    StatusRollUp streams;
    // Nango's schedule is paused. While a run is in progress Nango reports RUNNING whatever the
    // schedule; a run without a next one scheduled belongs to a paused schedule (contract §2.7).
    bool schedulePaused = false;
    bool runningOnNango = false;
    bool failedOnNango = false;
    // What a person may ask of the schedule now.
    bool canPause() const { return !schedulePaused; }
    bool canResume() const { return schedulePaused; }
};

// One connection: its streams rolled up, and what its syncs and Nango's connection errors say.
struct ConnectionSummary
{
    StatusRollUp streams;
    int syncs = 0;
    int pausedSyncs = 0;
    bool authError = false; // Nango lists an auth error on the connection
    bool syncError = false; // Nango lists a sync error, or a run of one of its syncs failed
    bool pullFailing = false;
    // Paused only when every one of its syncs is.
    bool paused() const { return syncs > 0 && pausedSyncs == syncs; }
    bool ok() const { return !authError && !syncError && !pullFailing; }
};

namespace Status {

SyncSummary summarize(const SyncRow &sync, const QList<StreamStatus> &streams);
ConnectionSummary summarize(const ConnectionRow &connection, const QList<SyncRow> &syncs,
                            const QList<StreamStatus> &streams);

// The cache holds everything Nango has for the stream: its last pull succeeded and nothing moved
// since (or Nango has nothing new to give: a paused schedule, a sync never run, a failed run).
// `sync` exits 0 only when every stream it was asked for is settled.
bool isSettled(SyncState state);
// Worth a line of explanation beside a table: not settled, or counts that differ.
bool needsExplaining(const StreamStatus &status);

} // namespace Status
} // namespace nd
