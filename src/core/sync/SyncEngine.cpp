#include "sync/SyncEngine.h"

#include "cache/SearchIndex.h"
#include "cache/Store.h"
#include "sync/AdminActions.h"
#include "sync/CatalogSync.h"
#include "sync/HealthMonitor.h"
#include "sync/MissedWebhooks.h"
#include "sync/WebhookRouter.h"
#include "util/Logging.h"
#include "util/Timestamp.h"

namespace nd {

using namespace Qt::StringLiterals;

SyncEngine::SyncEngine(const EngineConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_client(new NangoClient(this))
    , m_catalogSync(new CatalogSync(*this))
    , m_health(new HealthMonitor(*m_client, this))
    , m_webhooks(new WebhookRouter(*this))
    , m_admin(new AdminActions(*this))
    , m_missed(new MissedWebhooks(*this))
{
    m_client->setBaseUrl(config.serverUrl);
    m_client->setTimeoutMs(config.requestTimeoutMs);
    m_client->budget().setReserveFraction(config.rateReserveFraction);
    connect(&m_poll, &QTimer::timeout, this, &SyncEngine::pollNow);
    m_indexer.setSingleShot(true);
    connect(&m_indexer, &QTimer::timeout, this, &SyncEngine::indexSome);
    connect(m_catalogSync, &CatalogSync::changed, this, &SyncEngine::catalogChanged);
    connect(m_catalogSync, &CatalogSync::syncFailed, this, &SyncEngine::syncFailed);
    connect(m_health, &HealthMonitor::changed, this, &SyncEngine::healthChanged);
    // Only the background loop recovers by itself; a one-shot command reports and ends.
    m_health->setRecovery([this]() {
        if (m_backgroundWanted)
            recover(false);
    });
}

SyncEngine::~SyncEngine()
{
    m_interruptible = nullptr;
    for (PullJob *job : std::as_const(m_running))
        job->disconnect(this);
    for (auto it = m_running.cbegin(); it != m_running.cend(); ++it)
        if (m_store)
            m_store->unlockStream(it.key());
    m_listener.reset();
    m_store.reset();
}

void SyncEngine::interruptForQuit()
{
    m_quitting = true;
    if (SqlDb *db = m_interruptible.load())
        db->interrupt();
}

SqlDb &SyncEngine::database()
{
    return m_store->db();
}

RecordStore &SyncEngine::records()
{
    return m_store->records();
}

CatalogStore &SyncEngine::catalog()
{
    return m_store->catalog();
}

JournalStore &SyncEngine::journal()
{
    return m_store->journal();
}

bool SyncEngine::open(QString *error)
{
    Store::Options options;
    options.password = m_config.databasePassword;
    options.checkIntegrity = m_config.checkIntegrity;
    options.repair = m_config.repairCache;
    m_store = Store::open(m_config.databasePath, options, error);
    if (!m_store)
        return false;
    m_interruptible = &m_store->db();
    m_readOnly = !m_store->canWrite();
    m_store->journal().setRejectedLimits(m_config.rejectedLogRows, m_config.rejectedLogBytes);
    m_store->records().setHistoryLimit(m_config.historyVersions);
    if (m_readOnly) {
        qCInfo(lcSync).noquote() << "the cache" << m_store->location()
                                 << "is read-only for this role: no pulls, no admin actions";
        const auto existing = m_store->catalog().profile(m_config.profileName);
        if (!existing) {
            *error = tr("The shared cache %1 has no profile \"%2\" yet, and this role may not create it. Ask "
                        "whoever runs the watcher for the profile's name.")
                         .arg(m_store->location(), m_config.profileName);
            return false;
        }
        m_profile = *existing;
        m_client->setNetwork(m_config.network.value_or(m_profile.network), m_config.proxyPassword);
        return true;
    }
    const int interrupted = m_store->records().markInterrupted();
    if (interrupted > 0)
        qCInfo(lcSync) << interrupted
                       << "pulls were interrupted last time; they resume from their stored cursor";
    // No URL given: the profile's stored one, or Nango Cloud for a new profile.
    const QUrl fallback(QString::fromLatin1(NangoClient::kCloudUrl));
    m_profile = m_store->catalog().ensureProfile(
        m_config.profileName, (m_config.serverUrl.isEmpty() ? fallback : m_config.serverUrl).toString());
    if (m_config.serverUrl.isEmpty())
        m_config.serverUrl = QUrl(m_profile.serverUrl);
    m_client->setBaseUrl(m_config.serverUrl);
    const bool sameServer = QUrl(m_profile.serverUrl).adjusted(QUrl::StripTrailingSlash) ==
                            m_config.serverUrl.adjusted(QUrl::StripTrailingSlash);
    if (!sameServer && m_store->dialect() == SqlDialect::Postgres) {
        // On a shared cache another client may be using this profile for that server: its records
        // and this server's must not mix.
        *error = tr("The shared cache %1 holds the profile \"%2\" for %3, not for %4. Give this server a "
                    "profile of its own (--profile, or a new profile in the app), or point this one at %3.")
                     .arg(m_store->location(), m_config.profileName, m_profile.serverUrl,
                          m_config.serverUrl.toString());
        return false;
    }
    if (m_profile.serverUrl != m_config.serverUrl.toString()) {
        m_profile.serverUrl = m_config.serverUrl.toString();
        m_store->catalog().updateProfile(m_profile);
    }
    if (m_config.network && *m_config.network != m_profile.network) {
        m_profile.network = *m_config.network;
        m_store->catalog().updateProfile(m_profile);
    }
    m_client->setNetwork(m_profile.network, m_config.proxyPassword);
    if (m_profile.id == 0) {
        *error = tr("Cannot create the profile \"%1\" in the cache %2.")
                     .arg(m_config.profileName, m_config.databasePath);
        return false;
    }
    if (const QString salvage = m_store->salvageReport(); !salvage.isEmpty()) {
        // Shown where failures are: the Activity panel, the CLI's error output.
        JournalEntry e;
        e.profileId = m_profile.id;
        e.action = u"salvage"_s;
        e.target = m_store->location();
        e.outcome = u"failed"_s;
        e.message = salvage;
        m_store->journal().journal(e);
    }
    return true;
}

QString SyncEngine::salvageReport() const
{
    return m_store ? m_store->salvageReport() : QString();
}

bool SyncEngine::integrityChecked() const
{
    return m_store && m_store->integrityChecked();
}

void SyncEngine::setNetwork(const NetworkSettings &settings)
{
    m_config.network = settings;
    if (!m_readOnly && m_store && settings != m_profile.network) {
        m_profile.network = settings;
        m_store->catalog().updateProfile(m_profile);
    }
    m_client->setNetwork(settings, m_config.proxyPassword);
}

void SyncEngine::replayWebhook(qint64 logId, Done done)
{
    const auto entry = m_store ? m_store->journal().webhook(logId) : std::nullopt;
    if (!entry || (entry->profileId != 0 && entry->profileId != m_profile.id)) {
        done(false, tr("There is no webhook #%1 in this profile's log.").arg(logId));
        return;
    }
    if (m_readOnly) {
        done(false,
             tr("This role may only read the shared cache: replays are for whoever runs its watcher."));
        return;
    }
    const bool verified = entry->signature == u"valid" || entry->signature == u"legacy-valid";
    if (entry->rejected() || !verified) {
        done(false,
             tr("Webhook #%1 was refused when it came (%2): only a verified delivery is replayed, or a "
                "body nobody signed would be trusted.")
                 .arg(logId)
                 .arg(entry->outcome));
        return;
    }
    const QJsonObject payload = QJsonDocument::fromJson(entry->body).object();
    if (entry->body.size() < entry->bodySize || payload.isEmpty()) {
        done(false, tr("Webhook #%1 was not kept whole (%2 of %3 bytes): it cannot be replayed.")
                        .arg(logId)
                        .arg(entry->body.size())
                        .arg(entry->bodySize));
        return;
    }
    WebhookDelivery d;
    d.remote = u"replay of #%1"_s.arg(logId);
    d.headersJson = entry->headersJson;
    d.body = entry->body;
    d.bodySize = entry->bodySize;
    d.signature = entry->signature;
    d.verifiedBy = entry->verifiedBy;
    d.accepted = true;
    d.httpStatus = 200;
    d.payload = payload;
    d.replayOf = logId;
    qCInfo(lcWebhook) << "replaying webhook" << logId;
    m_webhooks->handle(d);
    done(true, {});
}

void SyncEngine::acknowledgeMassDelete(qint64 streamId)
{
    if (m_readOnly || !m_store)
        return;
    if (m_store->records().clearMassDelete(streamId))
        Q_EMIT journalChanged(); // the readers look again
}

void SyncEngine::setProxyPassword(const QByteArray &password)
{
    m_config.proxyPassword = password;
    m_client->setNetwork(m_client->network(), password);
}

void SyncEngine::setApiKey(const QByteArray &key)
{
    m_client->setApiKey(key);
    if (key.trimmed().isEmpty())
        m_health->setNoKey();
}

const ServerHealth &SyncEngine::health() const
{
    return m_health->health();
}

bool SyncEngine::isIdle() const
{
    return m_running.isEmpty() && m_queue.isEmpty() && m_debounce.isEmpty();
}

LiveState SyncEngine::liveState() const
{
    LiveState live;
    for (auto it = m_queuedBecause.cbegin(); it != m_queuedBecause.cend(); ++it) {
        LivePull &p = live.pulls[it.key()];
        p.queued = true;
        p.queuedBecause = it.value();
    }
    for (auto it = m_debounce.cbegin(); it != m_debounce.cend(); ++it) {
        LivePull &p = live.pulls[it.key()];
        p.queued = true;
        if (p.queuedBecause.isEmpty())
            p.queuedBecause = m_queuedBecause.value(it.key());
    }
    for (auto it = m_running.cbegin(); it != m_running.cend(); ++it) {
        LivePull &p = live.pulls[it.key()];
        p.running = true;
        p.pages = m_progress.value(it.key()).first;
        p.records = m_progress.value(it.key()).second;
    }
    live.failures = m_sessionFailures;
    live.server = m_health->health();
    return live;
}

// ---- catalog and background loop ------------------------------------------------------------------

void SyncEngine::refreshCatalog(Done done)
{
    m_catalogSync->refresh([this, done = std::move(done)](bool ok, const QString &error) {
        // Without the catalog nothing can be pulled, whatever the answer was: the screens and the
        // exit code say so (a 500 or a 403 is an answer, yet the loop cannot go on).
        if (!ok)
            m_health->catalogFailed(m_catalogSync->lastError());
        done(ok, error);
    });
}

void SyncEngine::refreshStatusSoon(const QString &integration)
{
    m_catalogSync->refreshStatusSoon(integration);
}

void SyncEngine::startBackground()
{
    if (m_readOnly)
        return; // others pull; this one reads
    m_backgroundWanted = true;
    if (m_client->hasApiKey())
        recover(false);
    else
        m_health->setNoKey(); // nothing is sent without a key
}

void SyncEngine::retryNow()
{
    if (!m_client->hasApiKey()) {
        m_health->setNoKey();
        return;
    }
    recover(true);
}

void SyncEngine::stop(std::function<void()> done)
{
    m_stopping = true;
    m_poll.stop();
    m_queue.clear();
    m_queuedBecause.clear();
    for (QTimer *t : std::as_const(m_debounce))
        t->deleteLater();
    m_debounce.clear();
    for (QTimer *t : std::as_const(m_retry))
        t->deleteLater();
    m_retry.clear();
    m_rerun.clear();
    if (m_running.isEmpty()) {
        done();
        return;
    }
    m_stopped = std::move(done);
    const auto jobs = m_running.values();
    for (PullJob *job : jobs)
        job->stopAfterPage();
}

void SyncEngine::recover(bool person)
{
    m_health->recoveryStarted();
    refreshCatalog([this, person](bool ok, const QString &failure) {
        if (!ok) {
            qCWarning(lcSync).noquote() << "catalog refresh failed:" << failure;
            return; // the health monitor has it and schedules the next try
        }
        m_health->recovered();
        const QString trigger = person ? u"manual"_s : m_backgroundStarted ? u"retry"_s : u"start-up"_s;
        for (const Stream &s : m_store->records().streams(m_profile.id)) {
            // Start-up pulls everything; a recovery pulls what failed (the rest follows the poll).
            if (!m_backgroundStarted || s.lastOutcome == u"failed" || m_sessionFailures.contains(s.id))
                requestPull(s.id, trigger,
                            m_backgroundStarted ? tr("the server answers again") : tr("start-up"));
        }
        m_backgroundStarted = true;
        startPolling();
    });
}

void SyncEngine::syncAll(const PullFilter &filter, const QString &trigger, Done done)
{
    m_failures.clear();
    refreshCatalog([this, filter, trigger, done](bool ok, const QString &error) {
        if (!ok) {
            done(false, error);
            return;
        }
        for (const Stream &s :
             m_store->records().streams(m_profile.id, filter.integration, filter.connectionId, filter.model))
            enqueue({s.id, trigger, false, 0});
        m_waiters.append({filter, done});
        checkIdle();
    });
}

void SyncEngine::startPolling()
{
    if (m_config.pollIntervalSeconds > 0 && !m_poll.isActive())
        m_poll.start(m_config.pollIntervalSeconds * 1000);
}

void SyncEngine::pollNow()
{
    m_catalogSync->poll();
}

void SyncEngine::indexSome()
{
    // Small batches between pulls keep webhooks and admin actions answered promptly.
    if (!m_store || !isIdle())
        return;
    // And a step of the block index's upkeep (PostgreSQL: the id order's long ranges cut), not while
    // a VACUUM runs: its reads would hold back what the VACUUM may clean, and pages would stay not
    // all-visible.
    const bool vacuuming = m_store->vacuumRunning();
    const bool more = !m_readOnly && !vacuuming && m_store->records().upkeepBlocks(16384) > 0;
    const int done = m_store->search().index(2000);
    if (done == 0 && more) {
        m_indexer.start(10);
    } else if (done == 0 && vacuuming) {
        m_indexer.start(200); // the upkeep again once the VACUUM has ended
    } else if (done > 0) {
        if (m_indexedSinceVacuum == 0) {
            // While a backfill is indexed, every tenth of the cache: the space of the versions the
            // indexer replaced becomes reusable and its next rows go there, not to new pages
            // (PostgreSQL: 1.5x the table the pull wrote instead of 2.4x, measured at 200,000).
            qint64 rows = 0;
            for (const Stream &s : m_store->records().streams(m_profile.id))
                rows += s.liveCount + s.deletedCount;
            m_indexVacuumStep = std::max(m_config.vacuumAfterRows, rows / 10);
        }
        m_indexedSinceVacuum += done;
        if (m_indexedSinceVacuum >= m_indexVacuumStep)
            vacuumIfDue(m_indexedSinceVacuum);
        m_indexer.start(10);
    } else if (done == 0 && !vacuumIfDue(m_indexedSinceVacuum)) {
        // Caught up: the table's pages again, once the VACUUM after the pull has ended.
        m_indexer.start(5000);
    }
}

bool SyncEngine::vacuumIfDue(qint64 &rows)
{
    if (m_config.vacuumAfterRows <= 0 || rows < m_config.vacuumAfterRows)
        return true;
    if (m_store->vacuumRunning())
        return false;
    if (m_store->vacuumInBackground())
        rows = 0;
    return true;
}

void SyncEngine::checkIdle()
{
    if (!isIdle())
        return;
    // A large pull's pages are all-visible at once (the index's UPDATEs will undo it page by page,
    // and the VACUUM after the index has caught up sets them again).
    vacuumIfDue(m_pulledSinceVacuum);
    m_indexer.start(200);
    Q_EMIT idle();
    const auto waiters = std::exchange(m_waiters, {});
    for (const auto &[filter, done] : waiters) {
        QStringList errors;
        for (const PullJob::Outcome &f : std::as_const(m_failures))
            errors.append(f.error);
        done(errors.isEmpty(), errors.join(u'\n'));
    }
}

// ---- admin actions -------------------------------------------------------------------------

void SyncEngine::trigger(const SyncSelector &target, ResyncMode mode, Done done)
{
    m_admin->trigger(target, mode, std::move(done));
}

void SyncEngine::setWebhookUrl(const QString &integration, const QString &connectionId, const QString &url,
                               Done done)
{
    m_admin->setWebhookUrl(integration, connectionId, url, std::move(done));
}

void SyncEngine::webhookUrl(const QString &integration, const QString &connectionId,
                            std::function<void(bool ok, const QString &url, const QString &error)> done)
{
    m_admin->webhookUrl(integration, connectionId, std::move(done));
}

void SyncEngine::pause(const SyncSelector &target, Done done)
{
    m_admin->pause(target, std::move(done));
}

void SyncEngine::start(const SyncSelector &target, Done done)
{
    m_admin->start(target, std::move(done));
}

void SyncEngine::setFrequency(const QString &integration, const QString &connectionId, const QString &sync,
                              const QString &variant, const std::optional<QString> &frequency, Done done)
{
    m_admin->setFrequency(integration, connectionId, sync, variant, frequency, std::move(done));
}

// ---- webhooks ------------------------------------------------------------------------------

bool SyncEngine::startListener(const WebhookListener::Options &options, const QByteArray &signingKey,
                               QString *error)
{
    m_listener = std::make_unique<WebhookListener>();
    m_listener->setSigningKey(signingKey);
    SecretRedactor::add(signingKey);
    connect(m_listener.get(), &WebhookListener::delivered, this, &SyncEngine::handleDelivery);
    return m_listener->listen(options, error);
}

void SyncEngine::handleDelivery(const WebhookDelivery &delivery)
{
    m_webhooks->handle(delivery);
}

} // namespace nd
