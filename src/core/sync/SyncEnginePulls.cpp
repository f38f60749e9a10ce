// The pull queue of SyncEngine: what is asked for, in which order (pulls of mirrored streams before
// first mirrors), how many at once, backoff after failures, and what follows a pull's end (a rerun,
// a cursor recovery, a yielded backfill going on). The rest of the engine is in SyncEngine.cpp.
#include "cache/Store.h"
#include "sync/HealthMonitor.h"
#include "sync/SyncEngine.h"
#include "util/Logging.h"
#include "util/Timestamp.h"

#include <QRandomGenerator>

namespace nd {

using namespace Qt::StringLiterals;

namespace {

bool automaticTrigger(const QString &trigger)
{
    return trigger == u"webhook" || trigger == u"poll" || trigger == u"start-up" || trigger == u"retry";
}

} // namespace

void SyncEngine::requestPull(qint64 streamId, const QString &trigger, const QString &because)
{
    if (trigger != u"webhook" || m_config.webhookDebounceMs <= 0) {
        enqueue({streamId, trigger, false, 0}, because);
        return;
    }
    // Nango sends one webhook per model per run, and retries: coalesce bursts per stream.
    QTimer *&timer = m_debounce[streamId];
    if (!timer) {
        timer = new QTimer(this);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, this, [this, streamId]() {
            if (QTimer *t = m_debounce.take(streamId))
                t->deleteLater();
            enqueue({streamId, u"webhook"_s, false, 0}, m_queuedBecause.value(streamId));
        });
    }
    if (!because.isEmpty())
        m_queuedBecause.insert(streamId, because);
    timer->start(m_config.webhookDebounceMs);
    Q_EMIT pullQueued(streamId, because);
}

void SyncEngine::repairPull(qint64 streamId, qint64 sinceUs)
{
    enqueue({streamId, u"repair"_s, true, sinceUs}, tr("a repair since %1").arg(Status::clockTime(sinceUs)));
}

void SyncEngine::enqueue(const Pending &p, const QString &because)
{
    if (m_stopping || m_readOnly)
        return;
    if (m_running.contains(p.streamId) && !p.repair) {
        // Records may have changed after this pull passed them: pull once more when it ends.
        m_rerun.insert(p.streamId, p.trigger);
        return;
    }
    for (Pending &queued : m_queue) {
        if (queued.streamId == p.streamId && queued.repair == p.repair) {
            if (!automaticTrigger(p.trigger))
                queued.trigger = p.trigger; // a person asked: say so in the history
            if (p.recoverCursor) {
                queued.recoverCursor = true; // the stored cursor is not to be used again
                queued.sinceUs = p.sinceUs;
            }
            return;
        }
    }
    Pending q = p;
    if (!p.repair && !p.recoverCursor) {
        const auto stream = m_store->records().stream(p.streamId);
        q.backfill = !stream || stream->cursor.isEmpty() || m_unfinishedBackfills.contains(p.streamId);
    }
    // A stream already mirrored (a webhook's few changed records, a person's "pull now") goes before
    // the pages of first mirrors.
    auto at = m_queue.end();
    if (!q.backfill && m_config.mirroredFirst)
        at = std::find_if(m_queue.begin(), m_queue.end(), [](const Pending &o) { return o.backfill; });
    m_queue.insert(at, q);
    m_queuedBecause.insert(p.streamId, because.isEmpty() ? m_queuedBecause.value(p.streamId) : because);
    Q_EMIT pullQueued(p.streamId, m_queuedBecause.value(p.streamId));
    QTimer::singleShot(0, this, &SyncEngine::dispatch);
}

void SyncEngine::yieldBackfill()
{
    if (!m_config.mirroredFirst || m_running.size() < m_config.maxConcurrentPulls || m_queue.isEmpty() ||
        m_queue.constFirst().backfill)
        return;
    for (auto it = m_running.cbegin(); it != m_running.cend(); ++it) {
        if (m_backfills.contains(it.key()) && !m_yielding.contains(it.key())) {
            if (m_yielding.size() >= m_queue.size())
                return; // enough slots are being freed
            m_yielding.insert(it.key());
            it.value()->stopAfterPage(
                tr("stopped after its page to let a pull of a mirrored stream go first; "
                   "it goes on from here"));
            return;
        }
    }
}

