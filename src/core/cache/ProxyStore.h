#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace nd {

class SqlDb;

// One proxy request as the history keeps it.
struct ProxyEntry
{
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    qint64 id = 0;
    QString at; // when it was sent, ISO UTC
    qint64 profileId = 0;
    QString integration;
    QString connectionId;
    QByteArray method;
    QString path;           // the provider path, without /proxy
    QByteArray query;       // encoded, without '?'
    Headers requestHeaders; // as the person gave them (not prefixed); sensitive values stored as "***"
    QByteArray requestBody;
    int retries = -1; // -1: not sent
    QString retryOn;
    QString baseUrlOverride;
    int status = 0;          // 0: no answer
    bool nangoError = false; // the answer was Nango's own error, not the provider's
    Headers responseHeaders;
    QByteArray responseBody; // at most kMaxStoredBody bytes
    qint64 responseSize = 0; // the real size
    QString error;
    qint64 durationMs = 0;

    bool bodyTruncated() const { return responseSize > responseBody.size(); }
};

struct ProxyFilter
{
    QString integration; // empty: any
    QString connectionId;
    int limit = 200;
};

// The history of proxy requests. Bodies are kept up to 1 MiB so a bulk download does not bloat the
// cache; the real size is kept beside.
class ProxyStore
{
public:
    static constexpr qint64 kMaxStoredBody = 1 << 20;

    explicit ProxyStore(SqlDb &db)
        : m_db(db)
    {}

    qint64 add(const ProxyEntry &entry); // 0 when it could not be written
    QList<ProxyEntry> history(qint64 profileId, const ProxyFilter &filter = {}); // newest first
    std::optional<ProxyEntry> find(qint64 id);

    // Headers whose values are credentials of some kind (Authorization, cookies, tokens, keys).
    static bool isSensitiveHeader(const QByteArray &name);

private:
    SqlDb &m_db;
};

} // namespace nd
