#pragma once

#include "AppSettings.h"

#include <QObject>

#include <memory>

namespace nd {

class AppContext;
class DemoEnvironment;
class MainWindow;
class MemorySecretStore;
class SecretStore;

// Puts the app together: settings, keys (keychain or session-only), the demo server when asked,
// the engine and the window.
class Application : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        bool demo = false;
        int demoRecordsPerModel = 10000;
        QString profile;
        QString screenshotDirectory; // take screenshots of every panel, then quit
    };
    explicit Application(const Options &options, QObject *parent = nullptr);
    ~Application() override;

    void start();
    MainWindow *window() const { return m_window.get(); }
    AppContext *context() const { return m_context.get(); }

private:
    void loadKeysAndStart();
    void loadCachePasswordAndStart(SecretStore *store, const QByteArray &apiKey,
                                   const QByteArray &signingKey);
    void startEngine(const QByteArray &apiKey, const QByteArray &signingKey,
                     const QByteArray &cachePassword = {});
    void applySettings();
    void acceptPreviousSigningKey();
    void useSessionOnly();
    void maybeTakeScreenshots();
    void switchProfile(const QString &profile);

    Options m_options;
    ProfileSettings m_settings;
    std::unique_ptr<DemoEnvironment> m_demo;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;
    SecretStore *m_keychain = nullptr;
    MemorySecretStore *m_memory = nullptr;
    bool m_screenshotsStarted = false;
};

} // namespace nd
