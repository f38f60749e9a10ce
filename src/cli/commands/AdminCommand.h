#pragma once

#include "Command.h"

namespace nd {

// resync, pause, start: an admin action on Nango's side, kept in the journal with its result.
class AdminCommand : public Command
{
    Q_OBJECT
public:
    AdminCommand(CliContext &context, const QString &name);

protected:
    void describe(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser) override;
};

} // namespace nd
