// PATCH /connections/:connectionId (controllers/connection/connectionId/patchConnection.ts, with the
// schemas of helpers/validation.ts and shared/services/tags/schema.ts) and GET /environment-variables
// (controllers/environment/getVariables.ts).
#include "SimApi.h"
#include "SimWorld.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace nangosim {

using namespace Qt::StringLiterals;

namespace {

const QString kProviderConfigKeyPattern = u"^[a-zA-Z0-9~:.@ _-]+$"_s;
const QString kConnectionIdPattern = uR"(^[a-zA-Z0-9,.;:=+~[\]|@${}"'\\/_ -]+$)"_s;
const QString kTagKeyPattern = uR"(^[a-zA-Z][a-zA-Z0-9_\-./]*$)"_s;

bool isEmail(const QString &s)
{
    // zod 4's z.email() (its default, "html5"-like pattern).
    static const QRegularExpression re(
        uR"(^(?!\.)(?!.*\.\.)([A-Za-z0-9_'+\-\.]*)[A-Za-z0-9_+-]@([A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$)"_s);
    return re.match(s).hasMatch();
}

// A z.record(keySchema, valueSchema): a bad key is one invalid_key issue ("Invalid key in record"),
// whatever the key schema's own message said.
void checkTagRecord(Validation &v, const QJsonValue &value, const QStringList &path, int minValue,
                    const QString &tooBigMessage, bool *aborted)
{
    if (!value.isObject()) {
        v.invalidType(u"record"_s, value, path);
        *aborted = true;
        return;
    }
    static const QRegularExpression key(kTagKeyPattern);
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QStringList at = path + QStringList{it.key()};
        if (!key.match(it.key()).hasMatch() || it.key().size() > 64) {
            v.add(u"invalid_key"_s, u"Invalid key in record"_s, at);
            *aborted = true;
            continue;
        }
        if (!it.value().isString()) {
            v.invalidType(u"string"_s, it.value(), at);
            *aborted = true;
            continue;
        }
        const QString s = it.value().toString();
        if (s.size() < minValue)
            v.add(u"too_small"_s, u"Too small: expected string to have >=%1 characters"_s.arg(minValue), at);
        else if (s.size() > 255)
            v.add(u"too_big"_s, tooBigMessage, at);
    }
}

// validateCaseInsensitiveTagKeys: the .check() after the record, which runs unless it aborted.
void checkTagKeys(Validation &v, const QJsonObject &tags, const QStringList &path)
{
    if (tags.size() > 10) {
        v.add(u"custom"_s, u"Tags cannot contain more than 10 keys"_s, path);
        return;
    }
    QStringList seen;
    for (auto it = tags.begin(); it != tags.end(); ++it) {
        const QString normalized = it.key().toLower();
        if (seen.contains(normalized))
            v.add(u"custom"_s, u"Duplicate tag key after case normalization: \"%1\""_s.arg(normalized), path);
        seen.append(normalized);
        if (normalized == u"end_user_email" &&
            (it.value().toString().size() < 5 || !isEmail(it.value().toString())))
            v.add(u"custom"_s, u"Tag \"end_user_email\" must be a valid email"_s, path);
    }
}

