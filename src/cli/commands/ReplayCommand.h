#pragma once

#include "Command.h"

namespace nd {

// webhook-replay ID: processes a logged, verified webhook again, as if Nango had just sent it (the
// pull it asks for, its status refresh), without asking Nango for anything else. For a webhook that
// arrived while the cache could not take its pull, or to see again what one sets off.
class ReplayCommand : public Command
{
    Q_OBJECT
public:
    explicit ReplayCommand(CliContext &context);

protected:
    void describe(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser) override;

private:
    void waitForPulls(qint64 id);
};

} // namespace nd
