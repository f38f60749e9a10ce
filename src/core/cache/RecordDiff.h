#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace nd {

// What changed between two versions of a record's payload, field by field, as one JSON object:
//   {"email": {"old": "a@x", "new": "b@x"}, "address.city": {"old": "Bonn", "new": "Berlin"},
//    "tags[1]": {"old": "p1", "new": "p2"}, "phone": {"new": "+1"}, "fax": {"old": "+2"}}
// A path names a field through objects (dots) and arrays of the same length (indexes); an array
// whose length changed is one change of the whole array. "old" is left out for a field that was
// added, "new" for one that was removed. `_nango_metadata` is left out (it changes with every
// version; the version's own columns say when, how and with which cursor). In a key, the
// characters . [ ] and \ are escaped with a backslash.
class RecordDiff
{
public:
    // The changes from `before` to `after` (JSON texts); "{}" when the fields are the same, an empty
    // array when either is not a JSON object.
    static QByteArray changes(QByteArrayView before, QByteArrayView after);
    // `after` with every change's old value put back: the payload as it was before them.
    static QJsonObject undo(const QJsonObject &after, const QJsonObject &changes);
    // A path's steps: keys (strings) and indexes (numbers).
    static QList<QJsonValue> steps(const QString &path);
};

} // namespace nd
