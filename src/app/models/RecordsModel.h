#pragma once

#include "cache/RecordQuery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

namespace nd {

class RecordsLoader;

// The records of one stream over the cache: rows arrive in blocks from a worker, a bounded LRU of
// blocks keeps memory flat at any model size, and answers for an older query are dropped by
// generation number. Every block is a keyset seek: from the block before it when that is loaded,
// otherwise from the block boundaries read in one pass over the order index (an OFFSET from the
// nearer end only until they come). They are read for a filtered view at once (the same pass counts
// it) and for the whole stream when a block far from the loaded ones is first asked for, so a view
// nobody scrolls far costs no pass. The first rows are shown before a filtered view is counted; the
// rest of the rows join when the count comes.
class RecordsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int kBlockSize = 200;
    static constexpr int kMaxBlocks = 40;
    enum Role { RawJsonRole = Qt::UserRole + 1, RecordIdRole, DeletedRole, PrunedRole };

    // `blockSize`: rows a block holds (smaller in tests, so a small stream has far blocks).
    explicit RecordsModel(RecordsLoader *loader, QObject *parent = nullptr, int blockSize = kBlockSize);

    void setQuery(const RecordQuery &query);
    const RecordQuery &query() const { return m_query; }
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QStringList payloadColumns() const { return m_columns; }
    QString columnName(int column) const;
    bool isPayloadColumn(int column) const { return column < m_columns.size(); }
    qint64 totalCount() const { return m_count; }
    bool isLoaded(int row) const { return m_blocks.contains(row / m_blockSize); }
    int cachedBlocks() const { return int(m_blocks.size()); }
    // Blocks whose start is known by key (0 until the boundaries' pass has answered).
    int knownBoundaries() const { return int(m_boundaries.size()); }
    QByteArray rawJson(int row) const;

Q_SIGNALS:
    void countKnown(qint64 count);
    void rowsArrived();
    void loadFailed(const QString &error);

private:
    struct Block
    {
        QList<RecordRow> rows;
        mutable QList<QJsonObject> parsed; // parsed on first display
        mutable qint64 lastUse = 0;
    };
    void maybeShow();
    void countKnownNow(qint64 count);
    void request(int block) const;
    void onBlock(quint64 generation, int block, const QList<RecordRow> &rows);
    const RecordRow *rowAt(int row) const;
    QJsonObject parsedAt(int row) const;

    RecordsLoader *m_loader;
    const int m_blockSize;
    RecordQuery m_query;
    quint64 m_generation = 0;
    bool m_haveColumns = false;
    bool m_haveCount = false;
    QStringList m_columns;
    QStringList m_pendingColumns;
    qint64 m_count = 0;
    qint64 m_pendingCount = 0;
    bool m_shown = false;          // reset with this query's columns (and its count, or first rows)
    QList<RecordRow> m_boundaries; // the key of the last row of block 0, 1, …
    mutable bool m_boundariesAsked = false;
    mutable QHash<int, Block> m_blocks;
    mutable QSet<int> m_requested;
    mutable qint64 m_useClock = 0;
};

} // namespace nd
