#include "sync/PullJob.h"

#include "api/NangoClient.h"
#include "api/RecordsPage.h"
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
    if (m_options.repair)
        note = u"repair since %1; the cursor does not move"_s.arg(
            QString::fromLatin1(Timestamp::toIsoMicros(m_options.modifiedAfterUs)));
    m_historyId = m_store.beginPull(m_stream, m_options.trigger, note);
    qCInfo(lcSync).noquote() << "pull" << m_stream.key.integration << m_stream.key.connectionId
                             << m_stream.key.model << "(" << m_options.trigger << ") from"
                             << (m_stream.cursor.isEmpty() ? "the start" : "cursor");
    if (m_stream.awaitingResyncSinceUs && !m_options.repair)
        checkResyncThenFetch();
    else
        fetch(m_options.repair ? QByteArray() : m_stream.cursor);
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
    if (m_options.repair)
        q.modifiedAfterUs = m_options.modifiedAfterUs;
    ApiCall *call = m_client.records(q);
    m_inFlight = call;
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
        fail(call->error().userMessage(), call->error().kind);
        return;
    }
    QString parseError;
    auto page = parseRecordsPage(call->body(), &parseError);
    if (!page) {
        fail(u"Nango's records answer could not be read: %1"_s.arg(parseError), ApiError::Kind::BadResponse);
        return;
    }
    const bool last = page->nextCursor.isEmpty();
    m_pending = std::move(page);
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

bool PullJob::applyPending()
{
    if (!m_pending || m_done)
        return !m_done;
    const RecordsPage page = std::move(*m_pending);
    m_pending.reset();
    PageCounts counts;
    QString error;
    if (!m_store.applyPage(m_stream, m_historyId, page, !m_options.repair, &counts, &error)) {
        if (m_inFlight)
            m_inFlight->abort();
        fail(u"The cache could not store a page: %1"_s.arg(error), ApiError::Kind::None);
        return false;
    }
    ++m_outcome.pages;
    m_outcome.records += qint64(page.records.size());
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
            note =
                u"emptyCache resync complete: generation %1; %2 records that did not come back were dropped"_s
                    .arg(fresh->generation)
                    .arg(m_outcome.dropped);
        }
    } else if (m_stream.awaitingResyncSinceUs && !m_options.repair) {
        note = u"Nango's emptyCache resync has not finished yet; old records are kept until it has"_s;
    }
    m_store.finishPull(m_historyId, u"ok"_s, {}, note);
    m_store.recordSuccess(m_stream.id);
    m_outcome.ok = true;
    qCInfo(lcSync).noquote() << "pulled" << m_outcome.records << "records in" << m_outcome.pages
                             << "pages for" << m_stream.key.integration << m_stream.key.connectionId
                             << m_stream.key.model;
    Q_EMIT finished(m_stream.id, m_outcome);
}

void PullJob::fail(const QString &error, ApiError::Kind kind)
{
    if (m_done)
        return;
    m_done = true;
    m_outcome.ok = false;
    m_outcome.error = error;
    m_outcome.kind = kind;
    m_store.finishPull(m_historyId, kind == ApiError::Kind::Cancelled ? u"cancelled"_s : u"failed"_s, error);
    qCWarning(lcSync).noquote() << "pull failed for" << m_stream.key.integration << m_stream.key.connectionId
                                << m_stream.key.model << ":" << error;
    Q_EMIT finished(m_stream.id, m_outcome);
}

void PullJob::cancel()
{
    if (m_inFlight)
        m_inFlight->abort();
    fail(u"cancelled"_s, ApiError::Kind::Cancelled);
}

} // namespace nd
