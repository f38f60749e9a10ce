#include "actions/ActionRunner.h"

#include "actions/InputValidator.h"
#include "api/NangoClient.h"
#include "cache/ActionStore.h"
#include "util/Logging.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace nd {

using namespace Qt::StringLiterals;

namespace {

QString compact(const QJsonValue &v, int limit = 600)
{
    QString text;
    if (v.isObject())
        text = QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    else if (v.isArray())
        text = QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    else if (v.isString())
        text = v.toString();
    else if (v.isDouble())
        text = QString::number(v.toDouble());
    else if (v.isBool())
        text = v.toBool() ? u"true"_s : u"false"_s;
    else if (v.isNull())
        text = u"null"_s;
    return text.size() > limit ? QString(text.left(limit) + u"…"_s) : text;
}

QByteArray jsonBytes(const QJsonValue &v)
{
    if (v.isUndefined())
        return {};
    if (v.isObject())
        return QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
    if (v.isArray())
        return QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact);
    // A scalar: serialise it inside an array and strip the brackets.
    const QByteArray wrapped = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

// Nango's invalid_action_input carries ajv errors ({instancePath, message, params}); older servers
// and nango-sim send plain strings.
QStringList validationMessages(const QJsonValue &validation)
{
    QStringList out;
    for (const QJsonValue &v : validation.toArray()) {
        if (v.isString()) {
            out << v.toString();
            continue;
        }
        const QJsonObject o = v.toObject();
        QString where = o.value(u"instancePath"_s).toString();
        where.replace(u'/', u'.');
        if (where.startsWith(u'.'))
            where.remove(0, 1);
        QString message = o.value(u"message"_s).toString();
        const QJsonObject params = o.value(u"params"_s).toObject();
        if (params.contains(u"additionalProperty"_s))
            message += u" '%1'"_s.arg(params.value(u"additionalProperty"_s).toString());
        out << (where.isEmpty() ? message : u"\"%1\" %2"_s.arg(where, message));
    }
    return out;
}

const char *statusName(const ActionResult &r)
{
    if (r.ok)
        return "ok";
    switch (r.failure.kind) {
    case ActionFailure::Kind::Timeout:
        return "timeout";
    case ActionFailure::Kind::Cancelled:
        return "cancelled";
    default:
        return r.failure.sent ? "failed" : "refused";
    }
}

} // namespace

ActionRunner::ActionRunner(NangoClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_pollTimer.setSingleShot(true);
    m_deadline.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &ActionRunner::poll);
    connect(&m_deadline, &QTimer::timeout, this, [this]() { giveUp(ActionFailure::Kind::Timeout); });
}

ActionRunner::~ActionRunner()
{
    stopCall();
}

QJsonValue ActionRunner::parseJsonValue(const QByteArray &text, bool *ok)
{
    const QByteArray trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        if (ok)
            *ok = true;
        return QJsonValue::Undefined;
    }
    // QJsonDocument holds only objects and arrays; an array around the text takes any value.
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray('[' + trimmed + ']'), &error);
    const bool good = error.error == QJsonParseError::NoError && doc.array().size() == 1;
    if (ok)
        *ok = good;
    return good ? doc.array().at(0) : QJsonValue(QJsonValue::Undefined);
}

bool ActionRunner::run(const ActionRequest &request)
{
    if (m_running)
        return false;
    m_running = true;
    m_request = request;
    m_result = {};
    m_elapsed.start();
    if (!request.inputSchema.isEmpty()) {
        const QStringList problems = InputValidator::validate(request.inputSchema, request.input);
        if (!problems.isEmpty()) {
            ActionFailure f;
            f.kind = ActionFailure::Kind::InvalidInput;
            f.code = u"invalid_input_local"_s;
            f.sent = false;
            f.validation = problems;
            f.message =
                tr("The input does not fit what the action \"%1\" expects, so it was not sent:\n  - %2")
                    .arg(request.action, problems.join(u"\n  - "_s));
            // Later, from the event loop, like every other outcome.
            QMetaObject::invokeMethod(
                this, [this, f]() { fail(f); }, Qt::QueuedConnection);
            return true;
        }
    }
    qCDebug(lcActions).noquote() << "running action" << request.action << "on" << request.integration << '/'
                                 << request.connectionId << (request.async ? "(async)" : "");
    m_deadline.start(request.timeoutMs);
    // A synchronous action answers only when it is done: the request may stay silent that long.
    ApiCall *call =
        m_client->triggerAction(request.integration, request.connectionId, request.action, request.input,
                                request.async, request.async ? 0 : request.timeoutMs);
    m_call = call;
    connect(call, &ApiCall::finished, this, [this, call]() { onTriggered(call); });
    return true;
}

