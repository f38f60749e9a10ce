#include "SimHttp.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QUrl>

namespace nangosim {

using namespace Qt::StringLiterals;

bool SimResponse::hasHeader(const QByteArray &name) const
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

QByteArray SimResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

void SimResponse::addHeaderOnce(const QByteArray &name, const QByteArray &value)
{
    if (!hasHeader(name))
        headers.append({name, value});
}

SimResponse SimResponse::json(int status, const QJsonValue &value)
{
    SimResponse r;
    r.status = status;
    r.body = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                             : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    return r;
}

SimResponse SimResponse::rawJson(int status, QByteArray body)
{
    SimResponse r;
    r.status = status;
    r.body = std::move(body);
    return r;
}

SimResponse SimResponse::html(int status, const QByteArray &body)
{
    SimResponse r;
    r.status = status;
    r.contentType = "text/html; charset=utf-8";
    r.body = body;
    return r;
}

SimResponse SimResponse::error(int status, const QString &code, const QString &message,
                               const QJsonValue &payload)
{
    QJsonObject err{{u"code"_s, code}};
    if (!message.isEmpty())
        err.insert(u"message"_s, message);
    if (!payload.isUndefined())
        err.insert(u"payload"_s, payload);
    return json(status, QJsonObject{{u"error"_s, err}});
}

SimResponse SimResponse::validation(const QString &code, const QJsonArray &errors)
{
    return json(400, QJsonObject{{u"error"_s, QJsonObject{{u"code"_s, code}, {u"errors"_s, errors}}}});
}

SimResponse SimResponse::notFoundPage(const QByteArray &method, const QString &path)
{
    // finalhandler's createHtmlDocument(), with the escaped "Cannot GET /path" message.
    const QByteArray message = QString(u"Cannot "_s + QString::fromLatin1(method) + u' ' + path)
                                   .toHtmlEscaped()
                                   .replace(u'\'', u"&#39;"_s)
                                   .toUtf8();
    SimResponse r = html(404, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                              "<title>Error</title>\n</head>\n<body>\n<pre>" +
                                  message + "</pre>\n</body>\n</html>\n");
    r.headers.append({QByteArray("Content-Security-Policy"), QByteArray("default-src 'none'")});
    r.headers.append({QByteArray("X-Content-Type-Options"), QByteArray("nosniff")});
    r.etag = false;
    return r;
}

Freshness Freshness::of(const SimRequest &req)
{
    return Freshness{req.method, req.header("if-none-match"), req.header("if-modified-since"),
                     req.header("cache-control")};
}

QByteArray weakEtag(const QByteArray &body)
{
    // The etag module: "<length in hex>-<first 27 characters of the base64 SHA-1>", weak.
    const QByteArray hash = QCryptographicHash::hash(body, QCryptographicHash::Sha1).toBase64().left(27);
    return "W/\"" + QByteArray::number(body.size(), 16) + '-' + hash + '"';
}

namespace {

// The `fresh` module, for a response that carries an ETag and no Last-Modified.
bool fresh(const Freshness &req, const QByteArray &etag)
{
    if (req.ifNoneMatch.isEmpty() && req.ifModifiedSince.isEmpty())
        return false;
    static const QRegularExpression noCache(u"(?:^|,)\\s*?no-cache\\s*?(?:,|$)"_s);
    if (!req.cacheControl.isEmpty() && noCache.match(QString::fromLatin1(req.cacheControl)).hasMatch())
        return false;
    if (!req.ifNoneMatch.isEmpty() && req.ifNoneMatch != "*") {
        bool matched = false;
        for (QByteArray token : req.ifNoneMatch.split(',')) {
            token = token.trimmed();
            if (token.isEmpty())
                continue;
            if (token == etag || "W/" + token == etag || token == "W/" + etag)
                matched = true;
        }
        if (!matched)
            return false;
    }
    // If-Modified-Since needs a Last-Modified, which Nango's JSON answers never have.
    return req.ifModifiedSince.isEmpty();
}

} // namespace

void finishLikeExpress(SimResponse &r, const Freshness &request)
{
    if (!r.etag)
        return;
    if (!r.hasHeader("ETag"))
        r.headers.append({"ETag", weakEtag(r.body)});
    const bool readOnly = request.method == "GET" || request.method == "HEAD";
    const bool cacheable = (r.status >= 200 && r.status < 300) || r.status == 304;
    if (readOnly && cacheable && fresh(request, r.header("ETag"))) {
        r.status = 304;
        r.body.clear();
        r.contentType.clear();
    }
}

void Validation::add(const QString &code, const QString &message, const QStringList &path)
{
    m_errors.append(QJsonObject{
        {u"code"_s, code}, {u"message"_s, message}, {u"path"_s, QJsonArray::fromStringList(path)}});
}

QString Validation::typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"boolean"_s;
    case QJsonValue::Double:
        return u"number"_s;
    case QJsonValue::String:
        return u"string"_s;
    case QJsonValue::Array:
        return u"array"_s;
    case QJsonValue::Object:
        return u"object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"undefined"_s;
}

