#include "commands/SqlCommand.h"

#include "CliContext.h"
#include "ExitCode.h"
#include "cache/QueryConsole.h"
#include "export/ResultWriter.h"

#include <QFile>
#include <QThread>

#include <climits>
#include <cstdio>
#include <memory>

namespace nd {

using namespace Qt::StringLiterals;

SqlCommand::SqlCommand(CliContext &context)
    : Command(context, u"sql"_s)
{}

SqlCommand::~SqlCommand() = default;

void SqlCommand::describe(QCommandLineParser &p)
{
    p.setApplicationDescription(
        tr("Ask the cache a question in SQL: one statement that only reads, on a connection that cannot "
           "write. The rows go to standard output as CSV with a header, or as a JSON array of objects. A "
           "statement that would change anything is refused (exit 2) and the cache stays as it was.\n\n"
           "Views: %1 (docs/sql-console.md). On a file the payload is JSON text for SQLite's json_extract() "
           "and json_each(); on PostgreSQL it is json.")
            .arg(QueryConsole::views().join(u", "_s)));
    p.addPositionalArgument(u"QUERY"_s, tr("The statement, or - to read it from standard input."));
    p.addOption({u"json"_s, tr("Print a JSON array of objects, one per row.")});
    p.addOption({u"time-limit"_s,
                 tr("Stop a statement that works longer than this without a row (default 60; "
                    "0: no limit)."),
                 u"SECONDS"_s});
    p.addOption({u"no-formula-guard"_s, tr("Leave text cells that start with = + - @ as they are (CSV).")});
}

std::unique_ptr<QueryConsole> SqlCommand::openConsole(int *code)
{
    QString error;
    std::unique_ptr<QueryConsole> console =
        QueryConsole::open(m_context.db, m_context.databasePassword(), &error);
    if (console && !console->hasViews()) {
        // A cache written by an older Nango Desk: the engine brings its schema up to date once.
        console.reset();
        m_context.repairCache = false;
        if ((*code = m_context.openEngine()))
            return nullptr;
        m_context.closeEngine();
        console = QueryConsole::open(m_context.db, m_context.databasePassword(), &error);
    }
    if (!console) {
        m_context.err() << "nango-desk-cli sql: " << error << Qt::endl;
        *code = CacheError;
    }
    return console;
}

int SqlCommand::run(const QCommandLineParser &p)
{
    const QStringList args = p.positionalArguments();
    if (args.size() != 1)
        return usageError(
            tr("give one statement, e.g. sql \"SELECT model, count(*) FROM live_records GROUP BY "
               "model\""));
    int limit = 60;
    if (!intOption(p, u"time-limit"_s, 0, 86400, &limit))
        return Usage;
    QString sql = args.constFirst();
    if (sql == u"-") {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return usageError(tr("cannot read the statement from standard input"));
        sql = QString::fromUtf8(in.readAll());
    }
    int code = Ok;
    std::unique_ptr<QueryConsole> console = openConsole(&code);
    if (!console)
        return code;
    console->setTimeLimitMs(limit * 1000);
    m_console = std::move(console);
    const auto format = p.isSet(u"json"_s) ? ResultWriter::Format::Json : ResultWriter::Format::Csv;
    const bool guard = !p.isSet(u"no-formula-guard"_s);
    // On a thread of its own, so that SIGINT (the event loop) can cancel a long statement.
    auto result = std::make_shared<std::pair<qint64, ConsoleError>>();
    QThread *worker = QThread::create([console = m_console.get(), sql, format, guard, result]() {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly)) {
            result->second = {ConsoleError::Kind::Failed, tr("cannot write to standard output")};
            return;
        }
        ResultWriter writer(&out, format, guard);
        ResultWriter::run(*console, sql, writer, &result->second);
        out.flush();
        result->first = writer.rows();
    });
    connect(worker, &QThread::finished, this, [this, worker, result]() {
        worker->deleteLater();
        m_console.reset();
        const ConsoleError &error = result->second;
        if (error.kind != ConsoleError::Kind::None) {
            m_context.finish(error.kind == ConsoleError::Kind::Refused ? Usage : Failed,
                             u"nango-desk-cli sql: "_s + error.message);
            return;
        }
        m_context.err() << tr("%n row(s)", nullptr, int(qMin<qint64>(result->first, INT_MAX))) << Qt::endl;
        m_context.finish(Ok);
    });
    worker->start();
    return -1;
}

bool SqlCommand::stop()
{
    if (!m_console)
        return false; // nothing runs: the caller exits
    m_console->cancel();
    return true;
}

} // namespace nd
