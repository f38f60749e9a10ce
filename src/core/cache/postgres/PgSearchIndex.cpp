#include "cache/postgres/PgSearchIndex.h"

#include "cache/postgres/PgDb.h"
#include "util/Logging.h"

namespace nd {

using namespace Qt::StringLiterals;

int PgSearchIndex::index(int max)
{
    auto q = m_db.prepare(
        "UPDATE records SET search = jsonb_to_tsvector('nd_search', payload::jsonb - '_nango_metadata', "
        "'[\"string\", \"numeric\", \"boolean\"]'), fts_dirty = 0 WHERE ctid IN (SELECT ctid FROM records "
        "WHERE "
        "fts_dirty = 1 LIMIT ?1)");
    q->bind(1, qint64(max));
    if (!q->run()) {
        qCWarning(lcDb) << "search index:" << m_db.lastError();
        return -1;
    }
    return int(q->changes());
}

qint64 PgSearchIndex::pending(qint64 streamId)
{
    auto q = m_db.prepare("SELECT count(*) FROM records WHERE stream_id = ?1 AND fts_dirty = 1");
    q->bind(1, streamId);
    return q->step() ? q->int64(0) : -1;
}

QString PgSearchIndex::tsquery(const QString &text)
{
    QStringList terms;
    for (QString word : words(text)) {
        word.replace(u'\\', u"\\\\"_s).replace(u'\'', u"''"_s);
        terms << u"'"_s + word.toLower() + u"':*"_s;
    }
    return terms.join(u" & "_s);
}

SearchIndex::Match PgSearchIndex::match(const QString &text, qint64, QStringList *values)
{
    // The planner weighs the GIN index against the stream's order from its statistics.
    values->append(tsquery(text));
    return {u"search @@ to_tsquery('nd_search', ?)"_s, false};
}

} // namespace nd
