#pragma once

#include "Command.h"

namespace nd {

// history: the versions of one record the cache kept, oldest first, each with the fields that
// changed (old → new); --json as an array of objects.
class HistoryCommand : public Command
{
    Q_OBJECT
public:
    explicit HistoryCommand(CliContext &context);

protected:
    void describe(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser) override;
};

} // namespace nd
