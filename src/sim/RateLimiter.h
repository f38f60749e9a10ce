#pragma once

#include <QHash>
#include <QString>

namespace nangosim {

// Nango's rate limiter (ratelimit.middleware.ts): a fixed window of points per account key.
class RateLimiter
{
public:
    struct Decision
    {
        bool allowed = true;
        int limit = 0;
        int remaining = 0;
        qint64 resetEpochSeconds = 0;
        qint64 msBeforeNext = 0;
    };

    void configure(int limit, int windowSeconds)
    {
        m_limit = limit;
        m_windowMs = qint64(windowSeconds) * 1000;
        m_windows.clear();
    }
    int limit() const { return m_limit; }
    bool enabled() const { return m_limit > 0; }

    Decision consume(const QString &key, qint64 nowMs);

private:
    struct Window
    {
        qint64 startMs = 0;
        int used = 0;
    };
    int m_limit = 200;
    qint64 m_windowMs = 60000;
    QHash<QString, Window> m_windows;
};

} // namespace nangosim
