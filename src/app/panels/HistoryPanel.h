#pragma once

#include "cache/RecordStore.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace nd {

class AppContext;
class HistoryChart;
class TableModel;

// The cursor history of one connection x model: every pull with its trigger, counts, duration and
// outcome, a chart of the changes, and where the cursor stands now (its timestamp decoded).
class HistoryPanel : public QWidget
{
    Q_OBJECT
public:
    HistoryPanel(AppContext *context, QWidget *parent = nullptr);
    void showStream(qint64 streamId);
    TableModel *model() const { return m_model; }
    qint64 streamId() const { return m_streamId; }

private:
    void onHistory(qint64 streamId, const QList<HistoryEntry> &history);
    void describeCurrent();

    AppContext *m_context;
    TableModel *m_model;
    HistoryChart *m_chart;
    QComboBox *m_stream;
    QLabel *m_title;
    QLabel *m_cursor;
    qint64 m_streamId = 0;
};

} // namespace nd
