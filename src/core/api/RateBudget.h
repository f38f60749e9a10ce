#pragma once

#include <QtGlobal>

class QNetworkReply;

namespace nd {

// Nango's per-account rate limit, read from X-RateLimit-* on every answer. The budget is shared
// with the user's production backend, so the client keeps a reserve and waits for the window to
// reset instead of spending it down to a 429.
class RateBudget
{
public:
    struct Snapshot
    {
        int limit = -1; // -1: not known yet
        int remaining = -1;
        qint64 resetEpochMs = 0;
    };

    void setReserveFraction(double fraction) { m_reserveFraction = fraction; }
    void update(const QNetworkReply *reply, qint64 nowMs);
    // How long to wait before sending one more request, in ms (0: go). A bulk request (a backfill
    // page) also leaves the urgent headroom to requests that are not.
    qint64 delayBeforeSend(qint64 nowMs, int inFlight, bool bulk = false) const;
    Snapshot snapshot() const { return m_snapshot; }
    int reserve() const;
    int urgentHeadroom() const;

private:
    Snapshot m_snapshot;
    double m_reserveFraction = 0.25;
};

} // namespace nd
