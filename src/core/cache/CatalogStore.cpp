#include "cache/CatalogStore.h"

#include "cache/Sql.h"
#include "util/Logging.h"
#include "util/Timestamp.h"

#include <QJsonDocument>

namespace nd {

using namespace Qt::StringLiterals;

namespace {

QByteArray now()
{
    return Timestamp::toIsoMicros(Timestamp::nowMicros());
}

QByteArray toJson(const QJsonValue &v)
{
    if (v.isObject())
        return QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
    if (v.isArray())
        return QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact);
    return v.isNull() || v.isUndefined() ? QByteArray() : v.toVariant().toString().toUtf8();
}

QJsonValue fromJson(const QByteArray &text)
{
    if (text.isEmpty())
        return QJsonValue::Null;
    const QJsonDocument d = QJsonDocument::fromJson(text);
    return d.isArray() ? QJsonValue(d.array()) : QJsonValue(d.object());
}

bool run(SqlQuery &q)
{
    if (!q.run()) {
        qCWarning(lcDb) << "query failed:" << q.error();
        return false;
    }
    return true;
}

Profile readProfile(const SqlQuery &q)
{
    return {q.int64(0), q.text(1),       q.text(2),
            q.text(3),  q.int64(4) != 0, NetworkSettings::fromJson(q.text(5).toUtf8())};
}

QByteArray str(const QJsonObject &o, const QString &key)
{
    return o.value(key).toString().toUtf8();
}

} // namespace

Profile CatalogStore::ensureProfile(const QString &name, const QString &serverUrl, const QString &environment,
                                    bool isProduction)
{
    if (auto existing = profile(name))
        return *existing;
    auto q = m_db.prepare("INSERT INTO profiles (name, server_url, environment, is_production, created_at) "
                          "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (name) DO NOTHING");
    q->bind(1, name).bind(2, serverUrl).bind(3, environment.isNull() ? u""_s : environment);
    q->bind(4, qint64(isProduction ? 1 : 0)).bind(5, now());
    run(*q);
    return profile(name).value_or(Profile{});
}

std::optional<Profile> CatalogStore::profile(const QString &name)
{
    auto q = m_db.prepare(
        "SELECT id, name, server_url, environment, is_production, network FROM profiles WHERE name = ?1");
    q->bind(1, name);
    if (!q->step())
        return std::nullopt;
    return readProfile(*q);
}

QList<Profile> CatalogStore::profiles()
{
    auto q = m_db.prepare(
        "SELECT id, name, server_url, environment, is_production, network FROM profiles ORDER BY name");
    QList<Profile> out;
    while (q->step())
        out.append(readProfile(*q));
    return out;
}

bool CatalogStore::updateProfile(const Profile &p)
{
    auto q = m_db.prepare("UPDATE profiles SET server_url = ?1, environment = ?2, is_production = ?3, "
                          "network = ?5 WHERE id = ?4");
    q->bind(1, p.serverUrl).bind(2, p.environment.isNull() ? u""_s : p.environment);
    q->bind(3, qint64(p.isProduction ? 1 : 0)).bind(4, p.id);
    q->bind(5, QString::fromUtf8(p.network.toJson()));
    return run(*q);
}

void CatalogStore::replaceIntegrations(qint64 profileId, const QJsonArray &data)
{
    Transaction tx(m_db);
    auto del = m_db.prepare("DELETE FROM integrations WHERE profile_id = ?1");
    del->bind(1, profileId);
    run(*del);
    const QByteArray fetched = now();
    auto q = m_db.prepare("INSERT INTO integrations (profile_id, unique_key, provider, display_name, logo, "
                          "created_at, updated_at, fetched_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) "
                          "ON CONFLICT (profile_id, unique_key) DO NOTHING");
    for (const QJsonValue &v : data) {
        const QJsonObject o = v.toObject();
        q->bind(1, profileId).bind(2, str(o, u"unique_key"_s)).bind(3, str(o, u"provider"_s));
        q->bind(4, str(o, u"display_name"_s)).bind(5, str(o, u"logo"_s)).bind(6, str(o, u"created_at"_s));
        q->bind(7, str(o, u"updated_at"_s)).bind(8, fetched);
        run(*q);
    }
    tx.commit();
}

