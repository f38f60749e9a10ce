#include "sync/WebhookRouter.h"

#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace nd {

using namespace Qt::StringLiterals;

WebhookRouter::WebhookRouter(SyncEngine &engine)
    : QObject(&engine)
    , m_engine(engine)
{}

void WebhookRouter::handle(const WebhookDelivery &d)
{
    JournalStore &journal = m_engine.journal();
    WebhookLogEntry e;
    e.profileId = m_engine.profile().id;
    e.remote = d.remote;
    e.headersJson = d.headersJson;
    e.body = d.body.left(256 * 1024);
    e.bodySize = d.bodySize;
    e.signature = d.signature;
    e.verifiedBy = d.verifiedBy;
    const QJsonObject p = d.payload;
    e.type = p.value(u"type"_s).toString();
    e.integration = p.value(u"providerConfigKey"_s).toString();
    e.connectionId = p.value(u"connectionId"_s).toString();
    e.model = p.value(u"model"_s).toString();
    auto log = [&]() {
        journal.logWebhook(e);
        Q_EMIT m_engine.webhookLogged();
    };
    if (!d.accepted) {
        e.outcome = u"rejected (%1): %2"_s.arg(d.httpStatus).arg(d.reason);
        log();
        return;
    }
    if (p.value(u"from"_s).toString() == QLatin1String(kTestSender)) {
        e.outcome = u"accepted"_s;
        e.triggered = tr("test webhook: the signature was verified; nothing is pulled");
        log();
        return;
    }
    const QString variant = p.value(u"syncVariant"_s).toString(u"base"_s);
    const QString syncName = p.value(u"syncName"_s).toString();
    const qint64 profile = m_engine.profile().id;
    if (e.type == u"sync" && p.value(u"success"_s).toBool()) {
        // No delivery id exists: the same run's webhook for the same model is a duplicate.
        const QByteArray key =
            QJsonDocument(QJsonArray{e.connectionId, e.integration, syncName, variant, e.model,
                                     p.value(u"modifiedAfter"_s), p.value(u"checkpoints"_s)})
                .toJson(QJsonDocument::Compact);
        e.dedupeKey = QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex());
        if (!d.replayOf && journal.seenWebhook(e.profileId, e.dedupeKey)) {
            e.outcome = u"duplicate"_s;
            log();
            return;
        }
        const Stream s = m_engine.records().ensureStream(
            {profile, e.integration, e.connectionId, e.model, variant}, syncName);
        e.outcome = u"accepted"_s;
        e.triggered = d.replayOf ? tr("replay of #%1: pull %2").arg(d.replayOf).arg(describeStream(s.key))
                                 : tr("pull %1").arg(describeStream(s.key));
        log();
        m_engine.requestPull(s.id, u"webhook"_s, tr("a webhook announced new records"));
        m_engine.refreshStatusSoon(e.integration);
    } else if (e.type == u"sync") {
        e.outcome = u"accepted"_s;
        e.triggered = tr("sync status refresh");
        log();
        const QString description = p.value(u"error"_s).toObject().value(u"description"_s).toString();
        m_engine.catalog().setNangoError(profile, e.integration, e.connectionId, syncName, variant,
                                         description.isEmpty() ? tr("no description") : description);
        Q_EMIT m_engine.syncFailed(e.integration, e.connectionId, syncName, description);
        m_engine.refreshStatusSoon(e.integration);
    } else if (e.type == u"auth") {
        e.outcome = u"accepted"_s;
        e.triggered = tr("catalog refresh");
        log();
        Q_EMIT m_engine.authEvent(e.integration, e.connectionId, p.value(u"success"_s).toBool(),
                                  p.value(u"error"_s).toObject().value(u"description"_s).toString());
        const QString integration = e.integration;
        const QString connection = e.connectionId;
        m_engine.refreshCatalog([this, integration, connection](bool ok, const QString &) {
            if (!ok)
                return;
            for (const Stream &s : m_engine.records().streams(m_engine.profile().id, integration, connection))
                m_engine.requestPull(s.id, u"webhook"_s, tr("the connection was authorized again"));
        });
    } else if (e.type == u"async_action") {
        e.outcome = u"accepted"_s;
        log();
        const QJsonObject payload = p.value(u"payload"_s).toObject();
        Q_EMIT m_engine.asyncActionCompleted(payload.value(u"id"_s).toString(),
                                             payload.value(u"statusUrl"_s).toString());
    } else {
        e.outcome = u"accepted"_s;
        e.triggered = tr("logged only");
        log();
    }
}

} // namespace nd
