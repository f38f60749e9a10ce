#include "DemoEnvironment.h"

#include "SimServer.h"
#include "util/Logging.h"

#include <QUuid>

namespace nd {

DemoEnvironment::DemoEnvironment(int recordsPerModel, QObject *parent)
    : QObject(parent)
    , m_records(recordsPerModel)
{
    m_thread.setObjectName(QStringLiteral("demo-server"));
}

DemoEnvironment::~DemoEnvironment()
{
    if (m_sim)
        QMetaObject::invokeMethod(
            m_sim, [sim = m_sim]() { delete sim; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void DemoEnvironment::start()
{
    nangosim::SimOptions options;
    options.recordsPerModel = m_records;
    options.rateLimit = 1000; // the Starter plan's limit
    options.timeScale = 60;   // a sync that runs "every 30min" runs every 30 s
    options.runMs = 1500;
    options.quiet = true;
    options.environment = QStringLiteral("demo");
    options.secretKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    options.webhookSigningKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_apiKey = options.secretKey.toLatin1();
    m_signingKey = options.webhookSigningKey.toLatin1();
    SecretRedactor::add(m_apiKey);
    SecretRedactor::add(m_signingKey);
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
    // The server and everything it owns are created on its thread; generating the records takes a
    // moment and must not hold up the window.
    QMetaObject::invokeMethod(m_context, [this, options]() {
        auto *sim = new nangosim::SimServer(options);
        QString error;
        const bool ok = sim->start(&error);
        QMetaObject::invokeMethod(this, [this, sim, ok, error]() {
            m_sim = sim;
            if (ok)
                m_url = sim->url();
            Q_EMIT ready(ok, error);
        });
    });
}

void DemoEnvironment::sendWebhooksTo(const QUrl &listener)
{
    QMetaObject::invokeMethod(m_sim, [sim = m_sim, listener]() { sim->addWebhookUrl(listener.toString()); });
}

} // namespace nd