void CatalogStore::replaceConnections(qint64 profileId, const QJsonArray &connections)
{
    Transaction tx(m_db);
    auto del = m_db.prepare("DELETE FROM connections WHERE profile_id = ?1");
    del->bind(1, profileId);
    run(*del);
    const QByteArray fetched = now();
    // Credentials are never stored: the list endpoint has none, and we keep none.
    auto q =
        m_db.prepare("INSERT INTO connections (profile_id, provider_config_key, connection_id, nango_id, "
                     "provider, created, end_user_json, tags_json, errors_json, metadata_json, fetched_at) "
                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) "
                     "ON CONFLICT (profile_id, provider_config_key, connection_id) DO NOTHING");
    for (const QJsonValue &v : connections) {
        const QJsonObject o = v.toObject();
        q->bind(1, profileId).bind(2, str(o, u"provider_config_key"_s)).bind(3, str(o, u"connection_id"_s));
        if (o.value(u"id"_s).isDouble())
            q->bind(4, qint64(o.value(u"id"_s).toInteger()));
        else
            q->bindNull(4);
        q->bind(5, str(o, u"provider"_s)).bind(6, str(o, u"created"_s));
        q->bindOrNull(7, toJson(o.value(u"end_user"_s))).bindOrNull(8, toJson(o.value(u"tags"_s)));
        q->bindOrNull(9, toJson(o.value(u"errors"_s))).bindOrNull(10, toJson(o.value(u"metadata"_s)));
        q->bind(11, fetched);
        run(*q);
    }
    tx.commit();
}

void CatalogStore::upsertSyncStatus(qint64 profileId, const QString &integration, const QJsonObject &s,
                                    qint64 askedUs)
{
    auto q = m_db.prepare(
        "INSERT INTO syncs (profile_id, provider_config_key, connection_id, name, variant, sync_id, status, "
        "type, "
        "frequency, finished_at, next_scheduled_at, latest_result_json, latest_execution_status, "
        "record_count_json, checkpoint_json, models_json, fetched_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17) "
        "ON CONFLICT (profile_id, provider_config_key, connection_id, name, variant) DO UPDATE SET "
        "sync_id = excluded.sync_id, status = excluded.status, type = excluded.type, "
        "frequency = excluded.frequency, finished_at = coalesce(excluded.finished_at, syncs.finished_at), "
        "next_scheduled_at = excluded.next_scheduled_at, "
        "latest_result_json = coalesce(excluded.latest_result_json, syncs.latest_result_json), "
        "latest_execution_status = excluded.latest_execution_status, "
        "record_count_json = excluded.record_count_json, checkpoint_json = excluded.checkpoint_json, "
        "models_json = excluded.models_json, fetched_at = excluded.fetched_at, "
        "nango_error = CASE WHEN excluded.status = 'SUCCESS' THEN NULL ELSE syncs.nango_error END, "
        "nango_error_at = CASE WHEN excluded.status = 'SUCCESS' THEN NULL ELSE syncs.nango_error_at END");
    QJsonArray models;
    const QJsonObject counts = s.value(u"recordCount"_s).toObject();
    for (const QString &model : counts.keys())
        models.append(model);
    q->bind(1, profileId).bind(2, integration).bind(3, str(s, u"connection_id"_s)).bind(4, str(s, u"name"_s));
    q->bind(5, s.value(u"variant"_s).toString(u"base"_s))
        .bind(6, str(s, u"id"_s))
        .bind(7, str(s, u"status"_s));
    q->bind(8, str(s, u"type"_s)).bind(9, str(s, u"frequency"_s)).bindOrNull(10, str(s, u"finishedAt"_s));
    q->bind(11, str(s, u"nextScheduledSyncAt"_s)).bindOrNull(12, toJson(s.value(u"latestResult"_s)));
    q->bind(13, str(s, u"latestExecutionStatus"_s)).bindOrNull(14, toJson(s.value(u"recordCount"_s)));
    q->bindOrNull(15, toJson(s.value(u"checkpoint"_s)))
        .bind(16, toJson(models))
        .bind(17, Timestamp::toIsoMicros(askedUs));
    if (run(*q))
        m_db.notifyStreamChanged(0); // 0: the catalog
}

