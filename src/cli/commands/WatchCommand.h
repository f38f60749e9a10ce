#pragma once

#include "Command.h"

namespace nd {

// watch: the backend loop. Receives Nango's webhooks, pulls what they announce, polls
// /sync/status for what they miss, until SIGINT or SIGTERM.
class WatchCommand : public Command
{
    Q_OBJECT
public:
    explicit WatchCommand(CliContext &context);
    bool stop() override;

protected:
    void describe(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser) override;
};

} // namespace nd
