#include "panels/ConnectionsPanel.h"

#include "AppContext.h"
#include "dialogs/WebhookRouteDialog.h"
#include "models/TableModel.h"
#include "panels/PanelUtil.h"
#include "status/SyncSummary.h"
#include "widgets/WidgetUtil.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace nd {

using namespace Qt::StringLiterals;

ConnectionsPanel::ConnectionsPanel(AppContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new TableModel(this))
{
    m_model->setHeaders({tr("Connection"), tr("Integration"), tr("Provider"), tr("Customer"), tr("State"),
                         tr("Created"), tr("Webhooks")});
    m_proxy = sortedModel(m_model, this);
    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"connectionSearch"_s);
    m_search->setPlaceholderText(tr("Search connection id, customer name or email"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search connections"));
    m_integration = new QComboBox(this);
    m_integration->setObjectName(u"connectionIntegrationFilter"_s);
    m_integration->setAccessibleName(tr("Filter by integration"));
    m_state = new QComboBox(this);
    m_state->setObjectName(u"connectionStateFilter"_s);
    m_state->setAccessibleName(tr("Filter by state"));
    m_state->addItem(tr("All states"), int(State::Any));
    m_state->addItem(tr("OK"), int(State::Ok));
    m_state->addItem(tr("Auth error"), int(State::AuthError));
    m_state->addItem(tr("Sync error"), int(State::SyncError));
    m_state->addItem(tr("Paused syncs"), int(State::Paused));
    filters->addWidget(m_search, 1);
    filters->addWidget(m_integration);
    filters->addWidget(m_state);
    auto *view = makeTable(this, u"connectionsTable"_s, tr("Connections"));
    m_view = view;
    view->setModel(m_proxy);
    sortBy(view, 0, Qt::AscendingOrder);
    fitColumnsOnFirstRows(view);
    layout->addWidget(new QLabel(tr("<b>Connections</b> — one customer's account at one provider. "
                                    "Double-click one to see its syncs."),
                                 this));
    auto *route =
        makeButton(this, u"routeWebhooks"_s, tr("Route &webhooks…"),
                   tr("Where Nango sends the selected connection's webhooks: the environment's URLs, "
                      "or a tunnel to this desktop"));
    route->setEnabled(false);
    filters->addWidget(route);
    layout->addLayout(filters);
    layout->addWidget(view);
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, route,
            [route](const QModelIndex &current) { route->setEnabled(current.isValid()); });
    connect(route, &QPushButton::clicked, this, [this]() {
        const QModelIndex current = m_view->currentIndex();
        const QStringList key =
            m_proxy->data(m_proxy->index(current.row(), 0), TableModel::KeyRole).toStringList();
        if (key.size() != 2)
            return;
        auto *dialog = new WebhookRouteDialog(m_context, key.at(0), key.at(1), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_search, &QLineEdit::textChanged, this, &ConnectionsPanel::reload);
    connect(m_integration, &QComboBox::currentIndexChanged, this, &ConnectionsPanel::reload);
    connect(m_state, &QComboBox::currentIndexChanged, this, &ConnectionsPanel::reload);
    connect(view, &QTableView::activated, this, [this](const QModelIndex &i) {
        const QStringList key = m_proxy->data(m_proxy->index(i.row(), 0), TableModel::KeyRole).toStringList();
        if (key.size() == 2)
            Q_EMIT openSyncs(key.at(0), key.at(1));
    });
    connect(context, &AppContext::snapshotChanged, this, &ConnectionsPanel::reload);
    connect(context, &AppContext::statusesChanged, this, &ConnectionsPanel::reload);
    reload();
}

void ConnectionsPanel::showIntegration(const QString &integration)
{
    const int i = m_integration->findData(integration);
    m_integration->setCurrentIndex(i < 0 ? 0 : i);
}

void ConnectionsPanel::reload()
{
    const CatalogSnapshot &s = m_context->snapshot();
    // Keep the integration filter's choices in step with the catalog.
    const QString chosen = m_integration->currentData().toString();
    QStringList keys;
    for (const IntegrationRow &i : s.integrations)
        keys.append(i.uniqueKey);
    if (m_integration->count() != keys.size() + 1) {
        QSignalBlocker block(m_integration);
        m_integration->clear();
        m_integration->addItem(tr("All integrations"), QString());
        for (const QString &k : std::as_const(keys))
            m_integration->addItem(k, k);
        m_integration->setCurrentIndex(std::max(0, m_integration->findData(chosen)));
    }
    const QString integration = m_integration->currentData().toString();
    const auto state = State(m_state->currentData().toInt());
    const QString search = m_search->text().trimmed();
    QList<TableRow> rows;
    for (const ConnectionRow &c : s.connections) {
        if (!integration.isEmpty() && c.integration != integration)
            continue;
        const ConnectionSummary sum = Status::summarize(c, s.syncs, m_context->statuses());
        const bool authError = sum.authError;
        const bool syncError = sum.syncError;
        const bool pullFailing = sum.pullFailing;
        const bool paused = sum.paused();
        const int syncs = sum.syncs;
        const int pausedSyncs = sum.pausedSyncs;
        const bool ok = sum.ok();
        if ((state == State::Ok && !ok) || (state == State::AuthError && !authError) ||
            (state == State::SyncError && !syncError) || (state == State::Paused && pausedSyncs == 0))
            continue;
        const QJsonObject endUser = c.endUser.toObject();
        const QString customer = endUser.isEmpty()
                                     ? QString()
                                     : u"%1 <%2>"_s.arg(endUser.value(u"display_name"_s).toString(),
                                                        endUser.value(u"email"_s).toString());
        if (!search.isEmpty() && !c.connectionId.contains(search, Qt::CaseInsensitive) &&
            !customer.contains(search, Qt::CaseInsensitive))
            continue;
        QStringList states;
        if (authError)
            states << tr("auth error");
        if (syncError)
            states << tr("sync error");
        if (pullFailing)
            states << tr("pulls failing");
        if (paused)
            states << tr("paused");
        else if (pausedSyncs > 0)
            states << tr("%1 of %2 syncs paused").arg(pausedSyncs).arg(syncs);
        if (c.missedWebhooks > 0)
            states << tr("%n missed webhook(s)", nullptr, c.missedWebhooks);
        TableRow r;
        r.cells = {c.connectionId,
                   c.integration,
                   c.provider,
                   customer,
                   states.isEmpty() ? tr("OK") : states.join(u", "_s),
                   shortTime(c.created),
                   c.webhookRoute.isEmpty() ? QString()
                                            : tr("routed to %1").arg(QUrl(c.webhookRoute).host())};
        r.tone = authError || syncError || pullFailing ? TableRow::Tone::Error
                 : paused                              ? TableRow::Tone::Dim
                 : c.missedWebhooks > 0                ? TableRow::Tone::Warning
                                                       : TableRow::Tone::Normal;
        r.key = QStringList{c.integration, c.connectionId};
        if (authError)
            r.tooltip = tr("Nango reports an authorization problem: the customer must reconnect.");
        else if (c.missedWebhooks > 0)
            r.tooltip =
                tr("Nango finished runs whose webhooks never came: Activity > Missed webhooks says which.");
        if (!c.webhookRoute.isEmpty())
            r.tooltip =
                (r.tooltip.isEmpty() ? QString() : r.tooltip + u"\n"_s) +
                tr("Nango sends this connection's webhooks to %1 only (set from Nango Desk %2). Route "
                   "webhooks… shows what Nango has now.")
                    .arg(c.webhookRoute, shortTime(c.webhookRoutedAt));
        rows.append(r);
    }
    setRowsKeepingSelection(m_view, m_model, rows);
}

} // namespace nd
