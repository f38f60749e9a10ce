#pragma once

#include "cache/RecordStore.h"

#include <QWidget>

namespace nd {

// Records changed per pull over time (added, updated, deleted stacked), newest on the right.
class HistoryChart : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryChart(QWidget *parent = nullptr);
    void setHistory(const QList<HistoryEntry> &history);
    QSize sizeHint() const override { return {600, 140}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<HistoryEntry> m_history; // oldest first
};

} // namespace nd
