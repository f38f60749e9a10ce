#pragma once

#include <QVariant>
#include <QWidget>

class QPushButton;
class QSortFilterProxyModel;
class QHBoxLayout;
class QTableView;
class QVBoxLayout;

namespace nd {

class TableModel;
struct TableRow;

// The runs a write-back panel kept (actions, proxy requests): newest first, columns wide enough
// for what they hold, the chosen row kept when the rows are read again, and a button that puts
// the chosen run back in the form. Named `<prefix>History` and `<prefix>Reuse`.
class HistoryTable : public QWidget
{
    Q_OBJECT
public:
    HistoryTable(const QString &objectPrefix, const QString &accessibleName, const QStringList &headers,
                 const QString &reuseText, const QString &reuseTip, QWidget *parent = nullptr);

    // Rows keyed by their run's id (TableRow::key); the first column is that id.
    void setRows(QList<TableRow> rows);
    qint64 selectedId() const;
    void clearSelection();
    // Room for this many rows whatever the panes beside take.
    void keepRowsVisible(int rows);

    // A pane beside the table, above the button (the chosen run's details): the table then takes
    // three fifths of the width.
    void addBeside(QWidget *widget, int stretch = 0);

    TableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

Q_SIGNALS:
    void selectionChanged(); // the button is enabled by then
    void reuseClicked();

private:
    TableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QHBoxLayout *m_layout;
    QVBoxLayout *m_side;
    QPushButton *m_reuse;
};

} // namespace nd
