#include "cache/JournalStore.h"

#include "cache/Sql.h"
#include "cache/sqlite/Database.h"
#include "util/Logging.h"
#include "util/Timestamp.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace nd {

using namespace Qt::StringLiterals;

qint64 JournalStore::countRepeat(const WebhookLogEntry &e, const QByteArray &now)
{
    // The newest row of this profile, if it is the same refusal from the same address, recent.
    const QByteArray since = Timestamp::toIsoMicros(Timestamp::nowMicros() - 60LL * 1000000);
    auto last = m_db.prepare("SELECT id, remote, outcome, coalesce(last_at, received_at) FROM webhook_log "
                             "WHERE profile_id IS NOT DISTINCT FROM ?1 ORDER BY id DESC LIMIT 1");
    last->bindIdOrNull(1, e.profileId);
    if (!last->step() || last->text(1) != e.remote || last->text(2) != e.outcome || last->bytes(3) < since)
        return 0;
    const qint64 id = last->int64(0);
    auto bump = m_db.prepare("UPDATE webhook_log SET repeats = repeats + 1, last_at = ?2 WHERE id = ?1");
    bump->bind(1, id).bind(2, now);
    return bump->run() ? id : 0;
}

void JournalStore::pruneRejected()
{
    // Rejected rows past either cap go, oldest first: past the row count, then past the bytes of
    // body and headers (newest kept first).
    auto rows =
        m_db.prepare("DELETE FROM webhook_log WHERE outcome LIKE 'rejected%' AND id < (SELECT id FROM "
                     "webhook_log WHERE outcome LIKE 'rejected%' ORDER BY id DESC LIMIT 1 OFFSET ?1)");
    rows->bind(1, qint64(std::max(0, m_maxRejectedRows - 1)));
    auto bytes = m_db.prepare(
        "DELETE FROM webhook_log WHERE outcome LIKE 'rejected%' AND id <= (SELECT id FROM (SELECT id, "
        "sum(coalesce(length(body), 0) + length(headers_json)) OVER (ORDER BY id DESC) AS kept FROM "
        "webhook_log "
        "WHERE outcome LIKE 'rejected%') newest WHERE kept > ?1 ORDER BY id DESC LIMIT 1)");
    bytes->bind(1, std::max<qint64>(0, m_maxRejectedBytes));
    if (!rows->run() || !bytes->run())
        qCWarning(lcDb) << "cannot prune the webhook log:" << rows->error() << bytes->error();
}

qint64 JournalStore::logWebhook(const WebhookLogEntry &e)
{
    const QByteArray now =
        e.receivedAt.isEmpty() ? Timestamp::toIsoMicros(Timestamp::nowMicros()) : e.receivedAt.toUtf8();
    if (e.rejected())
        if (const qint64 id = countRepeat(e, now))
            return id;
    auto q = m_db.prepare(
        "INSERT INTO webhook_log (received_at, remote, headers_json, body, body_size, signature, type, "
        "provider_config_key, connection_id, model, outcome, triggered, dedupe_key, profile_id, verified_by) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15) RETURNING id");
    q->bind(1, now);
    const QByteArray body = e.rejected() ? e.body.left(kRejectedBodyBytes) : e.body;
    q->bind(2, e.remote).bind(3, e.headersJson).bindBlob(4, body).bind(5, e.bodySize).bind(6, e.signature);
    q->bindOrNull(7, e.type.toUtf8())
        .bindOrNull(8, e.integration.toUtf8())
        .bindOrNull(9, e.connectionId.toUtf8());
    q->bindOrNull(10, e.model.toUtf8()).bind(11, e.outcome).bindOrNull(12, e.triggered.toUtf8());
    q->bindOrNull(13, e.dedupeKey.toUtf8());
    q->bindIdOrNull(14, e.profileId);
    q->bindOrNull(15, e.verifiedBy.toUtf8());
    if (!q->step()) {
        qCWarning(lcDb) << "cannot log webhook:" << q->error();
        return 0;
    }
    const qint64 id = q->int64(0);
    if (e.rejected())
        pruneRejected(); // a new row, rarely: a flood from one address is counted on one
    return id;
}

bool JournalStore::seenWebhook(qint64 profileId, const QString &dedupeKey)
{
    auto q = m_db.prepare("SELECT 1 FROM webhook_log WHERE dedupe_key = ?1 AND outcome = 'accepted' AND "
                          "(profile_id = ?2 OR profile_id IS NULL) LIMIT 1");
    q->bind(1, dedupeKey).bind(2, profileId);
    return q->step();
}

void JournalStore::setWebhookOutcome(qint64 id, const QString &outcome, const QString &triggered)
{
    auto q = m_db.prepare("UPDATE webhook_log SET outcome = ?2, triggered = ?3 WHERE id = ?1");
    q->bind(1, id).bind(2, outcome).bindOrNull(3, triggered.toUtf8());
    q->run();
}

namespace {

constexpr const char *kWebhookColumns =
    "id, received_at, remote, headers_json, body, body_size, signature, type, provider_config_key, "
    "connection_id, "
    "model, outcome, triggered, dedupe_key, profile_id, verified_by, repeats, last_at";

WebhookLogEntry readWebhook(const SqlQuery &q)
{
    WebhookLogEntry e;
    e.id = q.int64(0);
    e.receivedAt = q.text(1);
    e.remote = q.text(2);
    e.headersJson = q.bytes(3);
    e.body = q.bytes(4);
    e.bodySize = q.int64(5);
    e.signature = q.text(6);
    e.type = q.text(7);
    e.integration = q.text(8);
    e.connectionId = q.text(9);
    e.model = q.text(10);
    e.outcome = q.text(11);
    e.triggered = q.text(12);
    e.dedupeKey = q.text(13);
    e.profileId = q.int64(14);
    e.verifiedBy = q.text(15);
    e.repeats = int(q.int64(16));
    e.lastAt = q.text(17);
    return e;
}

} // namespace

