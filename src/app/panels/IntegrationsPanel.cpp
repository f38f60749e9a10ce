#include "panels/IntegrationsPanel.h"

#include "AppContext.h"
#include "models/TableModel.h"
#include "panels/PanelUtil.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace nd {

IntegrationsPanel::IntegrationsPanel(AppContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new TableModel(this))
{
    m_model->setHeaders({tr("Key"), tr("Provider"), tr("Display name"), tr("Connections"), tr("Fetched")});
    m_proxy = sortedModel(m_model, this);
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("<b>Integrations</b> — the providers this environment is set up for. "
                                "Double-click one to see its connections."),
                             this);
    title->setWordWrap(true);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("integrationSearch"));
    m_search->setPlaceholderText(tr("Search integrations"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search integrations"));
    auto *view = makeTable(this, QStringLiteral("integrationsTable"), tr("Integrations"));
    view->setModel(m_proxy);
    sortBy(view, 0, Qt::AscendingOrder);
    fitColumnsOnFirstRows(view);
    layout->addWidget(title);
    layout->addWidget(m_search);
    layout->addWidget(view);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(view, &QTableView::activated, this, [this](const QModelIndex &i) {
        Q_EMIT openConnections(m_proxy->data(m_proxy->index(i.row(), 0)).toString());
    });
    connect(context, &AppContext::snapshotChanged, this, &IntegrationsPanel::reload);
    reload();
}

void IntegrationsPanel::reload()
{
    const CatalogSnapshot &s = m_context->snapshot();
    QList<TableRow> rows;
    for (const IntegrationRow &i : s.integrations) {
        TableRow r;
        r.cells = {i.uniqueKey, i.provider, i.displayName, s.connectionCounts.value(i.uniqueKey),
                   ago(i.fetchedAt)};
        r.key = i.uniqueKey;
        rows.append(r);
    }
    m_model->setRows(rows);
}

} // namespace nd