void SyncEngine::dispatch()
{
    yieldBackfill();
    while (m_running.size() < m_config.maxConcurrentPulls && !m_queue.isEmpty()) {
        const Pending p = m_queue.takeFirst();
        if (m_running.contains(p.streamId)) {
            m_rerun.insert(p.streamId, p.trigger);
            continue;
        }
        m_queuedBecause.remove(p.streamId);
        const Store::Lock lock = m_store->tryLockStream(p.streamId);
        if (lock == Store::Lock::Busy) {
            // Another process on this shared cache pulls it now: try again when it may be done.
            qCInfo(lcSync) << "stream" << p.streamId << "is being pulled by another client; later";
            retryAt(p.streamId, Timestamp::nowMicros() + 5LL * 1000000);
            continue;
        }
        if (lock == Store::Lock::Failed) {
            // The database itself cannot be asked (a server that went away): a failure of the pull.
            PullJob::Outcome failed;
            failed.error = tr("The cache cannot be used: %1").arg(m_store->db().lastError());
            failed.kind = ApiError::Kind::None;
            failed.errorKind = u"cache"_s;
            onJobFinished(p.streamId, failed);
            continue;
        }
        // Read once the stream is ours: the cursor another client stored a moment ago is the one to go on
        // from.
        const auto stream = m_store->records().stream(p.streamId);
        if (!stream) {
            m_store->unlockStream(p.streamId);
            continue;
        }
        if (automaticTrigger(p.trigger) && stream->retryAfterUs > Timestamp::nowMicros()) {
            m_store->unlockStream(p.streamId);
            qCInfo(lcSync).noquote() << "backing off" << describeStream(stream->key) << "after"
                                     << stream->failures << "failures";
            retryAt(stream->id, stream->retryAfterUs);
            continue;
        }
        if (QTimer *t = m_retry.take(p.streamId))
            t->deleteLater();
        PullJob::Options options;
        options.trigger = p.trigger;
        options.repair = p.repair;
        options.modifiedAfterUs = p.sinceUs;
        options.pageSize = m_config.pageSize;
        options.massDeleteShare = m_config.massDeleteShare;
        options.recoverCursor = p.recoverCursor;
        options.backfill = p.backfill && m_config.mirroredFirst;
        options.quitting = &m_quitting;
        const auto syncs =
            m_store->catalog().syncs(m_profile.id, stream->key.integration, stream->key.connectionId);
        for (const SyncRow &r : syncs) {
            if (r.name != stream->syncName || r.variant != stream->key.variant)
                continue;
            options.runSeen = r.finishedAt;
            // Pages Nango's count can fill, with room for changes meanwhile and tombstones (a variant is
            // counted under its base model: no bound there).
            if (stream->key.variant == u"base" && r.recordCount.contains(stream->key.model)) {
                const qint64 count = r.recordCount.value(stream->key.model).toInteger();
                const qint64 size = std::max(1, m_config.pageSize);
                options.maxPages = int(std::min<qint64>(1 << 30, 2 * ((count + size - 1) / size) + 10));
            }
        }
        auto *job = new PullJob(*m_client, m_store->records(), *stream, options, this);
        m_running.insert(p.streamId, job);
        if (p.backfill)
            m_backfills.insert(p.streamId);
        m_progress.insert(p.streamId, {0, 0});
        connect(job, &PullJob::progress, this, [this](qint64 id, int pages, qint64 records) {
            m_progress.insert(id, {pages, records});
            Q_EMIT pullProgress(id, pages, records);
        });
        connect(job, &PullJob::finished, this, &SyncEngine::onJobFinished);
        Q_EMIT pullStarted(p.streamId, p.trigger);
        job->start();
    }
    checkIdle();
}

qint64 SyncEngine::backOff(const Stream &s, const PullJob::Outcome &outcome)
{
    // Capped exponential backoff with jitter, stored so a restart does not hammer a failing server.
    const int failures = s.failures + 1;
    const qint64 base = std::min<qint64>(30LL * 60 * 1000000, 30LL * 1000000 << std::min(failures - 1, 10));
    const qint64 jitter = qint64(QRandomGenerator::global()->bounded(quint32(base / 4 / 1000 + 1))) * 1000;
    const qint64 at = Timestamp::nowMicros() + base + jitter;
    const QString error = tr("%1: %2").arg(describeStream(s.key), outcome.error);
    if (!m_store->records().recordFailure(s.id, outcome.error, outcome.errorKind, at))
        qCWarning(lcSync).noquote() << "the failure of" << describeStream(s.key)
                                    << "could not be stored either; it is kept in memory";
    m_failures.append(outcome);
    m_failures.last().error = error;
    return at;
}

