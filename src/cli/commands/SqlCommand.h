#pragma once

#include "Command.h"

#include <memory>

namespace nd {

class QueryConsole;

// sql "QUERY": one read-only statement over the cache, its rows as CSV with a header (or a JSON
// array of objects with --json) on standard output. A statement that would write is refused (exit 2)
// and the cache is left as it was; the documented views are listed by --help.
class SqlCommand : public Command
{
    Q_OBJECT
public:
    explicit SqlCommand(CliContext &context);
    ~SqlCommand() override;
    bool stop() override;

protected:
    void describe(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser) override;

private:
    std::unique_ptr<QueryConsole> openConsole(int *code);
    std::unique_ptr<QueryConsole> m_console;
};

} // namespace nd