QList<WebhookLogEntry> JournalStore::webhooks(qint64 profileId, int limit)
{
    auto q =
        m_db.prepare(QByteArray(QByteArray("SELECT ") + kWebhookColumns +
                                " FROM webhook_log WHERE profile_id = ?2 OR profile_id IS NULL ORDER BY id "
                                "DESC LIMIT ?1")
                         .constData());
    q->bind(1, qint64(limit)).bind(2, profileId);
    QList<WebhookLogEntry> out;
    while (q->step())
        out.append(readWebhook(*q));
    return out;
}

std::optional<WebhookLogEntry> JournalStore::webhook(qint64 id)
{
    auto q = m_db.prepare(
        QByteArray(QByteArray("SELECT ") + kWebhookColumns + " FROM webhook_log WHERE id = ?1").constData());
    q->bind(1, id);
    if (!q->step())
        return std::nullopt;
    return readWebhook(*q);
}

QHash<QString, int> JournalStore::missedWebhookCounts(qint64 profileId)
{
    auto q = m_db.prepare("SELECT provider_config_key, connection_id, count(*) FROM webhook_log WHERE "
                          "(profile_id = ?1 OR profile_id IS NULL) AND outcome = 'missed' GROUP BY "
                          "provider_config_key, connection_id");
    q->bind(1, profileId);
    QHash<QString, int> out;
    while (q->step())
        out.insert(q->text(0) + u'\x1f' + q->text(1), int(q->int64(2)));
    return out;
}

QHash<QString, JournalStore::WebhookRoute> JournalStore::webhookRoutes(qint64 profileId)
{
    auto q =
        m_db.prepare("SELECT provider_config_key, connection_id, request_json, at FROM admin_journal WHERE "
                     "profile_id = ?1 AND action = 'webhook-url' AND outcome = 'ok' ORDER BY id");
    q->bind(1, profileId);
    QHash<QString, WebhookRoute> out;
    while (q->step()) // the newest last: it wins
        out.insert(q->text(0) + u'\x1f' + q->text(1),
                   {QJsonDocument::fromJson(q->bytes(2)).object().value(u"webhook_url_override"_s).toString(),
                    q->text(3)});
    return out;
}

bool JournalStore::webhookForRun(qint64 profileId, const QString &integration, const QString &connectionId,
                                 const QString &sync, const QString &variant, const QString &model,
                                 qint64 afterUs, qint64 untilUs)
{
    // The newest few of that connection and model are enough: a run's webhook comes within seconds.
    auto q =
        m_db.prepare("SELECT body FROM webhook_log WHERE (profile_id = ?1 OR profile_id IS NULL) AND "
                     "provider_config_key = ?2 AND connection_id = ?3 AND model = ?4 AND type = 'sync' AND "
                     "signature IN ('valid', 'legacy-valid') ORDER BY id DESC LIMIT 200");
    q->bind(1, profileId).bind(2, integration).bind(3, connectionId).bind(4, model);
    while (q->step()) {
        const QJsonObject p = QJsonDocument::fromJson(q->bytes(0)).object();
        if (p.value(u"syncName"_s).toString() != sync ||
            p.value(u"syncVariant"_s).toString(u"base"_s) != variant)
            continue;
        const auto started = Timestamp::parseMicros(p.value(u"modifiedAfter"_s).toString().toUtf8());
        if (started && *started > afterUs && *started <= untilUs)
            return true;
    }
    return false;
}

qint64 JournalStore::journal(const JournalEntry &e)
{
    auto q = m_db.prepare(
        "INSERT INTO admin_journal (at, profile_id, action, provider_config_key, connection_id, target, "
        "request_json, http_status, outcome, message) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) "
        "RETURNING id");
    q->bind(1, Timestamp::toIsoMicros(Timestamp::nowMicros())).bind(2, e.profileId).bind(3, e.action);
    q->bindOrNull(4, e.integration.toUtf8())
        .bindOrNull(5, e.connectionId.toUtf8())
        .bindOrNull(6, e.target.toUtf8());
    q->bindOrNull(7, e.requestJson)
        .bind(8, qint64(e.httpStatus))
        .bind(9, e.outcome)
        .bindOrNull(10, e.message.toUtf8());
    if (!q->step()) {
        qCWarning(lcDb) << "cannot write the admin journal:" << q->error();
        return 0;
    }
    return q->int64(0);
}

QList<JournalEntry> JournalStore::journalEntries(qint64 profileId, int limit)
{
    auto q = m_db.prepare("SELECT id, at, profile_id, action, provider_config_key, connection_id, target, "
                          "request_json, http_status, outcome, message FROM admin_journal "
                          "WHERE profile_id = ?1 ORDER BY id DESC LIMIT ?2");
    q->bind(1, profileId).bind(2, qint64(limit));
    QList<JournalEntry> out;
    while (q->step()) {
        JournalEntry e;
        e.id = q->int64(0);
        e.at = q->text(1);
        e.profileId = q->int64(2);
        e.action = q->text(3);
        e.integration = q->text(4);
        e.connectionId = q->text(5);
        e.target = q->text(6);
        e.requestJson = q->bytes(7);
        e.httpStatus = int(q->int64(8));
        e.outcome = q->text(9);
        e.message = q->text(10);
        out.append(e);
    }
    return out;
}

} // namespace nd
