#pragma once

// Test support: nango-sim in-process on a loopback port, and small synchronous HTTP helpers for
// tests (QSignalSpy waits on the event loop; production code never blocks like this).

#include "SimServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace testsupport {

inline const QByteArray kApiKey = "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f";
inline const QByteArray kSigningKey = "0a9b8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d";

struct HttpResult
{
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray jsonArray() const { return QJsonDocument::fromJson(body).array(); }
};

inline HttpResult http(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                       const QList<QPair<QByteArray, QByteArray>> &headers = {})
{
    static QNetworkAccessManager *nam = new QNetworkAccessManager;
    QNetworkRequest request(url);
    request.setTransferTimeout(60000);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &[k, v] : headers)
        request.setRawHeader(k, v);
    QNetworkReply *reply = nam->sendCustomRequest(request, method, body);
    QSignalSpy spy(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        spy.wait(60000);
    HttpResult r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return r;
}

// An in-process nango-sim with the test keys.
class Sim
{
public:
    explicit Sim(nangosim::SimOptions options = defaults())
    {
        options.secretKey = QString::fromLatin1(kApiKey);
        options.webhookSigningKey = QString::fromLatin1(kSigningKey);
        server = std::make_unique<nangosim::SimServer>(options);
        QString error;
        started = server->start(&error);
        if (!started)
            qWarning() << "nango-sim failed to start:" << error;
    }
    static nangosim::SimOptions defaults()
    {
        nangosim::SimOptions o;
        o.recordsPerModel = 300;
        o.rateLimit = 0;
        o.timeScale = 0; // no schedules unless a test asks
        o.runMs = 50;
        o.quiet = true;
        return o;
    }
    QUrl url() const { return server->url(); }
    QUrl at(const QString &path) const
    {
        QUrl u = server->url();
        const qsizetype q = path.indexOf(u'?');
        u.setPath(q < 0 ? path : path.left(q));
        if (q >= 0)
            u.setQuery(path.mid(q + 1));
        return u;
    }
    HttpResult control(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        return http(method, at(QStringLiteral("/_sim/") + path),
                    body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    // Every record of a model as the simulator holds it (live and deleted), keyed by id.
    QHash<QString, QJsonObject> truth(const QString &integration, const QString &connection,
                                      const QString &model, const QString &variant = QStringLiteral("base"))
    {
        const HttpResult r =
            http("GET", at(QStringLiteral("/_sim/truth?integration=%1&connection=%2&model=%3&variant=%4")
                               .arg(integration, connection, model, variant)));
        QHash<QString, QJsonObject> out;
        for (const QJsonValue &v : r.json().value(QStringLiteral("records")).toArray())
            out.insert(v.toObject().value(QStringLiteral("id")).toString(), v.toObject());
        return out;
    }
    bool waitIdle(int timeoutMs = 30000)
    {
        // Runs finish and webhooks are delivered on the event loop.
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            const QJsonObject s = control("GET", QStringLiteral("state")).json();
            bool running = false;
            for (const QJsonValue &table : s.value(QStringLiteral("tables")).toArray())
                running = running || table.toObject().value(QStringLiteral("running")).toBool();
            if (!running && s.value(QStringLiteral("webhooks_pending")).toInt() == 0)
                return true;
            QTest::qWait(20);
        }
        return false;
    }

    std::unique_ptr<nangosim::SimServer> server;
    bool started = false;
};

} // namespace testsupport
