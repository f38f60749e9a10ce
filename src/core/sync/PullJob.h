#pragma once

#include "api/ApiError.h"
#include "api/RecordsPage.h"
#include "cache/RecordStore.h"

#include <QObject>
#include <QPointer>
#include <QSet>

#include <atomic>
#include <optional>

namespace nd {

class ApiCall;
class NangoClient;

// One pull of one stream: pages from the stored cursor until next_cursor is null. Each page is
// upserted and the cursor advanced in one transaction, while the next page is already on its way.
class PullJob : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString trigger = QStringLiteral("manual"); // webhook | poll | manual | start-up | resync | repair
        bool repair = false;                        // modified_after pull; the cursor does not move
        qint64 modifiedAfterUs = 0;
        int pageSize = 1000;
        QString runSeen; // Nango's last finished run known as the pull begins (its finishedAt)
        // Pages the server's count of the model can fill, with room for records that change meanwhile
        // and for tombstones; past it the pull stops (0: no count known, no bound).
        int maxPages = 0;
        // Nango refused the stored cursor: re-read since modifiedAfterUs (0: from the start) and let
        // the pages' own cursors replace it.
        bool recoverCursor = false;
        // A stream's first mirror: its requests leave a slice of the rate budget to pulls of mirrored
        // streams (a webhook's few changed records must not wait a minute for the budget).
        bool backfill = false;
        // The mass-delete guard: a pull that removes more than this share of the live records it
        // found is flagged (0: off). Streams with fewer live records than kMassDeleteFloor are not.
        double massDeleteShare = 0.2;
        // Set when the application quits: a page's write that fails then was cancelled by the quit
        // (SyncEngine::interruptForQuit) and is not a failure to record.
        const std::atomic<bool> *quitting = nullptr;
    };
    static constexpr qint64 kMassDeleteFloor = 10;
    struct Outcome
    {
        bool ok = false;
        QString error;
        ApiError::Kind kind = ApiError::Kind::None;
        // What failed, for the status and the CLI's exit code: ApiError::kindName(), or
        // "cache-write" when the cache refused a write (disk full, read-only, I/O error, locked).
        QString errorKind;
        int pages = 0;
        qint64 records = 0;
        // The first page asked with the stored cursor got Nango's 500 twice: the cursor is what it refuses.
        bool cursorRefused = false;
        qint64 dropped = 0;
        qint64 deleted = 0;     // records Nango marked deleted in this pull's pages
        qint64 massDeleted = 0; // removed (deleted + dropped) when it passed the guard's share
        qint64 liveBefore = 0;
    };

    PullJob(NangoClient &client, RecordStore &store, const Stream &stream, const Options &options,
            QObject *parent = nullptr);
    void start();
    void cancel();
    // Ends once the page in flight is stored with its cursor (a clean stop: nothing to fetch again).
    void stopAfterPage(const QString &why = {});
    qint64 streamId() const { return m_stream.id; }
    QString trigger() const { return m_options.trigger; }
    const Stream &stream() const { return m_stream; }
    const Options &options() const { return m_options; }

Q_SIGNALS:
    void progress(qint64 streamId, int pages, qint64 records);
    void finished(qint64 streamId, const nd::PullJob::Outcome &outcome);

private:
    void checkResyncThenFetch();
    void fetch(const QByteArray &cursor);
    void onPage(ApiCall *call);
    bool applyPending();
    // Why the page's cursors may not be stored or followed (not Nango's, or a loop).
    QString checkCursors(const RecordsPage &page) const;
    void fail(const QString &error, ApiError::Kind kind, const QString &errorKind);
    void finishStopped();
    // Aborts the request in flight so that its own failure is not taken for the outcome; false
    // when the pull is already over.
    bool abortInFlight();
    // `message` has a %1 for the database's own words.
    void failWrite(const QString &message, const QString &error);
    static QString writeAdvice(const QString &error);
    void succeed();

    NangoClient &m_client;
    RecordStore &m_store;
    Stream m_stream;
    Options m_options;
    qint64 m_historyId = 0;
    QString m_startedAt;
    bool m_completesGeneration = false;
    bool m_done = false;
    bool m_stopping = false;
    bool m_fetchingPage = false;     // the call in flight is a page (not the resync check)
    QSet<QByteArray> m_cursorsAsked; // a cursor that comes back is a loop: the pull stops
    int m_pagesAsked = 0;
    bool m_askedAgain = false;
    QString m_stopReason; // why it stops after its page, for its history entry // the stored cursor got a 500
                          // once and was tried again
    QPointer<ApiCall> m_inFlight;
    std::optional<RecordsPage> m_pending; // parsed, not yet written
    Outcome m_outcome;
};

} // namespace nd
