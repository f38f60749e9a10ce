#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace nd {

// What changed between two versions of a record's payload, field by field. Stored as what undoes
// it: each changed path with its old value in a one-element array (an empty array: the field was
// not there before), since the new values are the next version's own:
//   {"email": ["a@x"], "address.city": ["Bonn"], "tags[1]": ["p1"], "phone": []}
// and shown with both sides (describe()):
//   {"email": {"old": "a@x", "new": "b@x"}, ..., "phone": {"new": "+1"}, "fax": {"old": "+2"}}
// A path names a field through objects (dots) and arrays of the same length (indexes); an array
// whose length changed is one change of the whole array. "old" is left out for a field that was
// added, "new" for one that was removed. `_nango_metadata` is left out (it changes with every
// version; the version's own columns say when, how and with which cursor). In a key, the
// characters . [ ] and \ are escaped with a backslash.
class RecordDiff
{
public:
    // The changes from `before` to `after` (JSON texts) as their undo; "{}" when the fields are the
    // same, empty when either is not a JSON object.
    static QByteArray changes(QByteArrayView before, QByteArrayView after);
    // `after` with every change undone: the payload as it was before them.
    static QJsonObject undo(const QJsonObject &after, const QJsonObject &changes);
    // The changes with both sides, the new values read from `after`.
    static QJsonObject describe(const QJsonObject &changes, const QJsonObject &after);
    // The value at a path (undefined when there is none).
    static QJsonValue valueAt(const QJsonObject &payload, const QString &path);
    // A path's steps: keys (strings) and indexes (numbers).
    static QList<QJsonValue> steps(const QString &path);
};

} // namespace nd
