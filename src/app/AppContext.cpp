#include "AppContext.h"

#include "EngineHost.h"
#include "WriteBack.h"
#include "cache/CacheCheck.h"
#include "models/RecordsLoader.h"
#include "util/Timestamp.h"
#include "webhook/TestWebhook.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QtConcurrent/QtConcurrentRun>

namespace nd {

using namespace Qt::StringLiterals;

AppContext::AppContext(const ProfileSettings &settings, bool demo, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_demo(demo)
    , m_reader(std::make_unique<CacheReader>(settings.cacheLocation()))
    , m_records(std::make_unique<RecordsLoader>(settings.cacheLocation()))
    , m_writeBack(new WriteBack(this))
{
    qRegisterMetaType<nd::RateBudget::Snapshot>();
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(400);
    connect(&m_refresh, &QTimer::timeout, this, &AppContext::refreshNow);
    connect(m_reader.get(), &CacheReader::catalogLoaded, this, [this](const CatalogSnapshot &s) {
        m_snapshot = s;
        recompute(true); // new facts: a run that started, a new frequency, ... whatever the states
        Q_EMIT snapshotChanged();
    });
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this]() { recompute(); });
    m_tick.start();
    connect(m_reader.get(), &CacheReader::activityLoaded, this, &AppContext::activityLoaded);
    connect(m_reader.get(), &CacheReader::externalChange, this, [this](const QList<qint64> &streams) {
        refreshSoon();
        for (qint64 id : streams)
            if (id)
                Q_EMIT pullFinished(id, true, {}); // open views of that stream read it again
    });
    connect(m_reader.get(), &CacheReader::historyLoaded, this, &AppContext::historyLoaded);
}

AppContext::~AppContext() = default;

qint64 AppContext::nowUs() const
{
    return Timestamp::nowMicros();
}

int AppContext::pullsRunning() const
{
    int n = 0;
    for (const LivePull &p : m_live.pulls)
        n += p.running;
    return n;
}

std::optional<StreamStatus> AppContext::status(qint64 streamId) const
{
    for (const StreamStatus &s : m_statuses)
        if (s.streamId == streamId)
            return s;
    return std::nullopt;
}

void AppContext::recompute(bool newFacts)
{
    const QList<StreamStatus> before = m_statuses;
    const qint64 now = nowUs();
    m_statuses = Status::evaluateAll(m_snapshot.facts, m_live, {now, m_settings.pollSeconds});
    // A second passing only matters where a countdown is shown (until it has said "now"), or
    // where a state changed; a retry time long past shows no countdown and costs nothing.
    const auto counting = [now](qint64 atUs) { return atUs > now - 1000000; };
    bool changed = newFacts || before.size() != m_statuses.size() || counting(m_live.server.retryAtUs);
    for (qsizetype i = 0; !changed && i < m_statuses.size(); ++i) {
        const StreamStatus &a = before.at(i);
        const StreamStatus &b = m_statuses.at(i);
        changed = a.state != b.state || a.pages != b.pages || a.late != b.late || counting(b.retryAtUs);
    }
    if (changed)
        Q_EMIT statusesChanged();
}

