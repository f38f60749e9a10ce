#include "CliContext.h"

#include "ExitCode.h"
#include "cache/ReadStore.h"
#include "cache/Store.h"
#include "secrets/KeychainSecretStore.h"
#include "util/Logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
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
    config.pollIntervalSeconds = pollSeconds;
    config.databasePassword = m_databasePassword;
    m_engine = std::make_unique<SyncEngine>(config);
    QString error;
    if (m_engine->open(&error))
        return Ok;
    m_err << "nango-desk-cli: " << error << Qt::endl;
    m_engine.reset();
    return CacheError;
}

QByteArray CliContext::secretFromEnvironment(const char *variable, const QString &credential,
                                             QString *problem)
{
    const QByteArray value = qgetenv(variable);
    if (!value.isEmpty())
        return value;
    // A file: VARIABLE_FILE, or a systemd credential (LoadCredential=) of that name.
    const QByteArray fileVariable = QByteArray(variable) + "_FILE";
    QString path = qEnvironmentVariable(fileVariable.constData());
    const bool fromSystemd = path.isEmpty() && qEnvironmentVariableIsSet("CREDENTIALS_DIRECTORY");
    if (fromSystemd)
        path = qEnvironmentVariable("CREDENTIALS_DIRECTORY") + u'/' + credential;
    if (path.isEmpty())
        return {};
    if (!QFileInfo::exists(path)) {
        // A credential systemd was not given is no credential; a file someone named must be there.
        if (!fromSystemd)
            *problem = tr("%1 names %2, which does not exist.").arg(QString::fromLatin1(fileVariable), path);
        return {};
    }
    QFile f(path);
    // systemd's credentials are the service's alone; a file of the user's must be too.
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::ReadOther;
    if (!fromSystemd && (f.permissions() & others)) {
        *problem =
            tr("%1 may be read by other users: make it readable by its owner only (chmod 600 %1).").arg(path);
        return {};
    }
    if (!f.open(QIODevice::ReadOnly)) {
        *problem = tr("Cannot read %1: %2").arg(path, f.errorString());
        return {};
    }
    return f.readAll().trimmed();
}

void CliContext::withApiKey(std::function<void()> next, std::function<void(const QString &)> missing)
{
    QString problem;
    const QByteArray env = secretFromEnvironment("NANGO_SECRET_KEY", u"nango-secret-key"_s, &problem);
    if (!problem.isEmpty()) {
        if (missing)
            missing(problem);
        else
            finish(KeyRejected, problem);
        return;
    }
    if (!env.isEmpty()) {
        m_engine->setApiKey(env);
        next();
        return;
    }
    if (!m_secrets)
        m_secrets = new KeychainSecretStore(this);
    m_secrets->read(profile, SecretStore::Kind::ApiKey, [this, next, missing](const SecretStore::Result &r) {
        if (r.status != SecretStore::Status::Ok) {
            const QString message =
                tr("No API key for profile \"%1\": %2 Set NANGO_SECRET_KEY, or save the key in "
                   "Nango Desk's Settings.")
                    .arg(profile, r.message);
            if (missing)
                missing(message);
            else
                finish(KeyRejected, message);
            return;
        }
        m_engine->setApiKey(r.value);
        next();
    });
}

void CliContext::withSigningKey(std::function<void(QByteArray)> next)
{
    QString problem;
    const QByteArray env =
        secretFromEnvironment("NANGO_WEBHOOK_SIGNING_KEY", u"nango-webhook-signing-key"_s, &problem);
    if (!problem.isEmpty()) {
        finish(KeyRejected, problem);
        return;
    }
    if (!env.isEmpty()) {
        next(env);
        return;
    }
    if (!m_secrets)
        m_secrets = new KeychainSecretStore(this);
    m_secrets->read(
        profile, SecretStore::Kind::WebhookSigningKey, [this, next](const SecretStore::Result &r) {
            if (r.status != SecretStore::Status::Ok) {
                finish(KeyRejected,
                       tr("No webhook signing key for profile \"%1\": %2 Set NANGO_WEBHOOK_SIGNING_KEY "
                          "(Nango dashboard: Environment settings > Webhooks).")
                           .arg(profile, r.message));
                return;
            }
            next(r.value);
        });
}

void CliContext::withDatabasePassword(std::function<void()> next)
{
    // A shared cache's password: PGPASSWORD or ~/.pgpass (libpq reads them), a credential file,
    // else the keychain.
    if (!Store::isPostgres(db) || !qEnvironmentVariableIsEmpty("PGPASSWORD")) {
        next();
        return;
    }
    QString problem;
    m_databasePassword = secretFromEnvironment("NANGO_DESK_DB_PASSWORD", u"postgresql-password"_s, &problem);
    if (!problem.isEmpty()) {
        finish(KeyRejected, problem);
        return;
    }
    if (!m_databasePassword.isEmpty()) {
        SecretRedactor::add(m_databasePassword);
        next();
        return;
    }
    if (!m_secrets)
        m_secrets = new KeychainSecretStore(this);
    m_secrets->read(profile, SecretStore::Kind::DatabasePassword, [this, next](const SecretStore::Result &r) {
        if (r.status == SecretStore::Status::Ok) {
            m_databasePassword = r.value;
            SecretRedactor::add(m_databasePassword);
        }
        next(); // none stored: ~/.pgpass, or the server's own rules (trust, peer)
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
