// The real keychain: gnome-keyring's Secret Service on a private D-Bus session, started by
// scripts/with-keyring.sh (the test command runs the suite under it).
#include "secrets/KeychainSecretStore.h"
#include "secrets/SigningKeyRotation.h"
#include "util/Timestamp.h"

#include <QtTest>

using namespace Qt::StringLiterals;

class TestKeychain : public QObject
{
    Q_OBJECT

    static nd::SecretStore::Result call(std::function<void(nd::SecretStore::Callback)> f)
    {
        bool done = false;
        nd::SecretStore::Result result;
        f([&](const nd::SecretStore::Result &r) {
            result = r;
            done = true;
        });
        if (!QTest::qWaitFor([&]() { return done; }, 30000))
            result.message = u"no answer"_s;
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariable("NANGODESK_KEYRING_AVAILABLE") != u"1") {
            if (qEnvironmentVariable("CI") == u"true")
                QFAIL("CI runs the suite under scripts/with-keyring.sh, which failed to start gnome-keyring");
            QSKIP("no unlocked keyring on this session bus; run the suite through scripts/dev.sh test");
        }
    }

    void roundTripKeepsTheTwoKeysApart()
    {
        nd::KeychainSecretStore store;
        const QString profile = u"keychain-test-%1"_s.arg(QCoreApplication::applicationPid());
        const QByteArray apiKey = "3b1f5c2a-8d4e-4f6a-9b7c-1d2e3f4a5b6c";
        const QByteArray signingKey = "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b";
        QCOMPARE(call([&](auto cb) { store.read(profile, nd::SecretStore::Kind::ApiKey, cb); }).status,
                 nd::SecretStore::Status::NotFound);
        QCOMPARE(
            call([&](auto cb) { store.write(profile, nd::SecretStore::Kind::ApiKey, apiKey, cb); }).status,
            nd::SecretStore::Status::Ok);
        QCOMPARE(call([&](auto cb) {
                     store.write(profile, nd::SecretStore::Kind::WebhookSigningKey, signingKey, cb);
                 }).status,
                 nd::SecretStore::Status::Ok);
        auto r = call([&](auto cb) { store.read(profile, nd::SecretStore::Kind::ApiKey, cb); });
        QCOMPARE(r.status, nd::SecretStore::Status::Ok);
        QCOMPARE(r.value, apiKey);
        r = call([&](auto cb) { store.read(profile, nd::SecretStore::Kind::WebhookSigningKey, cb); });
        QCOMPARE(r.value, signingKey);
        // Another instance (another process would see the same) reads the same item.
        nd::KeychainSecretStore other;
        QCOMPARE(call([&](auto cb) { other.read(profile, nd::SecretStore::Kind::ApiKey, cb); }).value,
                 apiKey);
        QCOMPARE(call([&](auto cb) { store.remove(profile, nd::SecretStore::Kind::ApiKey, cb); }).status,
                 nd::SecretStore::Status::Ok);
        QCOMPARE(call([&](auto cb) { store.read(profile, nd::SecretStore::Kind::ApiKey, cb); }).status,
                 nd::SecretStore::Status::NotFound);
        call([&](auto cb) { store.remove(profile, nd::SecretStore::Kind::WebhookSigningKey, cb); });
    }

    void aNewSigningKeyKeepsTheOldOneForTenMinutes()
    {
        nd::KeychainSecretStore store;
        const QString profile = u"rotation-test-%1"_s.arg(QCoreApplication::applicationPid());
        const QByteArray oldKey = "1111aaaa-2222-4bbb-8ccc-3333dddd4444";
        const QByteArray newKey = "5555eeee-6666-4fff-8aaa-7777bbbb8888";
        QCOMPARE(call([&](auto cb) {
                     store.write(profile, nd::SecretStore::Kind::WebhookSigningKey, oldKey, cb);
                 }).status,
                 nd::SecretStore::Status::Ok);
        const qint64 before = nd::Timestamp::nowMicros();
        bool rotated = false;
        nd::SigningKeyRotation::rotate(&store, profile, newKey, [&](bool ok, const QString &message) {
            QVERIFY2(ok, qPrintable(message));
            rotated = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(rotated, 30000);
        QCOMPARE(
            call([&](auto cb) { store.read(profile, nd::SecretStore::Kind::WebhookSigningKey, cb); }).value,
            newKey);
        // The old key is in the keychain under its own name, with its end ten minutes from now.
        QByteArray previous;
        qint64 until = 0;
        bool loaded = false;
        nd::SigningKeyRotation::loadPrevious(&store, profile, [&](const QByteArray &key, qint64 untilUs) {
            previous = key;
            until = untilUs;
            loaded = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(loaded, 30000);
        QCOMPARE(previous, oldKey);
        QVERIFY(until >= before + nd::SigningKeyRotation::kGraceUs);
        QVERIFY(until <= nd::Timestamp::nowMicros() + nd::SigningKeyRotation::kGraceUs);

        // Saving the same key again keeps what there is; once the time is up, the old key goes.
        QCOMPARE(call([&](auto cb) {
                     store.write(profile, nd::SecretStore::Kind::PreviousWebhookSigningKey,
                                 nd::SigningKeyRotation::encode(oldKey, nd::Timestamp::nowMicros() - 1), cb);
                 }).status,
                 nd::SecretStore::Status::Ok);
        loaded = false;
        nd::SigningKeyRotation::loadPrevious(&store, profile, [&](const QByteArray &key, qint64) {
            previous = key;
            loaded = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(loaded, 30000);
        QVERIFY(previous.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(call([&](auto cb) {
                                      store.read(profile, nd::SecretStore::Kind::PreviousWebhookSigningKey,
                                                 cb);
                                  }).status,
                                  nd::SecretStore::Status::NotFound, 30000);
        call([&](auto cb) { store.remove(profile, nd::SecretStore::Kind::WebhookSigningKey, cb); });
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
