#pragma once

// Test support: a SyncEngine over a temporary cache against an in-process nango-sim, and the
// comparisons every engine test ends with.

#include "CacheCompare.h"
#include "SimHarness.h"
#include "StoreFixture.h"
#include "sync/SyncEngine.h"

#include <QtTest>

#include <functional>

namespace testsupport {

inline std::unique_ptr<nd::SyncEngine> makeEngine(const Sim &sim, const QString &dir, int pageSize = 100,
                                                  int pollSeconds = 0, int statusRefreshDelayMs = 100,
                                                  const std::function<void(nd::EngineConfig &)> &adjust = {})
{
    nd::EngineConfig config;
    config.databasePath = freshCacheLocation(dir);
    config.profileName = QStringLiteral("test");
    config.serverUrl = sim.url();
    config.pageSize = pageSize;
    config.pollIntervalSeconds = pollSeconds;
    config.webhookDebounceMs = 100;
    config.statusRefreshDelayMs = statusRefreshDelayMs;
    if (adjust)
        adjust(config);
    auto engine = std::make_unique<nd::SyncEngine>(config);
    QString error;
    if (!engine->open(&error))
        qWarning() << error;
    engine->setApiKey(kApiKey);
    engine->client().setBackoff(50, 400);
    return engine;
}

inline bool syncAll(nd::SyncEngine &engine, QString *error = nullptr, const nd::PullFilter &filter = {})
{
    bool done = false;
    bool ok = false;
    engine.syncAll(filter, QStringLiteral("manual"), [&](bool success, const QString &message) {
        done = true;
        ok = success;
        if (error)
            *error = message;
    });
    return QTest::qWaitFor([&]() { return done; }, 120000) && ok;
}

// Waits for one call to Nango to end.
struct ApiCallWaiter
{
    explicit ApiCallWaiter(nd::ApiCall *c)
        : call(c)
        , spy(c, &nd::ApiCall::finished)
    {}
    bool wait(int ms = 30000) { return !spy.isEmpty() || spy.wait(ms); }
    nd::ApiCall *call;
    QSignalSpy spy;
};

// Compares every stream of the engine's profile with the simulator.
inline QString compareAll(nd::SyncEngine &engine, Sim &sim)
{
    QStringList problems;
    const auto streams = engine.records().streams(engine.profile().id);
    if (streams.isEmpty())
        return QStringLiteral("no streams");
    for (const nd::Stream &s : streams) {
        const QString diff =
            compareWithTruth(engine.database(), s.id,
                             sim.truth(s.key.integration, s.key.connectionId, s.key.model, s.key.variant));
        if (!diff.isEmpty())
            problems << QStringLiteral("%1/%2/%3: %4")
                            .arg(s.key.integration, s.key.connectionId, s.key.model, diff);
        const QString counts = checkCounts(engine.database(), s.id);
        if (!counts.isEmpty())
            problems << counts;
    }
    return problems.join(u'\n');
}

} // namespace testsupport
