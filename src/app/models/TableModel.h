#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>
#include <QVariant>

namespace nd {

// A small read-only table (integrations, connections, syncs, history, activity: hundreds or
// thousands of rows, never a million). Rows are replaced whole when the cache is re-read.
struct TableRow
{
    QVariantList cells;
    QString tooltip;
    enum class Tone { Normal, Dim, Warning, Error, Good } tone = Tone::Normal;
    QVariant key; // what the row stands for (a stream id, a connection, ...)
};

class TableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { KeyRole = Qt::UserRole + 1, ToneRole, SortRole };
    using QAbstractTableModel::QAbstractTableModel;

    void setHeaders(const QStringList &headers);
    void setRows(QList<TableRow> rows);
    const TableRow &row(int i) const { return m_rows.at(i); }
    int findKey(const QVariant &key) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QList<TableRow> m_rows;
};

} // namespace nd
