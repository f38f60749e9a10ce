#include "cache/CatalogStore.h"

#include "cache/Database.h"
#include "util/Logging.h"
#include "util/Timestamp.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace nd {

using namespace Qt::StringLiterals;

namespace {

QString now()
{
    return QString::fromLatin1(Timestamp::toIsoMicros(Timestamp::nowMicros()));
}

QString toJson(const QJsonValue &v)
{
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return v.isNull() || v.isUndefined() ? QString() : v.toVariant().toString();
}

QJsonValue fromJson(const QString &text)
{
    if (text.isEmpty())
        return QJsonValue::Null;
    const QJsonDocument d = QJsonDocument::fromJson(text.toUtf8());
    return d.isArray() ? QJsonValue(d.array()) : QJsonValue(d.object());
}

bool run(QSqlQuery &q)
{
    if (!q.exec()) {
        qCWarning(lcDb) << "query failed:" << q.lastError().text();
        return false;
    }
    return true;
}

} // namespace

Profile CatalogStore::ensureProfile(const QString &name, const QString &serverUrl, const QString &environment,
                                    bool isProduction)
{
    if (auto existing = profile(name))
        return *existing;
    QSqlQuery q(m_db.sql());
    q.prepare(u"INSERT INTO profiles (name, server_url, environment, is_production) VALUES (?, ?, ?, ?)"_s);
    q.addBindValue(name);
    q.addBindValue(serverUrl);
    q.addBindValue(environment);
    q.addBindValue(isProduction ? 1 : 0);
    run(q);
    return profile(name).value_or(Profile{});
}

std::optional<Profile> CatalogStore::profile(const QString &name)
{
    QSqlQuery q(m_db.sql());
    q.prepare(u"SELECT id, name, server_url, environment, is_production FROM profiles WHERE name = ?"_s);
    q.addBindValue(name);
    if (!run(q) || !q.next())
        return std::nullopt;
    return Profile{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                   q.value(3).toString(), q.value(4).toInt() != 0};
}

QList<Profile> CatalogStore::profiles()
{
    QSqlQuery q(m_db.sql());
    q.prepare(u"SELECT id, name, server_url, environment, is_production FROM profiles ORDER BY name"_s);
    QList<Profile> out;
    if (run(q))
        while (q.next())
            out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString(), q.value(4).toInt() != 0});
    return out;
}

bool CatalogStore::updateProfile(const Profile &p)
{
    QSqlQuery q(m_db.sql());
    q.prepare(u"UPDATE profiles SET server_url = ?, environment = ?, is_production = ? WHERE id = ?"_s);
    q.addBindValue(p.serverUrl);
    q.addBindValue(p.environment);
    q.addBindValue(p.isProduction ? 1 : 0);
    q.addBindValue(p.id);
    return run(q);
}

