#include "panels/HistoryChart.h"

#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace nd {

HistoryChart::HistoryChart(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Records changed per pull"));
    setMinimumHeight(120);
}

void HistoryChart::setHistory(const QList<HistoryEntry> &history)
{
    m_history = history;
    std::reverse(m_history.begin(), m_history.end());
    if (m_history.size() > 200)
        m_history = m_history.mid(m_history.size() - 200);
    update();
}

void HistoryChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRect area = rect().adjusted(64, 10, -10, -22);
    p.setPen(palette().color(QPalette::Mid));
    p.drawRect(area);
    if (m_history.isEmpty()) {
        p.setPen(palette().color(QPalette::Text));
        p.drawText(area, Qt::AlignCenter, tr("No pulls yet"));
        return;
    }
    qint64 top = 1;
    for (const HistoryEntry &h : std::as_const(m_history))
        top = std::max(top, h.added + h.updated + h.deleted);
    // A logarithmic scale: a first pull of a million records beside pulls of ten stays readable.
    const double scale = std::log10(double(top) + 1);
    auto heightOf = [&](qint64 n) { return std::log10(double(n) + 1) / scale * area.height(); };
    p.setPen(QPen(palette().color(QPalette::Midlight), 1, Qt::DotLine));
    for (qint64 tick = 10; tick < top; tick *= 10) {
        const double y = area.bottom() - heightOf(tick);
        if (y < area.top() + 14)
            break; // the top label says it
        p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
        p.drawText(QRectF(0, y - 8, 60, 16), Qt::AlignRight | Qt::AlignVCenter, QLocale().toString(tick));
    }
    const double barWidth = std::min(40.0, double(area.width()) / double(m_history.size()));
    const QColor colors[] = {QColor(0x2e, 0x7d, 0x32), QColor(0x15, 0x65, 0xc0), QColor(0xc6, 0x28, 0x28)};
    for (int i = 0; i < m_history.size(); ++i) {
        const HistoryEntry &h = m_history.at(i);
        const qint64 total = h.added + h.updated + h.deleted;
        const double barHeight = heightOf(total);
        double y = area.bottom();
        const qint64 parts[] = {h.added, h.updated, h.deleted};
        for (int k = 0; k < 3 && total > 0; ++k) {
            const double height = barHeight * double(parts[k]) / double(total);
            p.fillRect(
                QRectF(area.left() + i * barWidth + 1, y - height, std::max(1.0, barWidth - 2), height),
                colors[k]);
            y -= height;
        }
        if (h.outcome != QStringLiteral("ok"))
            p.fillRect(QRectF(area.left() + i * barWidth, area.bottom() - 3, barWidth, 3),
                       QColor(0xb2, 0x6a, 0x00));
    }
    p.setPen(palette().color(QPalette::Text));
    p.drawText(QRect(0, area.top() - 5, 60, 16), Qt::AlignRight, QLocale().toString(top));
    p.drawText(QRect(0, area.bottom() - 8, 60, 16), Qt::AlignRight, QStringLiteral("0"));
    const QString legend = tr("records added (green), updated (blue), deleted (red) per pull, on a "
                              "logarithmic scale; orange: failed "
                              "or interrupted");
    p.drawText(QRect(area.left(), area.bottom() + 4, area.width(), 16), Qt::AlignLeft, legend);
}

} // namespace nd
