#include "panels/RecordsPanel.h"

#include "AppContext.h"
#include "dialogs/ExportDialog.h"
#include "models/JsonTreeModel.h"
#include "models/RecordsModel.h"
#include "panels/FieldFilters.h"
#include "panels/PanelUtil.h"
#include "widgets/RecordHistoryView.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace nd {

using namespace Qt::StringLiterals;

RecordsPanel::RecordsPanel(AppContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new RecordsModel(context->recordsLoader(), this))
    , m_detail(new JsonTreeModel(this))
    , m_debounce(new QTimer(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &RecordsPanel::applyFilters);
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_stream = new QComboBox(this);
    m_stream->setObjectName(u"recordsStream"_s);
    m_stream->setAccessibleName(tr("Connection and model"));
    m_stream->setMinimumContentsLength(40);
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"recordsSearch"_s);
    m_search->setPlaceholderText(tr("Search in records (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search in records"));
    m_count = new QLabel(this);
    m_count->setObjectName(u"recordsCount"_s);
    auto *exportButton = new QPushButton(tr("&Export…"), this);
    exportButton->setObjectName(u"exportButton"_s);
    top->addWidget(m_stream, 2);
    top->addWidget(m_search, 3);
    top->addWidget(m_count);
    top->addWidget(exportButton);
    layout->addLayout(top);

    auto *filters = new QHBoxLayout;
    m_action = new QComboBox(this);
    m_action->setObjectName(u"recordsAction"_s);
    m_action->setAccessibleName(tr("Last action"));
    m_action->addItem(tr("Any last action"), QString());
    m_action->addItem(tr("Added"), u"ADDED"_s);
    m_action->addItem(tr("Updated"), u"UPDATED"_s);
    m_action->addItem(tr("Deleted"), u"DELETED"_s);
    m_deleted = new QCheckBox(tr("Show deleted"), this);
    m_deleted->setObjectName(u"recordsShowDeleted"_s);
    m_pruned = new QCheckBox(tr("Pruned only"), this);
    m_pruned->setObjectName(u"recordsPrunedOnly"_s);
    m_sinceEnabled = new QCheckBox(tr("Modified since"), this);
    m_sinceEnabled->setObjectName(u"recordsSinceEnabled"_s);
    m_since = new QDateTimeEdit(QDateTime::currentDateTime().addDays(-7), this);
    m_since->setObjectName(u"recordsSince"_s);
    m_since->setCalendarPopup(true);
    m_since->setEnabled(false);
    m_fieldFilters = new FieldFilters(this);
    m_fieldFilters->setObjectName(u"recordsFieldFilters"_s);
    m_sort = new QComboBox(this);
    m_sort->setObjectName(u"recordsSort"_s);
    m_sort->setAccessibleName(tr("Order"));
    m_sort->addItem(tr("Oldest change first"), 0);
    m_sort->addItem(tr("Newest change first"), 1);
    m_sort->addItem(tr("By id"), 2);
    filters->addWidget(m_action);
    filters->addWidget(m_deleted);
    filters->addWidget(m_pruned);
    filters->addWidget(m_sinceEnabled);
    filters->addWidget(m_since);
    filters->addWidget(m_fieldFilters, 1);
    filters->addWidget(m_sort);
    layout->addLayout(filters);

    auto *split = new QSplitter(Qt::Vertical, this);
    m_view = new QTableView(split);
    m_view->setObjectName(u"recordsTable"_s);
    m_view->setAccessibleName(tr("Records"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setDefaultSectionSize(150);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree = new QTreeView(split);
    m_tree->setObjectName(u"recordDetail"_s);
    m_tree->setAccessibleName(tr("Record detail"));
    m_tree->setModel(m_detail);
    m_tree->setAlternatingRowColors(true);
    setUpJsonTree(m_tree);
    m_detailTabs = new QTabWidget(split);
    m_detailTabs->setObjectName(u"recordDetailTabs"_s);
    m_detailTabs->addTab(m_tree, tr("Record"));
    m_history = new RecordHistoryView(m_detailTabs);
    m_history->setObjectName(u"recordHistory"_s);
    m_detailTabs->addTab(m_history, tr("History"));
    connect(m_history, &RecordHistoryView::showVersion, this,
            [this](const QByteArray &payload, const QString &caption) {
                m_detail->setJson(payload);
                showJsonTree(m_tree);
                m_detailTabs->setTabText(0, tr("Record — %1").arg(caption));
                m_detailTabs->setCurrentIndex(0);
            });
    connect(m_detailTabs, &QTabWidget::currentChanged, this, [this](int tab) {
        if (tab == 1)
            requestHistory();
    });
    connect(context->reader(), &CacheReader::recordHistoryLoaded, this,
            [this](qint64 streamId, const QString &recordId, const QList<RecordVersion> &versions) {
                m_history->setVersions(streamId, recordId, versions);
            });
    split->addWidget(m_view);
    split->addWidget(m_detailTabs);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    auto action = [this](const QString &text, const QKeySequence &keys, auto slot) {
        auto *a = new QAction(text, this);
        a->setShortcut(keys);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, slot);
        m_view->addAction(a);
        return a;
    };
    action(tr("Copy cell"), QKeySequence::Copy, [this]() { copyCell(); });
    action(tr("Copy row"), QKeySequence(u"Ctrl+Shift+C"_s), [this]() { copyRow(); });
    action(tr("Copy record as JSON"), QKeySequence(u"Ctrl+J"_s), [this]() { copyJson(); });
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, m_search, qOverload<>(&QLineEdit::setFocus));
    addAction(find);

    connect(m_stream, &QComboBox::currentIndexChanged, this, [this]() {
        m_streamId = m_stream->currentData().toLongLong();
        m_fieldFilters->clear();
        applyFilters();
    });
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &RecordsPanel::applyFilters); // Enter: at once
    connect(m_fieldFilters, &FieldFilters::changed, m_debounce, qOverload<>(&QTimer::start));
    for (QComboBox *c : {m_action, m_sort})
        connect(c, &QComboBox::currentIndexChanged, this, &RecordsPanel::applyFilters);
    for (QCheckBox *c : {m_deleted, m_pruned, m_sinceEnabled})
        connect(c, &QCheckBox::toggled, this, &RecordsPanel::applyFilters);
    connect(m_sinceEnabled, &QCheckBox::toggled, m_since, &QWidget::setEnabled);
    connect(m_since, &QDateTimeEdit::dateTimeChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &RecordsPanel::showDetail);
    connect(m_model, &RecordsModel::rowsArrived, this, &RecordsPanel::showDetail);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this]() {
        m_fieldFilters->setFields(m_model->payloadColumns());
        m_count->setText(tr("%L1 records").arg(m_model->totalCount()));
        m_count->setStyleSheet(QString());
    });
    // A read that failed is said where the count is (a cache gone, a damaged file, a server away).
    connect(m_model, &RecordsModel::loadFailed, this, [this](const QString &error) {
        m_count->setText(tr("Cannot read the records: %1").arg(error));
        m_count->setStyleSheet(u"color: #c62828;"_s);
        m_count->setToolTip(error);
    });
    connect(exportButton, &QPushButton::clicked, this, &RecordsPanel::exportRecords);
    connect(context, &AppContext::snapshotChanged, this, &RecordsPanel::reloadStreams);
    connect(context, &AppContext::pullFinished, this, [this](qint64 id, bool ok) {
        if (ok && id == m_streamId && m_view->verticalScrollBar()->value() == 0)
            applyFilters(); // new records at the top of an unscrolled view
    });
    reloadStreams();
}

