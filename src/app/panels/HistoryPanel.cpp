#include "panels/HistoryPanel.h"

#include "AppContext.h"
#include "models/TableModel.h"
#include "panels/HistoryChart.h"
#include "panels/PanelUtil.h"
#include "util/CursorInfo.h"
#include "util/Timestamp.h"

#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace nd {

using namespace Qt::StringLiterals;

HistoryPanel::HistoryPanel(AppContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new TableModel(this))
    , m_chart(new HistoryChart(this))
{
    m_model->setHeaders({tr("Started"), tr("Trigger"), tr("Outcome"), tr("Duration"), tr("Pages"),
                         tr("Added"), tr("Updated"), tr("Deleted"), tr("Dropped"), tr("Generation"),
                         tr("Cursor before"), tr("Cursor after"), tr("Note")});
    auto *layout = new QVBoxLayout(this);
    m_stream = new QComboBox(this);
    m_stream->setObjectName(u"historyStream"_s);
    m_stream->setAccessibleName(tr("Connection and model"));
    m_stream->setMinimumContentsLength(40);
    m_title = new QLabel(tr("No stream yet: the first pull creates one per connection and model."), this);
    m_title->setObjectName(u"historyTitle"_s);
    m_title->setWordWrap(true);
    m_cursor = new QLabel(this);
    m_cursor->setObjectName(u"historyCursor"_s);
    m_cursor->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_chart->setObjectName(u"historyChart"_s);
    auto *view = makeTable(this, u"historyTable"_s, tr("Cursor history"));
    view->setModel(sortedModel(m_model, this));
    sortBy(view, 0, Qt::DescendingOrder); // the newest pull first
    fitColumnsOnFirstRows(view);
    layout->addWidget(m_stream);
    layout->addWidget(m_title);
    layout->addWidget(m_cursor);
    layout->addWidget(m_chart);
    layout->addWidget(view, 1);
    connect(context, &AppContext::historyLoaded, this, &HistoryPanel::onHistory);
    connect(context, &AppContext::pullFinished, this, [this](qint64 id) {
        if (id == m_streamId)
            m_context->requestHistory(id);
    });
    connect(context, &AppContext::snapshotChanged, this, [this]() {
        // Opened from the sidebar, it shows the first stream rather than nothing.
        const qint64 chosen = fillStreamCombo(m_stream, m_context->snapshot(), m_streamId);
        if (chosen != m_streamId)
            showStream(chosen);
        else
            describeCurrent();
    });
    connect(m_stream, &QComboBox::currentIndexChanged, this,
            [this]() { showStream(m_stream->currentData().toLongLong()); });
}

void HistoryPanel::showStream(qint64 streamId)
{
    m_streamId = streamId;
    const int i = m_stream->findData(streamId);
    if (i >= 0 && i != m_stream->currentIndex()) {
        const QSignalBlocker block(m_stream);
        m_stream->setCurrentIndex(i);
    }
    describeCurrent();
    if (streamId)
        m_context->requestHistory(streamId);
}

void HistoryPanel::describeCurrent()
{
    for (const Stream &s : m_context->snapshot().streams) {
        if (s.id != m_streamId)
            continue;
        m_title->setText(
            tr("<b>Cursor history</b> of %1 — generation %2, %L3 live records, %L4 deleted, %L5 pruned")
                .arg(describeStream(s.key).toHtmlEscaped())
                .arg(s.generation)
                .arg(s.liveCount)
                .arg(s.deletedCount)
                .arg(s.prunedCount));
        const auto info = CursorInfo::decode(s.cursor);
        m_cursor->setText(s.cursor.isEmpty() ? tr("No cursor yet: the next pull starts from the beginning.")
                          : info             ? tr("The cursor stands at %1 (record %2), moved %3.")
                                       .arg(QString::fromLatin1(info->timestamp),
                                            QString::fromLatin1(info->recordUuid), ago(s.cursorMovedAt))
                                 : tr("The cursor is opaque to Nango Desk (%1…).")
                                       .arg(QString::fromLatin1(s.cursor.left(24))));
    }
}

void HistoryPanel::onHistory(qint64 streamId, const QList<HistoryEntry> &history)
{
    if (streamId != m_streamId)
        return;
    auto decoded = [](const QByteArray &cursor) {
        if (cursor.isEmpty())
            return tr("(start)");
        const auto info = CursorInfo::decode(cursor);
        return info ? QString::fromLatin1(info->timestamp) : tr("(opaque)");
    };
    QList<TableRow> rows;
    for (const HistoryEntry &h : history) {
        const auto start = Timestamp::parseMicros(h.startedAt.toLatin1());
        const auto end = Timestamp::parseMicros(h.finishedAt.toLatin1());
        const QString duration =
            start && end ? tr("%1 s").arg(double(*end - *start) / 1e6, 0, 'f', 2) : QString();
        TableRow r;
        r.cells = {shortTime(h.startedAt),
                   h.trigger,
                   h.outcome,
                   duration,
                   h.pages,
                   h.added,
                   h.updated,
                   h.deleted,
                   h.dropped,
                   h.generation,
                   decoded(h.cursorBefore),
                   decoded(h.cursorAfter),
                   h.error.isEmpty() ? h.note : h.error};
        r.tone = h.outcome == u"ok"        ? TableRow::Tone::Normal
                 : h.outcome == u"running" ? TableRow::Tone::Good
                                           : TableRow::Tone::Error;
        r.key = h.id;
        rows.append(r);
    }
    m_model->setRows(rows);
    m_chart->setHistory(history);
}

} // namespace nd
