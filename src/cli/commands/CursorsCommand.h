#pragma once

#include "Command.h"
#include "cache/RecordStore.h"

#include <optional>

namespace nd {

// cursors: the cursor history of one stream, newest first.
class CursorsCommand : public Command
{
    Q_OBJECT
public:
    explicit CursorsCommand(CliContext &context);

    // The stream named by --integration, --connection, --model and --variant, or why there is none
    // (several commands find a stream this way).
    static std::optional<Stream> findStream(CliContext &context, const QCommandLineParser &p, QString *why);

protected:
    void describe(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser) override;
};

} // namespace nd
