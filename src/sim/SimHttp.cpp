#include "SimHttp.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QUrl>

namespace nangosim {

using namespace Qt::StringLiterals;

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

void Validation::add(const QString &code, const QString &message, const QStringList &path)
{
    m_errors.append(QJsonObject{
        {u"code"_s, code}, {u"message"_s, message}, {u"path"_s, QJsonArray::fromStringList(path)}});
}

void Validation::strictKeys(const QJsonObject &object, const QStringList &allowed, const QStringList &prefix)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowed.contains(it.key()))
            add(u"unrecognized_keys"_s, u"Unrecognized key: \"%1\""_s.arg(it.key()), prefix);
    }
}

std::optional<QString> Validation::optionalString(const QJsonObject &object, const QString &key, int minLen,
                                                  int maxLen)
{
    if (!object.contains(key))
        return std::nullopt;
    const QJsonValue v = object.value(key);
    if (!v.isString()) {
        add(u"invalid_type"_s, u"Invalid input: expected string"_s, {key});
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
    const QRegularExpression re(pattern);
    if (re.match(value).hasMatch())
        return true;
    add(u"invalid_format"_s, u"Invalid string: must match pattern %1"_s.arg(pattern), {key});
    return false;
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

ParsedBody parseJsonBody(const SimRequest &req)
{
    ParsedBody result;
    const QByteArray contentType = req.header("content-type");
    if (!contentType.isEmpty() && !contentType.trimmed().toLower().startsWith("application/json")) {
        result.error = SimResponse::error(415, u"invalid_content_type"_s,
                                          u"Content-Type header must be application/json"_s);
        return result;
    }
    if (req.body.trimmed().isEmpty()) {
        // express.json() leaves an empty body as {}.
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
