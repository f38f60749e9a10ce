#pragma once

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;

namespace nd {

class AppContext;
class TableModel;

class IntegrationsPanel : public QWidget
{
    Q_OBJECT
public:
    IntegrationsPanel(AppContext *context, QWidget *parent = nullptr);
    TableModel *model() const { return m_model; }

Q_SIGNALS:
    void openConnections(const QString &integration);

private:
    void reload();
    AppContext *m_context;
    TableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
};

} // namespace nd
