#include "commands/HistoryCommand.h"

#include "CliContext.h"
#include "ExitCode.h"
#include "cache/ReadStore.h"
#include "commands/CursorsCommand.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace nd {

using namespace Qt::StringLiterals;

namespace {

QString shortJson(const QJsonValue &v)
{
    if (v.isUndefined())
        return u"(absent)"_s;
    QString text = QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
    text = text.mid(1, text.size() - 2); // the value without the array around it
    return text.size() > 80 ? text.left(79) + u'…' : text;
}

} // namespace

HistoryCommand::HistoryCommand(CliContext &context)
    : Command(context, u"history"_s)
{}

void HistoryCommand::describe(QCommandLineParser &p)
{
    p.setApplicationDescription(
        tr("The versions of one record the cache kept, oldest first: when Nango modified it, how (ADDED, "
           "UPDATED, DELETED), and the fields that changed, old and new. A deleted record keeps its last "
           "whole payload. How many versions a record keeps: sync and watch --history-versions."));
    p.addOptions({{u"integration"_s, tr("Integration unique key (required)."), u"KEY"_s},
                  {u"connection"_s, tr("Connection id (required)."), u"ID"_s},
                  {u"model"_s, tr("Model name (required)."), u"NAME"_s},
                  {u"variant"_s, tr("Sync variant (default base)."), u"NAME"_s},
                  {u"id"_s, tr("The record's id (required)."), u"ID"_s},
                  {u"json"_s, tr("Print a JSON array: last_modified_at, last_action, cursor, generation and "
                                 "changes (path → {\"old\", \"new\"}) of each version.")},
                  {u"payloads"_s, tr("With --json: each version's whole payload as it was, too.")}});
}

int HistoryCommand::run(const QCommandLineParser &p)
{
    if (!requireOptions(p, {u"integration"_s, u"connection"_s, u"model"_s, u"id"_s}))
        return Usage;
    int code = Ok;
    const auto stream = CursorsCommand::openStream(m_context, p, name(), &code);
    if (!stream)
        return code;
    QString why;
    ReadStore *reader = m_context.reader(&why); // open: openStream read the stream through it
    const QString id = p.value(u"id"_s);
    const QList<RecordVersion> versions = reader->recordHistory(stream->id, id);
    if (versions.isEmpty()) {
        const QString error = reader->lastError();
        m_context.err() << "nango-desk-cli history: "
                        << (error.isEmpty() ? tr("no record %1 in %2/%3/%4")
                                                  .arg(id, stream->key.integration, stream->key.connectionId,
                                                       stream->key.model)
                                            : error)
                        << Qt::endl;
        return error.isEmpty() ? Failed : CacheError;
    }
    if (p.isSet(u"json"_s)) {
        QJsonArray out;
        for (const RecordVersion &v : versions) {
            QJsonObject o{{u"last_modified_at"_s, v.lastModifiedAt},
                          {u"last_action"_s, v.lastAction},
                          {u"cursor"_s, QString::fromLatin1(v.cursor)},
                          {u"generation"_s, v.generation},
                          {u"changes"_s, v.changes}};
            if (p.isSet(u"payloads"_s))
                o.insert(u"payload"_s, QJsonDocument::fromJson(v.payload).object());
            out.append(o);
        }
        m_context.out() << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented));
        return Ok;
    }
    for (const RecordVersion &v : versions) {
        m_context.out() << v.lastModifiedAt << u"  "_s << v.lastAction
                        << (v.current ? tr("  (now)") : QString()) << Qt::endl;
        for (auto it = v.changes.begin(); it != v.changes.end(); ++it) {
            const QJsonObject c = it.value().toObject();
            m_context.out() << u"    "_s << it.key() << u": "_s << shortJson(c.value(u"old"_s)) << u" → "_s
                            << shortJson(c.value(u"new"_s)) << Qt::endl;
        }
    }
    return Ok;
}

} // namespace nd
