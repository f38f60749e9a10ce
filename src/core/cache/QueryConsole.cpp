#include "cache/QueryConsole.h"

#include "cache/Store.h"
#include "cache/postgres/PgConsole.h"
#include "cache/sqlite/SqliteConsole.h"

namespace nd {

using namespace Qt::StringLiterals;

std::unique_ptr<QueryConsole> QueryConsole::open(const QString &location, const QByteArray &password,
                                                 QString *error)
{
    if (const QString problem = Store::locationProblem(location); !problem.isEmpty()) {
        *error = problem;
        return nullptr;
    }
    if (Store::isPostgres(location))
        return PgConsole::open(location, password, error);
    return SqliteConsole::open(location, error);
}

QStringList QueryConsole::views()
{
    return {u"live_records"_s, u"deleted_records"_s, u"stream_summary"_s,
            u"pull_history"_s, u"webhooks"_s,        u"record_changes"_s};
}

QString QueryConsole::writeRefused(const QString &what)
{
    return tr("Refused: this console only reads the cache, and this statement %1. Nothing was run; the "
              "cache is unchanged.")
        .arg(what);
}

QList<QueryConsole::Example> QueryConsole::examples(SqlDialect dialect)
{
    const bool pg = dialect == SqlDialect::Postgres;
    // The same questions in each dialect: SQLite's JSON functions, PostgreSQL's json operators.
    const QString field = pg ? u"payload->>'email'"_s : u"json_extract(payload, '$.email')"_s;
    const QString eachField = pg ? u"json_each(payload) AS f"_s : u"json_each(payload) AS f"_s;
    const QString fieldType = pg ? u"json_typeof(f.value)"_s : u"f.type"_s;
    const QString weekAgo = pg ? u"to_char(now() AT TIME ZONE 'UTC' - interval '7 days', "
                                 u"'YYYY-MM-DD\"T\"HH24:MI:SS')"_s
                               : u"strftime('%Y-%m-%dT%H:%M:%S', 'now', '-7 days')"_s;
    return {
        {tr("Records per integration, connection and model"),
         u"SELECT integration, connection_id, model, count(*) AS records\nFROM live_records\n"
         u"GROUP BY integration, connection_id, model\nORDER BY records DESC;"_s},
        {tr("A field of each record (filter on a value inside the payload)"),
         u"SELECT integration, model, id, %1 AS email\nFROM live_records\nWHERE %1 LIKE '%@example.com'\n"
         u"LIMIT 100;"_s.arg(field)},
        {tr("The fields each model's records have, with their types"),
         u"SELECT model, f.key AS field, %1 AS type, count(*) AS records\nFROM live_records, %2\n"
         u"GROUP BY model, f.key, %1\nORDER BY model, records DESC;"_s.arg(fieldType, eachField)},
        {tr("Records changed per day"),
         u"SELECT substr(last_modified_at, 1, 10) AS day, model, count(*) AS records\nFROM live_records\n"
         u"GROUP BY substr(last_modified_at, 1, 10), model\nORDER BY day DESC;"_s},
        {tr("Records deleted in the last seven days"),
         u"SELECT integration, connection_id, model, id, deleted_at\nFROM deleted_records\n"
         u"WHERE deleted_at >= %1\nORDER BY deleted_at DESC;"_s.arg(weekAgo)},
        {tr("Each stream: cursor, counts, last pull"),
         u"SELECT *\nFROM stream_summary\nORDER BY live DESC;"_s},
        {tr("Pulls that did not succeed"),
         u"SELECT started_at, integration, connection_id, model, trigger, outcome, error\nFROM pull_history\n"
         u"WHERE outcome <> 'ok'\nORDER BY pull DESC\nLIMIT 100;"_s},
        {tr("Webhooks that never came (missed)"),
         u"SELECT received_at, integration, connection_id, model, triggered\nFROM webhooks\n"
         u"WHERE outcome = 'missed'\nORDER BY id DESC;"_s},
    };
}

} // namespace nd
