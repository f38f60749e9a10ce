#pragma once

#include "Command.h"

namespace nd {

// webhook-url: where Nango sends one connection's webhooks. --set replaces both of the environment's
// webhook URLs for that connection (Nango's webhook_url_override), --clear gives it back to them,
// --show prints it, and --check sends a signed test webhook to a URL (a tunnel's, to this desktop's
// listener) and says whether the listener accepted it.
class WebhookUrlCommand : public Command
{
    Q_OBJECT
public:
    explicit WebhookUrlCommand(CliContext &context);

protected:
    void describe(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser) override;

private:
    void show(const QString &integration, const QString &connection);
    void change(const QString &integration, const QString &connection, const QString &url,
                const QString &check);
    void check(const QUrl &url, const QString &before);
};

} // namespace nd
