#include "sync/AdminActions.h"

#include "sync/SyncEngine.h"
#include "util/Timestamp.h"

namespace nd {

using namespace Qt::StringLiterals;

AdminActions::AdminActions(SyncEngine &engine)
    : QObject(&engine)
    , m_engine(engine)
{}

QList<Stream> AdminActions::streamsForSelector(const SyncSelector &target)
{
    QList<Stream> out;
    for (const Stream &s :
         m_engine.records().streams(m_engine.profile().id, target.integration, target.connectionId)) {
        bool match = target.syncs.isEmpty();
        for (const QString &sync : target.syncs) {
            const QString name = sync.section(u"::"_s, 0, 0);
            const QString variant = sync.contains(u"::"_s) ? sync.section(u"::"_s, 1) : u"base"_s;
            match = match || (s.syncName == name && s.key.variant == variant);
        }
        if (match)
            out.append(s);
    }
    return out;
}

void AdminActions::journalCall(const QString &action, const SyncSelector &target, ApiCall *call, Done done,
                               std::function<void()> onSuccess, const QString &targetText)
{
    connect(call, &ApiCall::finished, this, [=]() {
        call->deleteLater();
        JournalEntry e;
        e.profileId = m_engine.profile().id;
        e.action = action;
        e.integration = target.integration;
        e.connectionId = target.connectionId;
        e.target = !targetText.isEmpty()    ? targetText
                   : target.syncs.isEmpty() ? tr("all syncs")
                                            : target.syncs.join(u", "_s);
        e.requestJson = call->request().body;
        e.httpStatus = call->status();
        e.outcome = call->ok() ? u"ok"_s : u"failed"_s;
        e.message = call->ok() ? QString::fromUtf8(call->body().left(500)) : call->error().userMessage();
        m_engine.journal().journal(e);
        Q_EMIT m_engine.journalChanged();
        if (call->ok() && onSuccess)
            onSuccess();
        // What the action changed shows at once: the status is fetched again.
        m_engine.refreshStatusSoon(target.integration);
        done(call->ok(), call->ok() ? QString() : call->error().userMessage());
    });
}

bool AdminActions::refusedReadOnly(const Done &done)
{
    if (!m_engine.isReadOnly())
        return false;
    // Before anything is sent to Nango.
    done(false,
         tr("This role may only read the shared cache: admin actions are for whoever runs its watcher."));
    return true;
}

void AdminActions::trigger(const SyncSelector &target, ResyncMode mode, Done done)
{
    if (refusedReadOnly(done))
        return;
    const qint64 requestedAt = Timestamp::nowMicros();
    const QString action = mode == ResyncMode::Incremental ? u"trigger"_s
                           : mode == ResyncMode::Reset     ? u"resync"_s
                                                           : u"resync-empty-cache"_s;
    journalCall(action, target, m_engine.client().triggerSync(target, mode), done,
                [this, target, mode, requestedAt]() {
                    if (mode != ResyncMode::ResetAndEmptyCache)
                        return;
                    // Nango hard-deletes the records: every stored cursor now means nothing. Start a new
                    // generation; the old rows stay until the new pull completes.
                    for (const Stream &s : streamsForSelector(target))
                        m_engine.records().startNewGeneration(s.id, requestedAt);
                });
}

void AdminActions::pause(const SyncSelector &target, Done done)
{
    if (refusedReadOnly(done))
        return;
    journalCall(u"pause"_s, target, m_engine.client().pauseSyncs(target), done);
}

void AdminActions::start(const SyncSelector &target, Done done)
{
    if (refusedReadOnly(done))
        return;
    journalCall(u"start"_s, target, m_engine.client().startSyncs(target), done);
}

void AdminActions::setFrequency(const QString &integration, const QString &connectionId, const QString &sync,
                                const QString &variant, const std::optional<QString> &frequency, Done done)
{
    if (refusedReadOnly(done))
        return;
    SyncSelector target{integration,
                        connectionId,
                        {variant == u"base" || variant.isEmpty() ? sync : sync + u"::"_s + variant}};
    journalCall(u"frequency"_s, target,
                m_engine.client().updateFrequency(integration, connectionId, sync, variant, frequency), done);
}

void AdminActions::setWebhookUrl(const QString &integration, const QString &connectionId, const QString &url,
                                 Done done)
{
    if (refusedReadOnly(done))
        return;
    const SyncSelector target{integration, connectionId, {}};
    journalCall(u"webhook-url"_s, target,
                m_engine.client().patchConnection(integration, connectionId,
                                                  QJsonObject{{u"webhook_url_override"_s, url}}),
                done, {},
                url.isEmpty() ? tr("webhooks to the environment's URLs") : tr("webhooks to %1").arg(url));
}

void AdminActions::webhookUrl(const QString &integration, const QString &connectionId, UrlDone done)
{
    ApiCall *call = m_engine.client().getConnection(integration, connectionId);
    connect(call, &ApiCall::finished, this, [call, done]() {
        call->deleteLater();
        if (!call->ok()) {
            done(false, {}, call->error().userMessage());
            return;
        }
        // GET /connections/{id} shows the override at the top level (null when none).
        done(true, call->json().object().value(u"webhook_url_override"_s).toString(), {});
    });
}

} // namespace nd
