#include "sync/PullJob.h"

#include "api/NangoClient.h"
#include "api/RecordsPage.h"
#include "util/CursorInfo.h"
#include "util/Logging.h"
#include "util/Timestamp.h"

#include <QJsonArray>

namespace nd {

using namespace Qt::StringLiterals;

PullJob::PullJob(NangoClient &client, RecordStore &store, const Stream &stream, const Options &options,
                 QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_stream(stream)
    , m_options(options)
{}

void PullJob::start()
{
    QString note;
    if (m_options.recoverCursor)
        note = m_options.modifiedAfterUs > 0
                   ? tr("Nango refused the stored cursor twice: re-read since %1 for a fresh one")
                         .arg(QString::fromLatin1(Timestamp::toIsoMicros(m_options.modifiedAfterUs)))
                   : tr("Nango refused the stored cursor twice: re-read from the start for a fresh one");
    else if (m_options.repair)
        note = tr("repair since %1; the cursor does not move")
                   .arg(QString::fromLatin1(Timestamp::toIsoMicros(m_options.modifiedAfterUs)));
    m_startedAt = QString::fromLatin1(Timestamp::toIsoMicros(Timestamp::nowMicros()));
    qCInfo(lcSync).noquote() << "pull" << describeStream(m_stream.key)
                             << QStringLiteral("(%1) from").arg(m_options.trigger)
                             << (m_stream.cursor.isEmpty() ? "the start" : "cursor");
    m_historyId = m_store.beginPull(m_stream, m_options.trigger, note);
    if (m_historyId == 0) {
        // Reported from the event loop, like every other outcome.
        QMetaObject::invokeMethod(
            this,
            [this, error = m_store.lastError()]() {
                failWrite(tr("The cache could not start the pull's history: %1."), error);
            },
            Qt::QueuedConnection);
        return;
    }
    if (m_stream.awaitingResyncSinceUs && !m_options.repair && !m_options.recoverCursor)
        checkResyncThenFetch();
    else
        fetch(m_options.repair || m_options.recoverCursor ? QByteArray() : m_stream.cursor);
}

void PullJob::checkResyncThenFetch()
{
    // After an emptyCache resync the old rows are dropped only by a pull that starts once the
    // server's resync run has finished; earlier pulls just fill the new generation.
    ApiCall *call = m_client.syncStatus(m_stream.key.integration, m_stream.key.connectionId,
                                        {m_stream.key.variant == u"base"
                                             ? m_stream.syncName
                                             : m_stream.syncName + u"::"_s + m_stream.key.variant});
    m_inFlight = call;
    connect(call, &ApiCall::finished, this, [this, call]() {
        call->deleteLater();
        if (m_done)
            return;
        if (call->ok()) {
            for (const QJsonValue &v : call->json().object().value(u"syncs"_s).toArray()) {
                const QJsonObject s = v.toObject();
                if (s.value(u"variant"_s).toString(u"base"_s) != m_stream.key.variant)
                    continue;
                const auto finished = Timestamp::parseMicros(s.value(u"finishedAt"_s).toString().toLatin1());
                if (s.value(u"status"_s).toString() != u"RUNNING" && finished &&
                    *finished >= m_stream.awaitingResyncSinceUs)
                    m_completesGeneration = true;
            }
        }
        fetch(m_stream.cursor);
    });
}

void PullJob::fetch(const QByteArray &cursor)
{
    RecordsQuery q;
    q.integration = m_stream.key.integration;
    q.connectionId = m_stream.key.connectionId;
    q.model = m_stream.key.model;
    q.variant = m_stream.key.variant;
    q.cursor = QString::fromLatin1(cursor);
    q.limit = m_options.pageSize;
    // From the start: no modified_after at all (Nango refuses one older than twelve months).
    if ((m_options.repair || m_options.recoverCursor) && m_options.modifiedAfterUs > 0)
        q.modifiedAfterUs = m_options.modifiedAfterUs;
    q.bulk = m_options.backfill;
    m_cursorsAsked.insert(cursor);
    ++m_pagesAsked;
    ApiCall *call = m_client.records(q);
    m_inFlight = call;
    m_fetchingPage = true;
    connect(call, &ApiCall::finished, this, [this, call]() { onPage(call); });
}

void PullJob::onPage(ApiCall *call)
{
    call->deleteLater();
    if (m_done || call != m_inFlight)
        return;
    m_inFlight = nullptr;
    // The previous page is written before this one (normally it already was).
    if (!applyPending())
        return;
    if (!call->ok()) {
        // Nango answers a cursor it cannot decode with 500 server_error: on the first page asked with
        // the stored cursor, that may be the cursor's fault. Asked once more; refused twice, the
        // engine re-reads for a fresh cursor.
        const bool refused = m_pagesAsked == 1 && !m_stream.cursor.isEmpty() && !m_options.repair &&
                             !m_options.recoverCursor && call->status() == 500 &&
                             call->error().code == u"server_error";
        if (refused && !m_askedAgain && !m_stopping) {
            m_askedAgain = true;
            m_cursorsAsked.clear();
            m_pagesAsked = 0;
            fetch(m_stream.cursor);
            return;
        }
        m_outcome.cursorRefused = refused;
        fail(call->error().userMessage(), call->error().kind, call->error().kindName());
        return;
    }
    QString parseError;
    auto page = parseRecordsPage(call->body(), &parseError);
    if (!page) {
        fail(tr("Nango's records answer could not be read: %1.").arg(parseError), ApiError::Kind::BadResponse,
             u"bad-response"_s);
        return;
    }
    if (const QString problem = checkCursors(*page); !problem.isEmpty()) {
        fail(problem, ApiError::Kind::BadResponse, u"bad-response"_s);
        return;
    }
    const bool last = page->nextCursor.isEmpty();
    m_pending = std::move(page);
    m_fetchingPage = false;
    if (!last && m_options.maxPages > 0 && m_pagesAsked >= m_options.maxPages) {
        // A good page, kept with its cursor; the next one is not asked for.
        if (applyPending())
            fail(tr("This pull has asked for %1 pages, more than the records Nango counts for this model can "
                    "fill; it stops rather than page without end. The next pull goes on from here.")
                     .arg(m_pagesAsked),
                 ApiError::Kind::BadResponse, u"bad-response"_s);
        return;
    }
    if (m_stopping && !last) {
        if (applyPending())
            finishStopped();
        return;
    }
    if (last) {
        if (applyPending())
            succeed();
        return;
    }
    // Ask for the next page, then write this one on the next turn of the event loop: QNAM starts
    // a request from the event loop, so the server prepares page N+1 while page N is written.
    fetch(m_pending->nextCursor);
    QMetaObject::invokeMethod(
        this, [this]() { applyPending(); }, Qt::QueuedConnection);
}

QString PullJob::checkCursors(const RecordsPage &page) const
{
    // A cursor is stored with its page: one that is not Nango's would make every later pull fail.
    for (const PulledRecord &r : page.records)
        if (!CursorInfo::isNangoCursor(r.cursor))
            return tr("Nango sent the record %1 with a cursor that is not Nango's (\"%2\"). Nothing of the "
                      "page "
                      "was stored; the next pull goes on from the last good cursor. If it keeps coming, the "
                      "sync's records need a look in the Nango dashboard.")
                .arg(QString::fromUtf8(r.id), QString::fromUtf8(r.cursor.left(40)).toHtmlEscaped());
    if (page.nextCursor.isEmpty())
        return {};
    if (!CursorInfo::isNangoCursor(page.nextCursor))
        return tr("Nango sent a next_cursor that is not Nango's (\"%1\"); the pull stops here.")
            .arg(QString::fromUtf8(page.nextCursor.left(40)));
    // A cursor already asked with means the same pages again, for ever.
    if (m_cursorsAsked.contains(page.nextCursor))
        return tr("Nango sent a cursor already asked with in this pull (page %1): its pages would come round "
                  "again for ever, so the pull stops. Nothing is lost; the next pull goes on from the last "
                  "stored page.")
            .arg(m_pagesAsked);
    return {};
}

bool PullJob::applyPending()
{
    if (!m_pending || m_done)
        return !m_done;
    const RecordsPage page = std::move(*m_pending);
    m_pending.reset();
    PageCounts counts;
    QString error;
    if (!m_store.applyPage(m_stream, m_historyId, page, !m_options.repair || m_options.recoverCursor, &counts,
                           &error)) {
        // The page and its cursor were rolled back together: the next pull fetches it again.
        if (m_options.quitting && m_options.quitting->load()) {
            // Cancelled by the quit: nothing more is written; the engine is about to go.
            qCInfo(lcSync).noquote() << "pull of" << describeStream(m_stream.key)
                                     << "cut by the quit; its last page was rolled back";
            m_done = true;
            return false;
        }
        failWrite(tr("The cache could not store a page: %1."), error);
        return false;
    }
    ++m_outcome.pages;
    m_outcome.records += qint64(page.records.size());
    m_outcome.deleted += counts.deleted;
    Q_EMIT progress(m_stream.id, m_outcome.pages, m_outcome.records);
    return true;
}

void PullJob::succeed()
{
    m_done = true;
    QString note;
    if (m_completesGeneration) {
        if (auto fresh = m_store.stream(m_stream.id)) {
            m_outcome.dropped = m_store.dropStaleGeneration(*fresh, m_historyId);
            note = tr("emptyCache resync complete: generation %1; %2 records that did not come back were "
                      "dropped")
                       .arg(fresh->generation)
                       .arg(m_outcome.dropped);
        }
    } else if (m_stream.awaitingResyncSinceUs && !m_options.repair) {
        note = tr("Nango's emptyCache resync has not finished yet; old records are kept until it has");
    }
    // The guard: Nango's own bugs (a wrong cursor, PR #3499) have deleted records by mistake.
    const qint64 removed = m_outcome.deleted + m_outcome.dropped;
    const qint64 liveBefore = m_stream.liveCount;
    m_outcome.liveBefore = liveBefore;
    if (m_options.massDeleteShare > 0 && liveBefore >= kMassDeleteFloor &&
        double(removed) > m_options.massDeleteShare * double(liveBefore)) {
        m_outcome.massDeleted = removed;
        const QString flagged = tr("mass delete: %1 of %2 live records (%3%) removed by this pull")
                                    .arg(removed)
                                    .arg(liveBefore)
                                    .arg(qRound(100.0 * double(removed) / double(liveBefore)));
        note = note.isEmpty() ? flagged : note + u"; "_s + flagged;
        qCWarning(lcSync).noquote() << describeStream(m_stream.key) << flagged;
    }
    if (m_outcome.massDeleted > 0 &&
        !m_store.flagMassDelete(m_stream.id, m_historyId, m_outcome.massDeleted, liveBefore)) {
        m_done = false;
        failWrite(tr("The cache could not record the completed pull: %1."), m_store.lastError());
        return;
    }
    if (!m_store.finishPull(m_historyId, u"ok"_s, {}, note) ||
        !m_store.recordSuccess(m_stream.id, m_startedAt, m_options.runSeen)) {
        m_done = false;
        failWrite(tr("The cache could not record the completed pull: %1."), m_store.lastError());
        return;
    }
    m_outcome.ok = true;
    qCInfo(lcSync).noquote() << "pulled" << m_outcome.records << "records in" << m_outcome.pages
                             << "pages for" << describeStream(m_stream.key);
    Q_EMIT finished(m_stream.id, m_outcome);
}

bool PullJob::abortInFlight()
{
    // Done while the request in flight is aborted: its "cancelled" must not become the outcome.
    if (m_done)
        return false;
    m_done = true;
    if (m_inFlight) {
        ApiCall *call = m_inFlight;
        m_inFlight = nullptr;
        call->abort();
    }
    m_done = false;
    return true;
}

void PullJob::failWrite(const QString &message, const QString &error)
{
    if (!abortInFlight())
        return;
    fail(message.arg(error) + u' ' + writeAdvice(error), ApiError::Kind::None, u"cache-write"_s);
}

QString PullJob::writeAdvice(const QString &error)
{
    const QString e = error.toLower();
    if (e.contains(u"full"_s))
        return tr("Free some disk space where the cache lives; the pull resumes from its stored cursor and "
                  "nothing is lost.");
    if (e.contains(u"readonly"_s) || e.contains(u"read-only"_s) || e.contains(u"read only"_s))
        return tr("The cache file or its folder is read-only: make it writable, or choose another cache.");
    if (e.contains(u"deadlock"_s))
        return tr("Two writers to the shared cache waited on each other and PostgreSQL stopped this one; the "
                  "page was rolled back and the pull is retried from its stored cursor. Nothing is lost.");
    if (e.contains(u"locked"_s) || e.contains(u"busy"_s))
        return tr("Another program holds the cache locked; close it, and the pull is retried.");
    return tr("Check the disk and the cache file; the pull resumes from its stored cursor.");
}

void PullJob::fail(const QString &error, ApiError::Kind kind, const QString &errorKind)
{
    if (m_done)
        return;
    m_done = true;
    m_outcome.ok = false;
    m_outcome.error = error;
    m_outcome.kind = kind;
    m_outcome.errorKind = errorKind;
    if (m_historyId)
        m_store.finishPull(m_historyId, kind == ApiError::Kind::Cancelled ? u"cancelled"_s : u"failed"_s,
                           error);
    qCWarning(lcSync).noquote() << "pull failed for" << describeStream(m_stream.key) << ":" << error;
    Q_EMIT finished(m_stream.id, m_outcome);
}

void PullJob::stopAfterPage(const QString &why)
{
    if (m_done)
        return;
    m_stopping = true;
    m_stopReason = why;
    if (const ApiCall *call = m_inFlight.data(); call && m_fetchingPage && call->onTheWire())
        return; // onPage stores it, then stops
    // A page not yet asked for (waiting for the rate budget, or a retry's pause) is not waited for.
    // Between pages, or asking Nango about a resync: nothing in flight is worth waiting for.
    if (m_inFlight) {
        ApiCall *call = m_inFlight;
        m_inFlight = nullptr;
        m_done = true;
        call->abort();
        m_done = false;
    }
    if (applyPending())
        finishStopped();
}

void PullJob::finishStopped()
{
    if (m_done)
        return;
    m_done = true;
    m_outcome.ok = false;
    m_outcome.kind = ApiError::Kind::Cancelled;
    m_outcome.errorKind = u"stopped"_s;
    m_outcome.error = tr("Stopped at a page boundary; the next pull goes on from the stored cursor.");
    m_store.finishPull(m_historyId, u"stopped"_s, {},
                       m_stopReason.isEmpty() ? m_outcome.error : m_stopReason);
    qCInfo(lcSync).noquote() << "pull of" << describeStream(m_stream.key) << "stopped after"
                             << m_outcome.pages << "pages";
    Q_EMIT finished(m_stream.id, m_outcome);
}

void PullJob::cancel()
{
    if (!abortInFlight())
        return;
    fail(tr("Cancelled."), ApiError::Kind::Cancelled, u"cancelled"_s);
}

} // namespace nd