void CatalogStore::replaceIntegrations(qint64 profileId, const QJsonArray &data)
{
    Transaction tx(m_db);
    QSqlQuery del(m_db.sql());
    del.prepare(u"DELETE FROM integrations WHERE profile_id = ?"_s);
    del.addBindValue(profileId);
    run(del);
    const QString fetched = now();
    for (const QJsonValue &v : data) {
        const QJsonObject o = v.toObject();
        QSqlQuery q(m_db.sql());
        q.prepare(
            u"INSERT OR REPLACE INTO integrations (profile_id, unique_key, provider, display_name, logo, "
            "created_at, updated_at, fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
        q.addBindValue(profileId);
        q.addBindValue(o.value(u"unique_key"_s).toString());
        q.addBindValue(o.value(u"provider"_s).toString());
        q.addBindValue(o.value(u"display_name"_s).toString());
        q.addBindValue(o.value(u"logo"_s).toString());
        q.addBindValue(o.value(u"created_at"_s).toString());
        q.addBindValue(o.value(u"updated_at"_s).toString());
        q.addBindValue(fetched);
        run(q);
    }
    tx.commit();
}

void CatalogStore::replaceConnections(qint64 profileId, const QJsonArray &connections)
{
    Transaction tx(m_db);
    QSqlQuery del(m_db.sql());
    del.prepare(u"DELETE FROM connections WHERE profile_id = ?"_s);
    del.addBindValue(profileId);
    run(del);
    const QString fetched = now();
    for (const QJsonValue &v : connections) {
        const QJsonObject o = v.toObject();
        QSqlQuery q(m_db.sql());
        // Credentials are never stored: the list endpoint has none, and we keep none.
        q.prepare(
            u"INSERT OR REPLACE INTO connections (profile_id, provider_config_key, connection_id, nango_id, "
            "provider, created, end_user_json, tags_json, errors_json, metadata_json, fetched_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        q.addBindValue(profileId);
        q.addBindValue(o.value(u"provider_config_key"_s).toString());
        q.addBindValue(o.value(u"connection_id"_s).toString());
        q.addBindValue(o.value(u"id"_s).toVariant());
        q.addBindValue(o.value(u"provider"_s).toString());
        q.addBindValue(o.value(u"created"_s).toString());
        q.addBindValue(toJson(o.value(u"end_user"_s)));
        q.addBindValue(toJson(o.value(u"tags"_s)));
        q.addBindValue(toJson(o.value(u"errors"_s)));
        q.addBindValue(toJson(o.value(u"metadata"_s)));
        q.addBindValue(fetched);
        run(q);
    }
    tx.commit();
}

void CatalogStore::upsertSyncStatus(qint64 profileId, const QString &integration, const QJsonObject &s)
{
    QSqlQuery q(m_db.sql());
    q.prepare(u"INSERT INTO syncs (profile_id, provider_config_key, connection_id, name, variant, sync_id, "
              "status, type, frequency, finished_at, next_scheduled_at, latest_result_json, "
              "latest_execution_status, record_count_json, checkpoint_json, models_json, fetched_at) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
              "ON CONFLICT (profile_id, provider_config_key, connection_id, name, variant) DO UPDATE SET "
              "sync_id = excluded.sync_id, status = excluded.status, type = excluded.type, "
              "frequency = excluded.frequency, "
              "finished_at = coalesce(excluded.finished_at, finished_at), "
              "next_scheduled_at = excluded.next_scheduled_at, "
              "latest_result_json = coalesce(excluded.latest_result_json, latest_result_json), "
              "latest_execution_status = excluded.latest_execution_status, "
              "record_count_json = excluded.record_count_json, checkpoint_json = excluded.checkpoint_json, "
              "models_json = excluded.models_json, fetched_at = excluded.fetched_at, "
              "nango_error = CASE WHEN excluded.status = 'SUCCESS' THEN NULL ELSE nango_error END, "
              "nango_error_at = CASE WHEN excluded.status = 'SUCCESS' THEN NULL ELSE nango_error_at END"_s);
    QJsonArray models;
    const QJsonObject counts = s.value(u"recordCount"_s).toObject();
    for (const QString &model : counts.keys())
        models.append(model);
    auto orNull = [](const QString &v) { return v.isEmpty() ? QVariant() : QVariant(v); };
    q.addBindValue(profileId);
    q.addBindValue(integration);
    q.addBindValue(s.value(u"connection_id"_s).toString());
    q.addBindValue(s.value(u"name"_s).toString());
    q.addBindValue(s.value(u"variant"_s).toString(u"base"_s));
    q.addBindValue(s.value(u"id"_s).toString());
    q.addBindValue(s.value(u"status"_s).toString());
    q.addBindValue(s.value(u"type"_s).toString());
    q.addBindValue(s.value(u"frequency"_s).toString());
    q.addBindValue(orNull(s.value(u"finishedAt"_s).toString()));
    q.addBindValue(s.value(u"nextScheduledSyncAt"_s).toString());
    q.addBindValue(orNull(toJson(s.value(u"latestResult"_s))));
    q.addBindValue(s.value(u"latestExecutionStatus"_s).toString());
    q.addBindValue(toJson(s.value(u"recordCount"_s)));
    q.addBindValue(toJson(s.value(u"checkpoint"_s)));
    q.addBindValue(toJson(models));
    q.addBindValue(now());
    run(q);
}

void CatalogStore::setNangoError(qint64 profileId, const QString &integration, const QString &connectionId,
                                 const QString &sync, const QString &variant, const QString &error)
{
    QSqlQuery q(m_db.sql());
    q.prepare(u"UPDATE syncs SET nango_error = ?, nango_error_at = ? WHERE profile_id = ? AND "
              "provider_config_key = ? AND connection_id = ? AND name = ? AND variant = ?"_s);
    q.addBindValue(error);
    q.addBindValue(now());
    q.addBindValue(profileId);
    q.addBindValue(integration);
    q.addBindValue(connectionId);
    q.addBindValue(sync);
    q.addBindValue(variant.isEmpty() ? u"base"_s : variant);
    run(q);
}

QList<IntegrationRow> CatalogStore::integrations(qint64 profileId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(u"SELECT unique_key, provider, display_name, fetched_at FROM integrations WHERE profile_id = ? "
              "ORDER BY unique_key"_s);
    q.addBindValue(profileId);
    QList<IntegrationRow> out;
    if (run(q))
        while (q.next())
            out.append(
                {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return out;
}

QList<ConnectionRow> CatalogStore::connections(qint64 profileId, const QString &integration)
{
    QSqlQuery q(m_db.sql());
    q.prepare(u"SELECT provider_config_key, connection_id, provider, created, end_user_json, tags_json, "
              u"errors_json, "
              "fetched_at FROM connections WHERE profile_id = ? AND (coalesce(?, '') = '' OR "
              "provider_config_key = ?) "
              "ORDER BY provider_config_key, connection_id"_s);
    q.addBindValue(profileId);
    q.addBindValue(integration);
    q.addBindValue(integration);
    QList<ConnectionRow> out;
    if (run(q))
        while (q.next())
            out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString(), fromJson(q.value(4).toString()),
                        fromJson(q.value(5).toString()).toObject(), fromJson(q.value(6).toString()).toArray(),
                        q.value(7).toString()});
    return out;
}

QList<SyncRow> CatalogStore::syncs(qint64 profileId, const QString &integration, const QString &connectionId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(
        u"SELECT provider_config_key, connection_id, name, variant, sync_id, status, type, frequency, "
        "finished_at, next_scheduled_at, latest_result_json, latest_execution_status, record_count_json, "
        "checkpoint_json, models_json, fetched_at, nango_error, nango_error_at FROM syncs WHERE profile_id = ? AND "
        "(coalesce(?, '') = '' OR provider_config_key = ?) AND (coalesce(?, '') = '' OR connection_id = ?) "
        "ORDER BY provider_config_key, connection_id, name, variant"_s);
    q.addBindValue(profileId);
    q.addBindValue(integration);
    q.addBindValue(integration);
    q.addBindValue(connectionId);
    q.addBindValue(connectionId);
    QList<SyncRow> out;
    if (!run(q))
        return out;
    while (q.next()) {
        SyncRow r;
        r.integration = q.value(0).toString();
        r.connectionId = q.value(1).toString();
        r.name = q.value(2).toString();
        r.variant = q.value(3).toString();
        r.syncId = q.value(4).toString();
        r.status = q.value(5).toString();
        r.type = q.value(6).toString();
        r.frequency = q.value(7).toString();
        r.finishedAt = q.value(8).toString();
        r.nextScheduledAt = q.value(9).toString();
        r.latestResult = fromJson(q.value(10).toString()).toObject();
        r.latestExecutionStatus = q.value(11).toString();
        r.recordCount = fromJson(q.value(12).toString()).toObject();
        r.checkpoint = fromJson(q.value(13).toString());
        for (const QJsonValue &m : fromJson(q.value(14).toString()).toArray())
            r.models.append(m.toString());
        r.fetchedAt = q.value(15).toString();
        r.nangoError = q.value(16).toString();
        r.nangoErrorAt = q.value(17).toString();
        out.append(r);
    }
    return out;
}

} // namespace nd
