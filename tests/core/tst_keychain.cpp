// The real keychain: gnome-keyring's Secret Service on a private D-Bus session, started by
// scripts/with-keyring.sh (the test command runs the suite under it).
#include "secrets/KeychainSecretStore.h"

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
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
