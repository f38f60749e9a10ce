#pragma once

#include "api/NangoClient.h"
#include "cache/RecordStore.h"

#include <QObject>

#include <functional>
#include <optional>

namespace nd {

class SyncEngine;

// What a person asks of Nango's schedules (trigger, full resync, pause, resume, frequency), for
// one engine: refused before anything is sent when the role may only read the cache; each call
// and its result lands in the journal; the status is fetched again after it.
class AdminActions : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(bool ok, const QString &error)>;

    explicit AdminActions(SyncEngine &engine);

    void trigger(const SyncSelector &target, ResyncMode mode, Done done);
    void pause(const SyncSelector &target, Done done);
    void start(const SyncSelector &target, Done done);
    void setFrequency(const QString &integration, const QString &connectionId, const QString &sync,
                      const QString &variant, const std::optional<QString> &frequency, Done done);

private:
    void journalCall(const QString &action, const SyncSelector &target, ApiCall *call, Done done,
                     std::function<void()> onSuccess = {});
    QList<Stream> streamsForSelector(const SyncSelector &target);
    bool refusedReadOnly(const Done &done);

    SyncEngine &m_engine;
};

} // namespace nd
