#include "cache/RecordDiff.h"

#include <QJsonArray>

#include <simdjson.h>
#include <string>
#include <string_view>

namespace nd {

using namespace Qt::StringLiterals;
using simdjson::dom::element;
using simdjson::dom::element_type;

namespace {

void appendJsonString(std::string &out, std::string_view s)
{
    out += '"';
    for (const char c : s) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

void appendKey(std::string &path, std::string_view key)
{
    if (!path.empty())
        path += '.';
    for (const char c : key) {
        if (c == '.' || c == '[' || c == ']' || c == '\\')
            path += '\\';
        path += c;
    }
}

class Differ
{
public:
    std::string out = "{";

    // One change, as its undo: the old value in a one-element array, or an empty array for a field
    // that was not there before.
    void change(const std::string &path, const element *before)
    {
        if (out.size() > 1)
            out += ',';
        appendJsonString(out, path);
        out += ":[";
        if (before)
            out += simdjson::minify(*before);
        out += ']';
    }

    static bool sameScalar(const element &a, const element &b)
    {
        if (a.type() != b.type())
            return false;
        switch (a.type()) {
        case element_type::STRING:
            return std::string_view(a) == std::string_view(b);
        case element_type::INT64:
            return int64_t(a) == int64_t(b);
        case element_type::UINT64:
            return uint64_t(a) == uint64_t(b);
        case element_type::DOUBLE:
            return double(a) == double(b);
        case element_type::BOOL:
            return bool(a) == bool(b);
        case element_type::NULL_VALUE:
            return true;
        default:
            return false;
        }
    }

    void compare(const element &a, const element &b, std::string &path, bool top)
    {
        const element_type ta = a.type(), tb = b.type();
        if (ta == element_type::OBJECT && tb == element_type::OBJECT) {
            const simdjson::dom::object oa(a), ob(b);
            const size_t base = path.size();
            for (const auto field : oa) {
                if (top && field.key == "_nango_metadata")
                    continue;
                appendKey(path, field.key);
                element other;
                if (ob.at_key(field.key).get(other) == simdjson::SUCCESS)
                    compare(field.value, other, path, false);
                else
                    change(path, &field.value);
                path.resize(base);
            }
            for (const auto field : ob) {
                if (top && field.key == "_nango_metadata")
                    continue;
                element other;
                if (oa.at_key(field.key).get(other) == simdjson::SUCCESS)
                    continue;
                appendKey(path, field.key);
                change(path, nullptr);
                path.resize(base);
            }
            return;
        }
        if (ta == element_type::ARRAY && tb == element_type::ARRAY) {
            const simdjson::dom::array aa(a), ab(b);
            if (aa.size() == ab.size()) {
                const size_t base = path.size();
                auto ib = ab.begin();
                size_t i = 0;
                for (const element va : aa) {
                    path += '[';
                    path += std::to_string(i++);
                    path += ']';
                    compare(va, *ib, path, false);
                    ++ib;
                    path.resize(base);
                }
                return;
            }
            if (simdjson::minify(a) != simdjson::minify(b))
                change(path, &a);
            return;
        }
        if (ta == element_type::OBJECT || ta == element_type::ARRAY || tb == element_type::OBJECT ||
            tb == element_type::ARRAY || !sameScalar(a, b))
            change(path, &a);
    }
};

QJsonValue apply(const QJsonValue &node, const QList<QJsonValue> &steps, int at, const QJsonArray &undo)
{
    const QJsonValue step = steps.at(at);
    const bool last = at == steps.size() - 1;
    const bool hasOld = !undo.isEmpty();
    if (step.isString()) {
        QJsonObject o = node.toObject();
        const QString key = step.toString();
        if (last) {
            if (hasOld)
                o.insert(key, undo.at(0));
            else
                o.remove(key); // added by this change
        } else {
            o.insert(key, apply(o.value(key), steps, at + 1, undo));
        }
        return o;
    }
    QJsonArray a = node.toArray();
    const qsizetype i = qsizetype(step.toInteger());
    if (i < 0 || i >= a.size())
        return a;
    a.replace(i, last ? undo.at(0) : apply(a.at(i), steps, at + 1, undo));
    return a;
}

} // namespace

QByteArray RecordDiff::changes(QByteArrayView before, QByteArrayView after)
{
    thread_local simdjson::dom::parser first;
    thread_local simdjson::dom::parser second;
    element a, b;
    if (first.parse(before.data(), size_t(before.size())).get(a) != simdjson::SUCCESS ||
        second.parse(after.data(), size_t(after.size())).get(b) != simdjson::SUCCESS ||
        a.type() != element_type::OBJECT || b.type() != element_type::OBJECT)
        return {};
    Differ d;
    std::string path;
    d.compare(a, b, path, true);
    d.out += '}';
    return QByteArray(d.out.data(), qsizetype(d.out.size()));
}

QList<QJsonValue> RecordDiff::steps(const QString &path)
{
    QList<QJsonValue> out;
    QString key;
    bool inKey = false;
    for (qsizetype i = 0; i < path.size(); ++i) {
        const QChar c = path.at(i);
        if (c == u'\\' && i + 1 < path.size()) {
            key += path.at(++i);
            inKey = true;
        } else if (c == u'.') {
            if (inKey)
                out << QJsonValue(key);
            key.clear();
            inKey = false;
        } else if (c == u'[') {
            if (inKey)
                out << QJsonValue(key);
            key.clear();
            inKey = false;
            const qsizetype end = path.indexOf(u']', i);
            if (end < 0)
                break;
            out << QJsonValue(path.mid(i + 1, end - i - 1).toLongLong());
            i = end;
        } else {
            key += c;
            inKey = true;
        }
    }
    if (inKey)
        out << QJsonValue(key);
    return out;
}

QJsonObject RecordDiff::undo(const QJsonObject &after, const QJsonObject &changes)
{
    QJsonValue state(after);
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const QList<QJsonValue> path = steps(it.key());
        if (!path.isEmpty())
            state = apply(state, path, 0, it.value().toArray());
    }
    return state.toObject();
}

QJsonValue RecordDiff::valueAt(const QJsonObject &payload, const QString &path)
{
    QJsonValue v(payload);
    for (const QJsonValue &step : steps(path)) {
        if (step.isString()) {
            if (!v.isObject())
                return QJsonValue::Undefined;
            v = v.toObject().value(step.toString());
        } else {
            const QJsonArray a = v.toArray();
            const qsizetype i = qsizetype(step.toInteger());
            if (!v.isArray() || i < 0 || i >= a.size())
                return QJsonValue::Undefined;
            v = a.at(i);
        }
    }
    return v;
}

QJsonObject RecordDiff::describe(const QJsonObject &changes, const QJsonObject &after)
{
    QJsonObject out;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        QJsonObject c;
        const QJsonArray undo = it.value().toArray();
        if (!undo.isEmpty())
            c.insert(u"old"_s, undo.at(0));
        const QJsonValue now = valueAt(after, it.key());
        if (!now.isUndefined())
            c.insert(u"new"_s, now);
        out.insert(it.key(), c);
    }
    return out;
}

} // namespace nd
