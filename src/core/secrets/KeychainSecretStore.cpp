#include "secrets/KeychainSecretStore.h"

#include "util/Logging.h"
#include "util/Translate.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <memory>

namespace nd {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return trIn("nd::KeychainSecretStore", text);
}

} // namespace

namespace {

SecretStore::Result translate(QKeychain::Error error, const QString &text)
{
    SecretStore::Result r;
    switch (error) {
    case QKeychain::NoError:
        r.status = SecretStore::Status::Ok;
        break;
    case QKeychain::EntryNotFound:
        r.status = SecretStore::Status::NotFound;
        r.message = tr("No key is stored in the keychain for this profile yet.");
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        r.status = SecretStore::Status::Unavailable;
        r.message =
            tr("The system keychain is not available (%1). Start or unlock your keyring (e.g. GNOME Keyring "
               "or KWallet), or keep the keys for this session only.")
                .arg(text);
        break;
    default:
        r.status = SecretStore::Status::Error;
        r.message = tr("The keychain failed: %1").arg(text);
        break;
    }
    return r;
}

// Runs a QtKeychain job with a watchdog; the callback fires exactly once.
void runJob(QObject *owner, QKeychain::Job *job, int timeoutMs, SecretStore::Callback done,
            std::function<QByteArray(QKeychain::Job *)> value)
{
    auto fired = std::make_shared<bool>(false);
    auto *watchdog = new QTimer(owner);
    watchdog->setSingleShot(true);
    QObject::connect(watchdog, &QTimer::timeout, owner, [fired, done, watchdog]() {
        watchdog->deleteLater();
        if (*fired)
            return;
        *fired = true;
        qCDebug(lcKeychain) << "keychain did not answer in time";
        done(SecretStore::Result{SecretStore::Status::Unavailable,
                                 {},
                                 tr("The system keychain did not answer. It may be locked and waiting for a "
                                    "password prompt. Unlock it, or keep the keys for this session only.")});
    });
    QObject::connect(job, &QKeychain::Job::finished, owner,
                     [fired, done, watchdog, value](QKeychain::Job *j) {
                         watchdog->stop();
                         watchdog->deleteLater();
                         if (*fired)
                             return;
                         *fired = true;
                         SecretStore::Result r = translate(j->error(), j->errorString());
                         if (r.status == SecretStore::Status::Ok && value) {
                             r.value = value(j);
                             SecretRedactor::add(r.value);
                         }
                         if (r.status != SecretStore::Status::Ok && r.status != SecretStore::Status::NotFound)
                             qCDebug(lcKeychain) << "keychain error:" << j->errorString();
                         done(r);
                     });
    job->setAutoDelete(true);
    watchdog->start(timeoutMs);
    job->start();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent, int timeoutMs)
    : SecretStore(parent)
    , m_timeoutMs(timeoutMs)
{}

void KeychainSecretStore::read(const QString &profile, Kind kind, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(QString::fromLatin1(kService));
    job->setKey(keyName(profile, kind));
    runJob(this, job, m_timeoutMs, std::move(done),
           [](QKeychain::Job *j) { return static_cast<QKeychain::ReadPasswordJob *>(j)->binaryData(); });
}

void KeychainSecretStore::write(const QString &profile, Kind kind, const QByteArray &value, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(QString::fromLatin1(kService));
    job->setKey(keyName(profile, kind));
    job->setBinaryData(value);
    SecretRedactor::add(value);
    runJob(this, job, m_timeoutMs, std::move(done), nullptr);
}

void KeychainSecretStore::remove(const QString &profile, Kind kind, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(QString::fromLatin1(kService));
    job->setKey(keyName(profile, kind));
    runJob(this, job, m_timeoutMs, std::move(done), nullptr);
}

} // namespace nd
