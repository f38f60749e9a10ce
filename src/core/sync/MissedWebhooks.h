#pragma once

#include <QObject>
#include <QString>

namespace nd {

class SyncEngine;

// Missed-webhook detection: when /sync/status shows that Nango finished a run with changes for a
// model, and no verified webhook for that run has come within a grace period (Nango retries a 5xx at
// about +3 s and +9 s), the webhook log gets a "missed" entry: what a person needs to debug their
// Nango webhook settings. A webhook is matched to its run by connection, sync, variant, model and
// modifiedAfter (the run's start: after the previous run finished, not after this one), never by
// startedAt (a failed run's webhook carries the previous run's).
class MissedWebhooks : public QObject
{
    Q_OBJECT
public:
    struct Run
    {
        QString integration;
        QString connectionId;
        QString sync;
        QString variant;
        QString model;
        QString previousFinishedAt; // ISO; the run began after it
        QString finishedAt;         // ISO
        qint64 changes = 0;         // added + updated + deleted (Nango's latestResult)
    };

    explicit MissedWebhooks(SyncEngine &engine);
    void runFinished(const Run &run);

private:
    void check(const Run &run);

    SyncEngine &m_engine;
};

} // namespace nd
