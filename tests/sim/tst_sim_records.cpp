// nango-sim's GET /records against the contract (§2.6 and §4): validation, paging by cursor, the
// cursor format and its qs quirk, filters (with Nango's buggy combinations), deletes and undeletes,
// and timestamps printed like Postgres to_json.
#include "SimHarness.h"

#include <QSet>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace simtest;

namespace {

const QString kPck = u"hubspot"_s;
const QString kConn = u"acme-corp"_s;
const QString kModel = u"HubspotContact"_s;

Headers connectionHeaders(const QString &pck = kPck, const QString &conn = kConn)
{
    return {{"Provider-Config-Key", pck.toUtf8()}, {"Connection-Id", conn.toUtf8()}};
}

QJsonObject meta(const QJsonObject &record)
{
    return record.value(u"_nango_metadata"_s).toObject();
}
QString cursorOf(const QJsonObject &record)
{
    return meta(record).value(u"cursor"_s).toString();
}
QString idOf(const QJsonObject &record)
{
    return record.value(u"id"_s).toString();
}

QStringList idsOf(const QList<QJsonObject> &records)
{
    QStringList out;
    for (const QJsonObject &r : records)
        out.append(idOf(r));
    return out;
}

// The two parts of a cursor, or nothing if it is not canonical standard base64 of "<ts>||<uuid>".
std::optional<std::pair<QString, QString>> decodeCursor(const QString &cursor)
{
    const auto decoded =
        QByteArray::fromBase64Encoding(cursor.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.toBase64() != cursor.toLatin1())
        return std::nullopt;
    const QStringList parts = QString::fromLatin1(decoded.decoded).split(u"||"_s);
    if (parts.size() != 2)
        return std::nullopt;
    return std::make_pair(parts.at(0), parts.at(1));
}

// Microseconds since the epoch as an ISO string with six fractional digits and Z.
QString isoZMicro(qint64 us)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(us / 1000, QTimeZone::utc());
    return t.toString(u"yyyy-MM-ddTHH:mm:ss"_s) + u'.' +
           QString::number(us % 1000000).rightJustified(6, u'0') + u'Z';
}

} // namespace

class TestSimRecords : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Sim> m_sim;

    void restart(const nangosim::SimOptions &options)
    {
        m_sim.reset();
        m_sim = std::make_unique<Sim>(options);
        QVERIFY(m_sim->start());
    }

    // Pages through GET /records until next_cursor is null, checking every page on the way.
    void fetchAll(const QString &query, int limit, QList<QJsonObject> *out, const QString &startCursor = {},
                  const Headers &headers = connectionHeaders())
    {
        out->clear();
        QString cursor = startCursor;
        for (int pages = 1;; ++pages) {
            QString target = QString(u"/records?model="_s + kModel + query);
            if (limit > 0)
                target += u"&limit=%1"_s.arg(limit);
            if (!cursor.isEmpty())
                target += QString(u"&cursor="_s + enc(cursor));
            const HttpReply r = m_sim->get(target, headers);
            QCOMPARE(r.status, 200);
            QCOMPARE(keysOf(r.object()), (QStringList{u"next_cursor"_s, u"records"_s}));
            const QJsonArray records = r.object().value(u"records"_s).toArray();
            QVERIFY(records.size() <= (limit > 0 ? limit : 100));
            for (const QJsonValue &v : records)
                out->append(v.toObject());
            const QJsonValue next = r.object().value(u"next_cursor"_s);
            if (next.isNull())
                return;
            QVERIFY(next.isString());
            // next_cursor is the last record's own cursor, and a page with more after it is full.
            QVERIFY(!records.isEmpty());
            QCOMPARE(next.toString(), cursorOf(records.last().toObject()));
            QCOMPARE(records.size(), limit > 0 ? limit : 100);
            cursor = next.toString();
            QVERIFY(pages < 10000);
        }
    }

    // (last_modified_at instant, internal uuid) strictly increases; cursors decode to exactly that.
    static void verifyOrder(const QList<QJsonObject> &records, const QString &offset, bool *sawTie = nullptr)
    {
        std::optional<std::pair<qint64, QString>> previous;
        for (const QJsonObject &r : records) {
            const QString modified = meta(r).value(u"last_modified_at"_s).toString();
            QVERIFY2(isPostgresTimestamp(modified, offset), qPrintable(modified));
            const auto parts = decodeCursor(cursorOf(r));
            QVERIFY2(parts, qPrintable(cursorOf(r)));
            QCOMPARE(parts->first, modified);
            QVERIFY(isUuid(parts->second));
            QCOMPARE(parts->second, parts->second.toLower());
            const std::pair<qint64, QString> key{*parseTimestampUs(modified), parts->second};
            if (previous) {
                QVERIFY2(*previous < key, qPrintable(idOf(r)));
                if (sawTie && previous->first == key.first)
                    *sawTie = true;
            }
            previous = key;
        }
    }

    static void verifyRecordShape(const QJsonObject &r, const QString &offset)
    {
        QVERIFY(r.value(u"id"_s).isString());
        QVERIFY(!idOf(r).isEmpty());
        const QJsonObject m = meta(r);
        QCOMPARE(keysOf(m), (QStringList{u"cursor"_s, u"deleted_at"_s, u"first_seen_at"_s, u"last_action"_s,
                                         u"last_modified_at"_s, u"pruned_at"_s}));
        const QString first = m.value(u"first_seen_at"_s).toString();
        const QString modified = m.value(u"last_modified_at"_s).toString();
        QVERIFY2(isPostgresTimestamp(first, offset), qPrintable(first));
        QVERIFY2(isPostgresTimestamp(modified, offset), qPrintable(modified));
        QVERIFY(*parseTimestampUs(first) <= *parseTimestampUs(modified));
        QVERIFY(m.value(u"pruned_at"_s).isNull());
        const QString action = m.value(u"last_action"_s).toString();
        if (m.value(u"deleted_at"_s).isNull()) {
            QCOMPARE(action, first == modified ? u"ADDED"_s : u"UPDATED"_s);
        } else {
            QCOMPARE(action, u"DELETED"_s);
            QVERIFY(isPostgresTimestamp(m.value(u"deleted_at"_s).toString(), offset));
        }
    }

