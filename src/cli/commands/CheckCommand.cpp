#include "commands/CheckCommand.h"

#include "CliContext.h"
#include "ExitCode.h"
#include "cache/Store.h"

namespace nd {

using namespace Qt::StringLiterals;

CheckCommand::CheckCommand(CliContext &context)
    : Command(context, u"check"_s)
{}

void CheckCommand::describe(QCommandLineParser &p)
{
    p.setApplicationDescription(
        tr("Check the cache file page by page. A damaged file is kept aside, the cache is made anew with "
           "every row that can still be read (records, pruned payloads, cursor history, webhook log, "
           "journal), and the next pull fetches the rest from Nango. Exit code 0: healthy; 1: it was "
           "damaged (the report says what was saved)."));
}

int CheckCommand::run(const QCommandLineParser &)
{
    if (Store::isPostgres(m_context.db)) {
        m_context.out() << tr("A shared cache on PostgreSQL: the database server keeps its own integrity "
                              "(write-ahead log, checksums); there is no file to check here.")
                        << Qt::endl;
        return Ok;
    }
    m_context.checkIntegrity = true;
    if (const int code = m_context.openEngine())
        return code;
    SyncEngine &engine = m_context.engine();
    if (!engine.salvageReport().isEmpty())
        return Failed; // openEngine printed the report
    m_context.out()
        << tr("The cache %1 is healthy: every page could be read.").arg(engine.config().databasePath)
        << Qt::endl;
    return Ok;
}

} // namespace nd
