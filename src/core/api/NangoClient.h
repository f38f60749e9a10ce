#pragma once

#include "api/ApiCall.h"
#include "api/RateBudget.h"
#include "net/NetworkSettings.h"
#include "net/TlsPolicy.h"
#include "util/Defaults.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <optional>
#include <random>

class QNetworkAccessManager;

namespace nd {

struct RecordsQuery
{
    QString integration;
    QString connectionId;
    QString model;
    QString variant; // empty or "base": none sent
    QString cursor;
    int limit = 1000;
    std::optional<qint64> modifiedAfterUs;
    QString filter;
    QStringList ids;
    bool bulk = false; // a backfill page: leaves headroom in the rate budget for other pulls
};

struct SyncSelector
{
    QString integration;
    QString connectionId; // empty: every connection of the integration
    QStringList syncs;    // "name" or "name::variant"; empty: all
};

enum class ResyncMode { Incremental, Reset, ResetAndEmptyCache };

// The Nango HTTP API over one QNetworkAccessManager: Bearer key, timeouts, classified retries with
// capped, jittered exponential backoff, Retry-After on 429, and the rate-limit budget.
class NangoClient : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *kCloudUrl = Defaults::kCloudUrl;

    explicit NangoClient(QObject *parent = nullptr);
    ~NangoClient() override;

    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    QUrl baseUrl() const { return m_baseUrl; }
    void setApiKey(const QByteArray &key);
    bool hasApiKey() const { return !m_apiKey.isEmpty(); }
    // The same key as another client (a test of other settings with the saved key).
    void useApiKeyOf(const NangoClient &other) { setApiKey(other.m_apiKey); }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // The largest answer taken, whole: past it the transfer is stopped and the call fails with
    // TooLarge (memory stays bounded). Well above Nango's own pages: 10,000 records of 25 KB.
    void setMaxResponseBytes(qint64 bytes) { m_maxResponseBytes = bytes; }
    static constexpr qint64 kDefaultMaxResponseBytes = 256LL * 1024 * 1024;
    void setMaxAttempts(int attempts) { m_maxAttempts = attempts; }
    void setBackoff(int baseMs, int capMs)
    {
        m_backoffBaseMs = baseMs;
        m_backoffCapMs = capMs;
    }
    // How this profile reaches the server: extra authorities, a pinned certificate, the proxy (and
    // its password, from the keychain or the environment). Open connections are dropped.
    void setNetwork(const NetworkSettings &settings, const QByteArray &proxyPassword = {});
    const NetworkSettings &network() const { return m_network; }
    // The proxy names a user but no password was given for it (the keychain may have one).
    bool proxyNeedsPassword() const;
    RateBudget &budget() { return m_budget; }
    int inFlight() const { return m_inFlight; }

    ApiCall *send(const ApiRequest &request);

    // A request without the key, to see the server's certificate before trusting it: any HTTP
    // answer is success.
    ApiCall *probe();
    ApiCall *listIntegrations();
    ApiCall *listConnections(int limit, int page);
    ApiCall *getConnection(const QString &integration, const QString &connectionId);
    // PATCH /connections/{id}?provider_config_key=: tags, end_user, webhook_url_override.
    ApiCall *patchConnection(const QString &integration, const QString &connectionId,
                             const QJsonObject &body);
    ApiCall *scriptsConfig();
    ApiCall *syncStatus(const QString &integration, const QString &connectionId, const QStringList &syncs);
    ApiCall *records(const RecordsQuery &query);
    ApiCall *triggerSync(const SyncSelector &target, ResyncMode mode);
    ApiCall *pauseSyncs(const SyncSelector &target);
    ApiCall *startSyncs(const SyncSelector &target);
    ApiCall *updateFrequency(const QString &integration, const QString &connectionId, const QString &sync,
                             const QString &variant, const std::optional<QString> &frequency);
    // timeoutMs: how long a synchronous action may keep the request silent (0: the client's default).
    ApiCall *triggerAction(const QString &integration, const QString &connectionId, const QString &action,
                           const QJsonValue &input, bool async, int timeoutMs = 0);
    ApiCall *actionResult(const QString &id);
    ApiCall *proxy(const QByteArray &method, const QString &providerPath, const QueryItems &query,
                   const HeaderList &headers, const QByteArray &body, const QString &integration,
                   const QString &connectionId);

    // The request proxy() sends: Nango's own proxy headers (Retries, Retry-On, Base-Url-Override,
    // Decompress, Forward-Headers-On-Redirect) as they are, every other header prefixed
    // Nango-Proxy- so Nango forwards it to the provider.
    static ApiRequest proxyRequest(const QByteArray &method, const QString &providerPath,
                                   const QueryItems &query, const HeaderList &headers, const QByteArray &body,
                                   const QString &integration, const QString &connectionId);
    static bool isNangoProxyHeader(const QByteArray &name);
    // The exact URL a request goes to (path and query encoded as sent).
    static QByteArray encodedUrl(const QUrl &baseUrl, const ApiRequest &request);

    static QByteArray encodeQuery(const QueryItems &items);

Q_SIGNALS:
    void rateBudgetChanged(const nd::RateBudget::Snapshot &snapshot);
    // A call will be sent again: status 0 for a network error, 429, or 5xx.
    void retrying(int status, qint64 delayMs);
    // Every call's end, its retries done: how the server is doing (a cancelled call says nothing).
    void answered(const nd::ApiCall *call);

private:
    friend class ApiCall;
    void attempt(ApiCall *call);
    void onReplyFinished(ApiCall *call, QNetworkReply *reply);
    void finish(ApiCall *call);
    qint64 backoffMs(int attempt);
    void watchTls(ApiCall *call, QNetworkReply *reply);
    bool proxyHasCredentials(const QUrl &url) const;
    // A transport failure (status 0, or the proxy's refusal) classified: network, timeout, TLS, proxy.
    ApiError transportError(ApiCall *call, QNetworkReply *reply) const;

    QNetworkAccessManager *m_nam;
    QUrl m_baseUrl{QString::fromLatin1(kCloudUrl)};
    QByteArray m_apiKey;
    int m_timeoutMs = 30000;
    qint64 m_maxResponseBytes = kDefaultMaxResponseBytes;
    int m_maxAttempts = 6;
    int m_maxRateLimitedAttempts = 30;
    int m_backoffBaseMs = 500;
    int m_backoffCapMs = 30000;
    int m_inFlight = 0;
    RateBudget m_budget;
    NetworkSettings m_network;
    TlsPolicy m_tls;
    QByteArray m_proxyPassword;
    QString m_proxyProblem;
    std::mt19937 m_rng{std::random_device{}()};
};

} // namespace nd
