// The one status type: every state from the facts a cache holds and what an engine knows live.
#include "status/SyncStatus.h"
#include "util/Timestamp.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using nd::SyncState;

namespace {

constexpr qint64 kSecond = 1000000;
const qint64 kNow = nd::Timestamp::parseMicros("2026-12-01T12:00:00Z").value();

QString iso(qint64 us)
{
    return QString::fromLatin1(nd::Timestamp::toIsoMicros(us));
}

// A stream pulled successfully a minute ago, its sync's status fetched after that, counts equal.
nd::StreamFacts healthy()
{
    nd::StreamFacts f;
    f.stream.id = 7;
    f.stream.key = {1, u"hubspot"_s, u"acme"_s, u"HubspotContact"_s, u"base"_s};
    f.stream.syncName = u"contacts"_s;
    f.stream.liveCount = 100;
    f.stream.lastOutcome = u"ok"_s;
    f.stream.lastPullAt = iso(kNow - 60 * kSecond);
    f.stream.lastOkAt = iso(kNow - 60 * kSecond);
    f.stream.lastOkStartedAt = iso(kNow - 62 * kSecond);
    f.stream.lastOkRunSeen = iso(kNow - 120 * kSecond);
    nd::SyncRow sync;
    sync.integration = u"hubspot"_s;
    sync.connectionId = u"acme"_s;
    sync.name = u"contacts"_s;
    sync.variant = u"base"_s;
    sync.status = u"SUCCESS"_s;
    sync.finishedAt = iso(kNow - 120 * kSecond);
    sync.nextScheduledAt = iso(kNow + 600 * kSecond);
    sync.recordCount = QJsonObject{{u"HubspotContact"_s, 100}};
    sync.models = {u"HubspotContact"_s};
    sync.fetchedAt = iso(kNow - 30 * kSecond);
    f.sync = sync;
    nd::HistoryEntry h;
    h.outcome = u"ok"_s;
    f.lastPull = h;
    return f;
}

nd::StreamStatus eval(const nd::StreamFacts &f, const nd::LiveState &live = {}, int poll = 300)
{
    return nd::Status::evaluate(f, live, {kNow, poll});
}

} // namespace

class TestStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void upToDateCarriesWhenItWasKnown()
    {
        const auto s = eval(healthy());
        QCOMPARE(s.state, SyncState::UpToDate);
        QCOMPARE(s.lastOkUs, kNow - 60 * kSecond);
        QCOMPARE(s.statusFetchedUs, kNow - 30 * kSecond);
        QVERIFY(!s.drift);
        QVERIFY(nd::Status::describe(s, kNow).contains(u"Up to date"_s));
    }

    void noServerStatusIsUnknownNotUpToDate()
    {
        auto f = healthy();
        f.sync.reset();
        QCOMPARE(eval(f).state, SyncState::Unknown);
    }

    void pullingFromTheHistoryOrTheEngine()
    {
        auto f = healthy();
        f.lastPull->outcome = u"running"_s;
        f.lastPull->pages = 3;
        f.lastPull->added = 2500;
        auto s = eval(f);
        QCOMPARE(s.state, SyncState::Pulling);
        QCOMPARE(s.pages, 3);
        QCOMPARE(s.records, 2500);
        nd::LiveState live;
        live.pulls[7].running = true;
        live.pulls[7].pages = 5;
        live.pulls[7].records = 5000;
        s = eval(healthy(), live);
        QCOMPARE(s.state, SyncState::Pulling);
        QCOMPARE(s.records, 5000);
    }

    void aTransientFailureBacksOffAndAPermanentOneFails()
    {
        auto f = healthy();
        f.stream.lastOutcome = u"failed"_s;
        f.stream.lastError = u"Cannot reach the server"_s;
        f.stream.errorKind = u"network"_s;
        f.stream.retryAfterUs = kNow + 30 * kSecond;
        auto s = eval(f);
        QCOMPARE(s.state, SyncState::BackingOff);
        QCOMPARE(s.retryAtUs, kNow + 30 * kSecond);
        QVERIFY(nd::Status::describe(s, kNow).contains(u"in 30 s"_s));
        f.stream.errorKind = u"cache-write"_s;
        QCOMPARE(eval(f).state, SyncState::Failed);
        f.stream.errorKind = u"unauthorized"_s;
        QCOMPARE(eval(f).state, SyncState::Failed);
    }

    void theEnginesFailureCountsWhenTheCacheCouldNotTakeIt()
    {
        // A full disk refused to store the error: the engine's word is the one shown.
        nd::LiveState live;
        live.failures.insert(7, {u"The cache could not store a page: database or disk is full."_s,
                                 u"cache-write"_s, kNow, kNow + 30 * kSecond});
        const auto s = eval(healthy(), live);
        QCOMPARE(s.state, SyncState::Failed);
        QVERIFY(s.error.contains(u"disk is full"_s));
        // A success after it clears it.
        live.failures[7].atUs = kNow - 120 * kSecond;
        QCOMPARE(eval(healthy(), live).state, SyncState::UpToDate);
    }

    void nangosFailedRunIsItsOwnState()
    {
        auto f = healthy();
        f.sync->status = u"ERROR"_s;
        f.sync->nangoError = u"HubSpot answered 500"_s;
        const auto s = eval(f);
        QCOMPARE(s.state, SyncState::FailedOnNango);
        QVERIFY(nd::Status::describe(s, kNow).contains(u"HubSpot answered 500"_s));
    }

    void dueWhenTheServerMovedOrAPullIsQueued()
    {
        auto f = healthy();
        f.sync->finishedAt = iso(kNow - 10 * kSecond); // a run after the one the last pull knew
        auto s = eval(f);
        QCOMPARE(s.state, SyncState::Due);
        QVERIFY(!s.dueBecause.isEmpty());
        nd::LiveState live;
        live.pulls[7].queued = true;
        live.pulls[7].queuedBecause = u"a webhook announced new records"_s;
        s = eval(healthy(), live);
        QCOMPARE(s.state, SyncState::Due);
        QCOMPARE(s.dueBecause, u"a webhook announced new records"_s);
        auto never = healthy();
        never.stream.lastOkAt.clear();
        never.stream.lastOutcome.clear();
        QCOMPARE(eval(never).state, SyncState::Due);
    }

    void driftOnlyFromACountTakenAfterThePullAndNeverForAVariant()
    {
        auto f = healthy();
        f.sync->recordCount = QJsonObject{{u"HubspotContact"_s, 120}};
        auto s = eval(f);
        QCOMPARE(s.state, SyncState::UpToDate);
        QVERIFY(s.drift);
        // A count fetched before the pull ended says nothing about it.
        f.sync->fetchedAt = iso(kNow - 90 * kSecond);
        QVERIFY(!eval(f).drift);
        // Nango counts a variant under its base model: no comparison.
        auto variant = healthy();
        variant.stream.key.variant = u"emea"_s;
        variant.sync->variant = u"emea"_s;
        variant.sync->recordCount = QJsonObject{{u"HubspotContact"_s, 999}};
        s = eval(variant);
        QVERIFY(!s.countComparable);
        QVERIFY(!s.drift);
        // Never while a pull runs.
        nd::LiveState live;
        live.pulls[7].running = true;
        QVERIFY(!eval(f, live).drift);
    }

    void aNextRunPastByMoreThanAPollIntervalIsLate()
    {
        auto f = healthy();
        f.sync->nextScheduledAt = iso(kNow - 30 * kSecond);
        QVERIFY(!eval(f, {}, 60).late);
        f.sync->nextScheduledAt = iso(kNow - 90 * kSecond);
        QVERIFY(eval(f, {}, 60).late);
        f.sync->status = u"PAUSED"_s;
        QVERIFY(!eval(f, {}, 60).late);
    }

    void pausedAndNeverRun()
    {
        auto f = healthy();
        f.sync->status = u"PAUSED"_s;
        QCOMPARE(eval(f).state, SyncState::Paused);
        auto never = healthy();
        never.sync->finishedAt.clear();
        never.stream.lastOkRunSeen.clear();
        QCOMPARE(eval(never).state, SyncState::NeverRun);
    }

    void rollUpShowsTheWorstAndPausedOnlyWhenAllAre()
    {
        nd::StreamStatus paused;
        paused.state = SyncState::Paused;
        nd::StreamStatus ok;
        ok.state = SyncState::UpToDate;
        nd::StreamStatus failed;
        failed.state = SyncState::Failed;
        nd::StreamStatus pulling;
        pulling.state = SyncState::Pulling;
        QCOMPARE(nd::Status::rollUp({paused, paused}).state, SyncState::Paused);
        QCOMPARE(nd::Status::rollUp({paused, ok}).state, SyncState::UpToDate);
        QCOMPARE(nd::Status::rollUp({ok, pulling, failed}).state, SyncState::Failed);
        QCOMPARE(nd::Status::rollUp({ok, pulling}).state, SyncState::Pulling);
        QCOMPARE(nd::Status::rollUp({ok, pulling, failed}).count(SyncState::Pulling), 1);
    }

    void everyStateHasANameAndALabel()
    {
        QSet<QString> names;
        for (SyncState s : {SyncState::UpToDate, SyncState::Pulling, SyncState::Due, SyncState::BackingOff,
                            SyncState::Failed, SyncState::Paused, SyncState::FailedOnNango,
                            SyncState::NeverRun, SyncState::Unknown}) {
            QVERIFY(!nd::Status::label(s).isEmpty());
            names.insert(nd::Status::name(s));
        }
        QCOMPARE(names.size(), 9);
    }
};

QTEST_GUILESS_MAIN(TestStatus)
#include "tst_status.moc"
