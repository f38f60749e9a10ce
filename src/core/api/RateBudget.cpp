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

qint64 RateBudget::delayBeforeSend(qint64 nowMs, int inFlight) const
{
    if (m_snapshot.limit <= 0 || m_snapshot.remaining < 0)
        return 0;
    if (nowMs >= m_snapshot.resetEpochMs)
        return 0; // a new window has begun
    if (m_snapshot.remaining - inFlight > reserve())
        return 0;
    return m_snapshot.resetEpochMs - nowMs + 50;
}

} // namespace nd
