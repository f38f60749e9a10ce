#pragma once

#include <QObject>
#include <QStringList>

namespace nd {

class CliContext;
class Command;

// nango-desk-cli: the engine without a window. The global options, then one command (each in its
// own class under commands/), run on the event loop; the exit codes are in ExitCode.h.
class CliApp : public QObject
{
    Q_OBJECT
public:
    explicit CliApp(QObject *parent = nullptr);
    ~CliApp() override;

    // Parses the arguments and starts the command; the return value is an exit code when the
    // command finished (or failed) at once, -1 when it runs on the event loop.
    int start(const QStringList &arguments);

    void requestStop(); // SIGINT/SIGTERM

    static QString usage();
    // Why a --db value can be neither a cache file nor a PostgreSQL URI (empty: it can).
    static QString cacheLocationProblem(const QString &location);

private:
    Command *makeCommand(const QString &name);

    CliContext *m_context;
    Command *m_command = nullptr;
    bool m_stopping = false;
};

} // namespace nd
