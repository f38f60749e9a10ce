#include "widgets/HistoryTable.h"

#include "models/TableModel.h"
#include "panels/PanelUtil.h"
#include "widgets/WidgetUtil.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace nd {

HistoryTable::HistoryTable(const QString &objectPrefix, const QString &accessibleName,
                           const QStringList &headers, const QString &reuseText, const QString &reuseTip,
                           QWidget *parent)
    : QWidget(parent)
    , m_model(new TableModel(this))
    , m_side(new QVBoxLayout)
{
    m_model->setHeaders(headers);
    m_layout = new QHBoxLayout(this);
    m_layout->setContentsMargins({});
    m_view = makeTable(this, objectPrefix + u"History", accessibleName);
    m_proxy = sortedModel(m_model, this);
    m_view->setModel(m_proxy);
    m_view->sortByColumn(0, Qt::DescendingOrder); // the newest run first
    fitColumnsOnFirstRows(m_view);
    m_reuse = makeButton(this, objectPrefix + u"Reuse", reuseText, reuseTip);
    m_reuse->setEnabled(false);
    m_side->addStretch(1);
    m_side->addWidget(m_reuse, 0, Qt::AlignRight);
    m_layout->addWidget(m_view, 1);
    m_layout->addLayout(m_side, 0);
    connect(m_reuse, &QPushButton::clicked, this, &HistoryTable::reuseClicked);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this]() {
        m_reuse->setEnabled(selectedId() != 0);
        Q_EMIT selectionChanged();
    });
}

void HistoryTable::addBeside(QWidget *widget, int stretch)
{
    if (m_side->count() == 2 && m_side->itemAt(0)->spacerItem())
        delete m_side->takeAt(0); // the details fill the column now, the button below them
    m_side->insertWidget(m_side->count() - 1, widget, stretch);
    m_layout->setStretch(0, 3);
    m_layout->setStretch(1, 2);
}

void HistoryTable::setRows(QList<TableRow> rows)
{
    setRowsKeepingSelection(m_view, m_model, std::move(rows));
}

qint64 HistoryTable::selectedId() const
{
    return selectedKey(m_view).toLongLong();
}

void HistoryTable::clearSelection()
{
    m_view->clearSelection();
}

void HistoryTable::keepRowsVisible(int rows)
{
    m_view->setMinimumHeight(m_view->verticalHeader()->defaultSectionSize() * rows +
                             m_view->horizontalHeader()->sizeHint().height());
}

} // namespace nd
