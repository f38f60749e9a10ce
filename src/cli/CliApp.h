#pragma once

#include <QObject>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

namespace nd {

class ActionRunner;
class ActionStore;
class ProxyRunner;
class ProxyStore;
class SecretStore;
class SyncEngine;

// nango-desk-cli: the engine without a window. Each command runs on the event loop and ends by
// calling exit() with 0 (done), 1 (failed, with the reason) or 2 (bad arguments).
class CliApp : public QObject
{
    Q_OBJECT
public:
    explicit CliApp(QObject *parent = nullptr);
    ~CliApp() override;

    // Parses the arguments and starts the command; the return value is an exit code when the
    // command finished (or failed) at once, -1 when it runs on the event loop.
    int start(const QStringList &arguments);

    void requestStop(); // SIGINT/SIGTERM during watch

private:
    struct Globals
    {
        QString server;
        QString db;
        QString profile;
    };
    int runSync(const QStringList &args);
    int runWatch(const QStringList &args);
    int runStatus(const QStringList &args);
    int runCursors(const QStringList &args);
    int runExport(const QStringList &args);
    int runAdmin(const QString &command, const QStringList &args);
    int runAction(const QStringList &args);
    int runProxy(const QStringList &args);

    bool openEngine(QString *error);
    void withApiKey(std::function<void()> next);
    void withSigningKey(std::function<void(QByteArray)> next);
    void finish(int code, const QString &message = {});

    Globals m_globals;
    std::unique_ptr<SyncEngine> m_engine;
    // Declared after the engine: destroyed first, while the client and the database still exist.
    std::unique_ptr<ActionStore> m_actionStore;
    std::unique_ptr<ProxyStore> m_proxyStore;
    std::unique_ptr<ActionRunner> m_actionRunner;
    std::unique_ptr<ProxyRunner> m_proxyRunner;
    SecretStore *m_secrets = nullptr;
    QTextStream m_out;
    QTextStream m_err;
    bool m_stopping = false;
    int m_pageSize = 1000;
};

} // namespace nd
