#pragma once

#include <QString>

class QObject;
class QTableView;
class QWidget;
class QAbstractItemModel;
class QSortFilterProxyModel;

namespace nd {

// A table view set up the same way everywhere: rows selected whole, sortable, keyboard friendly.
QTableView *makeTable(QWidget *parent, const QString &objectName, const QString &accessibleName);
QSortFilterProxyModel *sortedModel(QAbstractItemModel *source, QObject *parent);
// "3 min ago" for an ISO timestamp of the cache.
QString ago(const QString &iso);
QString shortTime(const QString &iso);

} // namespace nd
