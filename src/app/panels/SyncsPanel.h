#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace nd {

class AppContext;
class TableModel;

// Syncs of one connection or of all, one row per sync x model (a stream): the server's status beside
// the local cache, and the admin actions.
class SyncsPanel : public QWidget
{
    Q_OBJECT
public:
    SyncsPanel(AppContext *context, QWidget *parent = nullptr);
    void showConnection(const QString &integration, const QString &connectionId);
    TableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // The selected row's stream, or 0.
    qint64 selectedStream() const;

Q_SIGNALS:
    void openRecords(qint64 streamId);
    // The deleted records of a stream a mass delete was flagged on.
    void openDeletedRecords(qint64 streamId);
    void openHistory(qint64 streamId);

private:
    struct Selection
    {
        QString integration;
        QString connectionId;
        QString sync;
        QString variant;
        QString frequency;
        qint64 streamId = 0;
        bool schedulePaused = false;
    };
    Selection selection() const;
    void reload();
    void updateButtons();
    void runResync(bool full);
    void runPauseOrResume(bool pause);
    void changeFrequency();
    void repair();
    void report(const QString &what, bool ok, const QString &message);

    AppContext *m_context;
    TableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLabel *m_scope;
    QLabel *m_result;
    QString m_integration;
    QString m_connectionId;
    QList<QPushButton *> m_actions;
    QPushButton *m_pull = nullptr;
};

} // namespace nd
