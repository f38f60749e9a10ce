// Record history: a record updated three times shows four versions (its first and three updates),
// each with the fields that changed, old and new, as nango-sim changed them; each version's payload
// is the record as Nango served it then; a deleted record keeps its last whole payload; the number
// of versions kept is bounded by --history-versions, and 0 keeps none. Through nango-desk-cli
// history (and the console's record_changes view) on SQLite and PostgreSQL.
#include "CliHarness.h"
#include "cache/RecordDiff.h"

using namespace testsupport;
using namespace Qt::StringLiterals;

namespace {

QJsonObject withoutMetadata(QJsonObject o)
{
    o.remove(u"_nango_metadata"_s);
    return o;
}

// The value at a RecordDiff path (undefined when absent).
QJsonValue at(const QJsonObject &payload, const QString &path)
{
    QJsonValue v(payload);
    for (const QJsonValue &step : nd::RecordDiff::steps(path))
        v = step.isString() ? v.toObject().value(step.toString())
                            : v.toArray().at(qsizetype(step.toInteger()));
    return v;
}

} // namespace

class TestRecordHistory
    : public QObject
    , protected CliFixture
{
    Q_OBJECT

    QStringList m_ids; // live HubspotContact records of hubspot/acme-corp, by id

    QJsonObject truthOf(const QString &id)
    {
        return truth(u"hubspot"_s, u"acme-corp"_s, u"HubspotContact"_s).value(id);
    }
    void mutate(const QString &kind, const QString &id)
    {
        const HttpResult r = control("POST", u"mutate"_s,
                                     {{u"integration"_s, u"hubspot"_s},
                                      {u"connection"_s, u"acme-corp"_s},
                                      {u"sync"_s, u"contacts"_s},
                                      {u"model"_s, u"HubspotContact"_s},
                                      {kind, QJsonArray{id}}});
        QVERIFY2(r.status == 200, r.body.constData());
    }
    Run sync(const QStringList &extra = {})
    {
        return cli(
            QStringList{u"sync"_s, u"--integration"_s, u"hubspot"_s, u"--connection"_s, u"acme-corp"_s} +
            extra);
    }
    Run history(const QString &id, const QStringList &extra = {u"--json"_s, u"--payloads"_s})
    {
        return cli(QStringList{u"history"_s, u"--integration"_s, u"hubspot"_s, u"--connection"_s,
                               u"acme-corp"_s, u"--model"_s, u"HubspotContact"_s, u"--id"_s, id} +
                   extra);
    }
    qint64 versionsKept(const QString &id)
    {
        const Run r = cli({u"sql"_s, u"SELECT count(*) FROM record_changes WHERE id = '%1'"_s.arg(id)});
        return r.code == 0 ? r.out.split(u"\r\n"_s).value(1).toLongLong() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir.isValid());
        const QString problem = startSim();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const Run first = cli({u"sync"_s});
        QVERIFY2(first.code == 0, qPrintable(first.err));
        const auto records = truth(u"hubspot"_s, u"acme-corp"_s, u"HubspotContact"_s);
        for (auto it = records.begin(); it != records.end(); ++it)
            if (it.value().value(u"_nango_metadata"_s).toObject().value(u"deleted_at"_s).isNull())
                m_ids << it.key();
        std::sort(m_ids.begin(), m_ids.end());
        QVERIFY(m_ids.size() > 10);
        // A first pull keeps no versions: every record is new.
        QCOMPARE(versionsKept(m_ids.first()), 0);
    }

    void aRecordUpdatedThreeTimesShowsEachChange()
    {
        const QString id = m_ids.at(0);
        QList<QJsonObject> served{truthOf(id)};
        for (int i = 0; i < 3; ++i) {
            mutate(u"update_ids"_s, id);
            served << truthOf(id);
            const Run r = sync();
            QVERIFY2(r.code == 0, qPrintable(r.err));
        }
        const Run r = history(id);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray versions = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(versions.size(), 4);
        QCOMPARE(versions.at(0).toObject().value(u"changes"_s).toObject(), QJsonObject());
        for (int i = 0; i < 4; ++i) {
            const QJsonObject v = versions.at(i).toObject();
            const QJsonObject metadata = served.at(i).value(u"_nango_metadata"_s).toObject();
            // The version's own facts, and the record as Nango served it then.
            QCOMPARE(v.value(u"last_action"_s).toString(),
                     i == 0 ? metadata.value(u"last_action"_s).toString() : u"UPDATED"_s);
            QCOMPARE(v.value(u"cursor"_s).toString(), metadata.value(u"cursor"_s).toString());
            QCOMPARE(withoutMetadata(v.value(u"payload"_s).toObject()), withoutMetadata(served.at(i)));
            if (i == 0)
                continue;
            // Every field that differs is listed, old and new, and nothing else.
            const QJsonObject changes = v.value(u"changes"_s).toObject();
            QVERIFY2(!changes.isEmpty(), qPrintable(QString::number(i)));
            QCOMPARE(changes.value(u"version"_s).toObject(),
                     (QJsonObject{{u"old"_s, served.at(i - 1).value(u"version"_s)},
                                  {u"new"_s, served.at(i).value(u"version"_s)}}));
            for (auto c = changes.begin(); c != changes.end(); ++c) {
                const QJsonObject change = c.value().toObject();
                QCOMPARE(change.value(u"old"_s), at(served.at(i - 1), c.key()));
                QCOMPARE(change.value(u"new"_s), at(served.at(i), c.key()));
                QVERIFY(change.value(u"old"_s) != change.value(u"new"_s));
            }
        }
        // Without --json: a line per version, a line per change.
        const Run text = history(id, {});
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.contains(u"    version: "_s) && text.out.contains(u" → "_s), qPrintable(text.out));
        QVERIFY(text.out.contains(u"(now)"_s));
        QCOMPARE(versionsKept(id), 3);
    }

    void aDeletedRecordKeepsItsLastWholePayload()
    {
        const QString id = m_ids.at(1);
        mutate(u"update_ids"_s, id);
        QVERIFY(sync().code == 0);
        const QJsonObject last = truthOf(id);
        mutate(u"delete_ids"_s, id);
        QVERIFY(sync().code == 0);
        const QJsonArray versions = QJsonDocument::fromJson(history(id).out.toUtf8()).array();
        QCOMPARE(versions.size(), 3);
        QCOMPARE(versions.last().toObject().value(u"last_action"_s).toString(), u"DELETED"_s);
        const QJsonObject before = versions.at(1).toObject();
        QCOMPARE(before.value(u"last_action"_s).toString(), u"UPDATED"_s);
        QCOMPARE(withoutMetadata(before.value(u"payload"_s).toObject()), withoutMetadata(last));
        QVERIFY(withoutMetadata(last).size() > 3); // a whole payload, not a tombstone
    }

    void theVersionsKeptAreBoundedAndZeroKeepsNone()
    {
        const QString id = m_ids.at(2);
        for (int i = 0; i < 4; ++i) {
            mutate(u"update_ids"_s, id);
            QVERIFY(sync({u"--history-versions"_s, u"2"_s}).code == 0);
        }
        QCOMPARE(versionsKept(id), 2);
        const QJsonArray versions = QJsonDocument::fromJson(history(id).out.toUtf8()).array();
        QCOMPARE(versions.size(), 3);
        QCOMPARE(withoutMetadata(versions.last().toObject().value(u"payload"_s).toObject()),
                 withoutMetadata(truthOf(id)));

        const QString quiet = m_ids.at(3);
        mutate(u"update_ids"_s, quiet);
        QVERIFY(sync().code == 0);
        QCOMPARE(versionsKept(quiet), 1);
        // History off: a record that changes loses the versions it had (its chain would skip this
        // change)...
        mutate(u"update_ids"_s, quiet);
        QVERIFY(sync({u"--history-versions"_s, u"0"_s}).code == 0);
        QCOMPARE(versionsKept(quiet), 0);
        QCOMPARE(QJsonDocument::fromJson(history(quiet).out.toUtf8()).array().size(), 1);
        // ...and on again, its versions from there on are whole.
        const QJsonObject before = truthOf(quiet);
        mutate(u"update_ids"_s, quiet);
        QVERIFY(sync().code == 0);
        const QJsonArray again = QJsonDocument::fromJson(history(quiet).out.toUtf8()).array();
        QCOMPARE(again.size(), 2);
        QCOMPARE(withoutMetadata(again.at(0).toObject().value(u"payload"_s).toObject()),
                 withoutMetadata(before));
        QCOMPARE(withoutMetadata(again.at(1).toObject().value(u"payload"_s).toObject()),
                 withoutMetadata(truthOf(quiet)));
        QCOMPARE(sync({u"--history-versions"_s, u"-1"_s}).code, 2);
    }

    void anUnknownRecordSaysSo()
    {
        const Run r = history(u"no-such-record"_s, {});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"no record no-such-record"_s), qPrintable(r.err));
        QCOMPARE(cli({u"history"_s, u"--integration"_s, u"hubspot"_s}).code, 2);
    }

    void cleanupTestCase() { stopSim(); }
};

QTEST_GUILESS_MAIN(TestRecordHistory)
#include "tst_record_history.moc"
