#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace nd {

// What the records browser shows: one stream, filtered and sorted. Turned into SQL with bound
// values only (never string-built from user input).
struct RecordQuery
{
    enum class Sort { Modified, Id };
    qint64 streamId = 0;
    QString text;   // anywhere in the payload
    QString action; // "", ADDED, UPDATED, DELETED
    bool includeDeleted = false;
    bool prunedOnly = false;
    qint64 modifiedSinceUs = 0;
    QHash<QString, QString> columnFilters; // top-level field -> contains
    Sort sort = Sort::Modified;
    bool descending = false;
    bool useSearchIndex = false; // set by the loader when the stream is fully indexed

    bool isUnfiltered() const
    {
        return text.isEmpty() && action.isEmpty() && !prunedOnly && modifiedSinceUs == 0 &&
               columnFilters.isEmpty();
    }
    // The WHERE clause (without "WHERE") and its values, in order.
    QString where(QStringList *values) const;
    QString orderBy(bool reversed = false) const;
};

struct RecordRow
{
    QByteArray id;
    QByteArray payload; // the record's JSON as stored
    QString firstSeenAt;
    QString lastModifiedAt;
    qint64 lastModifiedUs = 0;
    QString lastAction;
    QString deletedAt;
    QString prunedAt;
};

} // namespace nd

Q_DECLARE_METATYPE(nd::RecordQuery)
Q_DECLARE_METATYPE(nd::RecordRow)