// endUserSchema: a strict object {id, email?, display_name?, tags?}.
void checkEndUser(Validation &v, const QJsonValue &value)
{
    const QStringList at{u"end_user"_s};
    if (!v.isObject(value, at))
        return;
    const QJsonObject eu = value.toObject();
    const QJsonValue id = eu.value(u"id"_s);
    if (!id.isString())
        v.invalidType(u"string"_s, id, {u"end_user"_s, u"id"_s});
    else if (id.toString().size() > 255)
        v.add(u"too_big"_s, u"Too big: expected string to have <=255 characters"_s, {u"end_user"_s, u"id"_s});
    else if (id.toString().isEmpty())
        v.add(u"too_small"_s, u"Too small: expected string to have >=1 characters"_s,
              {u"end_user"_s, u"id"_s});
    if (eu.contains(u"email"_s)) {
        const QJsonValue email = eu.value(u"email"_s);
        const QStringList p{u"end_user"_s, u"email"_s};
        if (!email.isString()) {
            v.invalidType(u"string"_s, email, p);
        } else {
            if (!isEmail(email.toString()))
                v.add(u"invalid_format"_s, u"Invalid email address"_s, p);
            if (email.toString().size() < 5)
                v.add(u"too_small"_s, u"Too small: expected string to have >=5 characters"_s, p);
        }
    }
    if (eu.contains(u"display_name"_s)) {
        const QJsonValue name = eu.value(u"display_name"_s);
        const QStringList p{u"end_user"_s, u"display_name"_s};
        if (!name.isString())
            v.invalidType(u"string"_s, name, p);
        else if (name.toString().size() > 255)
            v.add(u"too_big"_s, u"Too big: expected string to have <=255 characters"_s, p);
    }
    if (eu.contains(u"tags"_s)) {
        bool aborted = false;
        const QStringList p{u"end_user"_s, u"tags"_s};
        checkTagRecord(v, eu.value(u"tags"_s), p, 0, u"Too big: expected string to have <=255 characters"_s,
                       &aborted);
        if (!aborted)
            checkTagKeys(v, eu.value(u"tags"_s).toObject(), p);
    }
    v.strictKeys(eu, {u"id"_s, u"email"_s, u"display_name"_s, u"tags"_s}, at);
}

// webhookUrlSchema: z.union([z.url(), z.literal('')]) then two refinements.
void checkWebhookUrl(Validation &v, const QJsonValue &value, const OutboundPolicy &policy)
{
    const QStringList at{u"webhook_url_override"_s};
    if (!value.isString()) {
        v.add(u"invalid_union"_s, u"Invalid input"_s, at); // null included: "" clears, null does not
        return;
    }
    const QString text = value.toString();
    if (text.isEmpty())
        return;
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty()) {
        v.add(u"invalid_format"_s, u"Invalid URL"_s, at);
        return;
    }
    QString host = url.host().toLower();
    while (host.endsWith(u'.'))
        host.chop(1);
    if (host == u"nango.dev" || host.endsWith(u".nango.dev"))
        v.add(u"custom"_s, u"Webhook URLs cannot point to Nango's domain (nango.dev)."_s, at);
    if (!policy.allows(url))
        v.add(u"custom"_s, u"This webhook URL is not allowed."_s, at);
}

} // namespace

