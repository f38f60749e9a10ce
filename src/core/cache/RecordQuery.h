#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QStringList>

namespace nd {

// What a person asks of one stream's cached records: the browser's view, an export, a CLI query.
// Plain data; each store turns it into its own SQL with bound values only.
struct RecordQuery
{
    enum class Sort { Modified, Id };
    qint64 streamId = 0;
    QString text;   // words anywhere in the payload's values
    QString action; // "", ADDED, UPDATED, DELETED
    bool includeDeleted = false;
    bool prunedOnly = false;
    qint64 modifiedSinceUs = 0;
    // Top-level field -> "contains", all of them required. A list, not a map: the order is the
    // person's, and the same field may be given twice.
    QList<QPair<QString, QString>> fieldFilters;
    Sort sort = Sort::Modified;
    bool descending = false;

    bool isUnfiltered() const
    {
        return text.isEmpty() && action.isEmpty() && !prunedOnly && modifiedSinceUs == 0 &&
               fieldFilters.isEmpty();
    }
    // The query without its sort, for comparing what two views select.
    bool sameSelection(const RecordQuery &o) const
    {
        return streamId == o.streamId && text == o.text && action == o.action &&
               includeDeleted == o.includeDeleted && prunedOnly == o.prunedOnly &&
               modifiedSinceUs == o.modifiedSinceUs && fieldFilters == o.fieldFilters;
    }
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
    QByteArray cursor;
};

// Where a block of rows starts: `offset` rows into the sorted selection. `after` (when set) is the
// row just before it, which turns the seek into a keyset one; `total` (0: unknown) lets a store read
// a block in the second half from the other end.
struct BlockRequest
{
    int offset = 0;
    int size = 200;
    bool hasAfter = false;
    RecordRow after;
    qint64 total = 0;
};

} // namespace nd

Q_DECLARE_METATYPE(nd::RecordQuery)
Q_DECLARE_METATYPE(nd::RecordRow)
