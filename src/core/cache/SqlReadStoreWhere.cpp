#include "cache/SearchIndex.h"
#include "cache/SqlReadStore.h"
#include "cache/Store.h"

namespace nd {

using namespace Qt::StringLiterals;

// The WHERE clause of a view of records: its filters, its search, its fields.
QString SqlReadStore::whereClause(const RecordQuery &query, bool useSearchIndex, QStringList *values)
{
    const bool pg = m_store->dialect() == SqlDialect::Postgres;
    SearchIndex::Match match;
    QStringList matchValues;
    if (!query.text.isEmpty() && useSearchIndex)
        match = m_store->search().match(query.text, query.streamId, &matchValues);
    // A search's few matches drive the read: the stream's indexes are kept out of it (a unary +),
    // or SQLite, without statistics, walks the stream's whole order to test each row. The + takes
    // the column's affinity too: the value, bound as text, is cast.
    const bool unindexed = match.fewMatches;
    QStringList parts{unindexed ? u"+stream_id = CAST(? AS INTEGER)"_s : u"stream_id = ?"_s};
    values->append(QString::number(query.streamId));
    if (query.action == u"DELETED") {
        parts << u"deleted_at IS NOT NULL"_s;
    } else {
        if (!query.includeDeleted)
            parts << u"deleted_at IS NULL"_s;
        if (!query.action.isEmpty()) {
            parts << u"last_action = ?"_s;
            values->append(query.action);
        }
    }
    if (query.prunedOnly)
        parts << u"pruned_at IS NOT NULL"_s;
    if (query.modifiedSinceUs > 0) {
        parts << (unindexed ? u"+last_modified_us >= CAST(? AS INTEGER)"_s : u"last_modified_us >= ?"_s);
        values->append(QString::number(query.modifiedSinceUs));
    }
    if (!match.condition.isEmpty()) {
        parts << match.condition;
        values->append(matchValues);
    } else if (!query.text.isEmpty()) {
        // Not indexed yet: a scan. instr()/strpos() rather than LIKE, which reads % and _ as wildcards.
        parts << (pg ? u"strpos(lower(payload), lower(?)) > 0"_s : u"instr(lower(payload), lower(?)) > 0"_s);
        values->append(query.text);
    }
    for (const auto &[field, text] : query.fieldFilters) {
        if (text.isEmpty())
            continue;
        // The field as the table shows it: true/false for booleans, JSON for objects and arrays, the
        // value otherwise.
        if (pg) {
            // json, not jsonb: an object or array reads as sent (compact, keys in order), as
            // SQLite's json_extract gives it; a JSON null is no text on either.
            parts << u"strpos(lower(CASE json_typeof(payload::json -> ?) WHEN 'string' THEN payload::json "
                     u"->> ? "
                     u"WHEN 'null' THEN NULL ELSE (payload::json -> ?)::text END), lower(?)) > 0"_s;
            values->append(field);
            values->append(field);
            values->append(field);
            values->append(text);
            continue;
        }
        QString key = field;
        key.replace(u'"', u"\\\""_s);
        parts << u"instr(lower(CASE json_type(payload, ?) WHEN 'true' THEN 'true' WHEN 'false' THEN 'false' "
                 "ELSE CAST(json_extract(payload, ?) AS TEXT) END), lower(?)) > 0"_s;
        const QString path = u"$.\""_s + key + u'"';
        values->append(path);
        values->append(path);
        values->append(text);
    }
    return parts.join(u" AND "_s);
}

} // namespace nd
