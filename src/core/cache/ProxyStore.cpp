#include "cache/ProxyStore.h"

#include "cache/Sql.h"
#include "cache/sqlite/Database.h"
#include "util/Logging.h"
#include "util/Timestamp.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace nd {

using namespace Qt::StringLiterals;

namespace {

constexpr const char *kColumns =
    "id, at, profile_id, provider_config_key, connection_id, method, path, query, request_headers_json, "
    "request_body, retries, retry_on, base_url_override, status, nango_error, response_headers_json, "
    "response_body, response_size, error, duration_ms";

// Pairs, not an object: order and repeated names matter for HTTP headers.
QByteArray headersJson(const ProxyEntry::Headers &headers)
{
    if (headers.isEmpty())
        return {};
    QJsonArray out;
    for (const auto &[name, value] : headers) {
        // Credential-looking headers whole; any registered secret in any other header too.
        const QByteArray kept =
            ProxyStore::isSensitiveHeader(name) ? QByteArray("***") : SecretRedactor::redactBytes(value);
        out.append(QJsonArray{QString::fromLatin1(name), QString::fromUtf8(kept)});
    }
    return QJsonDocument(out).toJson(QJsonDocument::Compact);
}

ProxyEntry::Headers parseHeaders(const QByteArray &json)
{
    ProxyEntry::Headers out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json).array()) {
        const QJsonArray pair = v.toArray();
        out.append({pair.at(0).toString().toLatin1(), pair.at(1).toString().toUtf8()});
    }
    return out;
}

ProxyEntry readRow(const SqlQuery &q)
{
    ProxyEntry e;
    e.id = q.int64(0);
    e.at = q.text(1);
    e.profileId = q.int64(2);
    e.integration = q.text(3);
    e.connectionId = q.text(4);
    e.method = q.bytes(5);
    e.path = q.text(6);
    e.query = q.bytes(7);
    e.requestHeaders = parseHeaders(q.bytes(8));
    e.requestBody = q.bytes(9);
    e.retries = q.isNull(10) ? -1 : int(q.int64(10));
    e.retryOn = q.text(11);
    e.baseUrlOverride = q.text(12);
    e.status = int(q.int64(13));
    e.nangoError = q.int64(14) != 0;
    e.responseHeaders = parseHeaders(q.bytes(15));
    e.responseBody = q.bytes(16);
    e.responseSize = q.int64(17);
    e.error = q.text(18);
    e.durationMs = q.int64(19);
    return e;
}

} // namespace

bool ProxyStore::isSensitiveHeader(const QByteArray &name)
{
    const QByteArray n = name.toLower();
    for (const char *word : {"authorization", "cookie", "token", "secret", "password", "api-key", "apikey",
                             "x-api-key", "signature", "session"})
        if (n.contains(word))
            return true;
    return false;
}

qint64 ProxyStore::add(const ProxyEntry &e)
{
    auto q = m_db.prepare(
        "INSERT INTO proxy_requests (at, profile_id, provider_config_key, connection_id, method, path, "
        "query, "
        "request_headers_json, request_body, retries, retry_on, base_url_override, status, nango_error, "
        "response_headers_json, response_body, response_size, error, duration_ms) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19) "
        "RETURNING id");
    q->bind(1, e.at.isEmpty() ? Timestamp::toIsoMicros(Timestamp::nowMicros()) : e.at.toUtf8());
    q->bindIdOrNull(2, e.profileId);
    q->bind(3, e.integration)
        .bind(4, e.connectionId)
        .bind(5, e.method)
        .bind(6, e.path)
        .bindOrNull(7, e.query);
    q->bindOrNull(8, headersJson(e.requestHeaders));
    if (e.requestBody.isEmpty())
        q->bindNull(9);
    else
        q->bindBlob(9, SecretRedactor::redactBytes(e.requestBody));
    if (e.retries >= 0)
        q->bind(10, qint64(e.retries));
    else
        q->bindNull(10);
    q->bindOrNull(11, e.retryOn.toUtf8()).bindOrNull(12, e.baseUrlOverride.toUtf8());
    q->bind(13, qint64(e.status)).bind(14, qint64(e.nangoError ? 1 : 0));
    ProxyEntry::Headers responseHeaders;
    for (const auto &[name, value] : e.responseHeaders)
        responseHeaders.append({name, name.compare("Set-Cookie", Qt::CaseInsensitive) == 0
                                          ? QByteArray("***")
                                          : SecretRedactor::redactBytes(value)});
    q->bindOrNull(15, headersJson(responseHeaders));
    if (e.responseBody.isEmpty())
        q->bindNull(16);
    else
        q->bindBlob(16, SecretRedactor::redactBytes(e.responseBody.left(kMaxStoredBody)));
    q->bind(17, e.responseSize)
        .bindOrNull(18, SecretRedactor::redactBytes(e.error.toUtf8()))
        .bind(19, e.durationMs);
    if (!q->step()) {
        qCWarning(lcDb) << "cannot write the proxy history:" << q->error();
        return 0;
    }
    return q->int64(0);
}

QList<ProxyEntry> ProxyStore::history(qint64 profileId, const ProxyFilter &f)
{
    const QByteArray sql = QByteArray("SELECT ") + kColumns +
                           " FROM proxy_requests WHERE profile_id IS NOT DISTINCT FROM ?1 AND (CAST(?2 AS "
                           "TEXT) IS NULL OR provider_config_key = ?2) "
                           "AND (CAST(?3 AS TEXT) IS NULL OR connection_id = ?3) ORDER BY id DESC LIMIT ?4";
    auto q = m_db.prepare(sql.constData());
    q->bindIdOrNull(1, profileId);
    q->bindOrNull(2, f.integration.toUtf8()).bindOrNull(3, f.connectionId.toUtf8()).bind(4, qint64(f.limit));
    QList<ProxyEntry> out;
    while (q->step())
        out.append(readRow(*q));
    return out;
}

std::optional<ProxyEntry> ProxyStore::find(qint64 id)
{
    const QByteArray sql = QByteArray("SELECT ") + kColumns + " FROM proxy_requests WHERE id = ?1";
    auto q = m_db.prepare(sql.constData());
    q->bind(1, id);
    if (!q->step())
        return std::nullopt;
    return readRow(*q);
}

} // namespace nd
