#include "panels/ActivityPanel.h"

#include "AppContext.h"
#include "models/TableModel.h"
#include "panels/PanelUtil.h"
#include "widgets/WidgetUtil.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace nd {

using namespace Qt::StringLiterals;

ActivityPanel::ActivityPanel(AppContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new TableModel(this))
{
    m_model->setHeaders({tr("Time"), tr("Kind"), tr("Integration"), tr("Connection"), tr("Model"), tr("What"),
                         tr("Outcome")});
    m_proxy = sortedModel(m_model, this);
    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"activityKind"_s);
    m_kind->setAccessibleName(tr("Kind of activity"));
    m_kind->addItem(tr("Everything"), QString());
    m_kind->addItem(tr("Webhooks"), u"webhook"_s);
    m_kind->addItem(tr("Missed webhooks"), u"missed"_s);
    m_kind->addItem(tr("Pulls"), u"pull"_s);
    m_kind->addItem(tr("Admin actions"), u"admin"_s);
    m_kind->addItem(tr("Errors only"), u"errors"_s);
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"activitySearch"_s);
    m_search->setPlaceholderText(tr("Filter"));
    m_search->setClearButtonEnabled(true);
    auto *logs = new QPushButton(tr("Open logs in Nango"), this);
    logs->setObjectName(u"openLogs"_s);
    logs->setToolTip(
        tr("Nango keeps execution logs for 15 days in its dashboard; there is no public logs API."));
    filters->addWidget(m_kind);
    filters->addWidget(m_search, 1);
    filters->addWidget(logs);
    auto *replay = makeButton(this, u"replayWebhook"_s, tr("&Replay webhook"),
                              tr("Process the selected verified webhook again, as if Nango had just sent it "
                                 "(its pull runs)"));
    replay->setEnabled(false);
    filters->addWidget(replay);
    auto *view = makeTable(this, u"activityTable"_s, tr("Activity"));
    view->setModel(m_proxy);
    sortBy(view, 0, Qt::DescendingOrder); // the newest first
    fitColumnsOnFirstRows(view);
    layout->addWidget(
        new QLabel(tr("<b>Activity</b> — what Nango Desk received and did, kept locally."), this));
    layout->addLayout(filters);
    layout->addWidget(view, 1);
    m_message = new QLabel(this);
    m_message->setObjectName(u"activityMessage"_s);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ActivityPanel::rebuild);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(context, &AppContext::activityLoaded, this, &ActivityPanel::onActivity);
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, replay,
            [this, replay](const QModelIndex &current) {
                const QVariantList key =
                    m_proxy->data(m_proxy->index(current.row(), 0), TableModel::KeyRole).toList();
                replay->setEnabled(current.isValid() && key.value(1).toBool());
            });
    connect(replay, &QPushButton::clicked, this, [this, view]() {
        const QVariantList key =
            m_proxy->data(m_proxy->index(view->currentIndex().row(), 0), TableModel::KeyRole).toList();
        const qint64 id = key.value(0).toLongLong();
        if (id <= 0)
            return;
        const QPointer<QLabel> said(m_message);
        m_context->replayWebhook(id, [said, id](bool ok, const QString &message) {
            if (QLabel *label = said.data()) {
                label->setText(ok ? tr("Webhook #%1 replayed: what it asks for is queued.").arg(id)
                                  : message);
                label->setStyleSheet(ok ? QString() : u"color: #c62828;"_s);
            }
        });
    });
    connect(logs, &QPushButton::clicked, this, [this, view]() {
        const QModelIndex i = view->currentIndex();
        const QString integration = i.isValid() ? m_proxy->index(i.row(), 2).data().toString() : QString();
        const QString connection = i.isValid() ? m_proxy->index(i.row(), 3).data().toString() : QString();
        QDesktopServices::openUrl(dashboardLogsUrl(m_context->settings().serverUrl,
                                                   m_context->snapshot().profile.environment, integration,
                                                   connection));
    });
}

QUrl ActivityPanel::dashboardLogsUrl(const QString &serverUrl, const QString &environment,
                                     const QString &integration, const QString &connectionId)
{
    // Nango Cloud's dashboard is app.nango.dev; a self-hosted server serves it on the same host.
    QUrl base(serverUrl);
    QUrl url =
        base.host() == u"api.nango.dev" ? QUrl(u"https://app.nango.dev"_s) : base.adjusted(QUrl::RemovePath);
    url.setPath(u"/%1/logs"_s.arg(environment.isEmpty() ? u"dev"_s : environment));
    QUrlQuery q;
    if (!integration.isEmpty())
        q.addQueryItem(u"integrations"_s, integration);
    if (!connectionId.isEmpty())
        q.addQueryItem(u"connections"_s, connectionId);
    url.setQuery(q);
    return url;
}

void ActivityPanel::onActivity(const QList<ActivityItem> &items)
{
    m_items = items;
    rebuild();
}

void ActivityPanel::rebuild()
{
    const QString kind = m_kind->currentData().toString();
    QList<TableRow> rows;
    for (const ActivityItem &a : std::as_const(m_items)) {
        const bool missed = a.kind == u"webhook" && a.outcome == u"missed";
        if (kind == u"errors" ? !a.failed : kind == u"missed" ? !missed : (!kind.isEmpty() && a.kind != kind))
            continue;
        TableRow r;
        const QString kindLabel = a.kind == u"webhook" ? tr("webhook")
                                  : a.kind == u"pull"  ? tr("pull")
                                  : a.kind == u"admin" ? tr("admin action")
                                                       : a.kind;
        const QString model = a.variant.isEmpty() || a.variant == u"base"
                                  ? a.model
                                  : tr("%1 (variant %2)").arg(a.model, a.variant);
        r.cells = {shortTime(a.at), kindLabel, a.integration, a.connectionId, model, a.summary, a.outcome};
        r.tone = a.failed ? TableRow::Tone::Error : TableRow::Tone::Normal;
        // A webhook: its number and whether it can be replayed; else what makes the row itself.
        r.key = a.webhookId ? QVariant(QVariantList{a.webhookId, a.replayable})
                            : QVariant(QString(a.at + a.kind + a.summary));
        rows.append(r);
    }
    m_model->setRows(rows);
}

} // namespace nd