void ActionRunner::onTriggered(ApiCall *call)
{
    call->deleteLater();
    m_call = nullptr;
    m_result.httpStatus = call->status();
    if (!call->ok()) {
        fail(explain(call->error(), call->body(), m_request));
        return;
    }
    if (m_request.async) {
        const QJsonObject answer = call->json().object();
        const QString id = answer.value(u"id"_s).toString();
        // The code answers 202; the published spec says 200. Either way the body is {id, statusUrl}.
        if (!id.isEmpty() && (call->status() == 202 || answer.value(u"statusUrl"_s).isString())) {
            m_result.asyncId = id;
            qCDebug(lcActions).noquote() << "action" << m_request.action << "accepted as" << id;
            // Before the signal: a slot may cancel, which stops the timer again.
            m_pollTimer.start(m_request.pollIntervalMs);
            Q_EMIT accepted(id);
            return;
        }
        // A server that ignored X-Async ran it synchronously: the body is the output.
    }
    succeed(call->body(), call->status());
}

void ActionRunner::poll()
{
    if (!m_running)
        return;
    ApiCall *call = m_client->actionResult(m_result.asyncId);
    m_call = call;
    connect(call, &ApiCall::finished, this, [this, call]() { onPolled(call); });
}

void ActionRunner::onPolled(ApiCall *call)
{
    call->deleteLater();
    m_call = nullptr;
    Q_EMIT polled(++m_result.polls);
    if (!m_running)
        return; // a slot cancelled
    m_result.httpStatus = call->status();
    if (call->ok()) {
        succeed(call->body(), call->status());
        return;
    }
    const ApiError &e = call->error();
    // 404 not_found: not finished yet (or unknown; the two look the same). Network trouble, a
    // gateway error or the rate limit: ask again. The overall deadline ends it either way.
    const bool notYet = e.httpStatus == 404 && (e.code == u"not_found" || e.code.isEmpty());
    const bool transient = e.kind == ApiError::Kind::Network || e.kind == ApiError::Kind::Timeout ||
                           e.kind == ApiError::Kind::RateLimited ||
                           (e.httpStatus >= 502 && e.httpStatus <= 504 && e.code.isEmpty());
    if (notYet || transient) {
        if (transient)
            qCInfo(lcActions).noquote()
                << "polling action" << m_result.asyncId << "failed for now:" << e.kindName();
        m_pollTimer.start(m_request.pollIntervalMs);
        return;
    }
    fail(explain(e, call->body(), m_request));
}

void ActionRunner::stopCall()
{
    if (ApiCall *call = m_call) {
        m_call = nullptr;
        call->disconnect(this); // abort() emits finished() at once
        call->abort();
        call->deleteLater();
    }
}

void ActionRunner::cancel()
{
    if (m_running)
        giveUp(ActionFailure::Kind::Cancelled);
}

void ActionRunner::giveUp(ActionFailure::Kind kind)
{
    if (!m_running)
        return;
    stopCall();
    m_pollTimer.stop();
    ActionFailure f;
    f.kind = kind;
    const bool timeout = kind == ActionFailure::Kind::Timeout;
    f.code = timeout ? u"timeout"_s : u"cancelled"_s;
    const QString seconds = QString::number(m_request.timeoutMs / 1000.0, 'g', 4);
    if (!m_result.asyncId.isEmpty()) {
        f.message =
            (timeout ? tr("The action \"%1\" did not finish within %2 s. ").arg(m_request.action, seconds)
                     : tr("Stopped waiting for the action \"%1\". ").arg(m_request.action)) +
            tr("Nango keeps running it: its result will be at GET /action/%1.").arg(m_result.asyncId);
    } else {
        f.message =
            (timeout ? tr("Nango did not answer within %2 s while running the action \"%1\". ")
                           .arg(m_request.action, seconds)
                     : tr("Stopped waiting for the action \"%1\". ").arg(m_request.action)) +
            tr("It may still run on Nango; check the logs in the Nango dashboard before running it again. "
               "Long actions are better run with --async (X-Async).");
    }
    fail(f);
}