void RecordsPanel::reloadStreams()
{
    const qint64 chosen = fillStreamCombo(m_stream, m_context->snapshot(), m_streamId);
    if (chosen != m_streamId && m_streamId == 0) {
        m_streamId = chosen;
        applyFilters();
    }
}

void RecordsPanel::showStream(qint64 streamId)
{
    m_streamId = streamId;
    const int i = m_stream->findData(streamId);
    if (i >= 0) {
        QSignalBlocker block(m_stream);
        m_stream->setCurrentIndex(i);
    }
    applyFilters();
}

void RecordsPanel::showDeleted(qint64 streamId)
{
    {
        QSignalBlocker deleted(m_deleted);
        QSignalBlocker action(m_action);
        m_deleted->setChecked(true);
        m_action->setCurrentIndex(std::max(0, m_action->findData(u"DELETED"_s)));
    }
    showStream(streamId);
}

RecordQuery RecordsPanel::currentQuery() const
{
    RecordQuery q;
    q.streamId = m_streamId;
    q.text = m_search->text().trimmed();
    q.action = m_action->currentData().toString();
    q.includeDeleted = m_deleted->isChecked();
    q.prunedOnly = m_pruned->isChecked();
    if (m_sinceEnabled->isChecked())
        q.modifiedSinceUs = m_since->dateTime().toMSecsSinceEpoch() * 1000;
    q.fieldFilters = m_fieldFilters->filters();
    const int sort = m_sort->currentData().toInt();
    q.sort = sort == 2 ? RecordQuery::Sort::Id : RecordQuery::Sort::Modified;
    q.descending = sort == 1;
    return q;
}

