#include "commands/CursorsCommand.h"

#include "CliContext.h"
#include "ExitCode.h"
#include "TablePrinter.h"
#include "cache/ReadStore.h"
#include "util/CursorInfo.h"

namespace nd {

using namespace Qt::StringLiterals;

CursorsCommand::CursorsCommand(CliContext &context)
    : Command(context, u"cursors"_s)
{}

void CursorsCommand::describe(QCommandLineParser &p)
{
    p.setApplicationDescription(tr("The cursor history of one connection x model."));
    p.addOptions({{u"integration"_s, tr("Integration unique key (required)."), u"KEY"_s},
                  {u"connection"_s, tr("Connection id (required)."), u"ID"_s},
                  {u"model"_s, tr("Model name (required)."), u"NAME"_s},
                  {u"variant"_s, tr("Sync variant (default base)."), u"NAME"_s}});
}

std::optional<Stream> CursorsCommand::findStream(CliContext &context, const QCommandLineParser &p,
                                                 QString *why)
{
    const QString variant = p.value(u"variant"_s).isEmpty() ? u"base"_s : p.value(u"variant"_s);
    ReadStore *reader = context.reader(why);
    if (!reader)
        return std::nullopt;
    QList<Stream> matches;
    for (const StreamFacts &f : reader->streamFacts(context.engine().profile().id, p.value(u"integration"_s),
                                                    p.value(u"connection"_s)))
        if (f.stream.key.model == p.value(u"model"_s) && f.stream.key.variant == variant)
            matches.append(f.stream);
    if (matches.size() == 1)
        return matches.constFirst();
    QStringList names;
    for (const Stream &s : std::as_const(matches))
        names.append(u"--integration %1 --connection %2"_s.arg(s.key.integration, s.key.connectionId));
    *why = matches.isEmpty()
               ? tr("no such stream in the cache; run \"sync\" first")
               : tr("several connections have that model; choose one: %1").arg(names.join(u"; "_s));
    return std::nullopt;
}

std::optional<Stream> CursorsCommand::openStream(CliContext &context, const QCommandLineParser &p,
                                                 const QString &command, int *code)
{
    context.repairCache = false; // a reading command never makes the cache anew: check does
    if ((*code = context.openEngine()))
        return std::nullopt;
    QString why;
    auto stream = findStream(context, p, &why);
    if (!stream) {
        context.err() << "nango-desk-cli " << command << ": " << why << Qt::endl;
        *code = context.reader(&why) ? int(Failed) : int(CacheError);
    }
    return stream;
}

int CursorsCommand::run(const QCommandLineParser &p)
{
    if (!requireOptions(p, {u"integration"_s, u"connection"_s, u"model"_s}))
        return Usage;
    int code = Ok;
    const auto stream = openStream(m_context, p, name(), &code);
    if (!stream)
        return code;
    QString why;
    auto at = [](const QByteArray &c) {
        if (c.isEmpty())
            return tr("(start)");
        const auto info = CursorInfo::decode(c);
        return info ? QString::fromLatin1(info->timestamp) : tr("(opaque)");
    };
    TablePrinter table({tr("STARTED"), tr("TRIGGER"), tr("OUTCOME"), tr("PAGES"), tr("ADDED"), tr("UPDATED"),
                        tr("DELETED"), tr("GEN"), tr("CURSOR BEFORE"), tr("CURSOR AFTER"), tr("NOTE")});
    for (const HistoryEntry &h : m_context.reader(&why)->history(stream->id)) {
        table.addRow({h.startedAt.left(19).replace(u'T', u' '), h.trigger, h.outcome,
                      QString::number(h.pages), QString::number(h.added), QString::number(h.updated),
                      QString::number(h.deleted), QString::number(h.generation), at(h.cursorBefore),
                      at(h.cursorAfter), h.error.isEmpty() ? h.note : h.error});
    }
    table.print(m_context.out());
    return Ok;
}

} // namespace nd
