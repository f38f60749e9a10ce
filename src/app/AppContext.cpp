#include "AppContext.h"

#include "EngineHost.h"
#include "WriteBack.h"
#include "models/RecordsLoader.h"
#include "util/Timestamp.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>

namespace nd {

using namespace Qt::StringLiterals;

AppContext::AppContext(const ProfileSettings &settings, bool demo, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_demo(demo)
    , m_reader(std::make_unique<CacheReader>(ProfileSettings::databasePath()))
    , m_records(std::make_unique<RecordsLoader>(ProfileSettings::databasePath()))
    , m_writeBack(new WriteBack(this))
{
    qRegisterMetaType<nd::RateBudget::Snapshot>();
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(400);
    connect(&m_refresh, &QTimer::timeout, this, &AppContext::refreshNow);
    connect(m_reader.get(), &CacheReader::catalogLoaded, this, [this](const CatalogSnapshot &s) {
        m_snapshot = s;
        Q_EMIT snapshotChanged();
    });
    connect(m_reader.get(), &CacheReader::activityLoaded, this, &AppContext::activityLoaded);
    connect(m_reader.get(), &CacheReader::historyLoaded, this, &AppContext::historyLoaded);
}

AppContext::~AppContext() = default;

void AppContext::start(const QUrl &server, const QByteArray &apiKey, const QByteArray &signingKey)
{
    if (m_demo)
        m_signingKey = signingKey;
    m_engine.reset(); // a restart: the old engine finishes on its thread first
    m_pullsRunning = 0;
    EngineConfig config;
    config.databasePath = ProfileSettings::databasePath();
    config.profileName = m_settings.name;
    config.serverUrl = server;
    config.pageSize = m_settings.pageSize;
    config.pollIntervalSeconds = m_settings.pollSeconds;
    m_engine = std::make_unique<EngineHost>(config);
    SyncEngine *engine = m_engine->engine();
    connect(engine, &SyncEngine::catalogChanged, this, &AppContext::refreshSoon);
    connect(engine, &SyncEngine::webhookLogged, this, &AppContext::refreshSoon);
    connect(engine, &SyncEngine::journalChanged, this, &AppContext::refreshSoon);
    connect(engine, &SyncEngine::pullStarted, this, [this](qint64, const QString &) {
        ++m_pullsRunning;
        Q_EMIT statusChanged();
    });
    connect(engine, &SyncEngine::pullProgress, this, &AppContext::pullProgress);
    connect(engine, &SyncEngine::pullFinished, this, [this](qint64 id, bool ok, const QString &error) {
        m_pullsRunning = std::max(0, m_pullsRunning - 1);
        m_lastPull = QDateTime::currentDateTime().toString(u"HH:mm:ss"_s);
        Q_EMIT statusChanged();
        Q_EMIT pullFinished(id, ok, error);
        refreshSoon();
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
    connect(m_engine.get(), &EngineHost::started, this,
            [this](bool ok, const QString &error, const QUrl &url) {
                m_listenerUrl = url;
                m_engineError = ok ? QString() : error;
                Q_EMIT engineStarted(ok, error);
                Q_EMIT statusChanged();
                refreshNow();
            });
    connect(m_engine.get(), &EngineHost::catalogRefreshed, this, [this](bool ok, const QString &error) {
        m_engineError = ok ? QString() : error;
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
    m_engine->start(options);
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

void AppContext::pullNow(qint64 streamId)
{
    m_engine->post([streamId](SyncEngine &e) { e.requestPull(streamId, u"manual"_s); });
}

void AppContext::repair(qint64 streamId, qint64 sinceUs)
{
    m_engine->post([streamId, sinceUs](SyncEngine &e) { e.repairPull(streamId, sinceUs); });
}

void AppContext::testConnection(Done done)
{
    m_engine->post([this, done](SyncEngine &e) {
        ApiCall *call = e.client().listIntegrations();
        QObject::connect(call, &ApiCall::finished, &e, [this, call, done]() {
            call->deleteLater();
            const int count = int(call->json().object().value(u"data"_s).toArray().size());
            callDone(done, call->ok(),
                     call->ok() ? tr("Connected: the key works and sees %n integration(s).", nullptr, count)
                                : call->error().userMessage());
        });
    });
}

} // namespace nd