void RecordsPanel::applyFilters()
{
    m_debounce->stop(); // this query already has every change
    m_count->setText(tr("counting…"));
    m_count->setStyleSheet(QString());
    m_model->setQuery(currentQuery());
    m_detail->setJson({});
    m_history->setLoading(0, {}); // read again for the next record chosen (a pull may have changed it)
}

void RecordsPanel::showDetail()
{
    const QModelIndex i = m_view->currentIndex();
    if (!i.isValid())
        return;
    const QByteArray json = m_model->data(i, RecordsModel::RawJsonRole).toByteArray();
    if (json.isEmpty())
        return;
    m_detail->setJson(json);
    showJsonTree(m_tree);
    m_detailTabs->setTabText(0, tr("Record"));
    if (m_detailTabs->currentIndex() == 1)
        requestHistory();
}

void RecordsPanel::requestHistory()
{
    const QModelIndex i = m_view->currentIndex();
    const QString id = i.isValid() ? m_model->data(i, RecordsModel::RecordIdRole).toString() : QString();
    if (id.isEmpty() || (id == m_history->recordId() && m_streamId == m_history->streamId()))
        return;
    m_history->setLoading(m_streamId, id);
    m_context->reader()->requestRecordHistory(m_streamId, id);
}

void RecordsPanel::copyCell()
{
    const QModelIndex i = m_view->currentIndex();
    if (i.isValid())
        QApplication::clipboard()->setText(m_model->data(i).toString());
}

void RecordsPanel::copyRow()
{
    const QModelIndex i = m_view->currentIndex();
    if (!i.isValid())
        return;
    QStringList cells;
    for (int c = 0; c < m_model->columnCount(); ++c)
        cells << m_model->data(m_model->index(i.row(), c)).toString();
    QApplication::clipboard()->setText(cells.join(u'\t'));
}

void RecordsPanel::copyJson()
{
    const QModelIndex i = m_view->currentIndex();
    if (!i.isValid())
        return;
    const QJsonDocument doc =
        QJsonDocument::fromJson(m_model->data(i, RecordsModel::RawJsonRole).toByteArray());
    QApplication::clipboard()->setText(QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
}

void RecordsPanel::exportRecords()
{
    if (m_streamId == 0)
        return;
    ExportDialog::Counts counts;
    counts.view = m_model->totalCount();
    QString label = m_stream->currentText();
    for (const Stream &s : m_context->snapshot().streams) {
        if (s.id == m_streamId) {
            counts.live = s.liveCount;
            counts.deleted = s.deletedCount;
            label = describeStream(s.key); // without the record count the picker adds
        }
    }
    ExportDialog dialog(currentQuery(), counts, label, this);
    dialog.setCache(m_context->cacheLocation(), m_context->cachePassword());
    dialog.setObjectName(u"exportDialog"_s);
    dialog.exec();
}

} // namespace nd
