#pragma once

#include "cache/StoreWatcher.h"

#include <QTimer>

#include <memory>

class QSocketNotifier;

namespace nd {

class PgDb;

// LISTEN on the cache's channel, read whenever the connection's socket has data; a lost
// connection is opened again after a pause.
class PgListener : public StoreWatcher
{
    Q_OBJECT
public:
    PgListener(const QString &uri, const QByteArray &password, QObject *parent = nullptr);
    ~PgListener() override;
    bool start(QString *error) override;

private:
    void readable();
    void reconnectLater();

    QString m_uri;
    QByteArray m_password;
    std::unique_ptr<PgDb> m_db;
    QSocketNotifier *m_notifier = nullptr;
    QTimer m_retry{this};
};

} // namespace nd
