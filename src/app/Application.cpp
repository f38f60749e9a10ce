#include "Application.h"

#include "AppContext.h"
#include "DemoEnvironment.h"
#include "MainWindow.h"
#include "cache/Store.h"
#include "net/ProxyPolicy.h"
#include "panels/HistoryPanel.h"
#include "panels/SettingsPanel.h"
#include "secrets/KeyLoader.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretStore.h"
#include "secrets/SigningKeyRotation.h"
#include "util/Logging.h"
#include "util/Timestamp.h"

#include <QApplication>
#include <QFile>
#include <QPointer>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

namespace nd {

using namespace Qt::StringLiterals;

Application::Application(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_keychain(new KeychainSecretStore(this))
    , m_memory(new MemorySecretStore(this))
{}

Application::~Application()
{
    m_window.reset();
    m_context.reset();
    m_demo.reset();
}

void Application::start()
{
    if (m_options.demo) {
        // A fresh demo cache each time: the demo server's data is generated anew.
        const QString path = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                             u"/nango-desk/demo.sqlite"_s;
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
            QFile::remove(path + suffix);
        ProfileSettings::setDatabasePathOverride(path);
        m_settings.name = u"demo"_s;
        m_settings.environment = u"demo"_s;
        m_settings.pollSeconds = 60;
    } else {
        m_settings = ProfileSettings::load(m_options.profile.isEmpty() ? ProfileSettings::currentProfile()
                                                                       : m_options.profile);
    }
    m_context = std::make_unique<AppContext>(m_settings, m_options.demo);
    m_window = std::make_unique<MainWindow>(m_context.get());
    connect(m_window.get(), &MainWindow::applySettingsRequested, this, &Application::applySettings);
    connect(m_window.get(), &MainWindow::sessionOnlyRequested, this, &Application::useSessionOnly);
    connect(m_window.get(), &MainWindow::profileSwitchRequested, this, [this](const QString &profile) {
        // The window that asked is destroyed: do it once its signal has returned.
        QMetaObject::invokeMethod(
            this, [this, profile]() { switchProfile(profile); }, Qt::QueuedConnection);
    });
    m_window->show();
    if (m_options.demo) {
        m_demo = std::make_unique<DemoEnvironment>(m_options.demoRecordsPerModel);
        connect(m_demo.get(), &DemoEnvironment::ready, this, [this](bool ok, const QString &error) {
            if (!ok) {
                m_window->settings()->showMessage(tr("The demo server did not start: %1").arg(error), true);
                return;
            }
            m_settings.serverUrl = m_demo->url().toString();
            m_context->setSettings(m_settings);
            startEngine(m_demo->apiKey(), m_demo->signingKey());
        });
        connect(m_context.get(), &AppContext::engineStarted, this, [this](bool ok) {
            if (ok && m_demo)
                m_demo->sendWebhooksTo(m_context->listenerUrl());
        });
        m_demo->start();
    } else {
        loadKeysAndStart();
    }
    if (!m_options.screenshotDirectory.isEmpty())
        connect(m_context.get(), &AppContext::snapshotChanged, this, &Application::maybeTakeScreenshots);
}

void Application::loadKeysAndStart()
{
    SecretStore *store = m_settings.sessionOnlySecrets ? static_cast<SecretStore *>(m_memory) : m_keychain;
    // The environment first (scripts, support), then the keychain: the CLI's order (KeyLoader).
    KeyLoader::load(
        store, m_settings.name, SecretStore::Kind::ApiKey, [this, store](const KeyLoader::Result &api) {
            KeyLoader::load(store, m_settings.name, SecretStore::Kind::WebhookSigningKey,
                            [this, store, api](const KeyLoader::Result &signing) {
                                m_window->settings()->setKeyState(!api.value.isEmpty(),
                                                                  !signing.value.isEmpty(), store->name());
                                if (api.broken) {
                                    m_window->showPage(MainWindow::Settings);
                                    m_window->settings()->showMessage(api.problem, true);
                                } else if (api.value.isEmpty() &&
                                           api.storeStatus == SecretStore::Status::Unavailable) {
                                    m_window->showKeychainProblem(api.problem);
                                    m_window->showPage(MainWindow::Settings);
                                } else if (api.value.isEmpty()) {
                                    m_window->showPage(MainWindow::Settings);
                                    m_window->settings()->showWelcome();
                                }
                                loadCachePasswordAndStart(store, api.value, signing.value);
                            });
        });
}

void Application::loadCachePasswordAndStart(SecretStore *store, const QByteArray &apiKey,
                                            const QByteArray &signingKey)
{
    // A cache on this computer has none; a shared one's is in the environment (NANGO_DESK_DB_PASSWORD;
    // PGPASSWORD and ~/.pgpass libpq reads itself) or the keychain.
    if (m_settings.sharedCache.isEmpty()) {
        m_window->settings()->setCachePasswordState(false, store->name());
        startEngine(apiKey, signingKey);
        return;
    }
    KeyLoader::load(store, m_settings.name, SecretStore::Kind::DatabasePassword,
                    [this, store, apiKey, signingKey](const KeyLoader::Result &r) {
                        m_window->settings()->setCachePasswordState(!r.value.isEmpty(), store->name());
                        startEngine(apiKey, signingKey, r.value);
                    });
}

void Application::startEngine(const QByteArray &apiKey, const QByteArray &signingKey,
                              const QByteArray &cachePassword)
{
    if (!cachePassword.isEmpty())
        SecretRedactor::add(cachePassword);
    const QUrl server(m_settings.serverUrl);
    auto start = [this, server, apiKey, signingKey, cachePassword](const QByteArray &proxyPassword) {
        m_context->start(server, apiKey, signingKey, cachePassword, proxyPassword);
        if (!m_options.demo)
            acceptPreviousSigningKey();
    };
    // A proxy that names a user: its password from NANGO_DESK_PROXY_PASSWORD or the keychain.
    if (m_options.demo || !ProxyPolicy::needsPassword(m_settings.network, server)) {
        start({});
        return;
    }
    SecretStore *store = m_settings.sessionOnlySecrets ? static_cast<SecretStore *>(m_memory) : m_keychain;
    KeyLoader::load(store, m_settings.name, SecretStore::Kind::ProxyPassword,
                    [this, start, store](const KeyLoader::Result &r) {
                        m_window->settings()->setProxyPasswordState(!r.value.isEmpty(), store->name());
                        start(r.value);
                    });
}

void Application::acceptPreviousSigningKey()
{
    // The key a new one replaced minutes ago still verifies webhooks Nango signed before it switched;
    // once its time is up the keychain entry goes (loadPrevious removes it then).
    SecretStore *store = m_settings.sessionOnlySecrets ? static_cast<SecretStore *>(m_memory) : m_keychain;
    SigningKeyRotation::loadPrevious(
        store, m_settings.name,
        [this, context = QPointer<AppContext>(m_context.get())](const QByteArray &key, qint64 untilUs) {
            if (!context || key.isEmpty())
                return;
            SecretRedactor::add(key);
            context->setPreviousSigningKey(key, untilUs);
            const qint64 leftMs = (untilUs - Timestamp::nowMicros()) / 1000 + 1000;
            QTimer::singleShot(std::chrono::milliseconds(leftMs), context,
                               [this]() { acceptPreviousSigningKey(); });
        });
}

void Application::switchProfile(const QString &profile)
{
    ProfileSettings::setCurrentProfile(profile);
    ProfileSettings::load(profile).save(); // a new profile starts from the defaults
    m_options.profile = profile;
    m_screenshotsStarted = false;
    m_window.reset();
    m_context.reset();
    start();
}

void Application::useSessionOnly()
{
    m_settings.sessionOnlySecrets = true;
    m_settings.save();
    m_context->setSettings(m_settings);
    m_window->hideKeychainProblem();
    m_window->showPage(MainWindow::Settings);
    m_window->settings()->setKeyState(false, false, m_memory->name());
    m_window->settings()->showMessage(tr("Keys you type now stay in memory until Nango Desk quits."), false);
}

void Application::applySettings()
{
    SettingsPanel *panel = m_window->settings();
    const QUrl url(panel->settings().serverUrl, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty()) {
        panel->showMessage(tr("The server URL must be an http(s) address, e.g. http://localhost:3003."),
                           true);
        return;
    }
    // Checked before anything is saved: a URI with a password never reaches the settings file.
    const QString shared = panel->settings().sharedCache;
    if (!shared.isEmpty() && !Store::isPostgres(shared)) {
        panel->showMessage(
            tr("A shared cache is a postgresql:// URI, e.g. postgresql://nangodesk@db.example.com:5432/"
               "nangodesk."),
            true);
        return;
    }
    if (const QString problem = shared.isEmpty() ? QString() : Store::locationProblem(shared);
        !problem.isEmpty()) {
        panel->showMessage(problem, true);
        return;
    }
    if (const QString problem = NetworkSettings::proxyProblem(panel->settings().network.proxy);
        !problem.isEmpty()) {
        panel->showMessage(problem, true);
        return;
    }
    m_settings = panel->settings();
    if (!m_options.demo) {
        m_settings.save();
        ProfileSettings::setCurrentProfile(m_settings.name);
    }
    m_context->setSettings(m_settings);
    if (m_options.demo) {
        startEngine(m_demo->apiKey(), m_demo->signingKey());
        return;
    }
    SecretStore *store = m_settings.sessionOnlySecrets ? static_cast<SecretStore *>(m_memory) : m_keychain;
    const QByteArray apiKey = panel->newApiKey();
    const QByteArray signingKey = panel->newSigningKey();
    const QByteArray cachePassword = panel->newCachePassword();
    const QByteArray proxyPassword = panel->newProxyPassword();
    auto restart = [this, store, cachePassword, proxyPassword]() {
        // Each password typed goes to the keychain, then the engine starts with what is stored.
        auto writeProxy = [this, store, proxyPassword]() {
            if (proxyPassword.isEmpty()) {
                loadKeysAndStart();
                return;
            }
            store->write(m_settings.name, SecretStore::Kind::ProxyPassword, proxyPassword,
                         [this](const SecretStore::Result &r) {
                             if (r.status != SecretStore::Status::Ok)
                                 m_window->showKeychainProblem(r.message);
                             loadKeysAndStart();
                         });
        };
        if (cachePassword.isEmpty() || m_settings.sharedCache.isEmpty()) {
            writeProxy();
            return;
        }
        store->write(m_settings.name, SecretStore::Kind::DatabasePassword, cachePassword,
                     [this, writeProxy](const SecretStore::Result &r) {
                         if (r.status != SecretStore::Status::Ok)
                             m_window->showKeychainProblem(r.message);
                         writeProxy();
                     });
    };
    auto writeSigning = [this, store, signingKey, restart]() {
        if (signingKey.isEmpty()) {
            restart();
            return;
        }
        // The key it replaces stays accepted for a while: Nango goes on signing with it for minutes.
        SigningKeyRotation::rotate(store, m_settings.name, signingKey,
                                   [this, restart](bool ok, const QString &message) {
                                       if (!ok)
                                           m_window->showKeychainProblem(message);
                                       restart();
                                   });
    };
    if (apiKey.isEmpty()) {
        writeSigning();
        return;
    }
    store->write(m_settings.name, SecretStore::Kind::ApiKey, apiKey,
                 [this, writeSigning](const SecretStore::Result &r) {
                     if (r.status != SecretStore::Status::Ok) {
                         m_window->showKeychainProblem(r.message);
                         return;
                     }
                     writeSigning();
                 });
}

void Application::maybeTakeScreenshots()
{
    const CatalogSnapshot &s = m_context->snapshot();
    if (m_screenshotsStarted || s.streams.isEmpty() || m_context->listenerUrl().isEmpty())
        return;
    qint64 pulled = 0;
    for (const Stream &st : s.streams)
        if (!st.lastPullAt.isEmpty() && st.liveCount > 0)
            pulled = pulled ? pulled : st.id;
    if (!pulled)
        return;
    m_screenshotsStarted = true;
    m_window->history()->showStream(pulled);
    // Let the pulls of start-up settle so every panel has something to show.
    QTimer::singleShot(4000, this, [this]() {
        m_window->captureScreenshots(m_options.screenshotDirectory,
                                     [](bool ok) { QCoreApplication::exit(ok ? 0 : 1); });
    });
}

} // namespace nd
