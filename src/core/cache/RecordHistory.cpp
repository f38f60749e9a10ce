#include "cache/RecordHistory.h"

#include "cache/RecordDiff.h"
#include "util/Timestamp.h"

#include <QJsonDocument>

namespace nd {

QList<RecordVersion> RecordHistory::build(const QList<StoredVersion> &steps, const RecordVersion &current)
{
    QList<RecordVersion> out(steps.size() + 1);
    out.last() = current;
    out.last().current = true;
    QJsonObject state = QJsonDocument::fromJson(current.payload).object();
    // From the newest step back: step i is version i, and its changes lead to version i + 1.
    for (qsizetype i = steps.size() - 1; i >= 0; --i) {
        const StoredVersion &s = steps.at(i);
        RecordVersion &v = out[i];
        v.lastModifiedUs = s.modifiedUs;
        v.lastModifiedAt = QString::fromLatin1(Timestamp::toIsoMicros(s.modifiedUs));
        v.lastAction = s.action;
        v.cursor = s.cursor;
        v.generation = s.generation;
        const QJsonObject changes = QJsonDocument::fromJson(s.changes).object();
        out[i + 1].changes = RecordDiff::describe(changes, state);
        if (!s.payload.isNull())
            state = QJsonDocument::fromJson(s.payload).object();
        else
            state = RecordDiff::undo(state, changes);
        // The fields came back; the metadata says this version's own when, how and cursor.
        QJsonObject shown = state;
        if (shown.contains(QLatin1String("_nango_metadata"))) {
            QJsonObject meta = shown.value(QLatin1String("_nango_metadata")).toObject();
            meta.insert(QLatin1String("last_modified_at"), v.lastModifiedAt);
            meta.insert(QLatin1String("last_action"), v.lastAction);
            meta.insert(QLatin1String("cursor"), QString::fromLatin1(v.cursor));
            if (v.lastAction != QLatin1String("DELETED"))
                meta.insert(QLatin1String("deleted_at"), QJsonValue::Null);
            shown.insert(QLatin1String("_nango_metadata"), meta);
        }
        v.payload = QJsonDocument(shown).toJson(QJsonDocument::Compact);
    }
    return out;
}

} // namespace nd
