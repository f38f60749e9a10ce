#pragma once

#include "Command.h"

namespace nd {

// status: every connection x sync x model, the state the screens show, the counts and the cursor.
// Exits non-zero when it could not refresh from the server (the cached table is printed, marked).
class StatusCommand : public Command
{
    Q_OBJECT
public:
    explicit StatusCommand(CliContext &context);

protected:
    void describe(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser) override;

private:
    void print(const QString &integration, const QString &connection, bool json, const QString &stale,
               int code);
};

} // namespace nd
