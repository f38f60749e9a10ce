#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace nd {

class AppContext;

// Where Nango sends one connection's webhooks: the environment's URLs, or the connection's
// webhook_url_override (a tunnel to this desktop's listener). Setting it is confirmed first: it
// replaces both of the environment's URLs for that connection. A signed test webhook to the URL
// shows whether it leads to this listener.
class WebhookRouteDialog : public QDialog
{
    Q_OBJECT
public:
    WebhookRouteDialog(AppContext *context, const QString &integration, const QString &connectionId,
                       QWidget *parent = nullptr);

private:
    void refresh();
    void route(const QString &url);
    void say(const QString &text, bool error);

    AppContext *m_context;
    QString m_integration;
    QString m_connectionId;
    QLabel *m_now;
    QLineEdit *m_url;
    QLabel *m_message;
};

} // namespace nd
