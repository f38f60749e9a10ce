#include "dialogs/WebhookRouteDialog.h"

#include "AppContext.h"
#include "Prompter.h"
#include "widgets/WidgetUtil.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace nd {

using namespace Qt::StringLiterals;

WebhookRouteDialog::WebhookRouteDialog(AppContext *context, const QString &integration,
                                       const QString &connectionId, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_integration(integration)
    , m_connectionId(connectionId)
{
    setObjectName(u"webhookRouteDialog"_s);
    setWindowTitle(tr("Webhooks of %1 / %2").arg(integration, connectionId));
    auto *layout = new QVBoxLayout(this);
    m_now = new QLabel(tr("Asking Nango where they go…"), this);
    m_now->setObjectName(u"webhookRouteNow"_s);
    m_now->setWordWrap(true);
    m_now->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_now);
    const QString listener = context->listenerUrl().toString();
    auto *help = new QLabel(
        tr("Nango Cloud cannot reach this computer, and Nango refuses loopback and private addresses. Run a "
           "tunnel or a public reverse proxy that forwards to this desktop's listener (%1; it stays on "
           "loopback) and give its public URL here. Routing a connection here replaces BOTH of the "
           "environment's webhook URLs (primary and secondary) for that connection, until you send them "
           "back.")
            .arg(listener.isEmpty() ? tr("not listening yet") : listener),
        this);
    help->setWordWrap(true);
    layout->addWidget(help);
    m_url = new QLineEdit(this);
    m_url->setObjectName(u"webhookRouteUrl"_s);
    m_url->setAccessibleName(tr("Public URL that leads to this desktop"));
    m_url->setPlaceholderText(u"https://your-tunnel.example.com/webhooks/nango"_s);
    layout->addWidget(m_url);
    auto *row = new QHBoxLayout;
    auto *set = makeButton(this, u"webhookRouteSet"_s, tr("&Send this connection's webhooks here"),
                           tr("Set the connection's webhook URL override in Nango"));
    auto *check =
        makeButton(this, u"webhookRouteCheck"_s, tr("&Check with a test webhook"),
                   tr("Post a signed test webhook to the URL and see whether this listener accepts it"));
    auto *clear = makeButton(this, u"webhookRouteClear"_s, tr("Back to the &environment's URLs"),
                             tr("Clear the override: Nango sends to the environment's webhook URLs again"));
    row->addWidget(set);
    row->addWidget(check);
    row->addWidget(clear);
    layout->addLayout(row);
    m_message = new QLabel(this);
    m_message->setObjectName(u"webhookRouteMessage"_s);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(620);
    // Wrapped text: the height follows the width (and grows as messages come, in say()).
    help->setMinimumHeight(help->heightForWidth(600));

    connect(set, &QPushButton::clicked, this, [this]() {
        const QUrl url(m_url->text().trimmed(), QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") || url.host().isEmpty()) {
            say(tr("Give the public http(s) URL of a tunnel or reverse proxy that leads here."), true);
            return;
        }
        if (!Prompter::instance().confirm(
                this, tr("Route webhooks here"),
                tr("Nango will send the webhooks of %1 / %2 to %3 only. Your backend at the environment's "
                   "webhook URLs stops receiving them until you send them back.")
                    .arg(m_integration, m_connectionId, url.toString()),
                tr("Route them here")))
            return;
        route(url.toString());
    });
    connect(clear, &QPushButton::clicked, this, [this]() { route({}); });
    connect(check, &QPushButton::clicked, this, [this]() {
        const QUrl url(m_url->text().trimmed(), QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()) {
            say(tr("Type the public URL to check first."), true);
            return;
        }
        say(tr("Posting a signed test webhook to %1…").arg(url.toString()), false);
        AppContext *app = m_context;
        const QPointer<WebhookRouteDialog> self(this);
        app->sendTestWebhookTo(url, [self](bool ok, const QString &message) {
            if (WebhookRouteDialog *d = self.data())
                d->say(message, !ok);
        });
    });
    refresh();
}

void WebhookRouteDialog::refresh()
{
    QPointer<WebhookRouteDialog> self(this);
    m_context->webhookUrl(
        m_integration, m_connectionId, [self](bool ok, const QString &url, const QString &error) {
            WebhookRouteDialog *d = self.data();
            if (!d)
                return;
            if (!ok) {
                d->m_now->setText(tr("Nango did not say where they go: %1").arg(error));
                return;
            }
            d->m_now->setText(url.isEmpty() ? tr("Now: to the environment's webhook URLs.")
                                            : tr("Now: to %1 only (the connection's override).").arg(url));
            if (!url.isEmpty() && d->m_url->text().isEmpty())
                d->m_url->setText(url);
        });
}

void WebhookRouteDialog::route(const QString &url)
{
    say(url.isEmpty() ? tr("Sending them back to the environment's URLs…")
                      : tr("Routing them to %1…").arg(url),
        false);
    QPointer<WebhookRouteDialog> self(this);
    m_context->setWebhookUrl(m_integration, m_connectionId, url, [self, url](bool ok, const QString &error) {
        WebhookRouteDialog *d = self.data();
        if (!d)
            return;
        if (!ok) {
            d->say(error, true);
            return;
        }
        d->say(url.isEmpty()
                   ? tr("Done: the environment's webhook URLs receive them again.")
                   : tr("Done: Nango sends them to %1 only. Check it with a test webhook.").arg(url),
               false);
        d->refresh();
    });
}

void WebhookRouteDialog::say(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? u"color: #c62828;"_s : QString());
    m_message->setMinimumHeight(m_message->heightForWidth(600));
    if (isVisible())
        resize(width(), std::max(height(), sizeHint().height()));
}

} // namespace nd
