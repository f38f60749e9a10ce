#pragma once

#include <QCommandLineParser>
#include <QObject>
#include <QStringList>

namespace nd {

class CliContext;

// One nango-desk-cli command. The base parses the command's options, answers --help (naming the
// command) and reports bad arguments with the usage exit code; run() does the work.
class Command : public QObject
{
    Q_OBJECT
public:
    Command(CliContext &context, const QString &name);

    // The exit code when the command finished at once; -1 when it goes on in the event loop.
    int execute(const QStringList &arguments);
    // SIGINT/SIGTERM: false when the command has nothing to stop (the caller exits).
    virtual bool stop() { return false; }

    QString name() const { return m_name; }

protected:
    virtual void describe(QCommandLineParser &parser) = 0;
    virtual int run(const QCommandLineParser &parser) = 0;

    // "nango-desk-cli NAME: message" on stderr; returns the usage exit code.
    int usageError(const QString &message);
    // A positive whole number option in [min, max]; false (after saying so) when it is not.
    bool intOption(const QCommandLineParser &p, const QString &option, int min, int max, int *out);
    bool secondsOption(const QCommandLineParser &p, const QString &option, int *outMs);
    // Every option in `required` is given (else says which is not).
    bool requireOptions(const QCommandLineParser &p, const QStringList &required);

    CliContext &m_context;

private:
    QString m_name;
};

} // namespace nd
