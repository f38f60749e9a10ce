#pragma once

#include <QMainWindow>

#include <memory>

class QComboBox;

namespace Ui {
class MainWindow;
}

namespace nd {

class ActionsPanel;
class ActivityPanel;
class AppContext;
class ConnectionsPanel;
class HistoryPanel;
class IntegrationsPanel;
class ProxyPanel;
class QueryPanel;
class RecordsPanel;
class SettingsPanel;
class StatusIndicators;
class SyncsPanel;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Page {
        Integrations,
        Connections,
        Syncs,
        Records,
        History,
        Activity,
        Actions,
        Proxy,
        Query,
        Settings
    };

    explicit MainWindow(AppContext *context, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    Page currentPage() const;
    QString pageName(Page page) const;
    void showKeychainProblem(const QString &message);
    void hideKeychainProblem();

    IntegrationsPanel *integrations() const { return m_integrations; }
    ConnectionsPanel *connections() const { return m_connections; }
    SyncsPanel *syncs() const { return m_syncs; }
    RecordsPanel *records() const { return m_records; }
    HistoryPanel *history() const { return m_history; }
    ActivityPanel *activity() const { return m_activity; }
    ActionsPanel *actions() const { return m_actions; }
    ProxyPanel *proxy() const { return m_proxy; }
    QueryPanel *query() const { return m_query; }
    SettingsPanel *settings() const { return m_settings; }
    StatusIndicators *indicators() const { return m_indicators; }

    // Saves a screenshot of every panel into `directory`, then calls done (tests, AppStream).
    void captureScreenshots(const QString &directory, std::function<void(bool ok)> done);

Q_SIGNALS:
    void sessionOnlyRequested();
    void profileSwitchRequested(const QString &profile);
    void applySettingsRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void updateBanner();
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    AppContext *m_context;
    IntegrationsPanel *m_integrations;
    ConnectionsPanel *m_connections;
    SyncsPanel *m_syncs;
    RecordsPanel *m_records;
    HistoryPanel *m_history;
    ActivityPanel *m_activity;
    ActionsPanel *m_actions;
    ProxyPanel *m_proxy;
    QueryPanel *m_query;
    SettingsPanel *m_settings;
    StatusIndicators *m_indicators;
    QComboBox *m_profiles = nullptr;
};

} // namespace nd
