#include "sync/HealthMonitor.h"

#include "api/NangoClient.h"
#include "util/Logging.h"
#include "util/Timestamp.h"

#include <algorithm>

namespace nd {

HealthMonitor::HealthMonitor(NangoClient &client, QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<nd::ServerHealth>();
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &HealthMonitor::runRecovery);
    connect(&client, &NangoClient::answered, this, &HealthMonitor::onAnswered);
}

bool HealthMonitor::meansUnreachable(ApiError::Kind kind)
{
    return kind == ApiError::Kind::Network || kind == ApiError::Kind::Timeout ||
           kind == ApiError::Kind::NotNango || kind == ApiError::Kind::Unauthorized ||
           kind == ApiError::Kind::Tls || kind == ApiError::Kind::Proxy;
}

void HealthMonitor::setNoKey()
{
    m_retry.stop();
    m_health = {};
    m_health.state = ServerHealth::State::NoKey;
    m_health.sinceUs = Timestamp::nowMicros();
    Q_EMIT changed(m_health);
}

void HealthMonitor::retryNow()
{
    m_retry.stop();
    runRecovery();
}

void HealthMonitor::catalogFailed(const ApiError &error)
{
    m_recovering = false;
    if (error.kind == ApiError::Kind::Cancelled)
        return;
    fail(error, Timestamp::nowMicros());
}

void HealthMonitor::recovered()
{
    m_failures = 0;
    m_recoveryOwed = false;
    m_recovering = false;
}

void HealthMonitor::runRecovery()
{
    if (m_recovery)
        m_recovery();
}

void HealthMonitor::onAnswered(const ApiCall *call)
{
    if (call->attempts() == 0)
        return; // never sent (no key): it says nothing about the server
    const ApiError &error = call->error();
    const qint64 now = Timestamp::nowMicros();
    // A proxied answer is the provider's: only not getting one at all says something about Nango.
    const bool providers = call->request().passthrough && call->status() != 0;
    if (!error.isError() || !meansUnreachable(error.kind) || providers) {
        // Nango answered (an error of a single call, a 404 or a 429, is that call's business).
        const bool changedState = m_health.state != ServerHealth::State::Ok;
        m_health.lastOkUs = now;
        if (!changedState)
            return;
        if (m_health.state == ServerHealth::State::Failing)
            qCInfo(lcApi) << "the server answers again";
        m_health.state = ServerHealth::State::Ok;
        m_health.error.clear();
        m_health.kind.clear();
        m_health.sinceUs = now;
        m_health.retryAtUs = 0;
        // What failed while it did not answer is tried again now rather than after the pause.
        if (m_recoveryOwed && !m_recovering)
            m_retry.start(0);
        Q_EMIT changed(m_health);
        return;
    }
    fail(error, now);
}

void HealthMonitor::fail(const ApiError &error, qint64 now)
{
    if (m_health.state != ServerHealth::State::Failing)
        m_health.sinceUs = now;
    m_health.state = ServerHealth::State::Failing;
    m_health.error = error.userMessage();
    m_health.kind = error.kindName();
    m_recoveryOwed = true;
    // One recovery at a time: failures while it is scheduled only update the message.
    if (!m_retry.isActive() || m_retry.interval() == 0) {
        // (A zero interval is the "answers again" shortcut: a new failure replaces it.)
        const int seconds = std::min(300, 5 << std::min(m_failures, 6));
        ++m_failures;
        m_health.retryAtUs = now + qint64(seconds) * 1000000;
        m_retry.start(seconds * 1000);
        qCWarning(lcApi).noquote() << "the server cannot be used:" << m_health.error << "- trying again in"
                                   << seconds << "s";
    }
    Q_EMIT changed(m_health);
}

} // namespace nd
