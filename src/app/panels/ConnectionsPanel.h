#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace nd {

class AppContext;
class TableModel;

// Connections with search and the dashboard's filters (integration; OK, auth error, sync error,
// paused). The list is small, so it is filtered locally over everything the cache holds, which also
// avoids Nango's filter-after-pagination bug (#5373).
class ConnectionsPanel : public QWidget
{
    Q_OBJECT
public:
    enum class State { Any, Ok, AuthError, SyncError, Paused };
    ConnectionsPanel(AppContext *context, QWidget *parent = nullptr);
    void showIntegration(const QString &integration);
    TableModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }

Q_SIGNALS:
    void openSyncs(const QString &integration, const QString &connectionId);

private:
    void reload();
    AppContext *m_context;
    TableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view = nullptr;
    QLineEdit *m_search;
    QComboBox *m_integration;
    QComboBox *m_state;
};

} // namespace nd
