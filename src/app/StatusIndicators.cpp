#include "StatusIndicators.h"

#include "AppContext.h"
#include "widgets/ElidedLabel.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QMainWindow>
#include <QPushButton>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>

namespace nd {

using namespace Qt::StringLiterals;

StatusIndicators::StatusIndicators(AppContext *context, QMainWindow *window)
    : QObject(window)
    , m_context(context)
    , m_window(window)
{
    m_serverBar = new QFrame(window);
    m_serverBar->setObjectName(u"serverBar"_s);
    m_serverBar->setStyleSheet(u"QFrame#serverBar { background: #fdecea; color: #611a15; }"_s);
    auto *row = new QHBoxLayout(m_serverBar);
    m_serverText = new QLabel(m_serverBar);
    m_serverText->setObjectName(u"serverProblem"_s);
    m_serverText->setWordWrap(true);
    m_serverText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry = new QPushButton(tr("Retry &now"), m_serverBar);
    m_retry->setObjectName(u"retryNow"_s);
    row->addWidget(m_serverText, 1);
    m_proxyLogin = new QPushButton(tr("Proxy &password…"), m_serverBar);
    m_proxyLogin->setObjectName(u"proxyLogin"_s);
    m_proxyLogin->hide();
    connect(m_proxyLogin, &QPushButton::clicked, this,
            [this]() { Q_EMIT proxyPasswordRequested(m_context->health().error); });
    row->addWidget(m_proxyLogin);
    row->addWidget(m_retry);
    m_serverBar->hide();
    connect(m_retry, &QPushButton::clicked, context, &AppContext::retryNow);

    // Long texts never widen the window past the screen: they end in "…", whole in the tooltip.
    auto label = [window](const QString &name, int stretch) {
        auto *l = new ElidedLabel(window);
        l->setObjectName(name);
        window->statusBar()->addPermanentWidget(l, stretch);
        return l;
    };
    m_summary = label(u"statusSummary"_s, 4);
    m_pulling = label(u"statusPending"_s, 3);
    m_budget = label(u"statusBudget"_s, 2);
    m_listener = label(u"statusListener"_s, 3);
    // A notification in the window itself, first in the status bar for a while: a temporary status
    // message would sit behind the permanent labels, unseen, and many desktops have no tray.
    m_notice = new ElidedLabel(window);
    m_notice->setObjectName(u"statusNotice"_s);
    m_notice->setStyleSheet(u"QLabel { background: #fff3cd; color: #5c4400; padding: 0 6px; }"_s);
    window->statusBar()->insertPermanentWidget(0, m_notice, 6);
    m_notice->hide();
    m_noticeTimer = new QTimer(this);
    m_noticeTimer->setSingleShot(true);
    m_noticeTimer->setInterval(kNoticeMs);
    connect(m_noticeTimer, &QTimer::timeout, m_notice, &QWidget::hide);

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QIcon(u":/panels/state-ok.svg"_s), this);
        m_tray->setToolTip(tr("Nango Desk"));
        connect(m_tray, &QSystemTrayIcon::activated, window, [window]() {
            window->showNormal();
            window->raise();
            window->activateWindow();
        });
        m_tray->show();
    }
    connect(context, &AppContext::statusesChanged, this, &StatusIndicators::update);
    connect(context, &AppContext::statusChanged, this, &StatusIndicators::update);
    connect(context, &AppContext::engineStarted, this, &StatusIndicators::update);
    connect(context, &AppContext::syncFailed, this, [this](const QString &what, const QString &error) {
        notify(tr("A sync failed on Nango"), error.isEmpty() ? what : tr("%1: %2").arg(what, error));
    });
    connect(context, &AppContext::authProblem, this, [this](const QString &what, const QString &error) {
        notify(tr("Authorization problem"), tr("%1 needs to reconnect: %2").arg(what, error));
    });
    update();
}

QWidget *StatusIndicators::serverBar() const
{
    return m_serverBar;
}

void StatusIndicators::notify(const QString &title, const QString &text)
{
    m_notice->setFullText(u"⚠ "_s + title + u": "_s + text);
    m_notice->show();
    m_noticeTimer->start();
    if (m_tray)
        m_tray->showMessage(title, text, QSystemTrayIcon::Warning);
    Q_EMIT notified(title, text);
}

