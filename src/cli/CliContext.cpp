#include "CliContext.h"

#include "ExitCode.h"
#include "cache/ReadStore.h"
#include "cache/Store.h"
#include "secrets/KeyLoader.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SigningKeyRotation.h"
#include "util/Logging.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

namespace nd {

using namespace Qt::StringLiterals;

CliContext::CliContext(QObject *parent)
    : QObject(parent)
    , m_out(stdout)
    , m_err(stderr)
{}

CliContext::~CliContext()
{
    // The commands first: their runners hold the engine's client.
    const QList<QObject *> children = this->children();
    for (QObject *child : children)
        if (child != m_secrets)
            delete child;
    m_engine.reset();
}

int CliContext::openEngine()
{
    EngineConfig config;
    config.databasePath = db;
    config.profileName = profile;
    config.serverUrl = server.isEmpty() ? QUrl() : QUrl(server);
    config.pageSize = pageSize;
    config.massDeleteShare = massDeletePercent / 100.0;
    config.historyVersions = historyVersions;
    config.pollIntervalSeconds = pollSeconds;
    config.rejectedLogBytes = qint64(rejectedLogMb) * 1024 * 1024;
    config.checkIntegrity = checkIntegrity;
    config.repairCache = repairCache;
    config.databasePassword = m_databasePassword;
    m_engine = std::make_unique<SyncEngine>(config);
    QString error;
    if (m_engine->open(&error)) {
        if (caFileGiven || proxyGiven) {
            NetworkSettings network = m_engine->network();
            if (caFileGiven)
                network.caFile = caFile;
            if (proxyGiven)
                network.proxy = proxy == u"system" ? QString() : proxy;
            m_engine->setNetwork(network);
        }
        if (const QString salvage = m_engine->salvageReport(); !salvage.isEmpty())
            m_err << "nango-desk-cli: " << salvage << Qt::endl;
        return Ok;
    }
    m_err << "nango-desk-cli: " << error << Qt::endl;
    m_engine.reset();
    return CacheError;
}

SecretStore *CliContext::secrets()
{
    if (!m_secrets)
        m_secrets = new KeychainSecretStore(this);
    return m_secrets;
}

void CliContext::withApiKey(std::function<void()> next, std::function<void(const QString &)> missing)
{
    KeyLoader::load(secrets(), profile, SecretStore::Kind::ApiKey,
                    [this, next, missing](const KeyLoader::Result &r) {
                        if (r.value.isEmpty()) {
                            if (missing)
                                missing(r.problem);
                            else
                                finish(KeyRejected, r.problem);
                            return;
                        }
                        m_engine->setApiKey(r.value);
                        withProxyPassword(next);
                    });
}

void CliContext::withProxyPassword(std::function<void()> next)
{
    // Only a proxy that names a user and has no password yet sends us to the keychain.
    if (!m_engine->client().proxyNeedsPassword()) {
        next();
        return;
    }
    KeyLoader::load(secrets(), profile, SecretStore::Kind::ProxyPassword,
                    [this, next](const KeyLoader::Result &r) {
                        // None at all: the proxy's 407 says what to do, named as the proxy's.
                        if (!r.value.isEmpty())
                            m_engine->setProxyPassword(r.value);
                        next();
                    });
}

void CliContext::withSigningKey(std::function<void(QByteArray)> next)
{
    KeyLoader::load(secrets(), profile, SecretStore::Kind::WebhookSigningKey,
                    [this, next](const KeyLoader::Result &r) {
                        if (r.value.isEmpty()) {
                            finish(KeyRejected, r.problem);
                            return;
                        }
                        next(r.value);
                    });
}

void CliContext::withPreviousSigningKey(std::function<void(const QByteArray &, qint64)> next)
{
    SigningKeyRotation::loadPrevious(secrets(), profile, [next](const QByteArray &key, qint64 untilUs) {
        if (!key.isEmpty())
            SecretRedactor::add(key);
        next(key, untilUs);
    });
}

void CliContext::withDatabasePassword(std::function<void()> next)
{
    // A shared cache's password: PGPASSWORD or ~/.pgpass (libpq reads them), the environment, else
    // the keychain; none at all is no failure (the server's own rules may let the role in).
    if (!Store::isPostgres(db) || !qEnvironmentVariableIsEmpty("PGPASSWORD")) {
        next();
        return;
    }
    KeyLoader::load(secrets(), profile, SecretStore::Kind::DatabasePassword,
                    [this, next](const KeyLoader::Result &r) {
                        if (r.broken) {
                            finish(KeyRejected, r.problem);
                            return;
                        }
                        m_databasePassword = r.value;
                        if (!m_databasePassword.isEmpty())
                            SecretRedactor::add(m_databasePassword);
                        next();
                    });
}

ReadStore *CliContext::reader(QString *error)
{
    if (!m_reader)
        m_reader = ReadStore::open(db, error, m_databasePassword);
    return m_reader.get();
}

int CliContext::failureCode() const
{
    const QString kind = m_engine ? m_engine->health().kind : QString();
    return kind.isEmpty() ? int(Failed) : exitCodeFor(kind);
}

void CliContext::finish(int code, const QString &message)
{
    if (!message.isEmpty())
        (code == 0 ? m_out : m_err) << message << Qt::endl;
    m_out.flush();
    m_err.flush();
    QTimer::singleShot(0, qApp, [code]() { QCoreApplication::exit(code); });
}

} // namespace nd
