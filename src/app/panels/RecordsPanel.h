#pragma once

#include "cache/RecordQuery.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTableView;
class QTimer;
class QTreeView;

namespace nd {

class AppContext;
class FieldFilters;
class JsonTreeModel;
class RecordHistoryView;
class RecordsModel;

// The records of one connection x model from the cache: filters become bound SQL on a worker, the
// view pages through a bounded cache of rows, and the detail pane shows the record as a JSON tree.
class RecordsPanel : public QWidget
{
    Q_OBJECT
public:
    RecordsPanel(AppContext *context, QWidget *parent = nullptr);
    void showStream(qint64 streamId);
    // The stream's deleted records only, newest first.
    void showDeleted(qint64 streamId);
    RecordsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    JsonTreeModel *detailModel() const { return m_detail; }
    RecordHistoryView *historyView() const { return m_history; }
    qint64 streamId() const { return m_streamId; }
    FieldFilters *fieldFilters() const { return m_fieldFilters; }

    void copyCell();
    void copyRow();
    void copyJson();
    void exportRecords();

private:
    void reloadStreams();
    void applyFilters();
    void showDetail();
    // The chosen record's versions, read when its History tab is shown.
    void requestHistory();
    RecordQuery currentQuery() const;

    AppContext *m_context;
    RecordsModel *m_model;
    JsonTreeModel *m_detail;
    QComboBox *m_stream;
    QLineEdit *m_search;
    QComboBox *m_action;
    QCheckBox *m_deleted;
    QCheckBox *m_pruned;
    QCheckBox *m_sinceEnabled;
    QDateTimeEdit *m_since;
    FieldFilters *m_fieldFilters;
    QComboBox *m_sort;
    QLabel *m_count;
    QTableView *m_view;
    QTreeView *m_tree;
    QTabWidget *m_detailTabs;
    RecordHistoryView *m_history;
    QTimer *m_debounce;
    qint64 m_streamId = 0;
};

} // namespace nd
