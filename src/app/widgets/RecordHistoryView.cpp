#include "widgets/RecordHistoryView.h"

#include "models/TableModel.h"
#include "panels/PanelUtil.h"
#include "widgets/WidgetUtil.h"

#include <QDateTime>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace nd {

using namespace Qt::StringLiterals;

namespace {

QString jsonText(const QJsonValue &v)
{
    if (v.isUndefined())
        return {};
    const QString text = QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
    return text.mid(1, text.size() - 2);
}

// Local time to the millisecond: versions a pull apart can be a second apart or less.
QString when(const QString &iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return t.isValid() ? t.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s) : iso;
}

} // namespace

RecordHistoryView::RecordHistoryView(QWidget *parent)
    : QWidget(parent)
    , m_versionsModel(new TableModel(this))
    , m_changesModel(new TableModel(this))
{
    m_versionsModel->setHeaders({tr("Modified"), tr("Action"), tr("Changed fields")});
    m_changesModel->setHeaders({tr("Field"), tr("Old"), tr("New")});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_note = new QLabel(this);
    m_note->setObjectName(u"recordHistoryNote"_s);
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
    auto *split = new QSplitter(Qt::Horizontal, this);
    m_versionsView = makeTable(split, u"recordVersions"_s, tr("Versions"));
    m_versionsView->setSortingEnabled(false); // newest first, as kept
    m_versionsView->setModel(m_versionsModel);
    m_changesView = makeTable(split, u"recordChanges"_s, tr("Changed fields"));
    m_changesView->setModel(m_changesModel);
    split->addWidget(m_versionsView);
    split->addWidget(m_changesView);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);
    m_show = makeButton(this, u"showRecordVersion"_s, tr("Show the record as it &was"),
                        tr("Show the whole record as it was at the chosen version"));
    m_show->setEnabled(false);
    layout->addWidget(m_show, 0, Qt::AlignLeft);
    connect(m_versionsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RecordHistoryView::onVersionChosen);
    connect(m_show, &QPushButton::clicked, this, [this]() {
        const int row = m_versionsView->currentIndex().row();
        if (row < 0 || row >= m_list.size())
            return;
        const RecordVersion &v = m_list.at(row);
        Q_EMIT showVersion(v.payload, v.current
                                          ? tr("now")
                                          : tr("as it was at %1 (%2)").arg(v.lastModifiedAt, v.lastAction));
    });
}

void RecordHistoryView::setLoading(qint64 streamId, const QString &recordId)
{
    m_streamId = streamId;
    m_recordId = recordId;
    m_list.clear();
    m_versionsModel->setRows({});
    m_changesModel->setRows({});
    m_show->setEnabled(false);
    m_note->setText(recordId.isEmpty() ? QString() : tr("Reading the history of %1…").arg(recordId));
}

void RecordHistoryView::setVersions(qint64 streamId, const QString &recordId,
                                    const QList<RecordVersion> &versions)
{
    if (streamId != m_streamId || recordId != m_recordId)
        return; // another record was chosen meanwhile
    m_list = versions;
    std::reverse(m_list.begin(), m_list.end());
    QList<TableRow> rows;
    for (const RecordVersion &v : std::as_const(m_list)) {
        TableRow r;
        const QString summary =
            v.lastAction == u"DELETED" ? tr("deleted; its last whole payload is the version before")
            : v.changes.isEmpty()
                ? (&v == &m_list.constLast() ? tr("the first version the cache has") : QString())
                : tr("%n field(s): %1", nullptr, int(v.changes.size())).arg(v.changes.keys().join(u", "_s));
        r.tooltip = tr("Modified %1 (as Nango said); cursor %2; cache generation %3")
                        .arg(v.lastModifiedAt, QString::fromLatin1(v.cursor))
                        .arg(v.generation);
        r.cells = {when(v.lastModifiedAt), v.current ? tr("%1 (now)").arg(v.lastAction) : v.lastAction,
                   summary};
        r.tone = v.lastAction == u"DELETED" ? TableRow::Tone::Warning : TableRow::Tone::Normal;
        rows.append(r);
    }
    m_versionsModel->setRows(rows);
    fitColumnsOnFirstRows(m_versionsView);
    m_note->setText(m_list.size() <= 1
                        ? tr("No earlier version is kept: the record has not changed since the cache first "
                             "pulled it (or its versions were trimmed).")
                        : tr("%n version(s) kept, newest first. Choose one to see what changed.", nullptr,
                             int(m_list.size())));
    if (!m_list.isEmpty())
        selectVersion(0);
}

void RecordHistoryView::selectVersion(int row)
{
    m_versionsView->setCurrentIndex(m_versionsModel->index(row, 0));
}

void RecordHistoryView::onVersionChosen()
{
    const int row = m_versionsView->currentIndex().row();
    m_show->setEnabled(row >= 0 && row < m_list.size());
    QList<TableRow> rows;
    if (row >= 0 && row < m_list.size()) {
        const QJsonObject &changes = m_list.at(row).changes;
        for (auto it = changes.begin(); it != changes.end(); ++it) {
            const QJsonObject c = it.value().toObject();
            TableRow r;
            r.cells = {it.key(), c.contains(u"old"_s) ? jsonText(c.value(u"old"_s)) : tr("(absent)"),
                       c.contains(u"new"_s) ? jsonText(c.value(u"new"_s)) : tr("(removed)")};
            rows.append(r);
        }
    }
    m_changesModel->setRows(rows);
    fitColumnsOnFirstRows(m_changesView);
}

} // namespace nd
