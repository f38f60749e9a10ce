#include "models/RecordQuery.h"

#include "cache/SearchIndex.h"

namespace nd {

using namespace Qt::StringLiterals;

QString RecordQuery::where(QStringList *values) const
{
    QStringList parts{u"stream_id = "_s + QString::number(streamId)};
    if (action == u"DELETED") {
        parts << u"deleted_at IS NOT NULL"_s;
    } else {
        if (!includeDeleted)
            parts << u"deleted_at IS NULL"_s;
        if (!action.isEmpty()) {
            parts << u"last_action = ?"_s;
            values->append(action);
        }
    }
    if (prunedOnly)
        parts << u"pruned_at IS NOT NULL"_s;
    if (modifiedSinceUs > 0)
        parts << u"last_modified_us >= "_s + QString::number(modifiedSinceUs);
    if (!text.isEmpty() && useSearchIndex) {
        parts << u"rowid IN (SELECT rowid FROM records_fts WHERE records_fts MATCH ?)"_s;
        values->append(SearchIndex::matchExpression(text));
    } else if (!text.isEmpty()) {
        // Not indexed yet: a scan. instr() rather than LIKE, which would read % and _ as wildcards.
        parts << u"instr(lower(payload), lower(?)) > 0"_s;
        values->append(text);
    }
    for (auto it = columnFilters.constBegin(); it != columnFilters.constEnd(); ++it) {
        if (it.value().isEmpty())
            continue;
        QString key = it.key();
        key.replace(u'"', u"\\\""_s);
        // The field as the table shows it: true/false for booleans (json_extract gives 1/0), compact
        // JSON for objects and arrays, the value otherwise.
        parts << u"instr(lower(CASE json_type(payload, ?) WHEN 'true' THEN 'true' WHEN 'false' THEN 'false' "
                 "ELSE CAST(json_extract(payload, ?) AS TEXT) END), lower(?)) > 0"_s;
        const QString path = u"$.\""_s + key + u'"';
        values->append(path);
        values->append(path);
        values->append(it.value());
    }
    return parts.join(u" AND "_s);
}

QString RecordQuery::orderBy(bool reversed) const
{
    const QString dir = descending != reversed ? u" DESC"_s : QString();
    if (sort == Sort::Id)
        return u"record_id"_s + dir;
    return u"last_modified_us"_s + dir + u", record_id"_s + dir;
}

} // namespace nd