void SyncEngine::retryAt(qint64 streamId, qint64 atUs)
{
    QTimer *&timer = m_retry[streamId];
    if (!timer) {
        timer = new QTimer(this);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, this, [this, streamId]() {
            if (QTimer *t = m_retry.take(streamId))
                t->deleteLater();
            enqueue({streamId, u"retry"_s, false, 0}, tr("the pause after a failure is over"));
        });
    }
    timer->start(int(std::clamp<qint64>((atUs - Timestamp::nowMicros()) / 1000 + 50, 0, 24LL * 3600 * 1000)));
}

void SyncEngine::onJobFinished(qint64 streamId, const PullJob::Outcome &outcome)
{
    PullJob *job = m_running.take(streamId);
    m_progress.remove(streamId);
    const QString trigger = job ? job->trigger() : QString();
    const bool wasBackfill = m_backfills.remove(streamId);
    const bool yielded = m_yielding.remove(streamId);
    if (wasBackfill && outcome.ok)
        m_unfinishedBackfills.remove(streamId);
    m_rowsSinceStatistics += outcome.records;
    m_pulledSinceVacuum += outcome.records;
    if (m_rowsSinceStatistics >= kStatisticsAfterRows) {
        // Before the pull is reported done: whoever opens its records next gets a plan for the
        // table as it is now (about 0.5 s at a million rows on PostgreSQL; nothing on SQLite).
        m_rowsSinceStatistics = 0;
        m_store->refreshStatistics();
    }
    m_store->unlockStream(streamId);
    if (job)
        job->deleteLater();
    const auto stream = m_store->records().stream(streamId);
    // After a pull, good or failed, what the screens compare the cache with is fetched again (not
    // when the server cannot be reached: the health monitor's recovery asks then).
    if (stream && outcome.kind != ApiError::Kind::Cancelled && !HealthMonitor::meansUnreachable(outcome.kind))
        refreshStatusSoon(stream->key.integration);
    // Nango refused the stored cursor twice: not a failure to back off from, a cursor to replace.
    const bool recover = outcome.cursorRefused && !m_stopping;
    if (outcome.ok) {
        m_sessionFailures.remove(streamId);
    } else if (outcome.kind != ApiError::Kind::Cancelled && !recover) {
        Stream s = stream.value_or(Stream{});
        s.id = streamId;
        const qint64 at = backOff(s, outcome);
        m_sessionFailures.insert(streamId, {outcome.error, outcome.errorKind, Timestamp::nowMicros(), at});
        retryAt(streamId, at);
        Q_EMIT pullFailed(streamId, outcome.error, outcome.errorKind, at);
    }
    Q_EMIT pullFinished(streamId, outcome.ok, outcome.error);
    if (m_stopping) {
        if (m_running.isEmpty() && m_stopped)
            std::exchange(m_stopped, {})();
        return;
    }
    if (yielded && !outcome.ok) {
        // Stopped for a pull that waited: back in the queue, behind it.
        m_unfinishedBackfills.insert(streamId);
        enqueue({streamId, trigger.isEmpty() ? u"start-up"_s : trigger, false, 0},
                tr("goes on after the pulls that went first"));
    } else if (recover) {
        // Re-read since the newest record kept (at most a year back, as modified_after allows) and
        // take a fresh cursor from what comes.
        qint64 since = m_store->records().newestModifiedUs(streamId);
        const qint64 yearAgo = Timestamp::nowMicros() - 365LL * 24 * 3600 * 1000000 + 3600LL * 1000000;
        if (since < yearAgo)
            since = 0; // older than Nango answers for: from the start
        qCWarning(lcSync) << "Nango refused the stored cursor of stream" << streamId << "twice; re-reading";
        enqueue({streamId, u"recover"_s, false, since, true}, tr("Nango refused the stored cursor"));
    } else if (m_rerun.contains(streamId) && outcome.ok) {
        enqueue({streamId, m_rerun.take(streamId), false, 0}, tr("records changed during the last pull"));
    } else {
        m_rerun.remove(streamId);
    }
    dispatch();
}

} // namespace nd
