#include "api/RecordsPage.h"

#include "util/Timestamp.h"
#include "util/Translate.h"

#include <QCoreApplication>

#include <cstring>
#include <simdjson.h>

namespace nd {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return trIn("nd::RecordsPage", text);
}

} // namespace

namespace {

QByteArray view(const char *data, size_t size)
{
    return QByteArray::fromRawData(data, qsizetype(size));
}

// A string-or-null field as a view into the body. Metadata values never contain escapes; an id
// may, so ids are unescaped (and then copied).
bool readScalar(simdjson::ondemand::value value, QByteArray *out, bool unescape)
{
    simdjson::ondemand::json_type type;
    if (value.type().get(type))
        return false;
    switch (type) {
    case simdjson::ondemand::json_type::null:
        *out = QByteArray();
        return true;
    case simdjson::ondemand::json_type::string: {
        if (unescape) {
            std::string_view s;
            if (value.get_string().get(s))
                return false;
            *out = QByteArray(s.data(), qsizetype(s.size()));
            return true;
        }
        std::string_view raw = value.raw_json_token();
        while (!raw.empty() && raw.back() != '"')
            raw.remove_suffix(1);
        if (raw.size() < 2 || raw.find('\\') != std::string_view::npos) {
            std::string_view s;
            if (value.get_string().get(s))
                return false;
            *out = QByteArray(s.data(), qsizetype(s.size()));
            return true;
        }
        *out = view(raw.data() + 1, raw.size() - 2);
        return true;
    }
    case simdjson::ondemand::json_type::number: {
        std::string_view raw = value.raw_json_token();
        while (!raw.empty() &&
               (raw.back() == ' ' || raw.back() == '\n' || raw.back() == '\r' || raw.back() == '\t'))
            raw.remove_suffix(1);
        *out = QByteArray(raw.data(), qsizetype(raw.size()));
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
        if (target && !readScalar(field.value(), target, false))
            return false;
    }
    return true;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

} // namespace

std::optional<RecordsPage> parseRecordsPage(const QByteArray &body, QString *error)
{
    thread_local simdjson::ondemand::parser parser;
    RecordsPage page;
    page.bytes = body.size();
    // One copy of the body with simdjson's padding; every record below is a view into it.
    auto buffer = std::make_shared<QByteArray>();
    buffer->reserve(body.size() + qsizetype(simdjson::SIMDJSON_PADDING));
    buffer->append(body);
    page.buffer = buffer;
    auto fail = [error](const QString &why) -> std::optional<RecordsPage> {
        *error = why;
        return std::nullopt;
    };
    simdjson::ondemand::document doc;
    if (parser
            .iterate(simdjson::padded_string_view(buffer->constData(), size_t(buffer->size()),
                                                  size_t(buffer->capacity())))
            .get(doc))
        return fail(tr("the records page is not JSON"));
    simdjson::ondemand::object top;
    if (doc.get_object().get(top))
        return fail(tr("the records page is not a JSON object"));
    bool sawRecords = false;
    for (auto field : top) {
        std::string_view key;
        if (field.unescaped_key().get(key))
            return fail(tr("the records page is malformed"));
        if (key == "next_cursor") {
            if (!readScalar(field.value(), &page.nextCursor, false))
                return fail(tr("next_cursor is neither a string nor null"));
            page.nextCursor.detach(); // outlives nothing, but keep it independent of the buffer
            continue;
        }
        if (key != "records")
            continue;
        sawRecords = true;
        simdjson::ondemand::array array;
        if (field.value().get_array().get(array))
            return fail(tr("records is not an array"));
        for (auto element : array) {
            simdjson::ondemand::value value;
            const char *start = nullptr;
            simdjson::ondemand::object object;
            if (element.get(value) || value.current_location().get(start) || value.get_object().get(object))
                return fail(tr("a record is not a JSON object"));
            PulledRecord r;
            bool sawMeta = false;
            for (auto rf : object) {
                std::string_view rk;
                if (rf.unescaped_key().get(rk))
                    return fail(tr("a record is malformed"));
                if (rk != "_nango_metadata") {
                    // A handful of names per model: a linear look-up beats hashing here.
                    bool known = false;
                    for (const QByteArray &f : page.fields)
                        known = known || (size_t(f.size()) == rk.size() &&
                                          std::memcmp(f.constData(), rk.data(), rk.size()) == 0);
                    if (!known)
                        page.fields.emplace_back(rk.data(), qsizetype(rk.size()));
                }
                if (rk == "id") {
                    if (!readScalar(rf.value(), &r.id, true))
                        return fail(tr("a record id is neither a string nor a number"));
                } else if (rk == "_nango_metadata") {
                    simdjson::ondemand::object meta;
                    if (rf.value().get_object().get(meta) || !parseMetadata(meta, &r))
                        return fail(tr("a record's _nango_metadata is malformed"));
                    sawMeta = true;
                }
            }
            // The iterator now stands on what follows the object (',' or ']'): the record's raw
            // bytes are everything from its '{' up to that, less white space.
            const char *end = nullptr;
            if (doc.current_location().get(end) || end <= start)
                return fail(tr("a record is malformed"));
            while (end > start && isSpace(end[-1]))
                --end;
            r.json = view(start, size_t(end - start));
            if (r.id.isEmpty() || !sawMeta || r.cursor.isEmpty())
                return fail(tr("a record lacks its id or _nango_metadata.cursor"));
            const auto modified = Timestamp::parseMicros(r.lastModifiedAt);
            if (!modified)
                return fail(tr("a record's last_modified_at is not a timestamp: %1")
                                .arg(QString::fromUtf8(r.lastModifiedAt)));
            r.lastModifiedUs = *modified;
            r.firstSeenUs = Timestamp::parseMicros(r.firstSeenAt).value_or(*modified);
            if (r.lastAction.isEmpty())
                r.lastAction =
                    r.deletedAt.isEmpty() ? QByteArrayLiteral("UPDATED") : QByteArrayLiteral("DELETED");
            page.records.push_back(std::move(r));
        }
    }
    if (!sawRecords)
        return fail(tr("the answer has no records array"));
    return page;
}

} // namespace nd
