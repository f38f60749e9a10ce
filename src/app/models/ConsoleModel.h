#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>
#include <QVariant>

namespace nd {

// The SQL console's result: rows arrive a block at a time from ConsoleRunner, further blocks when
// the view scrolls near the end (canFetchMore/fetchMore ask through moreWanted). NULL is shown as
// a dim "NULL", numbers right-aligned, long text cut in the cell and whole in the tooltip.
class ConsoleModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    void reset(quint64 statement, const QStringList &columns);
    void clear();
    void append(quint64 statement, const QList<QVariantList> &rows, bool atEnd);
    // No more rows will come (cancelled, failed, or the statement was ended).
    void stop() { m_atEnd = true; }
    quint64 statement() const { return m_statement; }
    bool atEnd() const { return m_atEnd; }
    QVariant value(int row, int column) const { return m_rows.at(row).value(column); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void moreWanted(quint64 statement);

private:
    quint64 m_statement = 0;
    QStringList m_columns;
    QList<QVariantList> m_rows;
    bool m_atEnd = true;
    bool m_fetching = false;
};

} // namespace nd