SimResponse SimApi::patchConnection(const SimRequest &req, const QString &connectionId)
{
    Validation q;
    const auto key = q.requiredString(req.query, u"provider_config_key"_s, 0, 255);
    if (key)
        q.matches(*key, kProviderConfigKeyPattern, u"provider_config_key"_s);
    q.strictKeys(req.query, {u"provider_config_key"_s});
    if (!q.ok() || !key)
        return SimResponse::validation(u"invalid_query_params"_s, q.errors());

    const ParsedBody parsed = parseJsonBody(req);
    if (parsed.error)
        return *parsed.error;
    Validation v;
    if (!v.isObject(parsed.value))
        return SimResponse::validation(u"invalid_body"_s, v.errors());
    const QJsonObject body = parsed.value.toObject();
    if (body.contains(u"end_user"_s))
        checkEndUser(v, body.value(u"end_user"_s));
    QJsonObject tags;
    if (body.contains(u"tags"_s)) {
        bool aborted = false;
        checkTagRecord(v, body.value(u"tags"_s), {u"tags"_s}, 1,
                       u"Tag values must be at most 255 characters"_s, &aborted);
        if (!aborted)
            checkTagKeys(v, body.value(u"tags"_s).toObject(), {u"tags"_s});
        // The schema's transform: keys lower-cased.
        const QJsonObject given = body.value(u"tags"_s).toObject();
        for (auto it = given.begin(); it != given.end(); ++it)
            tags.insert(it.key().toLower(), it.value());
    }
    if (body.contains(u"webhook_url_override"_s))
        checkWebhookUrl(v, body.value(u"webhook_url_override"_s), m_world.outboundPolicy());
    v.strictKeys(body, {u"end_user"_s, u"tags"_s, u"webhook_url_override"_s});
    if (!v.ok())
        return SimResponse::validation(u"invalid_body"_s, v.errors());

    Validation uri;
    if (connectionId.size() > 255)
        uri.add(u"too_big"_s, u"Too big: expected string to have <=255 characters"_s, {u"connectionId"_s});
    uri.matches(connectionId, kConnectionIdPattern, u"connectionId"_s);
    if (!uri.ok())
        return SimResponse::validation(u"invalid_uri_params"_s, uri.errors());

    if (!m_world.integration(*key))
        return SimResponse::error(400, u"unknown_provider_config"_s, u"Provider does not exists"_s);
    Connection *c = m_world.connection(*key, connectionId);
    if (!c)
        return SimResponse::error(404, u"not_found"_s, u"Failed to find connection"_s);

    // Nothing here moves updated_at.
    if (body.contains(u"end_user"_s)) {
        const QJsonObject given = body.value(u"end_user"_s).toObject();
        const QString id = given.value(u"id"_s).toString();
        const QJsonObject previous = c->endUser.toObject();
        // upsertEndUser: one end user per id in the environment, so every connection of it sees the
        // change; linking a connection to it replaces the connection's tags with the end user's.
        QJsonObject endUser{
            {u"id"_s, id},
            {u"display_name"_s, given.value(u"display_name"_s).isString() ? given.value(u"display_name"_s)
                                                                          : QJsonValue(QJsonValue::Null)},
            {u"email"_s,
             given.value(u"email"_s).isString() ? given.value(u"email"_s) : QJsonValue(QJsonValue::Null)},
            {u"tags"_s, given.value(u"tags"_s).toObject()},
            {u"organization"_s, previous.value(u"id"_s).toString() == id ? previous.value(u"organization"_s)
                                                                         : QJsonValue(QJsonValue::Null)}};
        for (const auto &other : m_world.connections()) {
            if (other.get() != c && other->endUser.toObject().value(u"id"_s).toString() == id) {
                QJsonObject shared = endUser;
                shared.insert(u"organization"_s, other->endUser.toObject().value(u"organization"_s));
                other->endUser = shared;
            }
        }
        c->endUser = endUser;
        c->tags = SimWorld::endUserTags(endUser);
    }
    if (body.contains(u"tags"_s))
        c->tags = tags; // the whole map is replaced
    if (body.contains(u"webhook_url_override"_s))
        c->webhookUrlOverride = body.value(u"webhook_url_override"_s).toString(); // "" clears it
    return SimResponse::json(200, QJsonObject{{u"success"_s, true}});
}

SimResponse SimApi::environmentVariables(const SimRequest &req)
{
    if (auto refused = requireEmptyQuery(req))
        return *refused;
    // requireEmptyBody: a body, when Express parsed one, must be {}.
    const ParsedBody parsed = parseJsonBody(req);
    if (!parsed.value.isUndefined()) {
        Validation v;
        if (v.isObject(parsed.value))
            v.strictKeys(parsed.value.toObject(), {});
        if (!v.ok())
            return SimResponse::validation(u"invalid_body"_s, v.errors());
    }
    QJsonArray out;
    for (const QJsonValue &item : m_world.environmentVariables()) {
        const QJsonObject o = item.toObject();
        out.append(QJsonObject{{u"name"_s, o.value(u"name"_s)}, {u"value"_s, o.value(u"value"_s)}});
    }
    return SimResponse::json(200, out);
}

} // namespace nangosim
