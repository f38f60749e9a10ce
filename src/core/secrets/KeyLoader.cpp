#include "secrets/KeyLoader.h"

#include "util/Translate.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace nd {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return trIn("nd::KeyLoader", text);
}

QString missing(SecretStore::Kind kind, const QString &profile, const QString &storeMessage)
{
    switch (kind) {
    case SecretStore::Kind::ApiKey:
        return tr("No API key for profile \"%1\": %2 Set NANGO_SECRET_KEY, or save the key in Nango Desk's "
                  "Settings.")
            .arg(profile, storeMessage);
    case SecretStore::Kind::WebhookSigningKey:
        return tr("No webhook signing key for profile \"%1\": %2 Set NANGO_WEBHOOK_SIGNING_KEY (Nango "
                  "dashboard: Environment settings > Webhooks), or save it in Nango Desk's Settings.")
            .arg(profile, storeMessage);
    case SecretStore::Kind::PreviousWebhookSigningKey:
        return {};
    case SecretStore::Kind::ProxyPassword:
        return tr("No proxy password for profile \"%1\": %2 Set NANGO_DESK_PROXY_PASSWORD, or enter it in "
                  "Nango Desk's Settings > Network.")
            .arg(profile, storeMessage);
    case SecretStore::Kind::DatabasePassword:
        return tr("No database password for profile \"%1\": %2 Set PGPASSWORD or NANGO_DESK_DB_PASSWORD, use "
                  "~/.pgpass, or save it in Nango Desk's Settings.")
            .arg(profile, storeMessage);
    }
    return {};
}

} // namespace

KeyLoader::Source KeyLoader::sourceOf(SecretStore::Kind kind)
{
    switch (kind) {
    case SecretStore::Kind::ApiKey:
        return {"NANGO_SECRET_KEY", "nango-secret-key"};
    case SecretStore::Kind::WebhookSigningKey:
        return {"NANGO_WEBHOOK_SIGNING_KEY", "nango-webhook-signing-key"};
    case SecretStore::Kind::DatabasePassword:
        return {"NANGO_DESK_DB_PASSWORD", "postgresql-password"};
    case SecretStore::Kind::PreviousWebhookSigningKey:
        return {"NANGO_PREVIOUS_WEBHOOK_SIGNING_KEY", "nango-previous-webhook-signing-key"};
    case SecretStore::Kind::ProxyPassword:
        return {"NANGO_DESK_PROXY_PASSWORD", "proxy-password"};
    }
    return {"", ""};
}

QByteArray KeyLoader::fromEnvironment(SecretStore::Kind kind, QString *problem)
{
    const Source source = sourceOf(kind);
    const QByteArray value = qgetenv(source.variable).trimmed();
    if (!value.isEmpty())
        return value;
    // A file: VARIABLE_FILE, or a systemd credential (LoadCredential=) of that name.
    const QByteArray fileVariable = QByteArray(source.variable) + "_FILE";
    QString path = qEnvironmentVariable(fileVariable.constData());
    const bool fromSystemd = path.isEmpty() && qEnvironmentVariableIsSet("CREDENTIALS_DIRECTORY");
    if (fromSystemd)
        path = qEnvironmentVariable("CREDENTIALS_DIRECTORY") + u'/' + QString::fromLatin1(source.credential);
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

void KeyLoader::load(SecretStore *store, const QString &profile, SecretStore::Kind kind,
                     std::function<void(const Result &)> done)
{
    Result r;
    r.value = fromEnvironment(kind, &r.problem);
    r.broken = !r.problem.isEmpty();
    if (r.broken || !r.value.isEmpty() || !store) {
        r.fromEnvironment = !r.value.isEmpty();
        if (r.value.isEmpty() && r.problem.isEmpty())
            r.problem = missing(kind, profile, tr("nothing in the environment."));
        done(r);
        return;
    }
    store->read(profile, kind, [kind, profile, done](const SecretStore::Result &stored) {
        Result found;
        found.storeStatus = stored.status;
        if (stored.status == SecretStore::Status::Ok && !stored.value.isEmpty())
            found.value = stored.value;
        else
            found.problem = missing(kind, profile, stored.message);
        done(found);
    });
}

} // namespace nd
