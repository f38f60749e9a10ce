#pragma once

#include "api/ApiError.h"
#include "status/SyncStatus.h"

#include <QObject>
#include <QTimer>

#include <functional>

namespace nd {

class ApiCall;
class NangoClient;

// Whether the server answers, from every call the client makes. The first failure that means "not
// reachable" (refused, DNS, TLS, a silent server, a web page instead of the API, a rejected key)
// is reported at once; the engine's recovery then runs after a growing pause (5 s up to 5 min),
// and a person can run it now.
class HealthMonitor : public QObject
{
    Q_OBJECT
public:
    explicit HealthMonitor(NangoClient &client, QObject *parent = nullptr);

    const ServerHealth &health() const { return m_health; }
    void setRecovery(std::function<void()> recovery) { m_recovery = std::move(recovery); }
    void setNoKey();
    // Runs the recovery now (a person asked).
    void retryNow();
    // The catalog could not be read, whatever the reason (a 500, a 403, a 429 that outlasted its
    // retries, as well as the network): nothing can be pulled, so the screens say so and the
    // recovery is tried again after the growing pause.
    void catalogFailed(const ApiError &error);
    // The engine's recovery (catalog, then what failed) began, and read the catalog: the pause
    // starts again from its shortest.
    void recoveryStarted() { m_recovering = true; }
    void recovered();

    // Kinds of failure that say the server as a whole cannot be used.
    static bool meansUnreachable(ApiError::Kind kind);

Q_SIGNALS:
    void changed(const nd::ServerHealth &health);

private:
    void onAnswered(const ApiCall *call);
    void fail(const ApiError &error, qint64 nowUs);
    void runRecovery();

    ServerHealth m_health;
    std::function<void()> m_recovery;
    QTimer m_retry{this};
    int m_failures = 0;          // recoveries in a row that did not read the catalog
    bool m_recoveryOwed = false; // a failure asked for a recovery that has not succeeded yet
    bool m_recovering = false;
};

} // namespace nd
