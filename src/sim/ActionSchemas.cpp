#include "ActionSchemas.h"

#include "PayloadGenerator.h"

#include <QJsonArray>

namespace nangosim::ActionSchemas {

using namespace Qt::StringLiterals;

namespace {

QJsonObject object(const QJsonObject &properties, const QStringList &required)
{
    return QJsonObject{{u"type"_s, u"object"_s},
                       {u"properties"_s, properties},
                       {u"required"_s, QJsonArray::fromStringList(required)},
                       {u"additionalProperties"_s, false}};
}

QJsonObject typed(const char *type, const QString &description = {})
{
    QJsonObject o{{u"type"_s, QString::fromLatin1(type)}};
    if (!description.isEmpty())
        o.insert(u"description"_s, description);
    return o;
}

} // namespace

QJsonObject modelSchema(const QString &model)
{
    if (model == u"CreateContactInput")
        return object({{u"email"_s, QJsonObject{{u"type"_s, u"string"_s}, {u"format"_s, u"email"_s}}},
                       {u"first_name"_s, typed("string")},
                       {u"last_name"_s, typed("string")},
                       {u"company"_s, typed("string", u"Company name"_s)},
                       {u"score"_s, typed("integer")},
                       {u"subscribed"_s, typed("boolean")}},
                      {u"email"_s});
    if (model == u"ArchiveContactInput")
        return object({{u"id"_s, typed("string")}, {u"reason"_s, typed("string")}}, {u"id"_s});
    if (model == u"CreateIssueInput")
        return object(
            {{u"title"_s, typed("string")},
             {u"body"_s, typed("string")},
             {u"labels"_s, QJsonObject{{u"type"_s, u"array"_s}, {u"items"_s, typed("string")}}},
             {u"priority"_s, QJsonObject{{u"type"_s, u"string"_s},
                                         {u"enum"_s, QJsonArray{u"low"_s, u"medium"_s, u"high"_s}}}}},
            {u"title"_s});
    if (model == u"ExportReportInput")
        return object({{u"format"_s,
                        QJsonObject{{u"type"_s, u"string"_s}, {u"enum"_s, QJsonArray{u"csv"_s, u"json"_s}}}},
                       {u"since"_s, QJsonObject{{u"type"_s, u"string"_s}, {u"format"_s, u"date-time"_s}}}},
                      {u"format"_s});
    if (model == u"UpdateOpportunityInput")
        return object(
            {{u"id"_s, typed("string")}, {u"stage"_s, typed("string")}, {u"amount"_s, typed("number")}},
            {u"id"_s});
    if (model == u"SendMessageInput")
        return object({{u"channel"_s, typed("string")}, {u"text"_s, typed("string")}},
                      {u"channel"_s, u"text"_s});
    if (model == u"ActionResult")
        return object({{u"success"_s, typed("boolean")}, {u"id"_s, typed("string")}}, {u"success"_s});
    return PayloadGenerator::jsonSchema(model);
}

QStringList validate(const QJsonObject &schema, const QJsonValue &value, const QString &path)
{
    QStringList errors;
    const QString where = path.isEmpty() ? u"input"_s : path;
    const QJsonValue type = schema.value(u"type"_s);
    auto matchesType = [&value](const QString &t) {
        if (t == u"string")
            return value.isString();
        if (t == u"integer")
            return value.isDouble() && value.toDouble() == double(qint64(value.toDouble()));
        if (t == u"number")
            return value.isDouble();
        if (t == u"boolean")
            return value.isBool();
        if (t == u"array")
            return value.isArray();
        if (t == u"object")
            return value.isObject();
        if (t == u"null")
            return value.isNull();
        return true;
    };
    if (type.isString() && !matchesType(type.toString())) {
        errors << u"%1 must be of type %2"_s.arg(where, type.toString());
        return errors;
    }
    if (schema.contains(u"enum"_s) && !schema.value(u"enum"_s).toArray().contains(value))
        errors << u"%1 must be one of the allowed values"_s.arg(where);
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        const QJsonObject props = schema.value(u"properties"_s).toObject();
        for (const QJsonValue &r : schema.value(u"required"_s).toArray())
            if (!o.contains(r.toString()))
                errors << u"%1 must have required property '%2'"_s.arg(where, r.toString());
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (props.contains(it.key()))
                errors += validate(props.value(it.key()).toObject(), it.value(), where + u'.' + it.key());
            else if (schema.value(u"additionalProperties"_s) == QJsonValue(false))
                errors << u"%1 must NOT have additional property '%2'"_s.arg(where, it.key());
        }
    }
    if (value.isArray()) {
        const QJsonObject items = schema.value(u"items"_s).toObject();
        const QJsonArray a = value.toArray();
        for (int i = 0; i < a.size(); ++i)
            errors += validate(items, a.at(i), u"%1[%2]"_s.arg(where).arg(i));
    }
    return errors;
}

} // namespace nangosim::ActionSchemas
