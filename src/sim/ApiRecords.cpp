// GET /records and PATCH /records/prune (controllers/records, packages/records).
#include "SimApi.h"
#include "SimTime.h"
#include "SimWorld.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace nangosim {

using namespace Qt::StringLiterals;

namespace {

const QString kModelPattern = u"^[A-Z][a-zA-Z0-9_-]+$"_s;
const QString kVariantPattern = u"^[a-zA-Z0-9_-]+$"_s;

// packages/records/lib/cursor.ts: base64 of "<updated_at>||<uuid>", both parts validated.
std::optional<RecordKey> decodeCursor(const QString &cursor)
{
    const QByteArray decoded = QByteArray::fromBase64(cursor.toLatin1());
    const QList<QByteArray> parts = decoded.split('|');
    // "a||b" splits on '|' into a, "", b.
    if (parts.size() != 3 || !parts[1].isEmpty())
        return std::nullopt;
    const auto ts = SimTime::parseWithOffset(parts[0]);
    static const QRegularExpression uuid(u"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    if (!ts || !uuid.match(QString::fromLatin1(parts[2])).hasMatch())
        return std::nullopt;
    QByteArray hex = parts[2];
    hex.replace('-', QByteArray());
    bool okHi = false;
    bool okLo = false;
    const quint64 hi = hex.left(16).toULongLong(&okHi, 16);
    const quint64 lo = hex.mid(16).toULongLong(&okLo, 16);
    if (!okHi || !okLo)
        return std::nullopt;
    return RecordKey{*ts, hi, lo};
}

} // namespace

Connection *SimApi::connectionFromHeaders(const SimRequest &req, SimResponse *error, bool forRecords)
{
    Validation v;
    if (!req.hasHeader("connection-id"))
        v.add(u"invalid_type"_s, u"Invalid input: expected string, received undefined"_s,
              {u"connection-id"_s});
    if (!req.hasHeader("provider-config-key"))
        v.add(u"invalid_type"_s, u"Invalid input: expected string, received undefined"_s,
              {u"provider-config-key"_s});
    if (!v.ok()) {
        *error = SimResponse::validation(u"invalid_headers"_s, v.errors());
        return nullptr;
    }
    const QString key = QString::fromUtf8(req.header("provider-config-key"));
    const QString id = QString::fromUtf8(req.header("connection-id"));
    Connection *c = m_world.connection(key, id);
    if (!c) {
        *error = forRecords
                     ? SimResponse::error(
                           400, u"unknown_connection"_s,
                           u"Provided ConnectionId and ProviderConfigKey does not match a valid connection"_s)
                     : SimResponse::error(400, u"unknown_connection"_s);
    }
    return c;
}

SimResponse SimApi::listRecords(const SimRequest &req)
{
    Validation v;
    v.strictKeys(req.query, {u"model"_s, u"variant"_s, u"cursor"_s, u"limit"_s, u"modified_after"_s,
                             u"delta"_s, u"filter"_s, u"ids"_s});
    const auto model = v.requiredString(req.query, u"model"_s, 1, 255);
    if (model)
        v.matches(*model, kModelPattern, u"model"_s);
    const auto variant = v.optionalString(req.query, u"variant"_s, 1, 255);
    if (variant)
        v.matches(*variant, kVariantPattern, u"variant"_s);
    const auto cursor = v.optionalString(req.query, u"cursor"_s, 1, 1000);
    int limit = 100;
    if (req.query.contains(u"limit"_s)) {
        bool ok = false;
        limit = req.query.value(u"limit"_s).toString().toInt(&ok);
        if (!ok)
            v.add(u"invalid_type"_s, u"Invalid input: expected number, received NaN"_s, {u"limit"_s});
        else if (limit < 1)
            v.add(u"too_small"_s, u"Too small: expected number to be >=1"_s, {u"limit"_s});
        else if (limit > 10000)
            v.add(u"too_big"_s, u"Too big: expected number to be <=10000"_s, {u"limit"_s});
    }
    std::optional<qint64> modifiedAfter;
    // delta wins over modified_after when both are given (query.delta || query.modified_after).
    for (const QString &name : {u"modified_after"_s, u"delta"_s}) {
        if (!req.query.contains(name))
            continue;
        const auto value = v.optionalString(req.query, name, 1, 100);
        if (!value)
            continue;
        const auto us = SimTime::parseZodDatetime(value->toLatin1());
        if (!us) {
            v.add(u"invalid_format"_s, u"Invalid ISO datetime"_s, {name});
            continue;
        }
        if (*us < SimTime::nowUs() - 365LL * 86400 * 1000000) {
            v.add(u"custom"_s, u"must be within the last 12 months"_s, {name});
            continue;
        }
        modifiedAfter = us;
    }
    RecordFilter filter;
    if (req.query.contains(u"filter"_s)) {
        // z.string().transform(split(',')).pipe(z.array(z.enum([...]))): each part is checked on its
        // own, case included, and a bad one is named by its index.
        static const QStringList options{u"added"_s, u"updated"_s, u"deleted"_s,
                                         u"ADDED"_s, u"UPDATED"_s, u"DELETED"_s};
        const QJsonValue value = req.query.value(u"filter"_s);
        if (!value.isString()) {
            v.invalidType(u"string"_s, value, {u"filter"_s});
        } else {
            const QStringList parts = value.toString().split(u',');
            bool valid = true;
            for (qsizetype i = 0; i < parts.size(); ++i) {
                if (!options.contains(parts.at(i))) {
                    v.invalidOption(options, {u"filter"_s, QString::number(i)});
                    valid = false;
                }
            }
            if (valid) {
                filter.any = false;
                bool deleted = false;
                for (const QString &part : parts) {
                    const QString p = part.toLower();
                    filter.added = filter.added || p == u"added";
                    filter.updated = filter.updated || p == u"updated";
                    deleted = deleted || p == u"deleted";
                }
                filter.deletedOnly = deleted && !filter.added && !filter.updated;
            }
        }
    }
    QSet<QByteArray> ids;
    if (req.query.contains(u"ids"_s)) {
        const QJsonValue value = req.query.value(u"ids"_s);
        const QJsonArray list = value.isArray() ? value.toArray() : QJsonArray{value};
        if (list.size() > 100)
            v.add(u"too_big"_s, u"Too big: expected array to have <=100 items"_s, {u"ids"_s});
        for (const QJsonValue &id : list) {
            const QString s = id.toString();
            if (!id.isString() || s.isEmpty() || s.size() > 256)
                v.add(u"invalid_type"_s, u"Invalid id"_s, {u"ids"_s});
            ids.insert(s.toUtf8());
        }
    }
    if (!v.ok())
        return SimResponse::validation(u"invalid_query_params"_s, v.errors());

    SimResponse error;
    Connection *c = connectionFromHeaders(req, &error, true);
    if (!c)
        return error;

    std::optional<RecordKey> after;
    if (cursor) {
        after = decodeCursor(*cursor);
        if (!after) // every store error, an invalid cursor included, becomes a 500
            return SimResponse::error(500, u"server_error"_s, u"Failed to fetch records"_s);
    }
    const QString modelKey = (variant && *variant != u"base") ? *model + u"::"_s + *variant : *model;
    QByteArray body = "{\"records\":[";
    QByteArray next = "null";
    if (RecordTable *t = m_world.table(*c, modelKey)) {
        const RecordTable::Page page = t->page(after, modifiedAfter, filter, ids, limit);
        body.reserve(qsizetype(page.records.size()) * (m_world.options().recordBytes + 320));
        const bool garbage = garbageCursorPages > 0 && !page.records.empty();
        if (garbage)
            --garbageCursorPages;
        static const QByteArray kGarbage = "%%%garbage\\u0000<>{}";
        bool first = true;
        for (const SimRecord *r : page.records) {
            if (!first)
                body += ',';
            first = false;
            QByteArray json = m_world.recordJson(modelKey, *r);
            if (garbage && r == page.records.back())
                json.replace(m_world.cursorOf(*r), kGarbage);
            body += json;
        }
        if (page.hasMore && !page.records.empty())
            next = '"' + (garbage ? kGarbage : m_world.cursorOf(*page.records.back())) + '"';
        if (stuckCursorPages > 0 && cursor && page.hasMore) {
            --stuckCursorPages;
            next = '"' + cursor->toUtf8() + '"'; // the same page again, for ever
        }
    }
    body += "],\"next_cursor\":";
    body += next;
    if (padPageBytes > 0)
        body += QByteArray(std::exchange(padPageBytes, 0), ' ');
    body += '}';
    return SimResponse::rawJson(200, std::move(body));
}

SimResponse SimApi::pruneRecords(const SimRequest &req)
{
    if (auto refused = requireEmptyQuery(req))
        return *refused;
    const ParsedBody parsed = parseJsonBody(req);
    if (parsed.error)
        return *parsed.error;
    Validation v;
    if (!v.isObject(parsed.value))
        return SimResponse::validation(u"invalid_body"_s, v.errors());
    const QJsonObject body = parsed.value.toObject();
    v.strictKeys(body, {u"model"_s, u"variant"_s, u"until_cursor"_s, u"limit"_s});
    const auto model = v.requiredString(body, u"model"_s);
    if (model)
        v.matches(*model, kModelPattern, u"model"_s);
    const auto variant = v.optionalString(body, u"variant"_s);
    const auto until = v.requiredString(body, u"until_cursor"_s, 1, 1000);
    int limit = 1000;
    if (body.contains(u"limit"_s)) {
        limit = body.value(u"limit"_s).toInt(-1);
        if (limit < 1 || limit > 10000)
            v.add(u"too_big"_s, u"Invalid limit"_s, {u"limit"_s});
    }
    if (!v.ok())
        return SimResponse::validation(u"invalid_body"_s, v.errors());
    SimResponse error;
    Connection *c = connectionFromHeaders(req, &error, true);
    if (!c)
        return error;
    const auto key = decodeCursor(*until);
    if (!key)
        return SimResponse::error(500, u"server_error"_s, u"Failed to prune records"_s);
    const QString modelKey = (variant && *variant != u"base") ? *model + u"::"_s + *variant : *model;
    bool hasMore = false;
    int count = 0;
    if (RecordTable *t = m_world.table(*c, modelKey))
        count = t->prune(*key, limit, m_world.clockUs(), &hasMore);
    return SimResponse::json(200, QJsonObject{{u"count"_s, count}, {u"has_more"_s, hasMore}});
}

} // namespace nangosim
