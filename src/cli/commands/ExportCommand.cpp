#include "commands/ExportCommand.h"

#include "CliContext.h"
#include "ExitCode.h"
#include "cache/ReadStore.h"
#include "commands/CursorsCommand.h"
#include "export/RecordExporter.h"
#include "util/Timestamp.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>

#include <cstdio>

namespace nd {

using namespace Qt::StringLiterals;

ExportCommand::ExportCommand(CliContext &context)
    : Command(context, u"export"_s)
{}

void ExportCommand::describe(QCommandLineParser &p)
{
    p.setApplicationDescription(tr("Write one model's cached records to CSV or JSONL, atomically. The "
                                   "filters are the records browser's; "
                                   "all of them must match."));
    p.addOptions(
        {{u"model"_s, tr("Model name (required)."), u"NAME"_s},
         {u"integration"_s, tr("Integration unique key."), u"KEY"_s},
         {u"connection"_s, tr("Connection id."), u"ID"_s},
         {u"variant"_s, tr("Sync variant (default base)."), u"NAME"_s},
         {u"format"_s, tr("csv (default) or jsonl."), u"FORMAT"_s},
         {u"out"_s, tr("Output file (default: standard output)."), u"FILE"_s},
         {u"field"_s, tr("Only records whose top-level field NAME contains TEXT (any case); repeatable."),
          u"NAME=TEXT"_s},
         {u"search"_s, tr("Only records with these words anywhere in their values."), u"TEXT"_s},
         {u"action"_s, tr("Only records whose last action is ADDED, UPDATED or DELETED."), u"ACTION"_s},
         {u"deleted"_s, tr("Only deleted records (tombstones).")},
         {u"pruned"_s, tr("Only records whose payload Nango has pruned (the cache keeps the last one).")},
         {u"since"_s,
          tr("Only records modified at or after TIME (ISO 8601, e.g. 2026-11-30 or 2026-11-30T08:00Z; "
             "local time without an offset)."),
          u"TIME"_s},
         {u"include-deleted"_s, tr("Also export deleted records (tombstones).")},
         {u"separator"_s, tr("CSV separator: , ; tab or | (default ,)."), u"SEP"_s},
         {u"bom"_s, tr("Start the CSV with a UTF-8 byte-order mark (for Excel).")},
         {u"no-header"_s, tr("Leave out the CSV header row.")},
         {u"no-formula-guard"_s, tr("Do not neutralise cells starting with = + - @ tab or CR.")}});
}

bool ExportCommand::readFilters(const QCommandLineParser &p, RecordQuery *q)
{
    for (const QString &f : p.values(u"field"_s)) {
        const qsizetype eq = f.indexOf(u'=');
        if (eq <= 0) {
            usageError(tr("--field must be NAME=TEXT, e.g. --field email=acme.com"));
            return false;
        }
        q->fieldFilters.append({f.left(eq), f.mid(eq + 1)});
    }
    q->text = p.value(u"search"_s).trimmed();
    const QString action = p.value(u"action"_s).toUpper();
    if (!action.isEmpty() && action != u"ADDED" && action != u"UPDATED" && action != u"DELETED") {
        usageError(tr("--action must be ADDED, UPDATED or DELETED"));
        return false;
    }
    if (p.isSet(u"deleted"_s) && !action.isEmpty() && action != u"DELETED") {
        usageError(tr("--deleted selects records whose last action is DELETED; with --action %1 nothing "
                      "would be left. Give one of them.")
                       .arg(action));
        return false;
    }
    q->action = p.isSet(u"deleted"_s) ? u"DELETED"_s : action;
    q->prunedOnly = p.isSet(u"pruned"_s);
    q->includeDeleted = p.isSet(u"include-deleted"_s);
    if (p.isSet(u"since"_s)) {
        const QString text = p.value(u"since"_s).trimmed();
        std::optional<qint64> us = Timestamp::parseMicros(text.toLatin1());
        if (!us) {
            // No offset: the person's local time (a date alone: its midnight).
            QDateTime local = QDateTime::fromString(text, Qt::ISODateWithMs);
            if (!local.isValid())
                local = QDateTime(QDate::fromString(text, Qt::ISODate), QTime(0, 0));
            if (local.isValid())
                us = local.toMSecsSinceEpoch() * 1000;
        }
        if (!us) {
            usageError(
                tr("--since must be a date or time in ISO 8601, e.g. 2026-11-30 or 2026-11-30T08:00:00Z"));
            return false;
        }
        q->modifiedSinceUs = *us;
    }
    return true;
}

int ExportCommand::run(const QCommandLineParser &p)
{
    if (!requireOptions(p, {u"model"_s}))
        return Usage;
    ExportOptions o;
    const QString format = p.value(u"format"_s).isEmpty() ? u"csv"_s : p.value(u"format"_s);
    if (format != u"csv" && format != u"jsonl")
        return usageError(tr("--format must be csv or jsonl"));
    o.format = format == u"csv" ? ExportOptions::Format::Csv : ExportOptions::Format::Jsonl;
    if (p.isSet(u"separator"_s)) {
        const QString s = p.value(u"separator"_s);
        if (s == u"tab" || s == u"\\t")
            o.separator = '\t';
        else if (s == u"," || s == u";" || s == u"|")
            o.separator = char(s.at(0).unicode());
        else
            return usageError(tr("--separator must be , ; tab or |"));
    }
    o.utf8Bom = p.isSet(u"bom"_s);
    o.header = !p.isSet(u"no-header"_s);
    o.formulaGuard = !p.isSet(u"no-formula-guard"_s);
    RecordQuery query;
    if (!readFilters(p, &query))
        return Usage;
    int code = Ok;
    const auto stream = CursorsCommand::openStream(m_context, p, name(), &code);
    if (!stream)
        return code;
    query.streamId = stream->id;
    QString error;
    ReadStore *store = m_context.reader(&error); // open: openStream read the stream through it
    const QString out = p.value(u"out"_s);
    const bool toStdout = out.isEmpty() || out == u"-";
    const QString path =
        toStdout
            ? QDir::temp().filePath(u"nango-desk-export-%1.tmp"_s.arg(QCoreApplication::applicationPid()))
            : out;
    const ExportResult r = RecordExporter::run(*store, query, o, path);
    if (!r.ok) {
        m_context.err() << "nango-desk-cli export: " << r.error << Qt::endl;
        return r.cacheError ? CacheError : Failed;
    }
    if (toStdout) {
        QFile f(path);
        QFile stdoutFile;
        if (f.open(QIODevice::ReadOnly) && stdoutFile.open(stdout, QIODevice::WriteOnly)) {
            while (!f.atEnd())
                stdoutFile.write(f.read(1 << 20));
        }
        QFile::remove(path);
    }
    // One summary, on standard error, whatever the destination: standard output is the data.
    m_context.err() << tr("exported %1 records to %2").arg(r.rows).arg(toStdout ? tr("standard output") : out)
                    << Qt::endl;
    return Ok;
}

} // namespace nd
