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
    QByteArray contentType = "application/json; charset=utf-8"; // empty: no Content-Type (204, 304)
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    // Express's res.send() adds a weak ETag; finalhandler's 404 page and res.end() do not.
    bool etag = true;

    bool hasHeader(const QByteArray &name) const;
    QByteArray header(const QByteArray &name) const;
    // Adds the header unless one of that name is there already (a provider's own wins).
    void addHeaderOnce(const QByteArray &name, const QByteArray &value);

    static SimResponse json(int status, const QJsonValue &value);
    static SimResponse rawJson(int status, QByteArray body);
    static SimResponse html(int status, const QByteArray &body);
    // Nango's envelope: {"error":{"code","message"?,"errors"?,"payload"?}}.
    static SimResponse error(int status, const QString &code, const QString &message = {},
                             const QJsonValue &payload = QJsonValue::Undefined);
    static SimResponse validation(const QString &code, const QJsonArray &errors);
    // Express's finalhandler: 404 "Cannot <METHOD> <path>" as an HTML page, for any unrouted request.
    static SimResponse notFoundPage(const QByteArray &method, const QString &path);
};

// What Express's res.send() does last: a weak ETag from the body (unless one is set) and, for a GET or
// HEAD with a 2xx answer whose ETag the request's If-None-Match names (the `fresh` module), a 304
// with an empty body and no Content-Type.
struct Freshness
{
    QByteArray method;
    QByteArray ifNoneMatch;
    QByteArray ifModifiedSince;
    QByteArray cacheControl;
    static Freshness of(const SimRequest &req);
};
QByteArray weakEtag(const QByteArray &body);
void finishLikeExpress(SimResponse &r, const Freshness &request);

// zod-style validation errors collected while reading a query or a body.
class Validation
{
public:
    void add(const QString &code, const QString &message, const QStringList &path);
    bool ok() const { return m_errors.isEmpty(); }
    QJsonArray errors() const { return m_errors; }

    // zod 4's name of a value's type in "expected X, received Y".
    static QString typeName(const QJsonValue &value);
    void invalidType(const QString &expected, const QJsonValue &value, const QStringList &path);
    // z.enum: `Invalid option: expected one of "a"|"b"`.
    void invalidOption(const QStringList &options, const QStringList &path);
    // z.object(): true for an object, otherwise one invalid_type issue at `path`.
    bool isObject(const QJsonValue &value, const QStringList &path = {});

    // One unrecognized_keys issue naming every key of `object` that is not in `allowed` (.strict()).
    void strictKeys(const QJsonObject &object, const QStringList &allowed, const QStringList &prefix = {});
    std::optional<QString> requiredString(const QJsonObject &object, const QString &key, int minLen = 1,
                                          int maxLen = 255);
    std::optional<QString> optionalString(const QJsonObject &object, const QString &key, int minLen = 1,
                                          int maxLen = 255);
    // z.string().regex(): the message names the pattern as JavaScript prints a RegExp, /…/.
    bool matches(const QString &value, const QString &pattern, const QString &key);
    bool matches(const QString &value, const QString &pattern, const QStringList &path);
    // z.string().regex(pattern).max(maxLen), optional or not: the value when it passes.
    std::optional<QString> patterned(const QJsonObject &object, const QString &key, const QString &pattern,
                                     bool required, int maxLen = 255);

private:
    QJsonArray m_errors;
};

QJsonObject parseQs(const QByteArray &rawQuery);

// Nango's requireEmptyQuery: routes that take no query string refuse any (400).
std::optional<SimResponse> requireEmptyQuery(const SimRequest &req);

// Body parsing as express.json() + Nango's content-type middleware do it. express.json() parses only
// an application/json body; without a Content-Type the body stays undefined (Express 5), which the
// route's zod schema then refuses ("expected object, received undefined").
struct ParsedBody
{
    std::optional<SimResponse> error;
    QJsonValue value; // Undefined when Express would leave req.body unset
};
// jsonContentTypeMiddleware: a Content-Type that does not start with application/json (case matters).
bool refusedContentType(const SimRequest &req);
SimResponse invalidContentType();
// express.json() gives up on a body it cannot parse: 400 invalid_json, before any route runs.
std::optional<SimResponse> unparsableJson(const SimRequest &req);
ParsedBody parseJsonBody(const SimRequest &req);

} // namespace nangosim
