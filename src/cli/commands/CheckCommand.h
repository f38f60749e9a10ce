#pragma once

#include "Command.h"

namespace nd {

// check: reads the whole cache file (SQLite's quick_check); a damaged file is made anew with what
// can be read back, and the command says what was saved and what was not.
class CheckCommand : public Command
{
    Q_OBJECT
public:
    explicit CheckCommand(CliContext &context);

protected:
    void describe(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser) override;
};

} // namespace nd