void CatalogStore::setNangoError(qint64 profileId, const QString &integration, const QString &connectionId,
                                 const QString &sync, const QString &variant, const QString &error)
{
    auto q = m_db.prepare("UPDATE syncs SET nango_error = ?1, nango_error_at = ?2 WHERE profile_id = ?3 AND "
                          "provider_config_key = ?4 AND connection_id = ?5 AND name = ?6 AND variant = ?7");
    q->bind(1, error)
        .bind(2, now())
        .bind(3, profileId)
        .bind(4, integration)
        .bind(5, connectionId)
        .bind(6, sync);
    q->bind(7, variant.isEmpty() ? u"base"_s : variant);
    run(*q);
}

QList<IntegrationRow> CatalogStore::integrations(qint64 profileId)
{
    auto q = m_db.prepare("SELECT unique_key, provider, display_name, fetched_at FROM integrations "
                          "WHERE profile_id = ?1 ORDER BY unique_key");
    q->bind(1, profileId);
    QList<IntegrationRow> out;
    while (q->step())
        out.append({q->text(0), q->text(1), q->text(2), q->text(3)});
    return out;
}

QList<ConnectionRow> CatalogStore::connections(qint64 profileId, const QString &integration)
{
    auto q = m_db.prepare(
        "SELECT provider_config_key, connection_id, provider, created, end_user_json, tags_json, "
        "errors_json, fetched_at FROM connections WHERE profile_id = ?1 AND "
        "(CAST(?2 AS TEXT) IS NULL OR provider_config_key = ?2) ORDER BY provider_config_key, connection_id");
    q->bind(1, profileId).bindOrNull(2, integration);
    QList<ConnectionRow> out;
    while (q->step())
        out.append({q->text(0), q->text(1), q->text(2), q->text(3), fromJson(q->bytes(4)),
                    fromJson(q->bytes(5)).toObject(), fromJson(q->bytes(6)).toArray(), q->text(7)});
    return out;
}

QList<SyncRow> CatalogStore::syncs(qint64 profileId, const QString &integration, const QString &connectionId)
{
    auto q = m_db.prepare(
        "SELECT provider_config_key, connection_id, name, variant, sync_id, status, type, frequency, "
        "finished_at, "
        "next_scheduled_at, latest_result_json, latest_execution_status, record_count_json, checkpoint_json, "
        "models_json, fetched_at, nango_error, nango_error_at FROM syncs WHERE profile_id = ?1 AND "
        "(CAST(?2 AS TEXT) IS NULL OR provider_config_key = ?2) AND (CAST(?3 AS TEXT) IS NULL OR "
        "connection_id = ?3) "
        "ORDER BY provider_config_key, connection_id, name, variant");
    q->bind(1, profileId).bindOrNull(2, integration).bindOrNull(3, connectionId);
    QList<SyncRow> out;
    while (q->step()) {
        SyncRow r;
        r.integration = q->text(0);
        r.connectionId = q->text(1);
        r.name = q->text(2);
        r.variant = q->text(3);
        r.syncId = q->text(4);
        r.status = q->text(5);
        r.type = q->text(6);
        r.frequency = q->text(7);
        r.finishedAt = q->text(8);
        r.nextScheduledAt = q->text(9);
        r.latestResult = fromJson(q->bytes(10)).toObject();
        r.latestExecutionStatus = q->text(11);
        r.recordCount = fromJson(q->bytes(12)).toObject();
        r.checkpoint = fromJson(q->bytes(13));
        for (const QJsonValue &m : fromJson(q->bytes(14)).toArray())
            r.models.append(m.toString());
        r.fetchedAt = q->text(15);
        r.nangoError = q->text(16);
        r.nangoErrorAt = q->text(17);
        out.append(r);
    }
    return out;
}

} // namespace nd
