#include "cache/sqlite/SqliteSearchIndex.h"

#include "cache/sqlite/Database.h"
#include "cache/sqlite/Statement.h"
#include "util/Logging.h"

#include <QRegularExpression>
#include <QStringList>

#include <simdjson.h>

namespace nd {

using namespace Qt::StringLiterals;

namespace {

void collect(simdjson::ondemand::value value, QByteArray &out, int depth)
{
    simdjson::ondemand::json_type type;
    if (depth > 32 || value.type().get(type))
        return;
    switch (type) {
    case simdjson::ondemand::json_type::object: {
        simdjson::ondemand::object o;
        if (value.get_object().get(o))
            return;
        for (auto field : o) {
            std::string_view key;
            if (field.unescaped_key().get(key))
                return;
            if (depth == 0 && key == "_nango_metadata")
                continue;
            simdjson::ondemand::value v;
            if (!field.value().get(v))
                collect(v, out, depth + 1);
        }
        return;
    }
    case simdjson::ondemand::json_type::array: {
        simdjson::ondemand::array a;
        if (value.get_array().get(a))
            return;
        for (auto element : a) {
            simdjson::ondemand::value v;
            if (!element.get(v))
                collect(v, out, depth + 1);
        }
        return;
    }
    case simdjson::ondemand::json_type::string: {
        std::string_view s;
        if (!value.get_string().get(s)) {
            out.append(s.data(), qsizetype(s.size()));
            out += ' ';
        }
        return;
    }
    case simdjson::ondemand::json_type::number:
    case simdjson::ondemand::json_type::boolean: {
        const std::string_view raw = value.raw_json_token();
        out.append(raw.data(), qsizetype(raw.size()));
        out += ' ';
        return;
    }
    default:
        return;
    }
}

} // namespace

QByteArray SqliteSearchIndex::searchableText(const QByteArray &recordJson)
{
    thread_local simdjson::ondemand::parser parser;
    const simdjson::padded_string padded(recordJson.constData(), size_t(recordJson.size()));
    simdjson::ondemand::document doc;
    simdjson::ondemand::value root;
    QByteArray out;
    if (parser.iterate(padded).get(doc) || doc.get_value().get(root))
        return out;
    collect(root, out, 0);
    return out;
}

QString SqliteSearchIndex::matchExpression(const QString &text)
{
    QStringList terms;
    for (QString word : words(text)) {
        word.replace(u'"', u"\"\""_s);
        terms << u"\""_s + word + u"\"*"_s;
    }
    return terms.join(u' ');
}

SqliteSearchIndex::SqliteSearchIndex(Database &db)
    : m_db(db)
    , m_hits(db.handle())
{}

SearchIndex::Match SqliteSearchIndex::match(const QString &text, qint64 streamId, QStringList *values)
{
    const QString expression = matchExpression(text);
    const qint64 hits = m_hits.prepare(expression);
    if (hits == SqliteSearchHits::kTooSparse) {
        values->append(expression);
        return {u"rowid IN (SELECT rowid FROM records_fts WHERE records_fts MATCH ?)"_s, false};
    }
    if (hits >= 0) {
        // Few matches: read by them (each match's row, then a sort) rather than walk the stream's
        // order until a block of them has passed. A block read driven by h matches costs about h row
        // reads (3 us each in the sqlite3 shell), the walk about N/h x 200 index entries (0.1 us each)
        // for N records; they meet near h = sqrt(7 N), 2,600 of a million (the rule: h^2 <= 8 N). The walk of
        // a word found nowhere reads every entry (90 ms at a million); driven, nothing.
        Statement size(m_db.handle(), "SELECT live_count + deleted_count FROM streams WHERE id = ?1");
        size.bind(1, streamId);
        const qint64 records = size.step() ? size.int64(0) : 0;
        if (hits * hits <= 8 * records || hits <= 64) {
            values->append(expression);
            return {u"rowid IN (SELECT rowid FROM records_fts WHERE records_fts MATCH ?)"_s, true};
        }
    }
    return {SqliteSearchHits::condition(expression, values), false};
}

int SqliteSearchIndex::index(int max)
{
    Transaction tx(m_db);
    if (!tx.active())
        return -1;
    Statement pick(m_db.handle(), "SELECT rowid, payload FROM records WHERE fts_dirty = 1 LIMIT ?1");
    Statement drop(m_db.handle(), "DELETE FROM records_fts WHERE rowid = ?1");
    Statement add(m_db.handle(), "INSERT INTO records_fts (rowid, body) VALUES (?1, ?2)");
    Statement clean(m_db.handle(), "UPDATE records SET fts_dirty = 0 WHERE rowid = ?1");
    pick.bind(1, qint64(max));
    int done = 0;
    while (pick.step()) {
        const qint64 rowid = pick.int64(0);
        const QByteArray text = searchableText(pick.bytes(1));
        drop.bind(1, rowid);
        add.bind(1, rowid).bind(2, text);
        clean.bind(1, rowid);
        if (!drop.run() || !add.run() || !clean.run()) {
            qCWarning(lcDb) << "search index:" << add.error();
            return -1;
        }
        ++done;
    }
    return tx.commit() ? done : -1;
}

qint64 SqliteSearchIndex::pending(qint64 streamId)
{
    Statement q(m_db.handle(), "SELECT count(*) FROM records WHERE stream_id = ?1 AND fts_dirty = 1");
    q.bind(1, streamId);
    return q.step() ? q.int64(0) : -1;
}

void SqliteSearchIndex::forgetGeneration(qint64 streamId, qint64 belowGeneration)
{
    Statement q(m_db.handle(), "DELETE FROM records_fts WHERE rowid IN (SELECT rowid FROM records WHERE "
                               "stream_id = ?1 AND generation < ?2)");
    q.bind(1, streamId).bind(2, belowGeneration);
    q.run();
}

} // namespace nd
