#pragma once

// Compares one stream of the cache with nango-sim's ground truth: same ids, same metadata and
// cursor, same payload (compared as JSON values, so formatting cannot matter), nothing extra.

#include "cache/Sql.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace testsupport {

inline QString compareWithTruth(nd::SqlDb &db, qint64 streamId, const QHash<QString, QJsonObject> &truth)
{
    auto query = db.prepare("SELECT record_id, payload, last_modified_at, deleted_at, pruned_at, cursor, "
                            "last_action FROM records WHERE stream_id = ?1");
    nd::SqlQuery &q = *query;
    q.bind(1, streamId);
    QStringList problems;
    qsizetype seen = 0;
    while (q.step()) {
        ++seen;
        const QString id = q.text(0);
        const auto it = truth.constFind(id);
        if (it == truth.constEnd()) {
            problems << QStringLiteral("cache has %1, the server does not").arg(id);
            continue;
        }
        const QJsonObject server = it.value();
        const QJsonObject meta = server.value(QStringLiteral("_nango_metadata")).toObject();
        if (meta.value(QStringLiteral("last_modified_at")).toString() != q.text(2))
            problems << QStringLiteral("%1: last_modified_at %2 vs %3")
                            .arg(id, q.text(2), meta.value(QStringLiteral("last_modified_at")).toString());
        if (meta.value(QStringLiteral("deleted_at")).toString() != q.text(3))
            problems << QStringLiteral("%1: deleted_at differs").arg(id);
        if (meta.value(QStringLiteral("cursor")).toString() != q.text(5))
            problems << QStringLiteral("%1: cursor differs").arg(id);
        if (meta.value(QStringLiteral("last_action")).toString() != q.text(6))
            problems << QStringLiteral("%1: last_action %2 vs %3")
                            .arg(id, q.text(6), meta.value(QStringLiteral("last_action")).toString());
        const bool pruned = !meta.value(QStringLiteral("pruned_at")).isNull();
        if (pruned != !q.isNull(4))
            problems << QStringLiteral("%1: pruned flag differs").arg(id);
        if (!pruned && QJsonDocument::fromJson(q.bytes(1)).object() != server)
            problems << QStringLiteral("%1: payload differs").arg(id);
        if (problems.size() > 10)
            break;
    }
    if (seen != truth.size())
        problems << QStringLiteral("cache holds %1 records, the server %2").arg(seen).arg(truth.size());
    return problems.join(QStringLiteral("; "));
}

// The stored counts must equal what the rows say, whatever happened in between.
inline QString checkCounts(nd::SqlDb &db, qint64 streamId)
{
    auto query =
        db.prepare("SELECT s.live_count, s.deleted_count, s.pruned_count, "
                   "(SELECT count(*) FROM records r WHERE r.stream_id = s.id AND r.deleted_at IS NULL), "
                   "(SELECT count(*) FROM records r WHERE r.stream_id = s.id AND r.deleted_at IS NOT NULL), "
                   "(SELECT count(*) FROM records r WHERE r.stream_id = s.id AND r.pruned_at IS NOT NULL) "
                   "FROM streams s WHERE s.id = ?1");
    nd::SqlQuery &q = *query;
    q.bind(1, streamId);
    if (!q.step())
        return QStringLiteral("no stream %1").arg(streamId);
    if (q.int64(0) != q.int64(3) || q.int64(1) != q.int64(4) || q.int64(2) != q.int64(5))
        return QStringLiteral("counts live/deleted/pruned stored %1/%2/%3, actual %4/%5/%6")
            .arg(q.int64(0))
            .arg(q.int64(1))
            .arg(q.int64(2))
            .arg(q.int64(3))
            .arg(q.int64(4))
            .arg(q.int64(5));
    return {};
}

} // namespace testsupport
