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
    // A connection's webhook_url_override ("" clears it): Nango then sends that connection's
    // webhooks to this URL only, instead of the environment's primary and secondary URLs.
    void setWebhookUrl(const QString &integration, const QString &connectionId, const QString &url,
                       Done done);
    using UrlDone = std::function<void(bool ok, const QString &url, const QString &error)>;
    void webhookUrl(const QString &integration, const QString &connectionId, UrlDone done);

private:
    void journalCall(const QString &action, const SyncSelector &target, ApiCall *call, Done done,
                     std::function<void()> onSuccess = {}, const QString &targetText = {});
    QList<Stream> streamsForSelector(const SyncSelector &target);
    bool refusedReadOnly(const Done &done);

    SyncEngine &m_engine;
};

} // namespace nd
