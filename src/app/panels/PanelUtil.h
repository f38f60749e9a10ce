#pragma once

#include <QString>
#include <Qt>

class QComboBox;
class QObject;
class QTableView;
class QTreeView;
class QWidget;
class QAbstractItemModel;
class QSortFilterProxyModel;
class QVariant;

namespace nd {

class TableModel;
struct TableRow;

struct CatalogSnapshot;

// A table view set up the same way everywhere: rows selected whole, sortable, keyboard friendly.
QTableView *makeTable(QWidget *parent, const QString &objectName, const QString &accessibleName);
QSortFilterProxyModel *sortedModel(QAbstractItemModel *source, QObject *parent);
// The key (TableModel::KeyRole) of the selected row of a view over a TableModel, or an invalid value.
QVariant selectedKey(const QTableView *view);
// Replaces the rows of a view's TableModel and keeps the same row (by key) selected.
void setRowsKeepingSelection(QTableView *view, TableModel *model, QList<TableRow> rows);
// Sizes the columns to their contents (capped) the first time the view's model has rows, and
// widens them when later rows need more.
void fitColumnsOnFirstRows(QTableView *view);
// Widens (never narrows) the columns whose cells have grown since they were sized, up to a cap:
// a status that became "Retrying · retry in 30 s" is read whole.
void widenColumnsToFit(QTableView *view);
// "3 min ago" for an ISO timestamp of the cache.
QString ago(const QString &iso);
QString shortTime(const QString &iso);
// The snapshot's integrations (data: the unique key) and one integration's connections (text: the
// id), keeping the current choice; true when the list changed.
bool fillIntegrationCombo(QComboBox *combo, const CatalogSnapshot &snapshot);
bool fillConnectionCombo(QComboBox *combo, const CatalogSnapshot &snapshot, const QString &integration);
// Every stream (data: its id), labelled "integration / connection / model (variant) — N records";
// keeps `current` chosen when it is still there. Returns the stream now chosen (0: none).
qint64 fillStreamCombo(QComboBox *combo, const CatalogSnapshot &snapshot, qint64 current);
// A JSON tree (key, value, type): the value takes the width the key and the type leave.
void setUpJsonTree(QTreeView *tree);
// A JSON tree just filled: its first level open and the names whole (at most half the width).
void showJsonTree(QTreeView *tree);
// Sorts the view by a column and shows it in the header (the indicator matches the rows).
void sortBy(QTableView *view, int column, Qt::SortOrder order);

} // namespace nd
