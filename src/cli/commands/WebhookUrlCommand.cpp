#include "commands/WebhookUrlCommand.h"

#include "CliContext.h"
#include "ExitCode.h"
#include "webhook/TestWebhook.h"

#include <QNetworkAccessManager>

namespace nd {

using namespace Qt::StringLiterals;

WebhookUrlCommand::WebhookUrlCommand(CliContext &context)
    : Command(context, u"webhook-url"_s)
{}

void WebhookUrlCommand::describe(QCommandLineParser &p)
{
    p.setApplicationDescription(
        tr("Where Nango sends one connection's webhooks (its webhook_url_override). Setting it REPLACES "
           "BOTH of the environment's webhook URLs (primary and secondary) for that connection: your "
           "production backend stops receiving that connection's webhooks until it is cleared. Nango "
           "refuses loopback and private addresses and never delivers to them: reach this desktop "
           "through a tunnel or a public reverse proxy to the listener (which stays on loopback), and "
           "check the tunnel with --check."));
    p.addOptions({{u"integration"_s, tr("Integration unique key (required)."), u"KEY"_s},
                  {u"connection"_s, tr("Connection id (required)."), u"ID"_s},
                  {u"set"_s, tr("Send this connection's webhooks to URL only."), u"URL"_s},
                  {u"clear"_s, tr("Send them to the environment's webhook URLs again.")},
                  {u"show"_s, tr("Print where they go (the default).")},
                  {u"check"_s,
                   tr("Post a signed test webhook to URL (default: the one --set gives) and say whether a "
                      "Nango Desk listener with this profile's signing key accepted it."),
                   u"URL"_s}});
}

int WebhookUrlCommand::run(const QCommandLineParser &p)
{
    if (!requireOptions(p, {u"integration"_s, u"connection"_s}))
        return Usage;
    const bool set = p.isSet(u"set"_s);
    const bool clear = p.isSet(u"clear"_s);
    if (set && clear)
        return usageError(tr("--set and --clear exclude each other."));
    const QString url = p.value(u"set"_s);
    if (set) {
        const QUrl parsed(url, QUrl::StrictMode);
        if (!parsed.isValid() || (parsed.scheme() != u"https" && parsed.scheme() != u"http") ||
            parsed.host().isEmpty())
            return usageError(
                tr("--set needs an http(s) URL, such as https://nango-hooks.example.com/webhooks."));
    }
    QString checkUrl = p.value(u"check"_s);
    if (checkUrl.isEmpty() && set && p.isSet(u"check"_s))
        checkUrl = url;
    if (const int code = m_context.openEngine())
        return code;
    const QString integration = p.value(u"integration"_s);
    const QString connection = p.value(u"connection"_s);
    if (!set && !clear && !checkUrl.isEmpty()) {
        check(QUrl(checkUrl), {});
        return -1;
    }
    m_context.withApiKey([this, set, clear, integration, connection, url, checkUrl]() {
        if (set || clear)
            change(integration, connection, set ? url : QString(), checkUrl);
        else
            show(integration, connection);
    });
    return -1;
}

void WebhookUrlCommand::show(const QString &integration, const QString &connection)
{
    m_context.engine().webhookUrl(
        integration, connection, [this](bool ok, const QString &url, const QString &error) {
            if (!ok) {
                m_context.finish(m_context.failureCode(), error);
                return;
            }
            m_context.finish(
                Ok, url.isEmpty() ? tr("none: the environment's webhook URLs (primary and secondary)") : url);
        });
}

void WebhookUrlCommand::change(const QString &integration, const QString &connection, const QString &url,
                               const QString &checkUrl)
{
    if (!url.isEmpty())
        m_context.err() << tr("Note: %1 replaces both of the environment's webhook URLs for %2 / %3 until it "
                              "is cleared (webhook-url --clear).")
                               .arg(url, integration, connection)
                        << Qt::endl;
    m_context.engine().setWebhookUrl(
        integration, connection, url, [this, url, checkUrl](bool ok, const QString &error) {
            if (!ok) {
                m_context.finish(m_context.failureCode(), error);
                return;
            }
            const QString said = url.isEmpty()
                                     ? tr("Cleared: Nango sends this connection's webhooks to "
                                          "the environment's webhook URLs again.")
                                     : tr("Nango now sends this connection's webhooks to %1 only.").arg(url);
            if (checkUrl.isEmpty()) {
                m_context.finish(Ok, said);
                return;
            }
            check(QUrl(checkUrl), said);
        });
}

void WebhookUrlCommand::check(const QUrl &url, const QString &before)
{
    m_context.withSigningKey([this, url, before](const QByteArray &key) {
        auto *nam = new QNetworkAccessManager(this);
        TestWebhook::send(nam, url, key, this, [this, url, before](const TestWebhook::Result &r) {
            const QString lead = before.isEmpty() ? QString() : before + u'\n';
            if (r.ok) {
                m_context.finish(Ok, lead + tr("%1 reached a Nango Desk listener with this profile's signing "
                                               "key: it accepted a signed test webhook.")
                                                .arg(url.toString()));
                return;
            }
            m_context.finish(
                Failed,
                lead + tr("The test webhook to %1 was not accepted: %2").arg(url.toString(), r.message));
        });
    });
}

} // namespace nd
