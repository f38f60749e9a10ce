#include "cache/JournalStore.h"
#include "cache/Sql.h"
#include "cache/SqlReadStore.h"
#include "cache/Store.h"
#include "util/Translate.h"

#include <algorithm>

// The activity feed: webhooks, admin actions and pulls, newest first (SqlReadStore's, in a file of
// its own).
namespace nd {

using namespace Qt::StringLiterals;

QList<ActivityItem> SqlReadStore::activity(qint64 profileId, int limit)
{
    auto tr = [](const char *text) { return trIn("nd::SqlReadStore", text); };
    QList<ActivityItem> items;
    for (const WebhookLogEntry &w : m_store->journal().webhooks(profileId, limit)) {
        ActivityItem a;
        a.at = w.receivedAt;
        a.kind = u"webhook"_s;
        a.integration = w.integration;
        a.connectionId = w.connectionId;
        a.model = w.model;
        a.summary = tr("%1 webhook, signature %2%3")
                        .arg(w.type.isEmpty() ? tr("unknown") : w.type, w.signature,
                             w.triggered.isEmpty() ? QString() : u" → "_s + w.triggered);
        if (w.verifiedBy == u"previous")
            a.summary += tr(" (verified with the signing key replaced minutes ago)");
        a.outcome = w.outcome;
        if (w.repeats > 1)
            a.outcome = tr("%1 — %2 times from %3, the last at %4")
                            .arg(w.outcome)
                            .arg(w.repeats)
                            .arg(w.remote, w.lastAt);
        a.failed = w.outcome.startsWith(u"rejected"_s) || w.outcome == u"missed";
        a.webhookId = w.id;
        a.replayable = !a.failed && w.type == u"sync" &&
                       (w.signature == u"valid" || w.signature == u"legacy-valid") &&
                       w.body.size() >= w.bodySize;
        items.append(a);
    }
    for (const JournalEntry &j : m_store->journal().journalEntries(profileId, limit)) {
        ActivityItem a;
        a.at = j.at;
        a.kind = u"admin"_s;
        a.integration = j.integration;
        a.connectionId = j.connectionId;
        a.summary = u"%1 (%2)"_s.arg(j.action, j.target);
        a.outcome = j.outcome == u"ok" ? u"ok"_s : j.message;
        a.failed = j.outcome != u"ok";
        items.append(a);
    }
    auto q = m_store->db().prepare(
        "SELECT h.started_at, s.provider_config_key, s.connection_id, s.model, s.variant, h.trigger, "
        "h.outcome, h.added, h.updated, h.deleted, h.error, h.dropped, h.pages FROM cursor_history h "
        "JOIN streams s ON s.id = h.stream_id WHERE s.profile_id = ?1 ORDER BY h.id DESC LIMIT ?2");
    q->bind(1, profileId).bind(2, qint64(limit));
    while (q->step()) {
        ActivityItem a;
        a.at = q->text(0);
        a.kind = u"pull"_s;
        a.integration = q->text(1);
        a.connectionId = q->text(2);
        a.model = q->text(3);
        a.variant = q->text(4);
        a.summary = tr("pull (%1): %2 added, %3 updated, %4 deleted in %5 page(s)%6")
                        .arg(q->text(5))
                        .arg(q->int64(7))
                        .arg(q->int64(8))
                        .arg(q->int64(9))
                        .arg(q->int64(12))
                        .arg(q->int64(11) ? tr(", %1 dropped").arg(q->int64(11)) : QString());
        const QString outcome = q->text(6);
        a.failed = outcome == u"failed" || outcome == u"interrupted";
        a.outcome = outcome == u"failed" ? q->text(10) : outcome;
        items.append(a);
    }
    std::stable_sort(items.begin(), items.end(),
                     [](const ActivityItem &x, const ActivityItem &y) { return x.at > y.at; });
    if (items.size() > limit)
        items.resize(limit);
    return items;
}

} // namespace nd
