#include "panels/HistoryChart.h"

#include <QPainter>

#include <algorithm>

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
    const QRect area = rect().adjusted(40, 10, -10, -22);
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
    const double barWidth = std::min(40.0, double(area.width()) / double(m_history.size()));
    const QColor colors[] = {QColor(0x2e, 0x7d, 0x32), QColor(0x15, 0x65, 0xc0), QColor(0xc6, 0x28, 0x28)};
    for (int i = 0; i < m_history.size(); ++i) {
        const HistoryEntry &h = m_history.at(i);
        double y = area.bottom();
        const qint64 parts[] = {h.added, h.updated, h.deleted};
        for (int k = 0; k < 3; ++k) {
            const double height = double(parts[k]) / double(top) * area.height();
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
    p.drawText(QRect(0, area.top() - 5, 36, 16), Qt::AlignRight, QString::number(top));
    p.drawText(QRect(0, area.bottom() - 8, 36, 16), Qt::AlignRight, QStringLiteral("0"));
    const QString legend = tr("added, updated, deleted per pull (orange: failed or interrupted)");
    p.drawText(QRect(area.left(), area.bottom() + 4, area.width(), 16), Qt::AlignLeft, legend);
}

} // namespace nd
