#include "models/RecordsModel.h"

#include "models/RecordsLoader.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPalette>

#include <algorithm>

namespace nd {

using namespace Qt::StringLiterals;

namespace {

const QStringList kMetaColumns = {u"last action"_s, u"last modified"_s, u"first seen"_s, u"deleted at"_s,
                                  u"pruned at"_s};

QString cell(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return v.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: {
        const double d = v.toDouble();
        return d == double(qint64(d)) && qAbs(d) < 1e15 ? QString::number(qint64(d))
                                                        : QString::number(d, 'g', 15);
    }
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

} // namespace

RecordsModel::RecordsModel(RecordsLoader *loader, QObject *parent, int blockSize)
    : QAbstractTableModel(parent)
    , m_loader(loader)
    , m_blockSize(blockSize)
{
    connect(loader, &RecordsLoader::blockReady, this, &RecordsModel::onBlock);
    connect(loader, &RecordsLoader::blockSkipped, this, [this](quint64 generation, int block) {
        if (generation != m_generation)
            return;
        m_requested.remove(block);
        // Still on screen? The view asks for its rows again when it repaints.
        if (!m_columns.isEmpty() && block * m_blockSize < rowCount())
            Q_EMIT dataChanged(
                index(std::min(block * m_blockSize, std::max(0, rowCount() - 1)), 0),
                index(std::min(block * m_blockSize + m_blockSize, rowCount()) - 1, columnCount() - 1));
    });
    connect(loader, &RecordsLoader::countReady, this, [this](quint64 generation, qint64 count) {
        if (generation == m_generation)
            countKnownNow(count);
    });
    connect(loader, &RecordsLoader::boundariesReady, this,
            [this](quint64 generation, const QList<RecordRow> &keys, qint64 count) {
                if (generation != m_generation)
                    return;
                m_boundaries = keys;
                countKnownNow(count); // the newer word when the counts kept at pull time came first
            });
    connect(loader, &RecordsLoader::columnsReady, this,
            [this](quint64 generation, const QStringList &columns) {
                if (generation != m_generation)
                    return;
                m_pendingColumns = columns;
                m_haveColumns = true;
                maybeShow();
            });
    connect(loader, &RecordsLoader::failed, this, [this](quint64 generation, const QString &error) {
        if (generation == m_generation)
            Q_EMIT loadFailed(error);
    });
}

void RecordsModel::clear()
{
    beginResetModel();
    m_generation = m_loader->newGeneration();
    m_query = {};
    m_blocks.clear();
    m_requested.clear();
    m_boundaries.clear();
    m_boundariesAsked = false;
    m_shown = false;
    m_columns.clear();
    m_count = 0;
    endResetModel();
}

void RecordsModel::setQuery(const RecordQuery &query)
{
    // A stream that had no records yet has only the id column: ask again once it has some.
    const bool sameStream = query.streamId == m_query.streamId && m_columns.size() > 1;
    beginResetModel();
    m_generation = m_loader->newGeneration();
    m_query = query;
    m_blocks.clear();
    m_requested.clear();
    m_boundaries.clear();
    m_boundariesAsked = false;
    m_shown = false;
    m_count = 0;
    m_haveCount = false;
    // Columns belong to the stream, not to the filter: keep them when only the filter changes.
    m_haveColumns = sameStream;
    m_pendingColumns = m_columns;
    if (!sameStream)
        m_columns.clear();
    endResetModel();
    if (query.streamId == 0)
        return;
    // The counts kept at pull time answer at once; a filtered view is counted by the boundaries'
    // pass, which runs after the first rows, so they are shown without waiting for it.
    if (query.isUnfiltered())
        m_loader->requestCount(m_generation, m_query);
    if (!sameStream)
        m_loader->requestColumns(m_generation, m_query);
    request(0);
    if (!query.isUnfiltered()) {
        m_boundariesAsked = true;
        m_loader->requestBoundaries(m_generation, m_query, m_blockSize);
    }
}

void RecordsModel::countKnownNow(qint64 count)
{
    const bool changed = !m_haveCount || count != m_pendingCount;
    m_pendingCount = count;
    m_haveCount = true;
    maybeShow();
    if (changed)
        Q_EMIT countKnown(count);
}

void RecordsModel::maybeShow()
{
    if (!m_haveColumns)
        return;
    const auto first = m_blocks.constFind(0);
    if (!m_shown) {
        if (!m_haveCount && first == m_blocks.constEnd())
            return;
        beginResetModel();
        m_columns = m_pendingColumns;
        m_count = m_haveCount ? m_pendingCount : first->rows.size();
        m_shown = true;
        endResetModel();
        return;
    }
    if (!m_haveCount || m_pendingCount == m_count)
        return;
    // The count came after the first rows (or changed): the rows after them join, or leave, at the
    // end, and the view keeps its place.
    const int now = rowCount();
    const int next = int(std::min<qint64>(m_pendingCount, std::numeric_limits<int>::max()));
    if (next > now) {
        beginInsertRows({}, now, next - 1);
        m_count = m_pendingCount;
        endInsertRows();
    } else if (next < now) {
        beginRemoveRows({}, next, now - 1);
        m_count = m_pendingCount;
        endRemoveRows();
    } else {
        m_count = m_pendingCount;
    }
}

int RecordsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(std::min<qint64>(m_count, std::numeric_limits<int>::max()));
}

int RecordsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_columns.isEmpty() ? 0 : int(m_columns.size() + kMetaColumns.size());
}

