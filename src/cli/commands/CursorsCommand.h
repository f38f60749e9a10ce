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
    // What a reading command does first: the engine opened without ever making the cache anew,
    // then the one stream the options name. On failure it has said why ("nango-desk-cli COMMAND:
    // ...") and `code` is the exit code; on success the context's reader is open.
    static std::optional<Stream> openStream(CliContext &context, const QCommandLineParser &p,
                                            const QString &command, int *code);

protected:
    void describe(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser) override;
};

} // namespace nd