void StatusIndicators::noticeTransitions()
{
    // A notification when something becomes a problem, not on every refresh of one.
    const ServerHealth &health = m_context->health();
    if (health.state == ServerHealth::State::Failing && m_seenHealth != ServerHealth::State::Failing) {
        // Not reached at all, or reached and refusing (a key without a scope, a server error).
        const bool unreachable =
            health.kind == u"network" || health.kind == u"timeout" || health.kind == u"not-nango";
        notify(unreachable ? tr("Nango cannot be reached") : tr("Nango cannot be used"), health.error);
    }
    m_seenHealth = health.state;
    for (const StreamStatus &s : m_context->statuses()) {
        const SyncState before = m_seen.value(s.streamId, SyncState::Unknown);
        const bool wasPullFailure = before == SyncState::Failed || before == SyncState::BackingOff;
        const bool isPullFailure = s.state == SyncState::Failed || s.state == SyncState::BackingOff;
        // While the server is down every stream fails the same way: the server bar says it once.
        if (isPullFailure && !wasPullFailure && m_seen.contains(s.streamId) &&
            health.state != ServerHealth::State::Failing)
            notify(tr("A pull failed"), tr("%1: %2").arg(describeStream(s.key), s.error));
        m_seen.insert(s.streamId, s.state);
        if (s.massDeleted > 0 && !m_massDeletesSeen.contains(s.massDeleteUs)) {
            m_massDeletesSeen.insert(s.massDeleteUs);
            notify(tr("Mass delete"), tr("%1: %2").arg(describeStream(s.key), Status::massDeleteNote(s)));
        }
    }
}

void StatusIndicators::update()
{
    noticeTransitions();
    const qint64 now = m_context->nowUs();
    const ServerHealth &health = m_context->health();
    const bool failing = health.state == ServerHealth::State::Failing;
    const bool noKey = health.state == ServerHealth::State::NoKey && !m_context->isDemo();
    m_serverBar->setVisible(failing || noKey);
    m_retry->setVisible(failing);
    m_proxyLogin->setVisible(failing && health.kind == u"proxy-auth");
    if (failing)
        m_serverText->setText(
            tr("<b>Nango cannot be used.</b> %1").arg(Status::describe(health, now).toHtmlEscaped()));
    else if (noKey)
        m_serverText->setText(
            tr("<b>No API key.</b> Add this environment's API key in Settings; nothing is sent to "
               "Nango until then."));

    const StatusRollUp all = Status::rollUp(m_context->statuses());
    QStringList parts;
    auto add = [&](SyncState state, const QString &text) {
        if (const int n = all.count(state))
            parts << text.arg(n);
    };
    add(SyncState::Failed, tr("%1 failed"));
    add(SyncState::BackingOff, tr("%1 retrying"));
    add(SyncState::FailedOnNango, tr("%1 failed on Nango"));
    add(SyncState::Pulling, tr("%1 pulling"));
    add(SyncState::Due, tr("%1 due"));
    add(SyncState::UpToDate, tr("%1 up to date"));
    add(SyncState::Paused, tr("%1 paused"));
    add(SyncState::NeverRun, tr("%1 never run"));
    add(SyncState::Unknown, tr("%1 unknown"));
    qint64 lastOk = 0;
    for (const StreamStatus &s : m_context->statuses())
        lastOk = std::max(lastOk, s.lastOkUs);
    m_summary->setFullText(
        all.streams == 0
            ? tr("No streams yet")
            : tr("Streams: %1 · last good pull %2").arg(parts.join(u", "_s), Status::clockTime(lastOk)));
    const bool problem = Status::isProblem(all.state) || failing;
    m_summary->setStyleSheet(problem ? u"color: #c62828;"_s : QString());

    QStringList pulling;
    for (const StreamStatus &s : m_context->statuses())
        if (s.state == SyncState::Pulling)
            pulling << tr("%1 (%n page(s), %L2 records)", nullptr, s.pages)
                           .arg(describeStream(s.key))
                           .arg(s.records);
    m_pulling->setFullText(pulling.isEmpty()     ? tr("No pull running")
                           : pulling.size() == 1 ? tr("Pulling %1").arg(pulling.constFirst())
                                                 : tr("Pulling %n streams", nullptr, int(pulling.size())));
    if (pulling.size() > 1)
        m_pulling->setToolTip(pulling.join(u'\n'));

    const auto b = m_context->rateBudget();
    m_budget->setFullText(b.limit < 0 ? tr("Rate budget: unknown")
                                      : tr("Rate budget: %1 of %2 left").arg(b.remaining).arg(b.limit));
    m_listener->setFullText(!m_context->listenerError().isEmpty()
                                ? tr("Webhooks: not listening (%1)").arg(m_context->listenerError())
                            : m_context->isReadOnly() ? tr("Webhooks: received by the shared cache's watcher")
                            : m_context->listenerUrl().isEmpty()
                                ? tr("Webhooks: not listening")
                                : tr("Webhooks: %1").arg(m_context->listenerUrl().toString()));
    m_listener->setStyleSheet(m_context->listenerError().isEmpty() ? QString() : u"color: #c62828;"_s);

    if (m_tray) {
        m_tray->setIcon(QIcon(problem             ? u":/panels/state-error.svg"_s
                              : pulling.isEmpty() ? u":/panels/state-ok.svg"_s
                                                  : u":/panels/state-syncing.svg"_s));
        m_tray->setToolTip(failing ? tr("Nango Desk: %1").arg(health.error)
                                   : tr("Nango Desk — %1").arg(m_summary->text()));
    }
}

} // namespace nd
