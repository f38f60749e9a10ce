#pragma once

#include <QObject>
#include <QThread>
#include <QUrl>

namespace nangosim {
class SimServer;
}

namespace nd {

// The built-in demo: nango-sim in this process, on its own thread and a loopback port, with several
// integrations and connections and about 100,000 records, its webhooks sent to the app's listener.
class DemoEnvironment : public QObject
{
    Q_OBJECT
public:
    explicit DemoEnvironment(int recordsPerModel = 10000, QObject *parent = nullptr);
    ~DemoEnvironment() override;

    // Starts the server on its thread; ready() follows.
    void start();
    QUrl url() const { return m_url; }
    QByteArray apiKey() const { return m_apiKey; }
    QByteArray signingKey() const { return m_signingKey; }
    void sendWebhooksTo(const QUrl &listener);

Q_SIGNALS:
    void ready(bool ok, const QString &error);

private:
    QThread m_thread;
    QObject *m_context = nullptr; // lives on the server's thread
    nangosim::SimServer *m_sim = nullptr;
    int m_records;
    QUrl m_url;
    QByteArray m_apiKey;
    QByteArray m_signingKey;
};

} // namespace nd
