#include "api/RateBudget.h"

#include <QNetworkReply>

#include <algorithm>

namespace nd {

void RateBudget::update(const QNetworkReply *reply, qint64 nowMs)
{
    bool okLimit = false;
    bool okRemaining = false;
    bool okReset = false;
    const int limit = reply->rawHeader("X-RateLimit-Limit").toInt(&okLimit);
    const int remaining = reply->rawHeader("X-RateLimit-Remaining").toInt(&okRemaining);
    const qint64 reset = reply->rawHeader("X-RateLimit-Reset").toLongLong(&okReset);
    if (!okLimit || !okRemaining)
        return;
    m_snapshot.limit = limit;
    m_snapshot.remaining = remaining;
    // X-RateLimit-Reset is epoch seconds; tolerate servers that send seconds-until-reset.
    if (okReset)
        m_snapshot.resetEpochMs = reset > 1000000000 ? reset * 1000 : nowMs + reset * 1000;
}

int RateBudget::reserve() const
{
    if (m_snapshot.limit <= 0)
        return 0;
    return std::max(2, int(m_snapshot.limit * m_reserveFraction));
}

int RateBudget::urgentHeadroom() const
{
    // A tenth of the window (20 of Nango's 200 a minute): a webhook's pull of a mirrored stream is a
    // page or two, a person's admin actions a few calls.
    if (m_snapshot.limit <= 0)
        return 0;
    return std::max(2, m_snapshot.limit / 10);
}

qint64 RateBudget::delayBeforeSend(qint64 nowMs, int inFlight, bool bulk) const
{
    if (m_snapshot.limit <= 0 || m_snapshot.remaining < 0)
        return 0;
    if (nowMs >= m_snapshot.resetEpochMs)
        return 0; // a new window has begun
    if (m_snapshot.remaining - inFlight > reserve() + (bulk ? urgentHeadroom() : 0))
        return 0;
    return m_snapshot.resetEpochMs - nowMs + 50;
}

} // namespace nd
