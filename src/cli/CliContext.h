#pragma once

#include "sync/SyncEngine.h"
#include "util/Defaults.h"

#include <QObject>
#include <QString>
#include <QTextStream>

#include <functional>
#include <memory>

namespace nd {

class ReadStore;
class SecretStore;

// What every command shares: the global options, the output streams, the engine over the cache,
// the keys (environment first, then the keychain) and the way out (finish with an exit code).
class CliContext : public QObject
{
    Q_OBJECT
public:
    explicit CliContext(QObject *parent = nullptr);
    ~CliContext() override;

    QString server;
    QString db;
    QString profile = QStringLiteral("default");
    int pageSize = Defaults::kPageSize;
    int massDeletePercent = 20;
    int historyVersions = 20;
    int pollSeconds = Defaults::kPollSeconds;
    int rejectedLogMb = 4;
    bool checkIntegrity = false;
    bool repairCache = true; // false: a damaged file is reported, not made anew
    // --ca-file and --proxy: given, they are stored with the profile (as --server is).
    QString caFile;
    bool caFileGiven = false;
    QString proxy;
    bool proxyGiven = false;

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // Opens the cache through an engine; on failure prints why and returns the exit code (else 0).
    int openEngine();
    SyncEngine &engine() { return *m_engine; }
    // The PostgreSQL password for readers beside the engine (empty: libpq's own sources).
    const QByteArray &databasePassword() const { return m_databasePassword; }
    bool hasEngine() const { return m_engine != nullptr; }
    // The cache's read side on its own connection (opened on first use); null with `error` set.
    ReadStore *reader(QString *error);
    void closeEngine() { m_engine.reset(); }

    // Calls next() with the API key set on the engine. Without a key: missing(what to do), or, when
    // no `missing` is given, finishes with KeyRejected and that message.
    void withApiKey(std::function<void()> next, std::function<void(const QString &)> missing = {});
    void withSigningKey(std::function<void(QByteArray)> next);
    // The proxy's password from NANGO_DESK_PROXY_PASSWORD or the keychain, when the proxy needs one.
    void withProxyPassword(std::function<void()> next);
    // The signing key the current one replaced, while it is still accepted (empty when none).
    void withPreviousSigningKey(std::function<void(const QByteArray &key, qint64 untilUs)> next);
    // For a PostgreSQL cache: the password from the keychain when PGPASSWORD is not set.
    void withDatabasePassword(std::function<void()> next);

    // The exit code for a call that failed: what the server's health says, else Failed.
    int failureCode() const;

    // Prints the message (stdout for 0, stderr otherwise) and ends the event loop with `code`.
    void finish(int code, const QString &message = {});

private:
    SecretStore *secrets(); // the keychain, made when first needed
    std::unique_ptr<SyncEngine> m_engine;
    std::unique_ptr<ReadStore> m_reader;
    SecretStore *m_secrets = nullptr;
    QByteArray m_databasePassword;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace nd