void Validation::invalidType(const QString &expected, const QJsonValue &value, const QStringList &path)
{
    add(u"invalid_type"_s, u"Invalid input: expected %1, received %2"_s.arg(expected, typeName(value)), path);
}

void Validation::invalidOption(const QStringList &options, const QStringList &path)
{
    QStringList quoted;
    for (const QString &o : options)
        quoted.append(QString(u'"' + o + u'"'));
    add(u"invalid_value"_s, u"Invalid option: expected one of %1"_s.arg(quoted.join(u'|')), path);
}

bool Validation::isObject(const QJsonValue &value, const QStringList &path)
{
    if (value.isObject())
        return true;
    invalidType(u"object"_s, value, path);
    return false;
}

void Validation::strictKeys(const QJsonObject &object, const QStringList &allowed, const QStringList &prefix)
{
    QStringList unknown;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowed.contains(it.key()))
            unknown.append(QString(u'"' + it.key() + u'"'));
    }
    if (unknown.isEmpty())
        return;
    add(u"unrecognized_keys"_s,
        u"Unrecognized key%1: %2"_s.arg(unknown.size() > 1 ? u"s"_s : QString(), unknown.join(u", "_s)),
        prefix);
}

std::optional<QString> Validation::optionalString(const QJsonObject &object, const QString &key, int minLen,
                                                  int maxLen)
{
    if (!object.contains(key))
        return std::nullopt;
    const QJsonValue v = object.value(key);
    if (!v.isString()) {
        invalidType(u"string"_s, v, {key});
        return std::nullopt;
    }
    const QString s = v.toString();
    if (s.size() < minLen)
        add(u"too_small"_s, u"Too small: expected string to have >=%1 characters"_s.arg(minLen), {key});
    else if (s.size() > maxLen)
        add(u"too_big"_s, u"Too big: expected string to have <=%1 characters"_s.arg(maxLen), {key});
    else
        return s;
    return std::nullopt;
}

std::optional<QString> Validation::requiredString(const QJsonObject &object, const QString &key, int minLen,
                                                  int maxLen)
{
    if (!object.contains(key)) {
        add(u"invalid_type"_s, u"Invalid input: expected string, received undefined"_s, {key});
        return std::nullopt;
    }
    return optionalString(object, key, minLen, maxLen);
}

bool Validation::matches(const QString &value, const QString &pattern, const QString &key)
{
    return matches(value, pattern, QStringList{key});
}

bool Validation::matches(const QString &value, const QString &pattern, const QStringList &path)
{
    const QRegularExpression re(pattern);
    if (re.match(value).hasMatch())
        return true;
    add(u"invalid_format"_s, u"Invalid string: must match pattern /%1/"_s.arg(pattern), path);
    return false;
}

std::optional<QString> Validation::patterned(const QJsonObject &object, const QString &key,
                                             const QString &pattern, bool required, int maxLen)
{
    if (!object.contains(key)) {
        if (required)
            invalidType(u"string"_s, QJsonValue::Undefined, {key});
        return std::nullopt;
    }
    const QJsonValue value = object.value(key);
    if (!value.isString()) {
        invalidType(u"string"_s, value, {key});
        return std::nullopt;
    }
    bool ok = matches(value.toString(), pattern, key);
    if (value.toString().size() > maxLen) {
        add(u"too_big"_s, u"Too big: expected string to have <=%1 characters"_s.arg(maxLen), {key});
        ok = false;
    }
    return ok ? std::optional<QString>(value.toString()) : std::nullopt;
}