void AppContext::connectEngine(SyncEngine *engine)
{
    connect(engine, &SyncEngine::catalogChanged, this, &AppContext::refreshSoon);
    connect(engine, &SyncEngine::webhookLogged, this, &AppContext::refreshSoon);
    connect(engine, &SyncEngine::journalChanged, this, &AppContext::refreshSoon);
    connect(engine, &SyncEngine::pullQueued, this, [this](qint64 id, const QString &because) {
        LivePull &p = m_live.pulls[id];
        if (!p.running) {
            p.queued = true;
            p.queuedBecause = because;
        }
        recompute();
    });
    connect(engine, &SyncEngine::pullStarted, this, [this](qint64 id, const QString &) {
        LivePull &p = m_live.pulls[id];
        p = LivePull{};
        p.running = true;
        recompute();
        Q_EMIT statusChanged();
    });
    connect(engine, &SyncEngine::pullProgress, this, [this](qint64 id, int pages, qint64 records) {
        LivePull &p = m_live.pulls[id];
        p.pages = pages;
        p.records = records;
        recompute();
        Q_EMIT pullProgress(id, pages, records);
    });
    connect(engine, &SyncEngine::pullFailed, this,
            [this](qint64 id, const QString &error, const QString &kind, qint64 retryAt) {
                m_live.failures.insert(id, {error, kind, nowUs(), retryAt});
            });
    connect(engine, &SyncEngine::pullFinished, this, [this](qint64 id, bool ok, const QString &error) {
        m_live.pulls.remove(id);
        if (ok)
            m_live.failures.remove(id);
        recompute();
        Q_EMIT statusChanged();
        Q_EMIT pullFinished(id, ok, error);
        refreshSoon();
    });
    connect(engine, &SyncEngine::healthChanged, this, [this](const ServerHealth &health) {
        m_live.server = health;
        recompute();
        Q_EMIT statusChanged();
    });
    connect(engine, &SyncEngine::syncFailed, this,
            [this](const QString &integration, const QString &connection, const QString &sync,
                   const QString &error) {
                Q_EMIT syncFailed(u"%1 / %2 / %3"_s.arg(integration, connection, sync), error);
            });
    connect(
        engine, &SyncEngine::authEvent, this,
        [this](const QString &integration, const QString &connection, bool success, const QString &error) {
            if (!success)
                Q_EMIT authProblem(u"%1 / %2"_s.arg(integration, connection), error);
            refreshSoon();
        });
    connect(&engine->client(), &NangoClient::rateBudgetChanged, this, [this](const RateBudget::Snapshot &s) {
        m_budget = s;
        Q_EMIT statusChanged();
    });
}

void AppContext::start(const QUrl &server, const QByteArray &apiKey, const QByteArray &signingKey,
                       const QByteArray &cachePassword, const QByteArray &proxyPassword)
{
    m_cachePassword = cachePassword;
    m_reader->setLocation(m_settings.cacheLocation(), cachePassword);
    m_records->setLocation(m_settings.cacheLocation(), cachePassword);
    m_engine.reset(); // a restart: the old engine finishes on its thread first
    m_live = LiveState{};
    EngineConfig config;
    config.databasePath = m_settings.cacheLocation();
    config.databasePassword = cachePassword;
    config.profileName = m_settings.name;
    config.serverUrl = server;
    config.pageSize = m_settings.pageSize;
    config.pollIntervalSeconds = m_settings.pollSeconds;
    config.rejectedLogBytes = qint64(m_settings.rejectedLogMb) * 1024 * 1024;
    config.network = m_settings.network;
    config.massDeleteShare = m_settings.massDeletePercent / 100.0;
    config.historyVersions = m_settings.historyVersions;
    if (m_demo)
        config.network->proxy = QString::fromLatin1(NetworkSettings::kNoProxy); // in-process: never proxied
    config.proxyPassword = proxyPassword;
    m_proxyPassword = proxyPassword;
    m_engine = std::make_unique<EngineHost>(config);
    ++m_engineEpoch;
    connectEngine(m_engine->engine());
    connect(m_engine.get(), &EngineHost::started, this,
            [this](bool ok, const QString &error, const QUrl &url, bool readOnly, qint64 writerId) {
                m_reader->ignoreWriter(writerId); // our own engine's pages come by its signals
                m_listenerUrl = url;
                m_readOnly = readOnly;
                m_engineError = ok ? QString() : error;
                m_listenerError = ok ? error : QString();
                Q_EMIT engineStarted(ok, error);
                Q_EMIT statusChanged();
                refreshNow();
            });
    EngineHost::StartOptions options;
    options.apiKey = apiKey;
    options.signingKey = signingKey;
    QHostAddress address;
    address.setAddress(m_settings.listenHost);
    options.listen.address = address;
    options.listen.port = m_demo ? 0 : quint16(m_settings.listenPort);
    options.listen.allowLegacySignature = m_settings.allowLegacySignature;
    options.listen.allowRemote = m_settings.allowRemote;
    m_engine->start(options);
}

void AppContext::setPreviousSigningKey(const QByteArray &key, qint64 untilUs)
{
    if (!m_engine)
        return;
    m_engine->post([key, untilUs](SyncEngine &e) {
        if (e.listener())
            e.listener()->setPreviousSigningKey(key, untilUs);
    });
}

void AppContext::refreshSoon()
{
    if (!m_refresh.isActive())
        m_refresh.start();
}

void AppContext::refreshNow()
{
    m_reader->requestCatalog(m_settings.name);
    if (m_snapshot.profile.id)
        m_reader->requestActivity(m_snapshot.profile.id);
}

