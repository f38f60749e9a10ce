// Small pure functions of the engine: timestamps, cursors, query encoding, error messages, CSV cells.
#include "api/ApiError.h"
#include "api/NangoClient.h"
#include "api/RecordsPage.h"
#include "cache/RecordStore.h"
#include "cache/sqlite/Database.h"
#include "cache/sqlite/Migrations.h"
#include "cache/sqlite/SqliteSearchIndex.h"
#include "export/RecordExporter.h"
#include "secrets/KeyLoader.h"
#include "util/CursorInfo.h"
#include "util/Logging.h"
#include "util/Timestamp.h"
#include "webhook/WebhookVerifier.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

class TestUnits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void timestampsKeepMicroseconds_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qint64>("micros");
        QTest::newRow("postgres utc")
            << QByteArray("2023-09-18T15:20:35.941305+00:00") << qint64(1695050435941305);
        QTest::newRow("trimmed zeros")
            << QByteArray("2023-09-18T15:20:35.9413+00:00") << qint64(1695050435941300);
        QTest::newRow("no fraction") << QByteArray("2023-09-18T15:20:35+00:00") << qint64(1695050435000000);
        QTest::newRow("negative offset")
            << QByteArray("2024-03-04T06:59:51.471441-05:00") << qint64(1709553591471441);
        QTest::newRow("z") << QByteArray("2024-03-04T11:59:51.471441Z") << qint64(1709553591471441);
        QTest::newRow("space and short offset")
            << QByteArray("2024-03-04 12:59:51.471441+01") << qint64(1709553591471441);
        QTest::newRow("nanoseconds cut")
            << QByteArray("2024-03-04T11:59:51.471441999Z") << qint64(1709553591471441);
    }
    void timestampsKeepMicroseconds()
    {
        QFETCH(QByteArray, text);
        QFETCH(qint64, micros);
        QCOMPARE(nd::Timestamp::parseMicros(text).value_or(-1), micros);
    }
    void timestampsWithoutOffsetAreRejected()
    {
        QVERIFY(!nd::Timestamp::parseMicros("2024-03-04T11:59:51"));
        QVERIFY(!nd::Timestamp::parseMicros("yesterday"));
        QVERIFY(!nd::Timestamp::parseMicros("2024-13-04T11:59:51Z"));
    }
    void cursorDecodesForDisplay()
    {
        const QByteArray cursor = "MjAyNC0wMy0wNFQwNjo1OTo1MS40NzE0NDEtMDU6MDB8fDE1Y2NjODA1LTY0ZDUtNDk0MC1hN2"
                                  "UwLTQ1ZmM3MDQ5OTdhMQ==";
        const auto info = nd::CursorInfo::decode(cursor);
        QVERIFY(info);
        QCOMPARE(info->timestamp, QByteArray("2024-03-04T06:59:51.471441-05:00"));
        QCOMPARE(info->recordUuid, QByteArray("15ccc805-64d5-4940-a7e0-45fc704997a1"));
        QCOMPARE(info->micros, qint64(1709553591471441));
        QVERIFY(!nd::CursorInfo::decode("not a cursor"));
    }
    void queryEncodingProtectsBase64()
    {
        // qs decodes '+' to a space: a cursor must go out as %2B, '/' as %2F and '=' as %3D.
        const QByteArray q =
            nd::NangoClient::encodeQuery({{u"cursor"_s, u"ab+c/d=="_s}, {u"model"_s, u"Hub Spot"_s}});
        QCOMPARE(q, QByteArray("cursor=ab%2Bc%2Fd%3D%3D&model=Hub%20Spot"));
    }
    void errorsTellWhatToDo()
    {
        const QUrl url(u"https://api.nango.dev/records"_s);
        auto e = nd::ApiError::fromReply(
            401, "application/json",
            "{\"error\":{\"code\":\"unknown_account\",\"message\":\"Authentication failed.\"}}", url);
        QCOMPARE(e.kind, nd::ApiError::Kind::Unauthorized);
        QVERIFY(e.userMessage().contains(u"another environment"_s));
        e = nd::ApiError::fromReply(403, "application/json",
                                    "{\"error\":{\"code\":\"forbidden\",\"message\":\"Insufficient scope. "
                                    "Required: environment:records:read\"}}",
                                    url);
        QCOMPARE(e.kind, nd::ApiError::Kind::Forbidden);
        QVERIFY(e.userMessage().contains(u"environment:records:read"_s));
        e = nd::ApiError::fromReply(404, "application/json", "{\"error\":{\"code\":\"unknown_connection\"}}",
                                    url);
        QVERIFY(e.userMessage().contains(u"another environment (dev or prod)"_s));
        e = nd::ApiError::fromReply(200, "text/html", "<!doctype html><html></html>", url);
        QCOMPARE(e.kind, nd::ApiError::Kind::NotNango);
        QVERIFY(e.userMessage().contains(u"port 3003"_s));
    }
    void recordsPageParsesRawRecords()
    {
        const QByteArray body =
            "{\"records\":[{\"name\":\"A "
            "\\\"q\\\"\",\"id\":42,\"_nango_metadata\":{\"first_seen_at\":\"2024-01-01T00:00:00+00:00\","
            "\"last_modified_at\":\"2024-01-02T00:00:00.5+00:00\",\"last_action\":\"UPDATED\",\"deleted_at\":"
            "null,\"pruned_at\":null,\"cursor\":\"Y3Vyc29y\"}}],\"next_cursor\":\"Y3Vyc29y\"}";
        QString error;
        const auto page = nd::parseRecordsPage(body, &error);
        QVERIFY2(page, qPrintable(error));
        QCOMPARE(page->records.size(), size_t(1));
        const nd::PulledRecord &r = page->records.front();
        QCOMPARE(r.id, QByteArray("42")); // a numeric id becomes its text
        QCOMPARE(r.json,
                 QByteArray("{\"name\":\"A "
                            "\\\"q\\\"\",\"id\":42,\"_nango_metadata\":{\"first_seen_at\":\"2024-01-01T00:00:"
                            "00+00:00\",\"last_modified_at\":\"2024-01-02T00:00:00.5+00:00\",\"last_action\":"
                            "\"UPDATED\",\"deleted_at\":null,\"pruned_at\":null,\"cursor\":\"Y3Vyc29y\"}}"));
        QCOMPARE(r.lastModifiedUs, qint64(1704153600500000));
        QCOMPARE(page->nextCursor, QByteArray("Y3Vyc29y"));
        QCOMPARE(page->fields, (std::vector<QByteArray>{"name", "id"})); // metadata is not a field
        QVERIFY(!nd::parseRecordsPage("{\"next_cursor\":null}", &error));
        QVERIFY(!nd::parseRecordsPage("{\"records\":[{\"id\":\"1\"}],\"next_cursor\":null}", &error));
        QVERIFY(!nd::parseRecordsPage("<html>", &error));
    }
    void csvCellsAreQuotedAndGuarded()
    {
        QCOMPARE(nd::RecordExporter::csvCell("plain", ',', true, true), QByteArray("plain"));
        QCOMPARE(nd::RecordExporter::csvCell("a,b", ',', true, true), QByteArray("\"a,b\""));
        QCOMPARE(nd::RecordExporter::csvCell("say \"hi\"", ',', true, true),
                 QByteArray("\"say \"\"hi\"\"\""));
        QCOMPARE(nd::RecordExporter::csvCell("line\nbreak", ';', true, true), QByteArray("\"line\nbreak\""));
        QCOMPARE(nd::RecordExporter::csvCell("=HYPERLINK(\"x\")", ',', true, true),
                 QByteArray("\"'=HYPERLINK(\"\"x\"\")\""));
        QCOMPARE(nd::RecordExporter::csvCell("+1", ',', true, true), QByteArray("'+1"));
        QCOMPARE(nd::RecordExporter::csvCell("@cmd", ',', true, false), QByteArray("@cmd"));
        QCOMPARE(nd::RecordExporter::csvCell("-5", ',', false, true),
                 QByteArray("-5")); // a number stays a number
    }
    void hmacMatchesAndComparesInConstantTime()
    {
        // RFC 4231 test case 2.
        QCOMPARE(nd::WebhookVerifier::hmacHex("Jefe", "what do ya want for nothing?"),
                 QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
        QVERIFY(nd::WebhookVerifier::constantTimeEquals("abc", "abc"));
        QVERIFY(!nd::WebhookVerifier::constantTimeEquals("abc", "abd"));
        QVERIFY(!nd::WebhookVerifier::constantTimeEquals("abc", "abcd"));
    }
    void searchTextHasValuesNotKeys()
    {
        const QByteArray text = nd::SqliteSearchIndex::searchableText(
            "{\"name\":\"Zoë\",\"n\":42,\"tags\":[\"a\",{\"deep\":true}],\"id\":\"7\","
            "\"_nango_metadata\":{\"cursor\":\"c2VjcmV0\"}}");
        QVERIFY(text.contains("Zoë"));
        QVERIFY(text.contains("42"));
        QVERIFY(text.contains("true"));
        QVERIFY(text.contains("7"));
        QVERIFY(!text.contains("name"));
        QVERIFY(!text.contains("c2VjcmV0")); // metadata is not searchable
        QCOMPARE(nd::SqliteSearchIndex::matchExpression(u"say \"hi\"  there"_s),
                 u"\"say\"* \"\"\"hi\"\"\"* \"there\"*"_s);
    }

    void aCacheFromANewerVersionIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"newer.sqlite"_s);
        QString error;
        QVERIFY(nd::Database::open(path, &error));
        sqlite3 *raw = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &raw), SQLITE_OK);
        QCOMPARE(sqlite3_exec(raw, "PRAGMA user_version = 999", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(raw);
        QVERIFY(!nd::Database::open(path, &error));
        QVERIFY2(error.contains(u"newer Nango Desk"_s), qPrintable(error));
    }

    void upgradingListsTheFieldsOfWhatIsCached()
    {
        // A cache at schema 3 with a record: migration 4 lists its fields in their order.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"v3.sqlite"_s);
        sqlite3 *raw = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &raw), SQLITE_OK);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(sqlite3_exec(raw, nd::migrations().at(size_t(i)), nullptr, nullptr, nullptr), SQLITE_OK);
        const char *fill = "INSERT INTO profiles (id, name, server_url) VALUES (1, 'p', 'http://x');"
                           "INSERT INTO streams (id, profile_id, provider_config_key, connection_id, model) "
                           "VALUES (7, 1, 'i', 'c', 'M');"
                           "INSERT INTO records (stream_id, record_id, payload, last_modified_at, "
                           "last_modified_us, last_action, "
                           "cursor, generation) VALUES (7, '1', "
                           "'{\"zeta\":1,\"alpha\":2,\"id\":\"1\",\"_nango_metadata\":{}}', "
                           "'t', 1, 'ADDED', 'c', 1);"
                           "PRAGMA user_version = 3;";
        QCOMPARE(sqlite3_exec(raw, fill, nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(raw);
        QString error;
        auto db = nd::Database::open(path, &error);
        QVERIFY2(db, qPrintable(error));
        nd::SqliteSearchIndex search(*db);
        nd::RecordStore store(*db, search);
        QCOMPARE(store.fields(7), (QStringList{u"zeta"_s, u"alpha"_s, u"id"_s}));
    }

    void aCorruptCacheIsRebuilt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"corrupt.sqlite"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("SQLite format 3") + QByteArray(1, '\0') + QByteArray(8192, 'x'));
        f.close();
        QString error;
        auto db = nd::Database::open(path, &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->schemaVersion(), nd::Database::latestSchemaVersion());
        QVERIFY(
            !QDir(dir.path()).entryList({u"corrupt.sqlite.corrupt-*"_s}).isEmpty()); // kept for inspection
    }

    void theWholeFileIsCheckedOnlyAfterAnUncleanExit()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"cache.sqlite"_s);
        QString error;
        {
            auto db = nd::Database::open(path, &error);
            QVERIFY2(db, qPrintable(error));
            QVERIFY(!db->checked()); // a new file
            QCOMPARE(QDir(dir.path()).entryList({u"cache.sqlite.open-*"_s}).size(), 1);
        }
        QVERIFY(QDir(dir.path()).entryList({u"cache.sqlite.open-*"_s}).isEmpty()); // closed cleanly
        {
            auto db = nd::Database::open(path, &error);
            QVERIFY(!db->checked()); // after a clean exit: no pass over the whole file
        }
        // An engine that was killed left its marker, and its process is gone.
        QProcess gone;
        gone.start(u"true"_s);
        QVERIFY(gone.waitForStarted());
        const qint64 pid = gone.processId();
        QVERIFY(gone.waitForFinished());
        QFile marker(path + u".open-%1-0"_s.arg(pid));
        QVERIFY(marker.open(QIODevice::WriteOnly));
        marker.close();
        {
            auto db = nd::Database::open(path, &error);
            QVERIFY(db->checked());
            QVERIFY(!marker.exists());
        }
        // Asked for.
        nd::Database::Options check;
        check.check = true;
        QVERIFY(nd::Database::open(path, check, &error)->checked());
        // A reader never checks, migrates or creates tables.
        nd::Database::Options reader;
        reader.reader = true;
        auto read = nd::Database::open(path, reader, &error);
        QVERIFY2(read, qPrintable(error));
        QVERIFY(!read->checked());
        QVERIFY(!nd::Database::open(dir.filePath(u"empty.sqlite"_s), reader, &error));
        QVERIFY2(error.contains(u"no tables yet"_s), qPrintable(error));
    }

    void aReaderNeverMovesADamagedFileAside()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"damaged.sqlite"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("SQLite format 3") + QByteArray(1, '\0') + QByteArray(8192, 'x'));
        f.close();
        QString error;
        nd::Database::Options reader;
        reader.reader = true;
        QVERIFY(!nd::Database::open(path, reader, &error));
        QVERIFY2(error.contains(u"nango-desk-cli check"_s), qPrintable(error));
        QVERIFY(QFile::exists(path));
        QVERIFY(QDir(dir.path()).entryList({u"damaged.sqlite.corrupt-*"_s}).isEmpty());
    }

    void keysComeFromTheEnvironmentThenTheStoreInOneOrder()
    {
        // The app and the CLI find keys the same way (KeyLoader): the variable, a file it names
        // (readable by its owner only), then the secret store; a miss says what to do.
        QTemporaryDir dir;
        nd::MemorySecretStore store;
        bool stored = false;
        store.write(u"p"_s, nd::SecretStore::Kind::ApiKey, "from-the-store",
                    [&](const nd::SecretStore::Result &) { stored = true; });
        QTRY_VERIFY(stored);
        auto load = [&]() {
            nd::KeyLoader::Result out;
            bool done = false;
            nd::KeyLoader::load(&store, u"p"_s, nd::SecretStore::Kind::ApiKey,
                                [&](const nd::KeyLoader::Result &r) {
                                    out = r;
                                    done = true;
                                });
            [&] { QTRY_VERIFY(done); }();
            return out;
        };
        qunsetenv("NANGO_SECRET_KEY");
        qunsetenv("NANGO_SECRET_KEY_FILE");
        QCOMPARE(load().value, QByteArray("from-the-store"));
        const QString file = dir.filePath(u"key"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("from-a-file\n");
        f.close();
        QVERIFY(f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        qputenv("NANGO_SECRET_KEY_FILE", QFile::encodeName(file));
        QCOMPARE(load().value, QByteArray("from-a-file"));
        QVERIFY(f.setPermissions(QFileDevice::ReadOwner | QFileDevice::ReadOther));
        const nd::KeyLoader::Result open = load();
        QVERIFY(open.broken && open.value.isEmpty());
        QVERIFY2(open.problem.contains(u"chmod 600"_s), qPrintable(open.problem));
        qputenv("NANGO_SECRET_KEY", "from-the-variable");
        QCOMPARE(load().value, QByteArray("from-the-variable"));
        qunsetenv("NANGO_SECRET_KEY");
        qunsetenv("NANGO_SECRET_KEY_FILE");
        bool removed = false;
        store.remove(u"p"_s, nd::SecretStore::Kind::ApiKey,
                     [&](const nd::SecretStore::Result &) { removed = true; });
        QTRY_VERIFY(removed);
        const nd::KeyLoader::Result none = load();
        QVERIFY(none.value.isEmpty() && !none.broken);
        QVERIFY2(none.problem.contains(u"NANGO_SECRET_KEY"_s), qPrintable(none.problem));
    }

    void logsNeverCarryRegisteredSecrets()
    {
        nd::SecretRedactor::add("6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f");
        QCOMPARE(nd::SecretRedactor::redact(u"Authorization: Bearer 6F1C2D3E-4B5A-4C6D-8E7F-9A0B1C2D3E4F"_s),
                 u"Authorization: Bearer ***"_s);
    }
    void aKeyHeldTwiceStaysMaskedUntilBothLetGo()
    {
        // Two clients of one profile hold the same key; the first one destroyed must not unmask it.
        const QByteArray key = "0a9b8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d";
        {
            nd::NangoClient first;
            first.setApiKey(key);
            nd::NangoClient second;
            second.setApiKey(key);
            {
                nd::NangoClient third;
                third.setApiKey(key);
            }
            QCOMPARE(nd::SecretRedactor::redact(QString::fromLatin1(key)), u"***"_s);
        }
        QCOMPARE(nd::SecretRedactor::redact(QString::fromLatin1(key)), QString::fromLatin1(key));
    }
};

QTEST_GUILESS_MAIN(TestUnits)
#include "tst_units.moc"
