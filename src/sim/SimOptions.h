#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace nangosim {

struct SimOptions
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 0;
    QString secretKey;         // the environment API key (UUID v4)
    QString webhookSigningKey; // separate from the API key, as in environments since 2026-04-20
    QString environment = QStringLiteral("dev");
    int recordsPerModel = 500;
    int recordBytes = 500;
    quint64 seed = 1;
    QJsonObject config; // integrations, connections, syncs, actions; without integrations: the built-in ones
    QStringList webhookUrls;
    int rateLimit = 200; // requests per window per account; 0: off
    int rateWindowSeconds = 60;
    double failRate = 0.0;
    int latencyMs = 0;
    double timeScale = 1.0;    // 0 stops the schedules
    int tzOffsetMinutes = 0;   // the database session time zone of the timestamps Nango prints
    int runMs = 200;           // how long a sync execution stays RUNNING
    bool webhookAlways = true; // on_sync_completion_always
    bool webapp = false;       // unrouted GETs get the dashboard's index.html (the official image)
    bool quiet = false;
    // HTTPS, as Nango Cloud and a self-hosted Nango behind TLS are reached: a PEM certificate (its
    // chain after it) and its key. Empty: plain HTTP.
    QString tlsCertificate;
    QString tlsKey;

    // Parses the command line; on error returns a message for the user.
    static std::optional<QString> parse(const QStringList &arguments, SimOptions *out, bool *helpShown);
};

} // namespace nangosim
