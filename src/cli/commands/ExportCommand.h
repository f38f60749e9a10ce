#pragma once

#include "Command.h"

namespace nd {

struct RecordQuery;

// export: one stream's cached records, filtered as in the records browser, to CSV or JSONL,
// written whole or not at all.
class ExportCommand : public Command
{
    Q_OBJECT
public:
    explicit ExportCommand(CliContext &context);

    // The browser's filters from --field, --search, --action, --deleted, --pruned, --since,
    // --include-deleted; false (after saying why) when one is malformed.
    bool readFilters(const QCommandLineParser &p, RecordQuery *query);

protected:
    void describe(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser) override;
};

} // namespace nd
