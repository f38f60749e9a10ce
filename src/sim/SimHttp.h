#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace nangosim {

// A request as the simulator's routes see it: method, path, the query string parsed the way the
// `qs` module parses it in Nango's Express server, lower-cased headers and the raw body.
struct SimRequest
{
    QByteArray method;
    QString path;
    QByteArray rawQuery;
    QJsonObject query; // values: string, array of strings, or object (bracket syntax)
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;

    QByteArray header(const char *name) const { return headers.value(QByteArray(name)); }
    bool hasHeader(const char *name) const { return headers.contains(QByteArray(name)); }
};

struct SimResponse
{
    int status = 200;
    QByteArray contentType = "application/json; charset=utf-8";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static SimResponse json(int status, const QJsonValue &value);
    static SimResponse rawJson(int status, QByteArray body);
    static SimResponse html(int status, const QByteArray &body);
    // Nango's envelope: {"error":{"code","message"?,"errors"?,"payload"?}}.
    static SimResponse error(int status, const QString &code, const QString &message = {},
                             const QJsonValue &payload = QJsonValue::Undefined);
    static SimResponse validation(const QString &code, const QJsonArray &errors);
};

// zod-style validation errors collected while reading a query or a body.
class Validation
{
public:
    void add(const QString &code, const QString &message, const QStringList &path);
    bool ok() const { return m_errors.isEmpty(); }
    QJsonArray errors() const { return m_errors; }

    // Fails every key of `object` that is not in `allowed` (zod .strict()).
    void strictKeys(const QJsonObject &object, const QStringList &allowed, const QStringList &prefix = {});
    std::optional<QString> requiredString(const QJsonObject &object, const QString &key, int minLen = 1,
                                          int maxLen = 255);
    std::optional<QString> optionalString(const QJsonObject &object, const QString &key, int minLen = 1,
                                          int maxLen = 255);
    bool matches(const QString &value, const QString &pattern, const QString &key);

private:
    QJsonArray m_errors;
};

QJsonObject parseQs(const QByteArray &rawQuery);

// Nango's requireEmptyQuery: routes that take no query string refuse any (400).
std::optional<SimResponse> requireEmptyQuery(const SimRequest &req);

// Body parsing as express.json() + Nango's content-type middleware do it.
struct ParsedBody
{
    std::optional<SimResponse> error;
    QJsonValue value;
};
ParsedBody parseJsonBody(const SimRequest &req);

} // namespace nangosim