void ActionRunner::succeed(const QByteArray &body, int status)
{
    bool ok = false;
    const QJsonValue output = parseJsonValue(body, &ok);
    if (!ok) {
        ActionFailure f;
        f.kind = ActionFailure::Kind::Api;
        f.code = u"bad_output"_s;
        f.httpStatus = status;
        f.message = tr("The action \"%1\" answered %2 with something that is not JSON: %3")
                        .arg(m_request.action, QString::number(status), QString::fromUtf8(body.left(200)));
        fail(f);
        return;
    }
    m_result.ok = true;
    m_result.httpStatus = status;
    m_result.output = output;
    m_result.outputJson = body;
    finish();
}

void ActionRunner::fail(const ActionFailure &failure)
{
    m_result.ok = false;
    m_result.failure = failure;
    if (failure.httpStatus)
        m_result.httpStatus = failure.httpStatus;
    finish();
}

void ActionRunner::finish()
{
    if (!m_running)
        return;
    m_running = false;
    m_deadline.stop();
    m_pollTimer.stop();
    m_result.durationMs = m_elapsed.elapsed();
    qCInfo(lcActions).noquote() << "action" << m_request.action << statusName(m_result) << "after"
                                << m_result.durationMs << "ms";
    if (m_store) {
        ActionRun run;
        run.profileId = m_profileId;
        run.integration = m_request.integration;
        run.connectionId = m_request.connectionId;
        run.action = m_request.action;
        run.inputJson = jsonBytes(m_request.input);
        run.async = m_request.async;
        run.asyncId = m_result.asyncId;
        run.status = QString::fromLatin1(statusName(m_result));
        run.httpStatus = m_result.httpStatus;
        run.errorCode = m_result.failure.code;
        run.outputJson = m_result.outputJson;
        run.error = m_result.failure.message;
        run.durationMs = m_result.durationMs;
        m_result.historyId = m_store->add(run);
    }
    Q_EMIT finished(m_result);
}

