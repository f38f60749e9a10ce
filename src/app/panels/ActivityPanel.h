#pragma once

#include "CacheReader.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;

namespace nd {

class AppContext;
class TableModel;

// Webhooks received (with the signature result), pulls, errors and admin actions, newest first,
// with a link to the same connection's logs in Nango's dashboard (kept 15 days; no public API).
class ActivityPanel : public QWidget
{
    Q_OBJECT
public:
    ActivityPanel(AppContext *context, QWidget *parent = nullptr);
    TableModel *model() const { return m_model; }
    static QUrl dashboardLogsUrl(const QString &serverUrl, const QString &environment,
                                 const QString &integration, const QString &connectionId);

private:
    QLabel *m_message = nullptr;
    void onActivity(const QList<ActivityItem> &items);
    void rebuild();

    AppContext *m_context;
    TableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_kind;
    QLineEdit *m_search;
    QList<ActivityItem> m_items;
};

} // namespace nd
