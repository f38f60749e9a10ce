#include "commands/StatusCommand.h"

#include "CliContext.h"
#include "ExitCode.h"
#include "TablePrinter.h"
#include "cache/ReadStore.h"
#include "status/SyncSummary.h"
#include "util/CursorInfo.h"
#include "util/Timestamp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace nd {

using namespace Qt::StringLiterals;

namespace {

QString utc(qint64 us)
{
    return us > 0 ? QString::fromLatin1(Timestamp::toIsoMicros(us)).left(19).replace(u'T', u' ') : u"-"_s;
}

} // namespace

StatusCommand::StatusCommand(CliContext &context)
    : Command(context, u"status"_s)
{}

void StatusCommand::describe(QCommandLineParser &p)
{
    p.setApplicationDescription(tr(
        "Each connection x sync x model: its state, the server's and the cache's counts, and the cursor. "
        "Exits "
        "0 after a refresh from the server, otherwise with the code that says why (the cached table is still "
        "printed, marked stale)."));
    p.addOptions({{u"integration"_s, tr("Integration unique key."), u"KEY"_s},
                  {u"connection"_s, tr("Connection id."), u"ID"_s},
                  {u"offline"_s, tr("Do not ask the server; show what the cache knows.")},
                  {u"json"_s, tr("One JSON object per stream instead of the table.")}});
}

int StatusCommand::run(const QCommandLineParser &p)
{
    m_context.repairCache = false; // a reading command never makes the cache anew: check does
    if (const int code = m_context.openEngine())
        return code;
    const QString integration = p.value(u"integration"_s);
    const QString connection = p.value(u"connection"_s);
    const bool json = p.isSet(u"json"_s);
    if (p.isSet(u"offline"_s)) {
        print(integration, connection, json, {}, Ok);
        return -1;
    }
    m_context.withApiKey(
        [this, integration, connection, json]() {
            m_context.engine().refreshCatalog(
                [this, integration, connection, json](bool ok, const QString &failure) {
                    print(integration, connection, json, ok ? QString() : failure,
                          ok ? int(Ok) : m_context.failureCode());
                });
        },
        [this, integration, connection, json](const QString &missing) {
            print(integration, connection, json, missing, KeyRejected);
        });
    return -1;
}

void StatusCommand::print(const QString &integration, const QString &connection, bool json,
                          const QString &stale, int code)
{
    QString error;
    auto store = ReadStore::open(m_context.db, &error, m_context.databasePassword());
    if (!store) {
        m_context.finish(CacheError, error);
        return;
    }
    SyncEngine &engine = m_context.engine();
    const qint64 now = Timestamp::nowMicros();
    const QList<StreamFacts> facts = store->streamFacts(engine.profile().id, integration, connection);
    QHash<qint64, QByteArray> cursors;
    for (const StreamFacts &f : facts)
        cursors.insert(f.stream.id, f.stream.cursor);
    const QList<StreamStatus> statuses =
        Status::evaluateAll(facts, engine.liveState(), {now, m_context.pollSeconds});
    auto cursorAt = [&](qint64 stream) {
        const auto info = CursorInfo::decode(cursors.value(stream));
        return info ? QString::fromLatin1(info->timestamp) : u"-"_s;
    };
    qint64 fetched = 0;
    for (const StreamStatus &s : statuses)
        fetched = std::max(fetched, s.statusFetchedUs);
    if (json) {
        for (const StreamStatus &s : statuses) {
            QJsonObject o{{u"integration"_s, s.key.integration},
                          {u"connection"_s, s.key.connectionId},
                          {u"sync"_s, s.syncName},
                          {u"variant"_s, s.key.variant},
                          {u"model"_s, s.key.model},
                          {u"state"_s, Status::name(s.state)},
                          {u"detail"_s, Status::describe(s, now)},
                          {u"nango_status"_s, s.serverStatus},
                          {u"local_records"_s, s.localCount},
                          {u"last_ok_at"_s,
                           s.lastOkUs ? QString::fromLatin1(Timestamp::toIsoMicros(s.lastOkUs)) : QString()},
                          {u"status_fetched_at"_s,
                           s.statusFetchedUs ? QString::fromLatin1(Timestamp::toIsoMicros(s.statusFetchedUs))
                                             : QString()},
                          {u"stale"_s, !stale.isEmpty()}};
            if (s.serverCount)
                o.insert(u"server_records"_s, *s.serverCount);
            if (!s.error.isEmpty())
                o.insert(u"error"_s, s.error);
            if (s.retryAtUs)
                o.insert(u"retry_at"_s, QString::fromLatin1(Timestamp::toIsoMicros(s.retryAtUs)));
            if (s.massDeleted > 0)
                o.insert(u"mass_delete"_s,
                         QJsonObject{{u"removed"_s, s.massDeleted},
                                     {u"of"_s, s.massDeleteOf},
                                     {u"at"_s, QString::fromLatin1(Timestamp::toIsoMicros(s.massDeleteUs))}});
            m_context.out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << '\n';
        }
    } else {
        TablePrinter table({tr("INTEGRATION"), tr("CONNECTION"), tr("SYNC"), tr("MODEL"), tr("STATE"),
                            tr("SERVER"), tr("LOCAL"), tr("LAST GOOD PULL"), tr("NANGO RUN"), tr("NEXT RUN"),
                            tr("CURSOR AT")});
        QStringList details;
        for (const StreamStatus &s : statuses) {
            table.addRow(
                {s.key.integration, s.key.connectionId, s.displaySync(), s.key.model,
                 Status::name(s.state) + (s.drift ? u" (counts differ)"_s : QString()) +
                     (s.massDeleted > 0 ? u" (mass delete)"_s : QString()),
                 s.serverCount ? QString::number(*s.serverCount) + (s.countComparable ? QString() : u"*"_s)
                               : u"-"_s,
                 QString::number(s.localCount), utc(s.lastOkUs), utc(s.lastRunUs),
                 s.late ? tr("late (%1)").arg(utc(s.nextRunUs)) : utc(s.nextRunUs), cursorAt(s.streamId)});
            if (Status::needsExplaining(s))
                details << u"  %1: %2"_s.arg(describeStream(s.key), Status::describe(s, now));
        }
        table.print(m_context.out());
        if (!details.isEmpty())
            m_context.out() << '\n' << details.join(u'\n') << '\n';
        if (std::any_of(statuses.cbegin(), statuses.cend(),
                        [](const StreamStatus &s) { return !s.countComparable; }))
            m_context.out() << tr("* Nango counts a variant's records under its base model.") << '\n';
        m_context.out() << tr("server status fetched %1 UTC").arg(fetched ? utc(fetched) : tr("never"))
                        << '\n';
    }
    m_context.out().flush();
    if (!stale.isEmpty()) {
        m_context.err()
            << tr("STALE: could not refresh from the server (%1); the table shows what the cache knew.")
                   .arg(stale)
            << Qt::endl;
    }
    m_context.finish(code);
}

} // namespace nd
