#pragma once

#include <QWidget>

class QComboBox;
class QHBoxLayout;

namespace nd {

class AppContext;

// Which integration and connection a write-back runs for (actions, the proxy): two lists kept in
// step with the catalog, the connections those of the chosen integration. The combos are named
// `<prefix>Integration` and `<prefix>Connection`.
class TargetPicker : public QWidget
{
    Q_OBJECT
public:
    TargetPicker(AppContext *context, const QString &objectPrefix, QWidget *parent = nullptr);

    QString integration() const;
    QString connectionId() const;
    // Chooses both; false when either is not there (the integration stays chosen if it is).
    bool select(const QString &integration, const QString &connectionId);
    // For a panel that puts more on the same row.
    QHBoxLayout *row() const { return m_row; }

Q_SIGNALS:
    void integrationChanged();

private:
    void refill();
    void fillConnections();

    AppContext *m_context;
    QHBoxLayout *m_row;
    QComboBox *m_integration;
    QComboBox *m_connection;
};

} // namespace nd
