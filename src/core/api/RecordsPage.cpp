#include "api/RecordsPage.h"

#include "util/Timestamp.h"

#include <simdjson.h>

namespace nd {

using namespace Qt::StringLiterals;

namespace {

QByteArray bytes(std::string_view v)
{
    return QByteArray(v.data(), qsizetype(v.size()));
}

// Reads a string-or-null field; numbers (an id sent as a number by an old server) become text.
bool readScalar(simdjson::ondemand::value value, QByteArray *out)
{
    simdjson::ondemand::json_type type;
    if (value.type().get(type))
        return false;
    switch (type) {
    case simdjson::ondemand::json_type::null:
        out->clear();
        return true;
    case simdjson::ondemand::json_type::string: {
        std::string_view s;
        if (value.get_string().get(s))
            return false;
        *out = bytes(s);
        return true;
    }
    case simdjson::ondemand::json_type::number: {
        *out = bytes(value.raw_json_token()).trimmed();
        return true;
    }
    default:
        return false;
    }
}

bool parseMetadata(simdjson::ondemand::object meta, PulledRecord *r)
{
    for (auto field : meta) {
        std::string_view key;
        if (field.unescaped_key().get(key))
            return false;
        QByteArray *target = nullptr;
        if (key == "first_seen_at")
            target = &r->firstSeenAt;
        else if (key == "last_modified_at")
            target = &r->lastModifiedAt;
        else if (key == "last_action")
            target = &r->lastAction;
        else if (key == "deleted_at")
            target = &r->deletedAt;
        else if (key == "pruned_at")
            target = &r->prunedAt;
        else if (key == "cursor")
            target = &r->cursor;
        if (target && !readScalar(field.value(), target))
            return false;
    }
    return true;
}

} // namespace

std::optional<RecordsPage> parseRecordsPage(const QByteArray &body, QString *error)
{
    thread_local simdjson::ondemand::parser parser;
    const simdjson::padded_string padded(body.constData(), size_t(body.size()));
    RecordsPage page;
    page.bytes = body.size();
    auto fail = [error](const QString &why) -> std::optional<RecordsPage> {
        *error = why;
        return std::nullopt;
    };
    simdjson::ondemand::document doc;
    if (parser.iterate(padded).get(doc))
        return fail(u"the records page is not JSON"_s);
    simdjson::ondemand::object top;
    if (doc.get_object().get(top))
        return fail(u"the records page is not a JSON object"_s);
    bool sawRecords = false;
    for (auto field : top) {
        std::string_view key;
        if (field.unescaped_key().get(key))
            return fail(u"the records page is malformed"_s);
        if (key == "next_cursor") {
            if (!readScalar(field.value(), &page.nextCursor))
                return fail(u"next_cursor is neither a string nor null"_s);
            continue;
        }
        if (key != "records")
            continue;
        sawRecords = true;
        simdjson::ondemand::array array;
        if (field.value().get_array().get(array))
            return fail(u"records is not an array"_s);
        for (auto element : array) {
            simdjson::ondemand::object object;
            std::string_view raw;
            if (element.get_object().get(object) || object.raw_json().get(raw))
                return fail(u"a record is not a JSON object"_s);
            PulledRecord r;
            r.json = bytes(raw);
            // Second, small pass over this record's bytes for id and _nango_metadata. The slice
            // lies inside the padded page, so simdjson may read past its end safely.
            const size_t capacity = size_t(padded.size() + simdjson::SIMDJSON_PADDING) -
                                    size_t(raw.data() - padded.data());
            thread_local simdjson::ondemand::parser recordParser;
            simdjson::ondemand::document rec;
            if (recordParser.iterate(simdjson::padded_string_view(raw.data(), raw.size(), capacity)).get(rec))
                return fail(u"a record is not valid JSON"_s);
            simdjson::ondemand::object ro;
            if (rec.get_object().get(ro))
                return fail(u"a record is not a JSON object"_s);
            bool sawMeta = false;
            for (auto rf : ro) {
                std::string_view rk;
                if (rf.unescaped_key().get(rk))
                    return fail(u"a record is malformed"_s);
                if (rk == "id") {
                    if (!readScalar(rf.value(), &r.id))
                        return fail(u"a record id is neither a string nor a number"_s);
                } else if (rk == "_nango_metadata") {
                    simdjson::ondemand::object meta;
                    if (rf.value().get_object().get(meta) || !parseMetadata(meta, &r))
                        return fail(u"a record's _nango_metadata is malformed"_s);
                    sawMeta = true;
                }
            }
            if (r.id.isEmpty() || !sawMeta || r.cursor.isEmpty())
                return fail(u"a record lacks its id or _nango_metadata.cursor"_s);
            const auto modified = Timestamp::parseMicros(r.lastModifiedAt);
            if (!modified)
                return fail(u"a record's last_modified_at is not a timestamp: %1"_s.arg(QString::fromUtf8(r.lastModifiedAt)));
            r.lastModifiedUs = *modified;
            r.firstSeenUs = Timestamp::parseMicros(r.firstSeenAt).value_or(*modified);
            if (r.lastAction.isEmpty())
                r.lastAction = r.deletedAt.isEmpty() ? QByteArrayLiteral("UPDATED") : QByteArrayLiteral("DELETED");
            page.records.push_back(std::move(r));
        }
    }
    if (!sawRecords)
        return fail(u"the answer has no records array"_s);
    return page;
}

} // namespace nd
