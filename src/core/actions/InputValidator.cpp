#include "actions/InputValidator.h"

#include "actions/SchemaRef.h"
#include "util/Translate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace nd {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return trIn("nd::InputValidator", text);
}

} // namespace

namespace {

constexpr int kMaxDepth = 64; // a self-referencing schema must not recurse for ever

QString typeInWords(const QString &type)
{
    if (type == u"string")
        return tr("text");
    if (type == u"integer")
        return tr("a whole number");
    if (type == u"number")
        return tr("a number");
    if (type == u"boolean")
        return tr("true or false");
    if (type == u"array")
        return tr("a list");
    if (type == u"object")
        return tr("an object");
    if (type == u"null")
        return u"null"_s;
    return type;
}

QString valueInWords(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return v.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double:
        return tr("the number %1").arg(v.toDouble());
    case QJsonValue::String: {
        const QString s = v.toString();
        return tr("text (\"%1\")").arg(s.size() > 40 ? QString(s.left(40) + u"…"_s) : s);
    }
    case QJsonValue::Array:
        return tr("a list");
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Undefined:
        return tr("nothing");
    }
    return {};
}

bool hasType(const QJsonValue &v, const QString &type)
{
    if (type == u"string")
        return v.isString();
    if (type == u"integer")
        return v.isDouble() && std::floor(v.toDouble()) == v.toDouble() && std::isfinite(v.toDouble());
    if (type == u"number")
        return v.isDouble();
    if (type == u"boolean")
        return v.isBool();
    if (type == u"array")
        return v.isArray();
    if (type == u"object")
        return v.isObject();
    if (type == u"null")
        return v.isNull();
    return true; // a type this validator does not know: let the server judge
}

QString compactJson(const QJsonValue &v)
{
    if (v.isString())
        return u"\"%1\""_s.arg(v.toString());
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    if (v.isNull())
        return u"null"_s;
    const QJsonDocument doc = v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

QString field(const QString &path)
{
    return path.isEmpty() ? tr("the input") : u"\"%1\""_s.arg(path);
}

} // namespace

QStringList InputValidator::validate(const QJsonObject &schema, const QJsonValue &value)
{
    InputValidator v(schema);
    if (value.isUndefined()) {
        // Nango validates a missing input like null: an input model needs an input.
        if (!schema.isEmpty() && !v.fits(schema, QJsonValue::Null, 0))
            return {
                tr("the action needs an input (%1)").arg(typeInWords(schema.value(u"type"_s).toString()))};
        return {};
    }
    v.check(schema, value, {}, 0);
    return v.m_problems;
}

bool InputValidator::fits(const QJsonObject &schema, const QJsonValue &value, int depth)
{
    InputValidator probe(m_root);
    probe.check(schema, value, {}, depth + 1);
    return probe.m_problems.isEmpty();
}

void InputValidator::check(const QJsonObject &rawSchema, const QJsonValue &value, const QString &path,
                           int depth)
{
    if (depth > kMaxDepth)
        return;
    const QJsonObject schema = resolveSchemaRef(m_root, rawSchema);
    if (schema.isEmpty())
        return; // {} (or an unresolvable $ref) accepts anything

    for (const QString &key : {u"anyOf"_s, u"oneOf"_s}) {
        const QJsonArray branches = schema.value(key).toArray();
        if (branches.isEmpty())
            continue;
        bool any = false;
        for (const QJsonValue &b : branches)
            any = any || fits(b.toObject(), value, depth);
        if (!any) {
            // Explain with the branch of the right type when there is one (the usual "X | null").
            for (const QJsonValue &b : branches) {
                const QJsonObject branch = resolveSchemaRef(m_root, b.toObject());
                const QString t = branch.value(u"type"_s).toString();
                if (!t.isEmpty() && t != u"null" && hasType(value, t)) {
                    check(branch, value, path, depth + 1);
                    return;
                }
            }
            QStringList types;
            for (const QJsonValue &b : branches) {
                const QString t = resolveSchemaRef(m_root, b.toObject()).value(u"type"_s).toString();
                if (!t.isEmpty())
                    types.append(typeInWords(t));
            }
            m_problems << (types.isEmpty()
                               ? tr("%1 does not match any of the allowed shapes").arg(field(path))
                               : tr("%1 must be %2, not %3")
                                     .arg(field(path), types.join(tr(" or ")), valueInWords(value)));
        }
    }
    for (const QJsonValue &b : schema.value(u"allOf"_s).toArray())
        check(b.toObject(), value, path, depth + 1);

    const QJsonValue type = schema.value(u"type"_s);
    QStringList types;
    if (type.isString())
        types << type.toString();
    for (const QJsonValue &t : type.toArray())
        types << t.toString();
    if (!types.isEmpty()) {
        bool ok = false;
        for (const QString &t : types)
            ok = ok || hasType(value, t);
        if (!ok) {
            QStringList words;
            for (const QString &t : types)
                words << typeInWords(t);
            m_problems
                << tr("%1 must be %2, not %3").arg(field(path), words.join(tr(" or ")), valueInWords(value));
            return; // the checks below would only repeat the type problem
        }
    }
    if (schema.contains(u"enum"_s)) {
        const QJsonArray allowed = schema.value(u"enum"_s).toArray();
        if (!allowed.contains(value)) {
            QStringList words;
            for (const QJsonValue &a : allowed)
                words << compactJson(a);
            m_problems << tr("%1 must be one of %2, not %3")
                              .arg(field(path), words.join(u", "_s), compactJson(value));
        }
    }
    if (schema.contains(u"const"_s) && schema.value(u"const"_s) != value)
        m_problems << tr("%1 must be %2").arg(field(path), compactJson(schema.value(u"const"_s)));

    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        const QJsonObject properties = schema.value(u"properties"_s).toObject();
        const QString prefix = path.isEmpty() ? QString() : QString(path + u'.');
        for (const QJsonValue &r : schema.value(u"required"_s).toArray())
            if (!o.contains(r.toString()))
                m_problems << tr("\"%1\" is required").arg(prefix + r.toString());
        const QJsonValue additional = schema.value(u"additionalProperties"_s);
        const QStringList allowed = properties.keys();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (properties.contains(it.key()))
                check(properties.value(it.key()).toObject(), it.value(), prefix + it.key(), depth + 1);
            else if (additional == QJsonValue(false))
                m_problems << tr("\"%1\" is not a field of this input (allowed: %2)")
                                  .arg(prefix + it.key(), allowed.join(u", "_s));
            else if (additional.isObject())
                check(additional.toObject(), it.value(), prefix + it.key(), depth + 1);
        }
    }
    if (value.isArray()) {
        const QJsonValue items = schema.value(u"items"_s);
        const QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QJsonObject itemSchema =
                items.isArray() ? items.toArray().at(i).toObject() : items.toObject(); // tuple or list
            check(itemSchema, a.at(i), u"%1[%2]"_s.arg(path.isEmpty() ? u"input"_s : path).arg(i), depth + 1);
        }
    }
}

} // namespace nd
