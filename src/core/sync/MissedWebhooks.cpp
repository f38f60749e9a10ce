#include "sync/MissedWebhooks.h"

#include "sync/SyncEngine.h"
#include "util/Logging.h"
#include "util/Timestamp.h"

#include <QTimer>

#include <algorithm>

namespace nd {

using namespace Qt::StringLiterals;

MissedWebhooks::MissedWebhooks(SyncEngine &engine)
    : QObject(&engine)
    , m_engine(engine)
{}

void MissedWebhooks::runFinished(const Run &run)
{
    if (run.changes <= 0 || run.previousFinishedAt.isEmpty() || m_engine.config().missedWebhookGraceMs <= 0)
        return;
    const auto finished = Timestamp::parseMicros(run.finishedAt.toUtf8());
    if (!finished)
        return;
    // Looked at once the grace after the run's end has passed (at once when it passed already).
    const qint64 waitMs = std::max<qint64>(0, (*finished - Timestamp::nowMicros()) / 1000 +
                                                  m_engine.config().missedWebhookGraceMs);
    QTimer::singleShot(std::chrono::milliseconds(waitMs), this, [this, run]() { check(run); });
}

void MissedWebhooks::check(const Run &run)
{
    const auto after = Timestamp::parseMicros(run.previousFinishedAt.toUtf8());
    const auto until = Timestamp::parseMicros(run.finishedAt.toUtf8());
    if (!after || !until)
        return;
    JournalStore &journal = m_engine.journal();
    const qint64 profile = m_engine.profile().id;
    if (journal.webhookForRun(profile, run.integration, run.connectionId, run.sync, run.variant, run.model,
                              *after, *until))
        return;
    WebhookLogEntry e;
    e.profileId = profile;
    e.headersJson = "{}";
    e.signature = u"none"_s;
    e.type = u"sync"_s;
    e.integration = run.integration;
    e.connectionId = run.connectionId;
    e.model = run.model;
    e.outcome = u"missed"_s;
    e.triggered =
        tr("Nango finished a run of %1 at %2 with %n change(s); no verified webhook for it came "
           "within %3 s. Check the environment's webhook URL and signing key in Nango (or the "
           "connection's override); the poll pulled the changes.",
           nullptr, int(std::min<qint64>(run.changes, 1000000000)))
            .arg(run.variant == u"base" ? run.sync : run.sync + u"::"_s + run.variant, run.finishedAt)
            .arg(m_engine.config().missedWebhookGraceMs / 1000);
    qCWarning(lcWebhook).noquote() << "missed webhook:" << run.integration << run.connectionId << run.model
                                   << "run finished" << run.finishedAt;
    journal.logWebhook(e);
    Q_EMIT m_engine.webhookLogged();
}

} // namespace nd
