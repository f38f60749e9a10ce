#pragma once

#include "api/ApiError.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

namespace nd {

class ActionStore;
class ApiCall;
class NangoClient;

struct ActionRequest
{
    QString integration;
    QString connectionId;
    QString action;
    QJsonValue input = QJsonValue::Undefined; // undefined: no input is sent
    bool async = false;
    // The input model's schema (ActionInfo::inputSchema); empty: no local check, Nango still checks.
    QJsonObject inputSchema;
    int timeoutMs = 5 * 60 * 1000; // the whole run, polling included
    int pollIntervalMs = 1000;
};

// Why a run did not produce an output, classified so each surface can say it the same way.
struct ActionFailure
{
    enum class Kind {
        None,
        InvalidInput,       // refused locally (sent == false) or by Nango (invalid_action_input)
        ScriptFailed,       // action_script_failure: the script threw
        UpstreamHttp,       // script_http_error (424): the provider answered an error to the script
        UnknownConnection,  // unknown_connection
        UnknownIntegration, // unknown_provider / unknown_provider_config
        NotFound,           // not_found: no such action deployed
        Disabled,           // disabled_resource
        Timeout,
        Cancelled,
        Api, // anything else: network, key, scope, rate limit, server error (ApiError's words)
    };

    Kind kind = Kind::None;
    QString code; // Nango's error.code, or invalid_input_local, timeout, cancelled
    int httpStatus = 0;
    QString message;       // for a person: what happened and what to do
    QString scriptMessage; // action_script_failure: the script's own message
    int upstreamStatus = 0;
    QJsonValue upstreamBody;
    QStringList validation; // the problems with the input, each naming the field
    bool sent = true;       // false: refused before any request
};

struct ActionResult
{
    bool ok = false;
    QJsonValue output;     // any JSON value
    QByteArray outputJson; // the output as Nango sent it
    ActionFailure failure;
    QString asyncId;
    int httpStatus = 0;
    int polls = 0;
    qint64 durationMs = 0;
    qint64 historyId = 0; // the action_runs row, when a history is set
};

// Runs one action at a time: synchronously (POST /action/trigger answers the output), or
// asynchronously (X-Async: true answers 202 {id, statusUrl}; GET /action/:id answers 404 not_found
// until it is done). Checks the input against the schema first, explains failures in words and
// records every run in the history.
class ActionRunner : public QObject
{
    Q_OBJECT
public:
    explicit ActionRunner(NangoClient *client, QObject *parent = nullptr);
    ~ActionRunner() override;

    void setHistory(ActionStore *store, qint64 profileId)
    {
        m_store = store;
        m_profileId = profileId;
    }
    bool isRunning() const { return m_running; }
    // False (and nothing happens) while a run is in progress. finished() is always emitted later,
    // from the event loop, even when the input is refused at once.
    bool run(const ActionRequest &request);
    // Stops waiting. An action Nango already started keeps running there: nothing can stop it.
    void cancel();
    const ActionResult &lastResult() const { return m_result; }

    static ActionFailure explain(const ApiError &error, const QByteArray &body, const ActionRequest &request);
    // Any JSON value, including a bare string or number; undefined for an empty body.
    static QJsonValue parseJsonValue(const QByteArray &text, bool *ok = nullptr);

Q_SIGNALS:
    void accepted(const QString &asyncId); // async: Nango queued the action
    void polled(int polls);
    void finished(const nd::ActionResult &result);

private:
    void onTriggered(ApiCall *call);
    void poll();
    void onPolled(ApiCall *call);
    void stopCall();
    void giveUp(ActionFailure::Kind kind);
    void succeed(const QByteArray &body, int status);
    void fail(const ActionFailure &failure);
    void finish();

    NangoClient *m_client;
    ActionStore *m_store = nullptr;
    qint64 m_profileId = 0;
    ActionRequest m_request;
    ActionResult m_result;
    QPointer<ApiCall> m_call;
    QTimer m_pollTimer;
    QTimer m_deadline;
    QElapsedTimer m_elapsed;
    bool m_running = false;
};

} // namespace nd