ActionFailure ActionRunner::explain(const ApiError &error, const QByteArray &body, const ActionRequest &r)
{
    ActionFailure f;
    f.httpStatus = error.httpStatus;
    f.code = error.code;
    const QJsonObject e = QJsonDocument::fromJson(body).object().value(u"error"_s).toObject();
    const QJsonValue payload = e.value(u"payload"_s);
    const QString action = u"\"%1\""_s.arg(r.action);
    const QString integration = u"\"%1\""_s.arg(r.integration);

    if (error.code == u"action_script_failure") {
        f.kind = ActionFailure::Kind::ScriptFailed;
        // The script's own message is in the payload; Nango's message wraps it in a fixed prefix.
        QString script = payload.toObject().value(u"message"_s).toString();
        if (script.isEmpty() && payload.isString())
            script = payload.toString();
        if (script.isEmpty()) {
            script = error.serverMessage;
            const QString prefix = u"The action script failed with an error: "_s;
            if (script.startsWith(prefix))
                script = script.mid(prefix.size());
        }
        f.scriptMessage = script;
        f.message =
            tr("The action %1 ran, and its script failed: %2\nThe request reached Nango; the script (or the "
               "data it was given) needs a look. The run's logs are in the Nango dashboard (Logs).")
                .arg(action, script.isEmpty() ? tr("(no message)") : script);
        return f;
    }
    if (error.code == u"script_http_error") {
        f.kind = ActionFailure::Kind::UpstreamHttp;
        QJsonObject upstream = e.value(u"upstream"_s).toObject();
        if (upstream.isEmpty())
            upstream = payload.toObject().value(u"upstream"_s).toObject();
        f.upstreamStatus = upstream.value(u"status"_s).toInt();
        f.upstreamBody = upstream.value(u"body"_s);
        if (f.upstreamStatus > 0) {
            const QString answer = f.upstreamBody.isUndefined() || f.upstreamBody.isNull()
                                       ? tr("(no body)")
                                       : compact(f.upstreamBody);
            f.message =
                tr("The action %1 called the provider's API, and the provider answered %2: %3\nNango reports "
                   "this as 424 (failed dependency). Fix the data or the connection on the provider's side, "
                   "then run it again.")
                    .arg(action, QString::number(f.upstreamStatus), answer);
        } else {
            f.message =
                tr("The action %1 called the provider's API, and the provider answered with an error (Nango "
                   "sent no details; see the run's logs in the Nango dashboard).")
                    .arg(action);
        }
        return f;
    }
    if (error.code == u"unknown_connection") {
        f.kind = ActionFailure::Kind::UnknownConnection;
        f.message =
            tr("Nango knows no connection \"%1\" for the integration %2. Check the connection id; if it "
               "exists in the dashboard, this API key probably belongs to another environment (dev or prod).")
                .arg(r.connectionId, integration);
        return f;
    }
    if (error.code == u"unknown_provider" || error.code == u"unknown_provider_config") {
        f.kind = ActionFailure::Kind::UnknownIntegration;
        f.message =
            tr("Nango knows no integration %1 in this environment. Check the integration's unique key "
               "(Integrations in the Nango dashboard).")
                .arg(integration);
        return f;
    }
    if (error.code == u"disabled_resource") {
        f.kind = ActionFailure::Kind::Disabled;
        f.message =
            tr("The action %1 is disabled in Nango for the integration %2. Enable it in the Nango dashboard "
               "(Integrations > %3 > Endpoints), then run it again.")
                .arg(action, integration, r.integration);
        return f;
    }
    if (error.code == u"not_found" && error.httpStatus == 404) {
        f.kind = ActionFailure::Kind::NotFound;
        f.message =
            tr("Nango has no action %1 deployed for the integration %2. Check the name (the actions are "
               "listed under Integrations > %3 > Endpoints), or deploy it with the Nango CLI.")
                .arg(action, integration, r.integration);
        return f;
    }
    if (error.code == u"invalid_action_input") {
        f.kind = ActionFailure::Kind::InvalidInput;
        f.validation = validationMessages(payload.toObject().value(u"validation"_s));
        f.message = tr("Nango refused the input of the action %1: it does not fit the action's input model")
                        .arg(action);
        f.message += f.validation.isEmpty() ? u"."_s : QString(u":\n  - "_s + f.validation.join(u"\n  - "_s));
        return f;
    }
    if (error.code == u"action_failure") {
        f.kind = ActionFailure::Kind::ScriptFailed;
        f.scriptMessage = error.serverMessage;
        f.message = tr("The action %1 failed: %2")
                        .arg(action, error.serverMessage.isEmpty() ? compact(payload) : error.serverMessage);
        return f;
    }
    if (error.code == u"script_network_error") {
        f.kind = ActionFailure::Kind::UpstreamHttp;
        f.message =
            tr("The action %1 could not reach the provider's API (a network error inside Nango)%2. Try "
               "again later.")
                .arg(action,
                     error.serverMessage.isEmpty() ? QString() : QString(u": "_s + error.serverMessage));
        return f;
    }
    if (error.kind == ApiError::Kind::Server) {
        f.kind = ActionFailure::Kind::Api;
        f.message =
            tr("Nango had an internal error (%1 %2) running the action %3%4. It was not retried, since an "
               "action may have side effects: check the logs in the Nango dashboard before running it again.")
                .arg(QString::number(error.httpStatus), error.code, action,
                     error.serverMessage.isEmpty() ? QString() : QString(u": "_s + error.serverMessage));
        return f;
    }
    f.kind = error.kind == ApiError::Kind::Cancelled ? ActionFailure::Kind::Cancelled
             : error.kind == ApiError::Kind::Timeout ? ActionFailure::Kind::Timeout
                                                     : ActionFailure::Kind::Api;
    if (f.code.isEmpty())
        f.code = error.kindName();
    f.message = error.userMessage();
    return f;
}

} // namespace nd
