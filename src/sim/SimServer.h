#pragma once

#include "SimOptions.h"

#include <QObject>
#include <QStringList>
#include <QUrl>

#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

namespace nangosim {

class SimApi;
class SimWorld;
class SyncRunner;
class WebhookSender;
struct SimRequest;
struct SimResponse;

// nango-sim: a Nango-compatible server. It can run standalone (src/sim/main.cpp) or inside another
// process (the desktop app's demo environment, tests).
class SimServer : public QObject
{
    Q_OBJECT
public:
    explicit SimServer(const SimOptions &options, QObject *parent = nullptr);
    ~SimServer() override;

    // Starts listening and the sync schedules; returns false and sets `error` on failure.
    bool start(QString *error);
    QUrl url() const { return m_url; }
    const SimOptions &options() const;

    SimWorld &world() { return *m_world; }
    SimApi &api() { return *m_api; }
    WebhookSender &webhooks() { return *m_webhooks; }
    void addWebhookUrl(const QString &url);

private:
    struct KeyInfo
    {
        QStringList scopes;
        bool otherEnvironment = false;
    };
    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void route(const SimRequest &req, const std::function<void(SimResponse)> &reply);
    std::optional<SimResponse> authenticate(const SimRequest &req, KeyInfo *key) const;
    static QString requiredScope(const SimRequest &req, const QStringList &segments);

    std::unique_ptr<SimWorld> m_world;
    std::unique_ptr<WebhookSender> m_webhooks;
    std::unique_ptr<SyncRunner> m_runner;
    std::unique_ptr<SimApi> m_api;
    std::unique_ptr<QHttpServer> m_http;
    QHash<QString, KeyInfo> m_keys;
    QUrl m_url;
};

} // namespace nangosim