QString RecordsModel::columnName(int column) const
{
    if (column < m_columns.size())
        return m_columns.at(column);
    return kMetaColumns.value(column - m_columns.size());
}

QVariant RecordsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return columnName(section);
}

void RecordsModel::request(int block) const
{
    if (m_requested.contains(block) || m_query.streamId == 0)
        return;
    m_requested.insert(block);
    const auto previous = m_blocks.constFind(block - 1);
    const bool seek = previous != m_blocks.constEnd() && previous->rows.size() == m_blockSize;
    BlockRequest r;
    r.offset = block * m_blockSize;
    r.size = m_blockSize;
    if (seek) {
        r.hasAfter = true;
        r.after = previous->rows.constLast();
    } else if (block > 0 && block - 1 < m_boundaries.size()) {
        r.hasAfter = true;
        r.after = m_boundaries.at(block - 1);
    } else if (block > 0 && !m_boundariesAsked && !m_requested.contains(block - 1)) {
        // The first block far from the loaded ones: it goes by OFFSET while the boundaries are read.
        m_boundariesAsked = true;
        m_loader->requestBoundaries(m_generation, m_query, m_blockSize);
    }
    r.total = m_haveCount ? m_pendingCount : 0;
    m_loader->requestBlock(m_generation, m_query, block, r);
}

void RecordsModel::onBlock(quint64 generation, int block, const QList<RecordRow> &rows)
{
    if (generation != m_generation)
        return; // an answer to a query the user has already changed
    m_requested.remove(block);
    Block b;
    b.rows = rows;
    b.parsed.resize(rows.size());
    b.lastUse = ++m_useClock;
    m_blocks.insert(block, b);
    // Bounded: forget the least recently shown blocks.
    while (m_blocks.size() > kMaxBlocks) {
        auto oldest = m_blocks.begin();
        for (auto it = m_blocks.begin(); it != m_blocks.end(); ++it)
            if (it->lastUse < oldest->lastUse)
                oldest = it;
        m_blocks.erase(oldest);
    }
    if (!m_shown) {
        maybeShow(); // the first rows of a view not counted yet
        if (m_shown)
            Q_EMIT rowsArrived();
        return;
    }
    if (m_columns.isEmpty())
        return;
    const int first = block * m_blockSize;
    const int last = std::min<int>(first + int(rows.size()), rowCount()) - 1;
    if (last >= first)
        Q_EMIT dataChanged(index(first, 0), index(last, columnCount() - 1));
    Q_EMIT rowsArrived();
}

const RecordRow *RecordsModel::rowAt(int row) const
{
    const auto it = m_blocks.constFind(row / m_blockSize);
    if (it == m_blocks.constEnd()) {
        request(row / m_blockSize);
        return nullptr;
    }
    it->lastUse = ++m_useClock;
    const int i = row % m_blockSize;
    return i < it->rows.size() ? &it->rows.at(i) : nullptr;
}

QJsonObject RecordsModel::parsedAt(int row) const
{
    const auto it = m_blocks.constFind(row / m_blockSize);
    if (it == m_blocks.constEnd())
        return {};
    const int i = row % m_blockSize;
    if (i >= it->rows.size())
        return {};
    if (it->parsed[i].isEmpty())
        it->parsed[i] = QJsonDocument::fromJson(it->rows.at(i).payload).object();
    return it->parsed.at(i);
}

QByteArray RecordsModel::rawJson(int row) const
{
    const RecordRow *r = rowAt(row);
    return r ? r->payload : QByteArray();
}

QVariant RecordsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const RecordRow *r = rowAt(index.row());
    if (!r)
        return role == Qt::DisplayRole ? QVariant(u"…"_s) : QVariant();
    const int column = index.column();
    const bool deleted = !r->deletedAt.isEmpty();
    const bool pruned = !r->prunedAt.isEmpty();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: {
        if (column < m_columns.size()) {
            const QString name = m_columns.at(column);
            if (name == u"id")
                return QString::fromUtf8(r->id);
            return cell(parsedAt(index.row()).value(name));
        }
        switch (column - int(m_columns.size())) {
        case 0:
            return r->lastAction;
        case 1:
            return r->lastModifiedAt;
        case 2:
            return r->firstSeenAt;
        case 3:
            return r->deletedAt;
        case 4:
            return r->prunedAt;
        }
        return {};
    }
    case Qt::ToolTipRole:
        if (deleted)
            return tr("Deleted at the provider on %1 (a tombstone: Nango keeps the last payload).")
                .arg(r->deletedAt);
        if (pruned)
            return tr("Pruned by Nango on %1: Nango emptied its copy; this is the last payload Nango Desk "
                      "saw.")
                .arg(r->prunedAt);
        return {};
    case Qt::ForegroundRole:
        if (deleted)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::FontRole:
        if (deleted || (pruned && column < m_columns.size())) {
            QFont f;
            f.setItalic(true);
            f.setStrikeOut(deleted && column == 0);
            return f;
        }
        return {};
    case RawJsonRole:
        return r->payload;
    case RecordIdRole:
        return QString::fromUtf8(r->id);
    case DeletedRole:
        return deleted;
    case PrunedRole:
        return pruned;
    }
    return {};
}

} // namespace nd
