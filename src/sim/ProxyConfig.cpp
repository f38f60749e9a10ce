// An integration's proxy configuration, from the simulator's --config or the /_sim/proxy control.
#include "ProxyConfig.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace nangosim {

using namespace Qt::StringLiterals;

ProxyConfig ProxyConfig::fromJson(const QJsonObject &o, ProxyConfig base)
{
    if (o.contains(u"echo"_s))
        base.echo = o.value(u"echo"_s).toBool();
    if (o.contains(u"base_url"_s))
        base.baseUrl = o.value(u"base_url"_s).toString();
    if (o.contains(u"resolves_to"_s)) {
        base.dnsConfigured = !o.value(u"resolves_to"_s).isNull();
        base.resolvesTo = o.value(u"resolves_to"_s).toString();
    }
    if (o.contains(u"answers"_s)) {
        base.answers.clear();
        for (const QJsonValue &v : o.value(u"answers"_s).toArray()) {
            const QJsonObject a = v.toObject();
            ProviderAnswer answer;
            answer.method = a.value(u"method"_s).toString().toUpper().toLatin1();
            answer.path = a.value(u"path"_s).toString();
            answer.status = a.value(u"status"_s).toInt(200);
            answer.times = a.value(u"times"_s).toInt(0);
            const QJsonObject headers = a.value(u"headers"_s).toObject();
            for (auto it = headers.begin(); it != headers.end(); ++it)
                answer.headers.append({it.key().toLatin1(), it.value().toString().toUtf8()});
            const QJsonValue body = a.value(u"body"_s);
            if (body.isString())
                answer.body = body.toString().toUtf8();
            else if (body.isObject())
                answer.body = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
            else if (body.isArray())
                answer.body = QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
            bool typed = false;
            for (const auto &[name, value] : answer.headers)
                typed = typed || name.compare("content-type", Qt::CaseInsensitive) == 0;
            if (!typed && (body.isObject() || body.isArray()))
                answer.headers.append(
                    {QByteArray("Content-Type"), QByteArray("application/json; charset=utf-8")});
            base.answers.push_back(answer);
        }
    }
    return base;
}

QJsonObject ProxyConfig::toJson() const
{
    QJsonArray list;
    for (const ProviderAnswer &a : answers) {
        QJsonObject headers;
        for (const auto &[name, value] : a.headers)
            headers.insert(QString::fromLatin1(name), QString::fromUtf8(value));
        list.append(QJsonObject{{u"method"_s, QString::fromLatin1(a.method)},
                                {u"path"_s, a.path},
                                {u"status"_s, a.status},
                                {u"headers"_s, headers},
                                {u"body"_s, QString::fromUtf8(a.body)},
                                {u"times"_s, a.times},
                                {u"used"_s, a.used}});
    }
    return QJsonObject{
        {u"echo"_s, echo},
        {u"base_url"_s, baseUrl},
        {u"resolves_to"_s, dnsConfigured ? QJsonValue(resolvesTo) : QJsonValue(QJsonValue::Null)},
        {u"answers"_s, list}};
}

} // namespace nangosim