namespace {

QString qsDecode(QByteArray part)
{
    part.replace('+', ' ');
    return QUrl::fromPercentEncoding(part);
}

void appendValue(QJsonObject &target, const QString &key, const QJsonValue &value)
{
    if (!target.contains(key)) {
        target.insert(key, value);
        return;
    }
    QJsonValue existing = target.value(key);
    QJsonArray array = existing.isArray() ? existing.toArray() : QJsonArray{existing};
    array.append(value);
    target.insert(key, array);
}

} // namespace

QJsonObject parseQs(const QByteArray &rawQuery)
{
    static const QRegularExpression bracket(u"^([^\\[\\]]+)\\[([^\\]]*)\\]$"_s);
    QJsonObject out;
    if (rawQuery.isEmpty())
        return out;
    for (const QByteArray &pair : rawQuery.split('&')) {
        if (pair.isEmpty())
            continue;
        const int eq = pair.indexOf('=');
        const QString key = qsDecode(eq < 0 ? pair : pair.left(eq));
        const QString value = eq < 0 ? QString() : qsDecode(pair.mid(eq + 1));
        const auto m = bracket.match(key);
        if (m.hasMatch()) {
            const QString base = m.captured(1);
            const QString inner = m.captured(2);
            if (inner.isEmpty()) {
                QJsonValue existing = out.value(base);
                QJsonArray array = existing.isArray()       ? existing.toArray()
                                   : existing.isUndefined() ? QJsonArray{}
                                                            : QJsonArray{existing};
                array.append(value);
                out.insert(base, array);
            } else {
                QJsonObject nested = out.value(base).toObject();
                appendValue(nested, inner, value);
                out.insert(base, nested);
            }
            continue;
        }
        appendValue(out, key, value);
    }
    return out;
}

std::optional<SimResponse> requireEmptyQuery(const SimRequest &req)
{
    if (req.rawQuery.isEmpty())
        return std::nullopt;
    Validation v;
    v.strictKeys(req.query, {});
    return SimResponse::validation(u"invalid_query_params"_s, v.errors());
}

bool refusedContentType(const SimRequest &req)
{
    return req.hasHeader("content-type") && !req.header("content-type").startsWith("application/json");
}

SimResponse invalidContentType()
{
    return SimResponse::error(415, u"invalid_content_type"_s,
                              u"Content-Type header must be application/json"_s);
}

namespace {

// type-is as express.json() uses it: the media type, case-insensitive, parameters ignored.
bool isJsonMediaType(const QByteArray &contentType)
{
    return contentType.split(';').constFirst().trimmed().toLower() == "application/json";
}

} // namespace

std::optional<SimResponse> unparsableJson(const SimRequest &req)
{
    if (!isJsonMediaType(req.header("content-type")) || req.body.trimmed().isEmpty())
        return std::nullopt;
    QJsonParseError error{};
    QJsonDocument::fromJson(req.body, &error);
    if (error.error == QJsonParseError::NoError)
        return std::nullopt;
    return SimResponse::error(400, u"invalid_json"_s, error.errorString());
}

ParsedBody parseJsonBody(const SimRequest &req)
{
    ParsedBody result;
    if (refusedContentType(req)) {
        result.error = invalidContentType();
        return result;
    }
    // Only an application/json request with a body (Content-Length or chunked) is parsed at all.
    const bool hasBody = req.hasHeader("content-length") || req.hasHeader("transfer-encoding");
    if (!isJsonMediaType(req.header("content-type")) || !hasBody) {
        result.value = QJsonValue(QJsonValue::Undefined);
        return result;
    }
    if (req.body.trimmed().isEmpty()) {
        // body-parser turns an empty JSON body into {}.
        result.value = QJsonObject{};
        return result;
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(req.body, &error);
    if (error.error != QJsonParseError::NoError) {
        result.error = SimResponse::error(400, u"invalid_json"_s, error.errorString());
        return result;
    }
    result.value = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    return result;
}

} // namespace nangosim
