// POST /action/trigger and GET /action/:id (controllers/action).
#include "ActionSchemas.h"
#include "SimApi.h"
#include "SimTime.h"
#include "SimWorld.h"
#include "WebhookSender.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimer>
#include <QUuid>

namespace nangosim {

using namespace Qt::StringLiterals;

namespace {

struct ActionOutcome
{
    int status = 200;
    QJsonValue output; // when status == 200
    QJsonObject error; // the error object of the envelope otherwise
};

ActionOutcome execute(const ActionConfig &a, const QJsonValue &input)
{
    ActionOutcome o;
    if (a.behaviour == u"fail") {
        o.status = 500;
        o.error =
            QJsonObject{{u"message"_s, u"The action script failed with an error: Contact is locked by "
                                       "another process and cannot be archived"_s},
                        {u"code"_s, u"action_script_failure"_s},
                        {u"payload"_s, QJsonObject{{u"message"_s, u"Contact is locked by another process "
                                                                  "and cannot be archived"_s}}}};
        return o;
    }
    if (a.behaviour == u"http_error") {
        o.status = 424;
        o.error = QJsonObject{
            {u"payload"_s, QJsonObject{}},
            {u"code"_s, u"script_http_error"_s},
            {u"upstream"_s,
             QJsonObject{{u"status"_s, 409},
                         {u"headers"_s, QJsonObject{{u"content-type"_s, u"application/json"_s}}},
                         {u"body"_s, QJsonArray{QJsonObject{{u"message"_s, u"entity is deleted"_s},
                                                            {u"errorCode"_s, u"ENTITY_IS_DELETED"_s},
                                                            {u"fields"_s, QJsonArray{}}}}}}}};
        return o;
    }
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (a.outputModel == u"ActionResult") {
        o.output = QJsonObject{{u"success"_s, true}, {u"id"_s, id}};
        return o;
    }
    QJsonObject out = input.toObject();
    out.insert(u"id"_s, id);
    out.insert(u"created_at"_s, QString::fromLatin1(SimTime::jsIso(SimTime::nowUs())));
    o.output = out;
    return o;
}

SimResponse toResponse(const ActionOutcome &o)
{
    if (o.status == 200) {
        // The raw output is the body, whatever JSON value it is.
        const QJsonDocument doc =
            o.output.isArray() ? QJsonDocument(o.output.toArray()) : QJsonDocument(o.output.toObject());
        return SimResponse::rawJson(200, doc.toJson(QJsonDocument::Compact));
    }
    return SimResponse::json(o.status, QJsonObject{{u"error"_s, o.error}});
}

} // namespace

void SimApi::actionTrigger(const SimRequest &req, const Reply &reply)
{
    if (auto refused = requireEmptyQuery(req)) {
        reply(*refused);
        return;
    }
    Validation hv;
    bool async = false;
    if (req.hasHeader("x-async")) {
        const QByteArray value = req.header("x-async").toLower();
        if (value == "true" || value == "1")
            async = true;
        else if (value != "false" && value != "0")
            hv.add(u"invalid_value"_s, uR"(Invalid input: expected "true" or "false")"_s, {u"x-async"_s});
    }
    if (req.hasHeader("x-max-retries")) {
        bool ok = false;
        const int retries = req.header("x-max-retries").toInt(&ok);
        if (!ok || retries < 0 || retries > 5)
            hv.add(u"too_big"_s, u"Invalid input: expected number from 0 to 5"_s, {u"x-max-retries"_s});
    }
    if (!req.hasHeader("connection-id"))
        hv.add(u"invalid_type"_s, u"Invalid input: expected string, received undefined"_s,
               {u"connection-id"_s});
    if (!req.hasHeader("provider-config-key"))
        hv.add(u"invalid_type"_s, u"Invalid input: expected string, received undefined"_s,
               {u"provider-config-key"_s});
    if (!hv.ok()) {
        reply(SimResponse::validation(u"invalid_headers"_s, hv.errors()));
        return;
    }
    const ParsedBody parsed = parseJsonBody(req);
    if (parsed.error) {
        reply(*parsed.error);
        return;
    }
    Validation v;
    if (!v.isObject(parsed.value)) {
        reply(SimResponse::validation(u"invalid_body"_s, v.errors()));
        return;
    }
    const QJsonObject body = parsed.value.toObject();
    v.strictKeys(body, {u"action_name"_s, u"input"_s});
    const auto name = v.requiredString(body, u"action_name"_s);
    if (name)
        v.matches(*name, u"^[a-zA-Z0-9_-]+$"_s, u"action_name"_s);
    if (!v.ok() || !name) {
        reply(SimResponse::validation(u"invalid_body"_s, v.errors()));
        return;
    }
    const QString key = QString::fromUtf8(req.header("provider-config-key"));
    const QString connectionId = QString::fromUtf8(req.header("connection-id"));
    Integration *integration = m_world.integration(key);
    if (!integration) {
        reply(SimResponse::error(400, u"unknown_provider"_s, u"Unknown provider config key"_s));
        return;
    }
    Connection *c = m_world.connection(key, connectionId);
    if (!c) {
        reply(
            SimResponse::error(400, u"unknown_connection"_s,
                               u"Failed to find connection %1 for integration %2"_s.arg(connectionId, key)));
        return;
    }
    const ActionConfig *action = nullptr;
    for (const ActionConfig &a : integration->actions)
        if (a.name == *name)
            action = &a;
    if (!action) {
        reply(SimResponse::error(404, u"not_found"_s, u"Action not found"_s));
        return;
    }
    if (!action->enabled) {
        reply(SimResponse::error(404, u"disabled_resource"_s, u"The action is disabled"_s));
        return;
    }
    const QJsonValue input = body.value(u"input"_s);
    const QStringList problems =
        ActionSchemas::validate(ActionSchemas::modelSchema(action->inputModel), input);
    if (!problems.isEmpty()) {
        reply(SimResponse::error(
            400, u"invalid_action_input"_s, u"Failed to validate the input passed to the action"_s,
            QJsonObject{{u"data"_s, input}, {u"validation"_s, QJsonArray::fromStringList(problems)}}));
        return;
    }
    const double scale = m_world.options().timeScale > 0 ? m_world.options().timeScale : 1.0;
    const int delay = action->behaviour == u"slow" ? int(action->slowMs / scale) : 0;
    const ActionConfig copy = *action;
    if (!async) {
        QTimer::singleShot(delay, this, [reply, copy, input]() { reply(toResponse(execute(copy, input))); });
        return;
    }
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString statusUrl = u"/action/"_s + id;
    // Async actions run one after the other per environment.
    m_actionQueue.append(
        [this, id, statusUrl, delay, copy, input, key, connectionId, urlOverride = c->webhookUrlOverride]() {
            QTimer::singleShot(delay, this, [=]() {
                const ActionOutcome outcome = execute(copy, input);
                m_actionResults.insert(id, QJsonObject{{u"status"_s, outcome.status},
                                                       {u"output"_s, outcome.output},
                                                       {u"error"_s, outcome.error}});
                m_webhooks.send(
                    QJsonObject{{u"from"_s, u"nango"_s},
                                {u"type"_s, u"async_action"_s},
                                {u"connectionId"_s, connectionId},
                                {u"providerConfigKey"_s, key},
                                {u"payload"_s, QJsonObject{{u"id"_s, id}, {u"statusUrl"_s, statusUrl}}}},
                    urlOverride);
                m_actionRunning = false;
                runNextAction();
            });
        });
    runNextAction();
    SimResponse accepted = SimResponse::json(202, QJsonObject{{u"id"_s, id}, {u"statusUrl"_s, statusUrl}});
    accepted.headers.append({"Location", statusUrl.toUtf8()});
    reply(accepted);
}

void SimApi::runNextAction()
{
    if (m_actionRunning || m_actionQueue.isEmpty())
        return;
    m_actionRunning = true;
    m_actionQueue.takeFirst()();
}

SimResponse SimApi::actionResult(const QString &id)
{
    static const QRegularExpression uuid(u"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    if (!uuid.match(id).hasMatch()) {
        Validation v;
        v.add(u"invalid_format"_s, u"Invalid UUID"_s, {u"id"_s});
        return SimResponse::validation(u"invalid_uri_params"_s, v.errors());
    }
    const auto it = m_actionResults.constFind(id);
    if (it == m_actionResults.constEnd())
        return SimResponse::error(404, u"not_found"_s, u"No action '%1' found"_s.arg(id));
    ActionOutcome o;
    o.status = it->value(u"status"_s).toInt();
    o.output = it->value(u"output"_s);
    o.error = it->value(u"error"_s).toObject();
    return toResponse(o);
}

} // namespace nangosim
