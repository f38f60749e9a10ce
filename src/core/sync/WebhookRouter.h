#pragma once

#include <QObject>

namespace nd {

class SyncEngine;
struct WebhookDelivery;

// What a webhook from Nango sets off. Every delivery is logged; a verified sync webhook asks for a
// pull of its stream (once per run and model: Nango retries and sends one per model), a failed run
// is remembered with Nango's description, an auth webhook refreshes the catalog. Each refreshes the
// integration's status. A signed test webhook from Nango Desk itself is logged and does nothing more.
class WebhookRouter : public QObject
{
    Q_OBJECT
public:
    explicit WebhookRouter(SyncEngine &engine);

    void handle(const WebhookDelivery &delivery);

    // The `from` of the test webhook Settings sends.
    static constexpr const char *kTestSender = "nango-desk-test";

private:
    SyncEngine &m_engine;
};

} // namespace nd
