#pragma once

#include "status/SyncStatus.h"

#include <QHash>
#include <QObject>
#include <QSet>

class QTimer;

class QFrame;
class QLabel;
class QMainWindow;
class QPushButton;
class QSystemTrayIcon;

namespace nd {

class AppContext;
class ElidedLabel;

// The window's always-visible truth: a bar under the banner when the server cannot be used (what
// failed, what to do, the countdown and "Retry now"), the status bar's summary of every stream
// (failures first), the pull under way, the rate budget, the listener, and the tray icon. All read
// the core's status; nothing here computes one.
class StatusIndicators : public QObject
{
    Q_OBJECT
public:
    StatusIndicators(AppContext *context, QMainWindow *window);

    QWidget *serverBar() const;
    // A desktop notification (the tray where there is one) and the status bar.
    void notify(const QString &title, const QString &text);

Q_SIGNALS:
    // Every notification, whether a tray showed it or not (tests, and the fallback).
    void notified(const QString &title, const QString &text);
    // The proxy asked for a password (407) or refused the one given: the server bar's button.
    void proxyPasswordRequested(const QString &message);

private:
    void update();
    void noticeTransitions();

    AppContext *m_context;
    QMainWindow *m_window;
    QFrame *m_serverBar;
    QLabel *m_serverText;
    QPushButton *m_retry;
    QPushButton *m_proxyLogin;
    ElidedLabel *m_summary;
    ElidedLabel *m_notice; // the last notification, for kNoticeMs
    QTimer *m_noticeTimer;
    static constexpr int kNoticeMs = 20000;
    ElidedLabel *m_pulling;
    ElidedLabel *m_budget;
    ElidedLabel *m_listener;
    QSystemTrayIcon *m_tray = nullptr;
    QHash<qint64, SyncState> m_seen;
    QSet<qint64> m_massDeletesSeen; // flagged pulls already notified (by the time they were flagged)
    ServerHealth::State m_seenHealth = ServerHealth::State::Unknown;
};

} // namespace nd