void AppContext::requestHistory(qint64 streamId)
{
    m_reader->requestHistory(streamId);
}

void AppContext::callDone(const Done &done, bool ok, const QString &message)
{
    // Back to the GUI thread.
    QMetaObject::invokeMethod(this, [this, done, ok, message]() {
        done(ok, message);
        refreshSoon();
    });
}

void AppContext::trigger(const SyncSelector &target, ResyncMode mode, Done done)
{
    m_engine->post([this, target, mode, done](SyncEngine &e) {
        e.trigger(target, mode, [this, done](bool ok, const QString &m) { callDone(done, ok, m); });
    });
}

void AppContext::pause(const SyncSelector &target, Done done)
{
    m_engine->post([this, target, done](SyncEngine &e) {
        e.pause(target, [this, done](bool ok, const QString &m) { callDone(done, ok, m); });
    });
}

void AppContext::resume(const SyncSelector &target, Done done)
{
    m_engine->post([this, target, done](SyncEngine &e) {
        e.start(target, [this, done](bool ok, const QString &m) { callDone(done, ok, m); });
    });
}

void AppContext::setFrequency(const QString &integration, const QString &connectionId, const QString &sync,
                              const QString &variant, const std::optional<QString> &frequency, Done done)
{
    m_engine->post([=](SyncEngine &e) {
        e.setFrequency(integration, connectionId, sync, variant, frequency,
                       [this, done](bool ok, const QString &m) { callDone(done, ok, m); });
    });
}

void AppContext::replayWebhook(qint64 logId, Done done)
{
    if (!m_engine) {
        done(false, tr("Nango Desk is still starting; try again in a moment."));
        return;
    }
    m_engine->post([this, logId, done](SyncEngine &e) {
        e.replayWebhook(logId, [this, done](bool ok, const QString &m) { callDone(done, ok, m); });
    });
}

void AppContext::acknowledgeMassDelete(qint64 streamId)
{
    if (m_engine)
        m_engine->post([streamId](SyncEngine &e) { e.acknowledgeMassDelete(streamId); });
}

void AppContext::pullNow(qint64 streamId)
{
    m_engine->post([streamId](SyncEngine &e) { e.requestPull(streamId, u"manual"_s); });
}

void AppContext::repair(qint64 streamId, qint64 sinceUs)
{
    m_engine->post([streamId, sinceUs](SyncEngine &e) { e.repairPull(streamId, sinceUs); });
}

void AppContext::sendTestWebhook(const QByteArray &signingKey, Done done)
{
    if (!m_engine || m_listenerUrl.isEmpty()) {
        done(false, tr("The listener is not running; add the webhook signing key and save."));
        return;
    }
    m_engine->post([this, signingKey, done](SyncEngine &e) {
        if (!e.listener()) {
            callDone(done, false, tr("The listener is not running; add the webhook signing key and save."));
            return;
        }
        auto *nam = new QNetworkAccessManager(&e);
        TestWebhook::send(nam, e.listener()->url(),
                          signingKey.isEmpty() ? e.listener()->signingKey() : signingKey, &e,
                          [this, nam, done](const TestWebhook::Result &r) {
                              nam->deleteLater();
                              callDone(done, r.ok, r.message);
                          });
    });
}

void AppContext::sendTestWebhookTo(const QUrl &url, Done done)
{
    if (!m_engine) {
        done(false, tr("Nango Desk is still starting; try again in a moment."));
        return;
    }
    m_engine->post([this, url, done](SyncEngine &e) {
        if (!e.listener()) {
            callDone(done, false, tr("The listener is not running; add the webhook signing key and save."));
            return;
        }
        auto *nam = new QNetworkAccessManager(&e);
        TestWebhook::send(nam, url, e.listener()->signingKey(), &e,
                          [this, nam, done](const TestWebhook::Result &r) {
                              nam->deleteLater();
                              callDone(done, r.ok, r.message);
                          });
    });
}

void AppContext::webhookUrl(const QString &integration, const QString &connectionId,
                            std::function<void(bool ok, const QString &url, const QString &error)> done)
{
    if (!m_engine) {
        done(false, {}, tr("Nango Desk is still starting; try again in a moment."));
        return;
    }
    m_engine->post([this, integration, connectionId, done](SyncEngine &e) {
        e.webhookUrl(integration, connectionId,
                     [this, done](bool ok, const QString &url, const QString &error) {
                         QMetaObject::invokeMethod(this, [done, ok, url, error]() { done(ok, url, error); });
                     });
    });
}

