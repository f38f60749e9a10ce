#include "models/TableModel.h"

#include <QBrush>
#include <QColor>
#include <QGuiApplication>
#include <QPalette>

namespace nd {

void TableModel::setHeaders(const QStringList &headers)
{
    beginResetModel();
    m_headers = headers;
    m_rows.clear();
    endResetModel();
}

void TableModel::setRows(QList<TableRow> rows)
{
    // Same shape: a data change keeps the selection and scroll position; otherwise a reset.
    if (rows.size() == m_rows.size() && !rows.isEmpty()) {
        bool sameKeys = true;
        for (qsizetype i = 0; i < rows.size() && sameKeys; ++i)
            sameKeys = rows.at(i).key == m_rows.at(i).key;
        if (sameKeys) {
            m_rows = std::move(rows);
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columnCount() - 1));
            return;
        }
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int TableModel::findKey(const QVariant &key) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).key == key)
            return int(i);
    return -1;
}

int TableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant TableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const TableRow &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        return r.cells.value(index.column());
    case Qt::ToolTipRole:
        return r.tooltip.isEmpty() ? QVariant() : QVariant(r.tooltip);
    case Qt::ForegroundRole:
        switch (r.tone) {
        case TableRow::Tone::Dim:
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        case TableRow::Tone::Error:
            return QBrush(QColor(0xc6, 0x28, 0x28));
        case TableRow::Tone::Warning:
            return QBrush(QColor(0xb2, 0x6a, 0x00));
        default:
            return {};
        }
    case KeyRole:
        return r.key;
    case ToneRole:
        return int(r.tone);
    }
    return {};
}

QVariant TableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return m_headers.value(section);
    return {};
}

} // namespace nd
