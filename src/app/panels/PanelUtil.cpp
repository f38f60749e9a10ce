#include "panels/PanelUtil.h"

#include "CacheReader.h"
#include "models/TableModel.h"

#include <QComboBox>
#include <QDateTime>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTreeView>

namespace nd {

using namespace Qt::StringLiterals;

QTableView *makeTable(QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setSortingEnabled(true);
    view->setWordWrap(false);
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return view;
}

QSortFilterProxyModel *sortedModel(QAbstractItemModel *source, QObject *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(source);
    proxy->setSortRole(TableModel::SortRole);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setFilterKeyColumn(-1);
    return proxy;
}

QVariant selectedKey(const QTableView *view)
{
    const QModelIndexList rows =
        view->selectionModel() ? view->selectionModel()->selectedRows() : QModelIndexList{};
    return rows.isEmpty() ? QVariant() : view->model()->data(rows.first(), TableModel::KeyRole);
}

void setRowsKeepingSelection(QTableView *view, TableModel *model, QList<TableRow> rows)
{
    const QVariant selected = selectedKey(view);
    model->setRows(std::move(rows));
    if (!selected.isValid())
        return;
    const int source = model->findKey(selected);
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(view->model());
    if (source >= 0)
        view->selectRow(proxy ? proxy->mapFromSource(model->index(source, 0)).row() : source);
}

void fitColumnsOnFirstRows(QTableView *view)
{
    auto fit = [view]() {
        if (view->model()->rowCount() == 0)
            return;
        if (view->property("columnsFitted").toBool()) {
            widenColumnsToFit(view); // later rows may be wider: widen, never narrow
            return;
        }
        view->setProperty("columnsFitted", true);
        view->resizeColumnsToContents();
        const QHeaderView *header = view->horizontalHeader();
        for (int c = 0; c < header->count(); ++c)
            view->setColumnWidth(c, std::min(view->columnWidth(c), 320));
    };
    QObject::connect(view->model(), &QAbstractItemModel::modelReset, view, fit);
    QObject::connect(view->model(), &QAbstractItemModel::rowsInserted, view, fit);
    QObject::connect(view->model(), &QAbstractItemModel::layoutChanged, view, fit);
    // Rows refreshed in place (a status that became "Retrying · retry in 30 s") may need more room.
    QObject::connect(view->model(), &QAbstractItemModel::dataChanged, view, fit);
    fit();
}

void widenColumnsToFit(QTableView *view)
{
    const QHeaderView *header = view->horizontalHeader();
    for (int c = 0; c + 1 < header->count(); ++c) {
        const int before = view->columnWidth(c);
        view->resizeColumnToContents(c);
        view->setColumnWidth(c, std::max(before, std::min(320, view->columnWidth(c))));
    }
}

QString ago(const QString &iso)
{
    if (iso.isEmpty())
        return QObject::tr("never");
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!t.isValid())
        return iso;
    const qint64 s = t.secsTo(QDateTime::currentDateTimeUtc());
    if (s < 60)
        return QObject::tr("%n s ago", nullptr, int(std::max<qint64>(0, s)));
    if (s < 3600)
        return QObject::tr("%n min ago", nullptr, int(s / 60));
    if (s < 86400)
        return QObject::tr("%n h ago", nullptr, int(s / 3600));
    return QObject::tr("%n days ago", nullptr, int(s / 86400));
}

QString shortTime(const QString &iso)
{
    if (iso.isEmpty())
        return {};
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return t.isValid() ? t.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s) : iso;
}

bool fillIntegrationCombo(QComboBox *combo, const CatalogSnapshot &snapshot)
{
    QStringList keys;
    for (const IntegrationRow &i : snapshot.integrations)
        keys << i.uniqueKey;
    QStringList shown;
    for (int i = 0; i < combo->count(); ++i)
        shown << combo->itemData(i).toString();
    if (keys == shown)
        return false;
    const QString current = combo->currentData().toString();
    const QSignalBlocker block(combo);
    combo->clear();
    for (const IntegrationRow &i : snapshot.integrations)
        combo->addItem(i.displayName.isEmpty() || i.displayName == i.uniqueKey
                           ? i.uniqueKey
                           : QObject::tr("%1 (%2)").arg(i.displayName, i.uniqueKey),
                       i.uniqueKey);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
    return true;
}

qint64 fillStreamCombo(QComboBox *combo, const CatalogSnapshot &snapshot, qint64 current)
{
    const QSignalBlocker block(combo);
    combo->clear();
    for (const Stream &s : snapshot.streams)
        combo->addItem(QObject::tr("%1 — %L2 records").arg(describeStream(s.key)).arg(s.liveCount), s.id);
    const int i = combo->findData(current);
    combo->setCurrentIndex(i >= 0 ? i : (combo->count() > 0 ? 0 : -1));
    return combo->currentIndex() >= 0 ? combo->currentData().toLongLong() : 0;
}

void setUpJsonTree(QTreeView *tree)
{
    QHeaderView *header = tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(0, QHeaderView::Interactive);
    header->setSectionResizeMode(1, QHeaderView::Stretch);
    header->setSectionResizeMode(2, QHeaderView::ResizeToContents);
}

void showJsonTree(QTreeView *tree)
{
    tree->expandToDepth(0);
    tree->resizeColumnToContents(0);
    const int half = std::max(120, tree->viewport()->width() / 2);
    if (tree->columnWidth(0) > half)
        tree->setColumnWidth(0, half);
}

void sortBy(QTableView *view, int column, Qt::SortOrder order)
{
    // Sorting is enabled before the model is set, which leaves the header showing Qt's default
    // (descending) over rows in the order they came: set both here.
    view->sortByColumn(column, order);
}

bool fillConnectionCombo(QComboBox *combo, const CatalogSnapshot &snapshot, const QString &integration)
{
    QStringList ids;
    for (const ConnectionRow &c : snapshot.connections)
        if (c.integration == integration)
            ids << c.connectionId;
    QStringList shown;
    for (int i = 0; i < combo->count(); ++i)
        shown << combo->itemText(i);
    if (ids == shown)
        return false;
    const QString current = combo->currentText();
    const QSignalBlocker block(combo);
    combo->clear();
    combo->addItems(ids);
    combo->setCurrentIndex(std::max(0, combo->findText(current)));
    return true;
}

} // namespace nd
