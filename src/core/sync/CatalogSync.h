#pragma once

#include "api/ApiError.h"

#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QPair>
#include <QString>

#include <functional>

class QTimer;

namespace nd {

class SyncEngine;

// The catalog mirrored from the server (integrations, connections, syncs with their status), and
// the decisions a fresh status brings: a run that finished since we looked, or a count that
// drifted from ours, asks for a pull.
class CatalogSync : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(bool ok, const QString &error)>;

    explicit CatalogSync(SyncEngine &engine);

    // Integrations, every page of connections, then each integration's /sync/status.
    void refresh(Done done);
    // Integrations, then each one's /sync/status; pulls what moved.
    void poll();
    // One /sync/status call for the integration, a moment after the last request for it; in the
    // background loop, what moved is pulled.
    void refreshStatusSoon(const QString &integration);
    // Stores a /sync/status answer; with `pullChanged`, pulls the streams whose server moved.
    // `askedUs`: when the request left (a count fetched then says nothing of a pull that ended later).
    void storeStatuses(const QString &integration, const QJsonArray &syncs, bool pullChanged, qint64 askedUs);
    // Why the last refresh() failed (the engine's health and the CLI's exit code need its kind).
    const ApiError &lastError() const { return m_lastError; }

Q_SIGNALS:
    void changed();
    void syncFailed(const QString &integration, const QString &connectionId, const QString &sync,
                    const QString &error);

private:
    void fetchConnectionsPage(int page, QJsonArray collected, Done done);
    void fetchStatuses(QStringList integrations, Done done);
    void fetchStatusNow(const QString &integration, bool pullChanged);

    SyncEngine &m_engine;
    QHash<QString, QTimer *> m_soon;
    ApiError m_lastError;
    // The counts (server, local) a drift already pulled for: a pull that changes nothing is not
    // repeated for the same drift.
    QHash<qint64, QPair<qint64, qint64>> m_driftPulled;
};

} // namespace nd
