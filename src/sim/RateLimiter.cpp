#include "RateLimiter.h"

namespace nangosim {

RateLimiter::Decision RateLimiter::consume(const QString &key, qint64 nowMs)
{
    Window &w = m_windows[key];
    if (nowMs - w.startMs >= m_windowMs) {
        w.startMs = nowMs;
        w.used = 0;
    }
    w.used += 1;
    Decision d;
    d.limit = m_limit;
    d.allowed = w.used <= m_limit;
    d.remaining = d.allowed ? m_limit - w.used : 0;
    d.msBeforeNext = w.startMs + m_windowMs - nowMs;
    d.resetEpochSeconds = (w.startMs + m_windowMs + 999) / 1000;
    return d;
}

} // namespace nangosim