private slots:
    void init()
    {
        m_sim = std::make_unique<Sim>();
        QVERIFY(m_sim->start());
    }
    void cleanup() { m_sim.reset(); }

    void requiresConnectionHeaders_data()
    {
        QTest::addColumn<Headers>("headers");
        QTest::newRow("none") << Headers{};
        QTest::newRow("no Connection-Id") << Headers{{"Provider-Config-Key", "hubspot"}};
        QTest::newRow("no Provider-Config-Key") << Headers{{"Connection-Id", "acme-corp"}};
    }
    void requiresConnectionHeaders()
    {
        QFETCH(Headers, headers);
        const HttpReply r = m_sim->get(u"/records?model=HubspotContact"_s, headers);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), u"invalid_headers"_s);
        QVERIFY(!r.error().value(u"errors"_s).toArray().isEmpty());
    }

    void unknownConnection()
    {
        const HttpReply r =
            m_sim->get(u"/records?model=HubspotContact"_s, connectionHeaders(kPck, u"nobody"_s));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.object(),
                 (QJsonObject{
                     {u"error"_s, QJsonObject{{u"code"_s, u"unknown_connection"_s},
                                              {u"message"_s, u"Provided ConnectionId and ProviderConfigKey "
                                                             "does not match a valid connection"_s}}}}));
        // The same connection id under another integration does not count.
        QCOMPARE(m_sim->get(u"/records?model=HubspotContact"_s, connectionHeaders(u"salesforce"_s, kConn))
                     .errorCode(),
                 u"unknown_connection"_s);
    }

    void queryValidation_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("status");
        QTest::newRow("unknown param") << u"model=HubspotContact&sort=desc"_s << 400;
        QTest::newRow("no model") << u"limit=5"_s << 400;
        QTest::newRow("lower-case model") << u"model=hubspotContact"_s << 400;
        QTest::newRow("one-letter model") << u"model=H"_s << 400;
        QTest::newRow("limit 0") << u"model=HubspotContact&limit=0"_s << 400;
        QTest::newRow("limit 10001") << u"model=HubspotContact&limit=10001"_s << 400;
        QTest::newRow("limit not a number") << u"model=HubspotContact&limit=ten"_s << 400;
        QTest::newRow("bad filter") << u"model=HubspotContact&filter=banana"_s << 400;
        QTest::newRow("limit 1") << u"model=HubspotContact&limit=1"_s << 200;
        QTest::newRow("limit 10000") << u"model=HubspotContact&limit=10000"_s << 200;
        QTest::newRow("unknown model: empty") << u"model=NoSuchModel"_s << 200;
    }
    void queryValidation()
    {
        QFETCH(QString, query);
        QFETCH(int, status);
        const HttpReply r = m_sim->get(QString(u"/records?"_s + query), connectionHeaders());
        QCOMPARE(r.status, status);
        if (status == 400) {
            QCOMPARE(r.errorCode(), u"invalid_query_params"_s);
            QVERIFY(!r.error().value(u"errors"_s).toArray().isEmpty());
        }
    }

    void defaultPageSize()
    {
        const HttpReply r = m_sim->get(u"/records?model=HubspotContact"_s, connectionHeaders());
        QCOMPARE(r.status, 200);
        const QJsonArray records = r.object().value(u"records"_s).toArray();
        QCOMPARE(records.size(), 100);
        QCOMPARE(r.object().value(u"next_cursor"_s).toString(), cursorOf(records.last().toObject()));
        // The Node SDK calls GET /records/ with a trailing slash.
        const HttpReply slash = m_sim->get(u"/records/?model=HubspotContact"_s, connectionHeaders());
        QCOMPARE(slash.status, 200);
        QCOMPARE(slash.object(), r.object());
    }

    void pagingReturnsEveryRecordOnceInOrder_data()
    {
        QTest::addColumn<int>("limit");
        QTest::newRow("37") << 37;
        QTest::newRow("100") << 100;
        QTest::newRow("all in one") << 10000;
    }
    void pagingReturnsEveryRecordOnceInOrder()
    {
        QFETCH(int, limit);
        const QList<QJsonObject> truth = m_sim->truth(kPck, kConn, kModel);
        QVERIFY(truth.size() > 400);
        QList<QJsonObject> records;
        fetchAll({}, limit, &records);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(records.size(), truth.size());
        const QStringList ids = idsOf(records);
        QCOMPARE(ids, idsOf(truth));
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), records.size());
        bool sawTie = false;
        verifyOrder(records, u"+00:00"_s, &sawTie);
        // Batches share one timestamp, so the uuid tie-break is exercised.
        QVERIFY(sawTie);
        for (const QJsonObject &r : records)
            verifyRecordShape(r, u"+00:00"_s);
        QCOMPARE(records, truth);
    }

    void idIsAlwaysAString_data()
    {
        QTest::addColumn<QString>("pck");
        QTest::addColumn<QString>("conn");
        QTest::addColumn<QString>("query");
        QTest::newRow("hubspot") << u"hubspot"_s << u"globex"_s << u"model=HubspotDeal"_s;
        QTest::newRow("github issue") << u"github"_s << u"acme-corp"_s << u"model=GithubIssue"_s;
        QTest::newRow("github comment") << u"github"_s << u"acme-corp"_s << u"model=GithubIssueComment"_s;
        QTest::newRow("salesforce") << u"salesforce"_s << u"initech"_s << u"model=SalesforceAccount"_s;
        QTest::newRow("variant") << u"salesforce"_s << u"initech"_s
                                 << u"model=SalesforceOpportunity&variant=emea"_s;
    }
    void idIsAlwaysAString()
    {
        QFETCH(QString, pck);
        QFETCH(QString, conn);
        QFETCH(QString, query);
        const HttpReply r = m_sim->get(u"/records?%1&limit=10000"_s.arg(query), connectionHeaders(pck, conn));
        QCOMPARE(r.status, 200);
        const QJsonArray records = r.object().value(u"records"_s).toArray();
        QVERIFY(records.size() > 100);
        for (const QJsonValue &v : records) {
            QVERIFY2(v.toObject().value(u"id"_s).isString(),
                     qPrintable(QString::fromUtf8(QJsonDocument(v.toObject()).toJson())));
            verifyRecordShape(v.toObject(), u"+00:00"_s);
        }
        if (pck == u"github" && query.endsWith(u"GithubIssue"_s)) {
            // Numeric provider ids still come back as strings.
            bool numeric = false;
            records.first().toObject().value(u"id"_s).toString().toLongLong(&numeric);
            QVERIFY(numeric);
        }
    }

    void variants()
    {
        const Headers h = connectionHeaders(u"salesforce"_s, u"initech"_s);
        const HttpReply plain = m_sim->get(u"/records?model=SalesforceOpportunity&limit=10000"_s, h);
        const HttpReply base =
            m_sim->get(u"/records?model=SalesforceOpportunity&variant=base&limit=10000"_s, h);
        const HttpReply emea =
            m_sim->get(u"/records?model=SalesforceOpportunity&variant=emea&limit=10000"_s, h);
        QCOMPARE(plain.status, 200);
        QCOMPARE(base.object(), plain.object());
        QCOMPARE(emea.status, 200);
        QSet<QString> baseCursors;
        for (const QJsonValue &v : plain.object().value(u"records"_s).toArray())
            baseCursors.insert(cursorOf(v.toObject()));
        const QJsonArray emeaRecords = emea.object().value(u"records"_s).toArray();
        QVERIFY(!emeaRecords.isEmpty());
        for (const QJsonValue &v : emeaRecords)
            QVERIFY(!baseCursors.contains(cursorOf(v.toObject())));
        QCOMPARE(m_sim->get(u"/records?model=SalesforceOpportunity&variant=bad!variant"_s, h).status, 400);
    }

    void invalidCursors_data()
    {
        QTest::addColumn<QString>("cursor"); // sent percent-encoded
        QTest::addColumn<int>("status");
        QTest::newRow("not base64") << u"!!!!"_s << 500;
        QTest::newRow("base64 of junk") << QString::fromLatin1(QByteArray("hello world").toBase64()) << 500;
        QTest::newRow("no uuid") << QString::fromLatin1(
                                        QByteArray("2024-01-01T00:00:00+00:00||abc").toBase64())
                                 << 500;
        QTest::newRow("no offset")
            << QString::fromLatin1(
                   QByteArray("2024-01-01T00:00:00.5||15ccc805-64d5-4940-a7e0-45fc704997a1").toBase64())
            << 500;
        QTest::newRow("three parts")
            << QString::fromLatin1(
                   QByteArray("2024-01-01T00:00:00+00:00||15ccc805-64d5-4940-a7e0-45fc704997a1||x")
                       .toBase64())
            << 500;
        QTest::newRow("1000 characters") << QString(1000, u'A') << 500;
        QTest::newRow("1001 characters") << QString(1001, u'A') << 400;
    }
    void invalidCursors()
    {
        QFETCH(QString, cursor);
        QFETCH(int, status);
        const HttpReply r = m_sim->get(QString(u"/records?model=HubspotContact&cursor="_s + enc(cursor)),
                                       connectionHeaders());
        QCOMPARE(r.status, status);
        if (status == 500) {
            // Every store error, an undecodable cursor included, is a 500.
            QCOMPARE(r.object(),
                     (QJsonObject{{u"error"_s, QJsonObject{{u"code"_s, u"server_error"_s},
                                                           {u"message"_s, u"Failed to fetch records"_s}}}}));
        } else {
            QCOMPARE(r.errorCode(), u"invalid_query_params"_s);
        }
    }

    void anyWellFormedCursorIsAPosition()
    {
        // A cursor is a (timestamp, uuid) position, not a record lookup: a made-up one works.
        const QList<QJsonObject> truth = m_sim->truth(kPck, kConn, kModel);
        const QJsonObject middle = truth.at(truth.size() / 2);
        const qint64 at = *parseTimestampUs(meta(middle).value(u"last_modified_at"_s).toString());
        const QByteArray text =
            QByteArray(isoZMicro(at).chopped(1).toLatin1() + "+00:00||00000000-0000-4000-8000-000000000000");
        QList<QJsonObject> records;
        fetchAll({}, 1000, &records, QString::fromLatin1(text.toBase64()));
        if (QTest::currentTestFailed())
            return;
        QStringList expected;
        for (const QJsonObject &r : truth)
            if (*parseTimestampUs(meta(r).value(u"last_modified_at"_s).toString()) >= at)
                expected.append(idOf(r));
        QVERIFY(!expected.isEmpty());
        QCOMPARE(idsOf(records), expected);
    }

    void cursorPlusNeedsPercentEncoding()
    {
        const QList<QJsonObject> truth = m_sim->truth(kPck, kConn, kModel);
        // Base64 of these ASCII cursors never contains '+' or '/', but decoders ignore the unused low
        // bits of the last character before "==": if the text is 1 mod 3 long and its last byte has
        // its two low bits set ('3', '7', 'c'), "…w==" and "…+==" decode to the same bytes.
        int index = -1;
        for (int i = 0; i + 1 < truth.size() && index < 0; ++i) {
            const QString cursor = cursorOf(truth.at(i));
            if (cursor.endsWith(u"w=="_s))
                index = i;
        }
        QVERIFY2(index >= 0, "no cursor ending in w==");
        const QString cursor = cursorOf(truth.at(index));
        QString plus = cursor;
        plus[plus.size() - 3] = u'+';
        QCOMPARE(QByteArray::fromBase64(plus.toLatin1()), QByteArray::fromBase64(cursor.toLatin1()));

        const HttpReply reference = m_sim->get(
            QString(u"/records?model=HubspotContact&limit=20&cursor="_s + enc(cursor)), connectionHeaders());
        QCOMPARE(reference.status, 200);
        const QJsonArray expected = reference.object().value(u"records"_s).toArray();
        QCOMPARE(expected.first().toObject(), truth.at(index + 1));

        // Percent-encoded ('+' as %2B, '=' as %3D), the '+' cursor is the same position.
        const HttpReply encoded = m_sim->get(
            QString(u"/records?model=HubspotContact&limit=20&cursor="_s + enc(plus)), connectionHeaders());
        QVERIFY(enc(plus).contains(u"%2B"_s));
        QCOMPARE(encoded.status, 200);
        QCOMPARE(encoded.object().value(u"records"_s).toArray(), expected);

        // Sent raw, qs turns '+' into a space: the cursor no longer decodes and the server fails.
        const HttpReply raw = m_sim->get(QString(u"/records?model=HubspotContact&limit=20&cursor="_s + plus),
                                         connectionHeaders());
        QCOMPARE(raw.status, 500);
        QCOMPARE(raw.errorCode(), u"server_error"_s);
        QCOMPARE(raw.errorMessage(), u"Failed to fetch records"_s);

        // '=' needs no encoding for qs (only the first '=' splits key and value).
        const HttpReply rawEquals = m_sim->get(
            QString(u"/records?model=HubspotContact&limit=20&cursor="_s + cursor), connectionHeaders());
        QCOMPARE(rawEquals.status, 200);
        QCOMPARE(rawEquals.object().value(u"records"_s).toArray(), expected);
    }

    void idsFilter()
    {
        const QList<QJsonObject> truth = m_sim->truth(kPck, kConn, kModel);
        const QString a = idOf(truth.at(5));
        const QString b = idOf(truth.at(250));
        const QString c = idOf(truth.at(400));
        HttpReply r =
            m_sim->get(u"/records?model=HubspotContact&ids=%1&ids=%2&ids=%3"_s.arg(enc(c), enc(a), enc(b)),
                       connectionHeaders());
        QCOMPARE(r.status, 200);
        QJsonArray records = r.object().value(u"records"_s).toArray();
        QCOMPARE(records.size(), 3);
        // In cursor order, whatever the order of the ids.
        QCOMPARE(records.at(0).toObject(), truth.at(5));
        QCOMPARE(records.at(1).toObject(), truth.at(250));
        QCOMPARE(records.at(2).toObject(), truth.at(400));
        QVERIFY(r.object().value(u"next_cursor"_s).isNull());

        r = m_sim->get(QString(u"/records?model=HubspotContact&ids="_s + enc(b)), connectionHeaders());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"records"_s).toArray(), QJsonArray{truth.at(250)});

        // Bracket syntax is the same array for qs.
        r = m_sim->get(u"/records?model=HubspotContact&ids%5B%5D=%1&ids%5B%5D=%2"_s.arg(enc(a), enc(b)),
                       connectionHeaders());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"records"_s).toArray().size(), 2);

        // With a limit the filtered set pages like any other.
        r = m_sim->get(
            u"/records?model=HubspotContact&limit=2&ids=%1&ids=%2&ids=%3"_s.arg(enc(a), enc(b), enc(c)),
            connectionHeaders());
        QCOMPARE(r.object().value(u"records"_s).toArray().size(), 2);
        QCOMPARE(r.object().value(u"next_cursor"_s).toString(), cursorOf(truth.at(250)));

        r = m_sim->get(u"/records?model=HubspotContact&ids=no-such-id"_s, connectionHeaders());
        QCOMPARE(r.status, 200);
        QVERIFY(r.object().value(u"records"_s).toArray().isEmpty());
        QVERIFY(r.object().value(u"next_cursor"_s).isNull());

        QString tooMany = u"/records?model=HubspotContact"_s;
        for (int i = 0; i < 101; ++i)
            tooMany += u"&ids=x%1"_s.arg(i);
        QCOMPARE(m_sim->get(tooMany, connectionHeaders()).status, 400);
    }

    void modifiedAfter()
    {
        const QList<QJsonObject> truth = m_sim->truth(kPck, kConn, kModel);
        const QJsonObject pivot = truth.at(truth.size() / 2);
        const qint64 at = *parseTimestampUs(meta(pivot).value(u"last_modified_at"_s).toString());
        QStringList expected;
        for (const QJsonObject &r : truth)
            if (*parseTimestampUs(meta(r).value(u"last_modified_at"_s).toString()) >= at)
                expected.append(idOf(r));
        QVERIFY(expected.contains(idOf(pivot))); // inclusive
        QVERIFY(expected.size() < truth.size());

        QList<QJsonObject> records;
        fetchAll(QString(u"&modified_after="_s + enc(isoZMicro(at))), 50, &records);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(idsOf(records), expected);
        // The deprecated alias works the same.
        fetchAll(QString(u"&delta="_s + enc(isoZMicro(at))), 50, &records);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(idsOf(records), expected);

        // Both given: delta wins (query.delta || query.modified_after).
        const qint64 late =
            *parseTimestampUs(meta(truth.at(truth.size() - 5)).value(u"last_modified_at"_s).toString());
        QVERIFY(late > at);
        fetchAll(u"&modified_after=%1&delta=%2"_s.arg(enc(isoZMicro(late)), enc(isoZMicro(at))), 50,
                 &records);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(idsOf(records), expected);

        // zod's datetime(): only Z. An offset is rejected even when it names the same instant.
        const QString withOffset = QDateTime::fromMSecsSinceEpoch(at / 1000, QTimeZone(3600))
                                       .toString(u"yyyy-MM-ddTHH:mm:ss.zzz"_s) +
                                   u"+01:00"_s;
        HttpReply r =
            m_sim->get(QString(u"/records?model=HubspotContact&modified_after="_s + enc(withOffset)),
                       connectionHeaders());
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), u"invalid_query_params"_s);
        r = m_sim->get(u"/records?model=HubspotContact&modified_after=yesterday"_s, connectionHeaders());
        QCOMPARE(r.status, 400);

        // Within the last 365 days.
        const QString old =
            QDateTime::currentDateTimeUtc().addMonths(-13).toString(u"yyyy-MM-ddTHH:mm:ss.zzz"_s) + u'Z';
        r = m_sim->get(QString(u"/records?model=HubspotContact&modified_after="_s + enc(old)),
                       connectionHeaders());
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), u"invalid_query_params"_s);
        QVERIFY(r.body.contains("12 months"));
        const QString recent =
            QDateTime::currentDateTimeUtc().addMonths(-11).toString(u"yyyy-MM-ddTHH:mm:ss.zzz"_s) + u'Z';
        r = m_sim->get(QString(u"/records?model=HubspotContact&limit=1&modified_after="_s + enc(recent)),
                       connectionHeaders());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"records"_s).toArray().first().toObject(), truth.first());
    }

    void filters_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QStringList>("actions"); // the last_action values that come back
        QTest::newRow("added") << u"added"_s << QStringList{u"ADDED"_s};
        QTest::newRow("updated") << u"updated"_s << QStringList{u"UPDATED"_s};
        QTest::newRow("deleted") << u"deleted"_s << QStringList{u"DELETED"_s};
        // The enum has the lower- and the upper-case spelling, not a mixed one (see tst_sim_genuine).
        QTest::newRow("upper case") << u"DELETED"_s << QStringList{u"DELETED"_s};
        // Nango's buggy combinations (postgres.ts): deleted records never come back with another value.
        QTest::newRow("added,updated") << u"added,updated"_s << QStringList{u"ADDED"_s, u"UPDATED"_s};
        QTest::newRow("updated,deleted") << u"updated,deleted"_s << QStringList{u"UPDATED"_s};
        QTest::newRow("added,deleted") << u"added,deleted"_s << QStringList{u"ADDED"_s};
        QTest::newRow("all three") << u"added,updated,deleted"_s << QStringList{u"ADDED"_s, u"UPDATED"_s};
    }
    void filters()
    {
        QFETCH(QString, filter);
        QFETCH(QStringList, actions);
        const QList<QJsonObject> truth = m_sim->truth(kPck, kConn, kModel);
        QStringList expected;
        QSet<QString> present;
        for (const QJsonObject &r : truth) {
            const QString action = meta(r).value(u"last_action"_s).toString();
            present.insert(action);
            if (actions.contains(action))
                expected.append(idOf(r));
        }
        // The seeded data has all three kinds, so every row can tell the filters apart.
        QCOMPARE(present, (QSet<QString>{u"ADDED"_s, u"UPDATED"_s, u"DELETED"_s}));
        QList<QJsonObject> records;
        fetchAll(QString(u"&filter="_s + enc(filter)), 40, &records);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(idsOf(records), expected);
        for (const QJsonObject &r : records)
            QVERIFY(actions.contains(meta(r).value(u"last_action"_s).toString()));
    }

    void recordChangedWhilePagingComesBackLater()
    {
        const HttpReply first = m_sim->get(u"/records?model=HubspotContact&limit=100"_s, connectionHeaders());
        QCOMPARE(first.status, 200);
        const QJsonArray page1 = first.object().value(u"records"_s).toArray();
        QCOMPARE(page1.size(), 100);
        const QString cursor = first.object().value(u"next_cursor"_s).toString();

        const HttpReply mutate = m_sim->control("POST", u"/_sim/mutate"_s,
                                                {{u"integration"_s, kPck},
                                                 {u"connection"_s, kConn},
                                                 {u"sync"_s, u"contacts"_s},
                                                 {u"update"_s, 300}});
        QCOMPARE(mutate.status, 200);
        QVERIFY(mutate.object().value(kModel).toObject().value(u"updated"_s).toInt() > 0);

        QList<QJsonObject> rest;
        fetchAll({}, 100, &rest, cursor);
        if (QTest::currentTestFailed())
            return;

        QHash<QString, QJsonObject> now;
        for (const QJsonObject &r : m_sim->truth(kPck, kConn, kModel))
            now.insert(idOf(r), r);
        QStringList changed;
        for (const QJsonValue &v : page1) {
            const QJsonObject before = v.toObject();
            if (meta(now.value(idOf(before))).value(u"last_modified_at"_s) !=
                meta(before).value(u"last_modified_at"_s))
                changed.append(idOf(before));
        }
        QVERIFY(!changed.isEmpty());
        const QStringList restIds = idsOf(rest);
        for (const QString &id : std::as_const(changed)) {
            // Moved past the cursor: returned a second time, with its new state.
            QCOMPARE(restIds.count(id), 1);
            const QJsonObject again = rest.at(restIds.indexOf(id));
            QCOMPARE(again, now.value(id));
            QCOMPARE(meta(again).value(u"last_action"_s).toString(), u"UPDATED"_s);
        }
        // Nothing was lost, and only changed records were seen twice.
        QSet<QString> seen(restIds.begin(), restIds.end());
        for (const QJsonValue &v : page1) {
            seen.insert(idOf(v.toObject()));
            if (!changed.contains(idOf(v.toObject())))
                QVERIFY(!restIds.contains(idOf(v.toObject())));
        }
        QCOMPARE(seen.size(), now.size());
        QCOMPARE(restIds.size(), QSet<QString>(restIds.begin(), restIds.end()).size());
    }

    void undeletedRecordComesBackAdded()
    {
        QHash<QString, QJsonObject> before;
        for (const QJsonObject &r : m_sim->truth(kPck, kConn, kModel))
            before.insert(idOf(r), r);
        HttpReply r = m_sim->control("POST", u"/_sim/mutate"_s,
                                     {{u"integration"_s, kPck},
                                      {u"connection"_s, kConn},
                                      {u"sync"_s, u"contacts"_s},
                                      {u"delete"_s, 5}});
        QCOMPARE(r.status, 200);
        const int reported = r.object().value(kModel).toObject().value(u"deleted"_s).toInt();
        QVERIFY(reported >= 1);

        QStringList deleted;
        for (const QJsonObject &rec : m_sim->truth(kPck, kConn, kModel)) {
            const QJsonObject old = before.value(idOf(rec));
            if (meta(rec).value(u"last_action"_s) == u"DELETED"_s &&
                meta(old).value(u"last_action"_s) != u"DELETED"_s) {
                deleted.append(idOf(rec));
                // A soft delete keeps the payload and bumps last_modified_at; deleted_at comes from a
                // JavaScript Date taken just before: milliseconds, a few of them earlier.
                const auto deletedAt = parseTimestampUs(meta(rec).value(u"deleted_at"_s).toString());
                const auto modifiedAt = parseTimestampUs(meta(rec).value(u"last_modified_at"_s).toString());
                QVERIFY(deletedAt && modifiedAt);
                QCOMPARE(*deletedAt % 1000, 0);
                QVERIFY(*modifiedAt - *deletedAt >= 1000 && *modifiedAt - *deletedAt < 6000);
                QCOMPARE(meta(rec).value(u"first_seen_at"_s), meta(old).value(u"first_seen_at"_s));
                QJsonObject payload = rec;
                QJsonObject oldPayload = old;
                payload.remove(u"_nango_metadata"_s);
                oldPayload.remove(u"_nango_metadata"_s);
                QCOMPARE(payload, oldPayload);
            }
        }
        QCOMPARE(deleted.size(), reported);
        HttpReply onlyDeleted =
            m_sim->get(u"/records?model=HubspotContact&filter=deleted&ids=%1"_s.arg(enc(deleted.first())),
                       connectionHeaders());
        QCOMPARE(onlyDeleted.object().value(u"records"_s).toArray().size(), 1);

        // Saving them again: every deleted record is undeleted.
        r = m_sim->control("POST", u"/_sim/mutate"_s,
                           {{u"integration"_s, kPck},
                            {u"connection"_s, kConn},
                            {u"sync"_s, u"contacts"_s},
                            {u"undelete"_s, 100000}});
        QCOMPARE(r.status, 200);
        QVERIFY(r.object().value(kModel).toObject().value(u"added"_s).toInt() >= reported);

        QHash<QString, QJsonObject> after;
        for (const QJsonObject &rec : m_sim->truth(kPck, kConn, kModel))
            after.insert(idOf(rec), rec);
        for (const QString &id : std::as_const(deleted)) {
            const QJsonObject m = meta(after.value(id));
            QCOMPARE(m.value(u"last_action"_s).toString(), u"ADDED"_s);
            QVERIFY(m.value(u"deleted_at"_s).isNull());
            // The records trigger resets created_at: a new first_seen_at, equal to last_modified_at.
            QCOMPARE(m.value(u"first_seen_at"_s), m.value(u"last_modified_at"_s));
            QVERIFY(*parseTimestampUs(m.value(u"first_seen_at"_s).toString()) >
                    *parseTimestampUs(meta(before.value(id)).value(u"first_seen_at"_s).toString()));
            const HttpReply api =
                m_sim->get(QString(u"/records?model=HubspotContact&ids="_s + enc(id)), connectionHeaders());
            QCOMPARE(api.status, 200);
            QCOMPARE(api.object().value(u"records"_s).toArray(), QJsonArray{after.value(id)});
            const HttpReply added = m_sim->get(
                u"/records?model=HubspotContact&filter=added&ids=%1"_s.arg(enc(id)), connectionHeaders());
            QCOMPARE(added.object().value(u"records"_s).toArray().size(), 1);
        }
        QList<QJsonObject> deletedNow;
        fetchAll(u"&filter=deleted"_s, 100, &deletedNow);
        QVERIFY(deletedNow.isEmpty());
    }

    void timestampsLikePostgresInOtherZones()
    {
        nangosim::SimOptions options = defaultOptions();
        options.tzOffsetMinutes = -300;
        restart(options);
        const QList<QJsonObject> truth = m_sim->truth(kPck, kConn, kModel);
        QList<QJsonObject> records;
        fetchAll({}, 77, &records);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(idsOf(records), idsOf(truth));
        verifyOrder(records, u"-05:00"_s);
        bool sawDeleted = false;
        for (const QJsonObject &r : std::as_const(records)) {
            verifyRecordShape(r, u"-05:00"_s);
            sawDeleted = sawDeleted || !meta(r).value(u"deleted_at"_s).isNull();
            QVERIFY(
                QString::fromLatin1(QByteArray::fromBase64(cursorOf(r).toLatin1())).contains(u"-05:00||"_s));
        }
        QVERIFY(sawDeleted);

        // Trailing zeros of the microseconds are trimmed, as to_json does (verifyRecordShape refuses a
        // trailing zero); over every table some timestamp is short.
        bool sawTrimmed = false;
        static const QRegularExpression fraction(u"\\.(\\d+)[+-]"_s);
        const QList<QStringList> tables{{u"hubspot"_s, u"acme-corp"_s, u"HubspotDeal"_s},
                                        {u"hubspot"_s, u"globex"_s, u"HubspotContact"_s},
                                        {u"hubspot"_s, u"globex"_s, u"HubspotDeal"_s},
                                        {u"github"_s, u"acme-corp"_s, u"GithubIssue"_s},
                                        {u"github"_s, u"acme-corp"_s, u"GithubIssueComment"_s},
                                        {u"salesforce"_s, u"initech"_s, u"SalesforceAccount"_s},
                                        {u"salesforce"_s, u"initech"_s, u"SalesforceOpportunity"_s},
                                        {u"hubspot-eu"_s, u"umbrella"_s, u"HubspotContact"_s}};
        QList<QJsonObject> all = truth;
        for (const QStringList &t : tables)
            all += m_sim->truth(t.at(0), t.at(1), t.at(2));
        for (const QJsonObject &r : std::as_const(all)) {
            for (const QString &field : {u"first_seen_at"_s, u"last_modified_at"_s}) {
                const QString text = meta(r).value(field).toString();
                QVERIFY2(isPostgresTimestamp(text, u"-05:00"_s), qPrintable(text));
                const auto m = fraction.match(text);
                sawTrimmed = sawTrimmed || !m.hasMatch() || m.captured(1).size() < 6;
            }
        }
        QVERIFY(all.size() > 4000);
        QVERIFY(sawTrimmed);

        // The offset changes the text, not the instants: a modified_after in Z still selects by instant.
        const qint64 at = *parseTimestampUs(meta(truth.at(300)).value(u"last_modified_at"_s).toString());
        fetchAll(QString(u"&modified_after="_s + enc(isoZMicro(at))), 100, &records);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(!records.isEmpty());
        for (const QJsonObject &r : std::as_const(records))
            QVERIFY(*parseTimestampUs(meta(r).value(u"last_modified_at"_s).toString()) >= at);
    }
};

QTEST_GUILESS_MAIN(TestSimRecords)
#include "tst_sim_records.moc"
