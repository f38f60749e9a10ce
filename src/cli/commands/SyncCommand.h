#pragma once

#include "Command.h"

namespace nd {

// sync: brings every matching stream up to date, then says how each stands. Exits non-zero when
// any of them is not up to date at the end.
class SyncCommand : public Command
{
    Q_OBJECT
public:
    explicit SyncCommand(CliContext &context);

protected:
    void describe(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser) override;

private:
    qint64 m_startedUs = 0; // a mass delete flagged after this is this run's
    void report(const QString &integration, const QString &connection, const QString &model);
};

} // namespace nd
