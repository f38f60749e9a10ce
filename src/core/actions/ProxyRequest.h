#pragma once

#include "api/ApiCall.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <optional>

namespace nd {

class NangoClient;
class ProxyStore;

// A request to the provider's API through Nango's proxy (ALL /proxy/<path>).
struct ProxySpec
{
    QByteArray method = "GET";
    QString path;       // the provider's path, e.g. /crm/v3/objects/contacts; not encoded
    QueryItems query;   // sent to the provider
    HeaderList headers; // for the provider, as a person writes them: Nango-Proxy- is added when sent
    QByteArray body;    // JSON (sent as application/json)
    QString integration;
    QString connectionId;
    int retries = -1;        // Nango's Retries header; -1: not sent (Nango's default is 0)
    QString retryOn;         // Retry-On, e.g. "409,423"; empty: not sent
    QString baseUrlOverride; // Base-Url-Override; empty: not sent
    int timeoutMs = 120000;  // Nango's retries may keep the request silent a while

    // Why Nango would refuse it, naming the field; empty when it can be sent.
    QString problem() const;
    // Takes a path as pasted, possibly percent-encoded and with its query ("/a%20b?x=1").
    void setPathAndQuery(const QString &pathWithQuery);
    // The request as NangoClient sends it.
    ApiRequest toApiRequest() const;
    // "Name: value" as in curl's -H; nullopt and a reason when it is not a header.
    static std::optional<QPair<QByteArray, QByteArray>> parseHeader(const QString &line,
                                                                    QString *error = nullptr);
};

struct ProxyResult
{
    bool answered = false;   // an HTTP answer came back (from the provider, or Nango's own error)
    bool nangoError = false; // the answer is Nango's own error (the request never reached the provider)
    int status = 0;
    HeaderList headers;
    QByteArray body;
    qint64 size = 0;
    qint64 elapsedMs = 0;
    QString message; // for a person; empty when the provider answered 2xx or 3xx
    qint64 historyId = 0;

    bool ok() const { return answered && !nangoError && status >= 200 && status < 400; }
    QString statusLine() const; // "HTTP 200 OK"
    // Indented JSON when the body is JSON, else the body as it came.
    QByteArray prettyBody() const;
};

// Runs one proxy request at a time and records it in the history. The provider's status is the
// result, whatever it is; only Nango's own errors (its JSON envelope with one of its codes) and
// transport failures are explained as failures of the request itself.
class ProxyRunner : public QObject
{
    Q_OBJECT
public:
    explicit ProxyRunner(NangoClient *client, QObject *parent = nullptr);
    ~ProxyRunner() override;

    void setHistory(ProxyStore *store, qint64 profileId)
    {
        m_store = store;
        m_profileId = profileId;
    }
    bool isRunning() const { return m_running; }
    // False (and nothing happens) while a request is in progress. finished() is always emitted
    // later, from the event loop, also when the spec is refused at once.
    bool run(const ProxySpec &spec);
    void cancel();
    const ProxyResult &lastResult() const { return m_result; }

    // "Copy as curl": the same request, with the key left to the shell as $NANGO_SECRET_KEY. The
    // key itself is never in the text.
    static QString curlCommand(const QUrl &baseUrl, const ProxySpec &spec);
    static QString reasonPhrase(int status);
    // Nango's own error (not the provider's answer): the message for a person, or empty.
    static QString explainNangoError(int status, const QByteArray &body, const ProxySpec &spec);

Q_SIGNALS:
    void finished(const nd::ProxyResult &result);

private:
    void onFinished(ApiCall *call);
    void finish();

    NangoClient *m_client;
    ProxyStore *m_store = nullptr;
    qint64 m_profileId = 0;
    ProxySpec m_spec;
    ProxyResult m_result;
    QPointer<ApiCall> m_call;
    QElapsedTimer m_elapsed;
    bool m_running = false;
};

} // namespace nd
