#include "cache/ActionStore.h"

#include "cache/Sql.h"
#include "cache/sqlite/Database.h"
#include "util/Logging.h"
#include "util/Timestamp.h"

namespace nd {

namespace {

constexpr const char *kColumns =
    "id, at, profile_id, provider_config_key, connection_id, action_name, input_json, "
    "async, async_id, status, http_status, error_code, output_json, error, duration_ms";

ActionRun readRow(const SqlQuery &q)
{
    ActionRun r;
    r.id = q.int64(0);
    r.at = q.text(1);
    r.profileId = q.int64(2);
    r.integration = q.text(3);
    r.connectionId = q.text(4);
    r.action = q.text(5);
    r.inputJson = q.bytes(6);
    r.async = q.int64(7) != 0;
    r.asyncId = q.text(8);
    r.status = q.text(9);
    r.httpStatus = int(q.int64(10));
    r.errorCode = q.text(11);
    r.outputJson = q.bytes(12);
    r.error = q.text(13);
    r.durationMs = q.int64(14);
    return r;
}

} // namespace

qint64 ActionStore::add(const ActionRun &r)
{
    auto q = m_db.prepare(
        "INSERT INTO action_runs (at, profile_id, provider_config_key, connection_id, action_name, "
        "input_json, "
        "async, async_id, status, http_status, error_code, output_json, error, duration_ms) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14) RETURNING id");
    q->bind(1, r.at.isEmpty() ? Timestamp::toIsoMicros(Timestamp::nowMicros()) : r.at.toUtf8());
    q->bindIdOrNull(2, r.profileId);
    // Whatever a person typed or an action answered: a registered key in it is masked.
    q->bind(3, r.integration).bind(4, r.connectionId).bind(5, r.action);
    q->bindOrNull(6, SecretRedactor::redactBytes(r.inputJson));
    q->bind(7, qint64(r.async ? 1 : 0)).bindOrNull(8, r.asyncId.toUtf8()).bind(9, r.status);
    q->bind(10, qint64(r.httpStatus)).bindOrNull(11, r.errorCode.toUtf8());
    q->bindOrNull(12, SecretRedactor::redactBytes(r.outputJson));
    q->bindOrNull(13, SecretRedactor::redactBytes(r.error.toUtf8())).bind(14, r.durationMs);
    if (!q->step()) {
        qCWarning(lcDb) << "cannot write the action history:" << q->error();
        return 0;
    }
    return q->int64(0);
}

QList<ActionRun> ActionStore::history(qint64 profileId, const ActionRunFilter &f)
{
    // One statement for every filter: an empty filter value binds NULL and matches everything.
    const QByteArray sql = QByteArray("SELECT ") + kColumns +
                           " FROM action_runs WHERE profile_id IS NOT DISTINCT FROM ?1 AND (CAST(?2 AS TEXT) "
                           "IS NULL OR provider_config_key = ?2) "
                           "AND (CAST(?3 AS TEXT) IS NULL OR connection_id = ?3) AND (CAST(?4 AS TEXT) IS "
                           "NULL OR action_name = ?4) "
                           "AND (CAST(?5 AS TEXT) IS NULL OR status = ?5) ORDER BY id DESC LIMIT ?6";
    auto q = m_db.prepare(sql.constData());
    q->bindIdOrNull(1, profileId);
    q->bindOrNull(2, f.integration.toUtf8()).bindOrNull(3, f.connectionId.toUtf8());
    q->bindOrNull(4, f.action.toUtf8()).bindOrNull(5, f.status.toUtf8()).bind(6, qint64(f.limit));
    QList<ActionRun> out;
    while (q->step())
        out.append(readRow(*q));
    return out;
}

std::optional<ActionRun> ActionStore::find(qint64 id)
{
    const QByteArray sql = QByteArray("SELECT ") + kColumns + " FROM action_runs WHERE id = ?1";
    auto q = m_db.prepare(sql.constData());
    q->bind(1, id);
    if (!q->step())
        return std::nullopt;
    return readRow(*q);
}

} // namespace nd
