#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace nd {

// One version of a record, as the cache knows it: when Nango last modified it, how (ADDED, UPDATED,
// DELETED), with which cursor and in which cache generation; the fields that changed from the
// version before (RecordDiff's object: path → {"old", "new"}), and the whole payload as it was.
struct RecordVersion
{
    QString lastModifiedAt; // ISO 8601
    qint64 lastModifiedUs = 0;
    QString lastAction;
    QByteArray cursor;
    qint64 generation = 0;
    QJsonObject changes; // empty for the first version known, and for a deletion
    QByteArray payload;  // the record as it was at this version
    bool current = false;
};

// A stored step of a record's history (record_versions): an earlier version's own facts, what
// changed from it to the next version, and its whole payload when the next is a deletion (Nango's
// tombstone carries only the id, so the last full payload lives here).
struct StoredVersion
{
    qint64 modifiedUs = 0;
    QString action;
    QByteArray cursor;
    qint64 generation = 0;
    QByteArray changes; // RecordDiff's undo of the change to the next version; null: the next is a deletion
    QByteArray payload; // null unless kept whole
};

class RecordHistory
{
public:
    // The versions, oldest first, from the stored steps (oldest first) and the record as it is now:
    // each payload is rebuilt from the newest backwards by putting back the changes' old values.
    static QList<RecordVersion> build(const QList<StoredVersion> &steps, const RecordVersion &current);
};

} // namespace nd

Q_DECLARE_METATYPE(nd::RecordVersion)