void AppContext::setWebhookUrl(const QString &integration, const QString &connectionId, const QString &url,
                               Done done)
{
    if (!m_engine) {
        done(false, tr("Nango Desk is still starting; try again in a moment."));
        return;
    }
    m_engine->post([this, integration, connectionId, url, done](SyncEngine &e) {
        e.setWebhookUrl(integration, connectionId, url,
                        [this, done](bool ok, const QString &m) { callDone(done, ok, m); });
    });
}

void AppContext::retryNow()
{
    if (m_engine)
        m_engine->post([](SyncEngine &e) { e.retryNow(); });
}

void AppContext::testCache(const QString &location, const QByteArray &password, Done done)
{
    const QByteArray usePassword = password.isEmpty() ? m_cachePassword : password;
    // A watcher owned by this context: if the window goes first, nobody is answered.
    auto *watcher = new QFutureWatcher<CacheCheck>(this);
    connect(watcher, &QFutureWatcher<CacheCheck>::finished, this, [watcher, done]() {
        const CacheCheck check = watcher->result();
        watcher->deleteLater();
        done(check.ok, check.message);
    });
    watcher->setFuture(
        QtConcurrent::run([location, usePassword]() { return CacheCheck::run(location, usePassword); }));
}

void AppContext::testConnection(const QUrl &server, const QByteArray &apiKey, const NetworkSettings &network,
                                const QByteArray &proxyPassword, CheckDone done)
{
    checkServer(server, apiKey, false, network, proxyPassword, std::move(done));
}

void AppContext::inspectCertificate(const QUrl &server, const NetworkSettings &network,
                                    const QByteArray &proxyPassword, CheckDone done)
{
    checkServer(server, {}, true, network, proxyPassword, std::move(done));
}

void AppContext::checkServer(const QUrl &server, const QByteArray &apiKey, bool keyless,
                             const NetworkSettings &network, const QByteArray &proxyPassword, CheckDone done)
{
    if (!m_engine) {
        ConnectionCheck check;
        check.message = tr("Nango Desk is still starting; try again in a moment.");
        done(check);
        return;
    }
    const QByteArray usePassword = proxyPassword.isEmpty() ? m_proxyPassword : proxyPassword;
    m_engine->post([this, server, apiKey, keyless, network, usePassword, done](SyncEngine &e) {
        // Its own client: what is typed is tested, and the running engine is left alone.
        auto *client = new NangoClient(&e);
        client->setBaseUrl(server);
        client->setMaxAttempts(1);
        client->setTimeoutMs(15000);
        client->setNetwork(network, usePassword);
        if (!keyless && apiKey.isEmpty())
            client->useApiKeyOf(e.client());
        else if (!keyless)
            client->setApiKey(apiKey);
        // Without a key only the certificate and the way there are checked (the key is not sent to a
        // server that is not trusted yet).
        const bool keyed = client->hasApiKey();
        ApiCall *call = keyed ? client->listIntegrations() : client->probe();
        QObject::connect(call, &ApiCall::finished, &e, [this, call, client, server, keyed, done]() {
            ConnectionCheck check;
            check.error = call->error();
            check.certificate =
                check.error.certificate.isNull() ? call->peerCertificate() : check.error.certificate;
            const bool reached = check.error.kind != ApiError::Kind::Tls &&
                                 check.error.kind != ApiError::Kind::Proxy && call->status() > 0;
            check.ok = keyed ? call->ok() : reached;
            const int count = int(call->json().object().value(u"data"_s).toArray().size());
            if (keyed && check.ok)
                check.message =
                    tr("Connected to %1: the key works and sees %n integration(s).", nullptr, count)
                        .arg(server.toString());
            else if (!keyed && check.ok)
                check.message =
                    (server.scheme() == u"https"
                         ? tr("%1 answers and its certificate is trusted. Type this environment's "
                              "API key to test the key too.")
                         : tr("%1 answers. Type this environment's API key to test the key too."))
                        .arg(server.toString());
            else
                check.message = check.error.userMessage();
            client->deleteLater();
            QMetaObject::invokeMethod(this, [done, check]() { done(check); });
        });
    });
}

} // namespace nd
