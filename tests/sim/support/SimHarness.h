#pragma once

// Shared by the nango-sim contract tests: starts SimServer in-process and talks to it over real
// loopback HTTP, the way a client would.

#include "SimOptions.h"
#include "SimServer.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTime>
#include <QTimeZone>
#include <QUrl>

#include <memory>
#include <optional>

namespace simtest {

using namespace Qt::StringLiterals;

// A fixed environment API key and a different webhook signing key, both UUID v4.
inline const QString kSecretKey = u"3f0c6a52-9d1e-4b7a-8c2f-5e6d7a8b9c01"_s;
inline const QString kSigningKey = u"b7e4d2c1-6a5f-4e3d-9c2b-1a0f9e8d7c6b"_s;

using Headers = QList<QPair<QByteArray, QByteArray>>;

// A header's value by its name in any case (null: none).
inline QByteArray findHeader(const Headers &headers, const QByteArray &name)
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value.isNull() ? QByteArray("") : value;
    return {};
}

struct HttpReply
{
    int status = 0;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    Headers headers;
    QByteArray body;
    QJsonDocument json;
    bool isJson = false;

    bool hasHeader(const QByteArray &name) const { return !findHeader(headers, name).isNull(); }
    QByteArray header(const QByteArray &name) const { return findHeader(headers, name); }
    QJsonObject object() const { return json.object(); }
    QJsonArray array() const { return json.array(); }
    QJsonObject error() const { return object().value(u"error"_s).toObject(); }
    QString errorCode() const { return error().value(u"code"_s).toString(); }
    QString errorMessage() const { return error().value(u"message"_s).toString(); }
};

inline nangosim::SimOptions defaultOptions()
{
    nangosim::SimOptions o;
    o.secretKey = kSecretKey;
    o.webhookSigningKey = kSigningKey;
    o.quiet = true;
    return o;
}

// Percent-encodes a query value the strict way (everything but unreserved characters), so that
// '+', '/', '=' and ':' survive qs decoding.
inline QString enc(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

// One nango-sim instance and a client for it.
class Sim
{
public:
    explicit Sim(const nangosim::SimOptions &options = defaultOptions())
        : m_server(std::make_unique<nangosim::SimServer>(options))
    {
        m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    }

    bool start()
    {
        QString error;
        if (!m_server->start(&error)) {
            qWarning("nango-sim did not start: %s", qPrintable(error));
            return false;
        }
        return true;
    }

    nangosim::SimServer &server() { return *m_server; }
    QUrl url() const { return m_server->url(); }

    // `target` is the path and query exactly as it goes on the wire (already percent-encoded).
    // With `withKey`, "Authorization: Bearer <secret key>" is added.
    HttpReply call(const QByteArray &method, const QString &target, const QByteArray &body = {},
                   const Headers &headers = {}, bool withKey = true)
    {
        const QUrl url = QUrl::fromEncoded(QByteArray(m_server->url().toEncoded() + target.toUtf8()));
        QNetworkRequest request(url);
        request.setTransferTimeout(30000);
        if (withKey)
            request.setRawHeader("Authorization", QByteArray("Bearer " + kSecretKey.toLatin1()));
        bool hasContentType = false;
        for (const auto &[name, value] : headers) {
            request.setRawHeader(name, value);
            hasContentType = hasContentType || name.compare("Content-Type", Qt::CaseInsensitive) == 0;
        }
        if (!body.isEmpty() && !hasContentType)
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        HttpReply out;
        if (!reply->isFinished() && !finished.wait(30000)) {
            qWarning("no answer to %s %s", method.constData(), qPrintable(target));
            reply->abort();
            reply->deleteLater();
            out.status = -1;
            return out;
        }
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.networkError = reply->error();
        out.headers = reply->rawHeaderPairs();
        out.body = reply->readAll();
        QJsonParseError parseError{};
        out.json = QJsonDocument::fromJson(out.body, &parseError);
        out.isJson = parseError.error == QJsonParseError::NoError && !out.json.isNull();
        reply->deleteLater();
        return out;
    }

    HttpReply get(const QString &target, const Headers &headers = {}, bool withKey = true)
    {
        return call("GET", target, {}, headers, withKey);
    }
    HttpReply post(const QString &target, const QJsonObject &body, const Headers &headers = {})
    {
        return call("POST", target, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
    }
    HttpReply put(const QString &target, const QJsonObject &body, const Headers &headers = {})
    {
        return call("PUT", target, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
    }
    // The simulator's own control API (no key).
    HttpReply control(const QByteArray &method, const QString &target, const QJsonObject &body = {})
    {
        return call(method, target,
                    body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact), {},
                    false);
    }

    // Every row of one model as the simulator holds it (GET /_sim/truth), in cursor order.
    QList<QJsonObject> truth(const QString &integration, const QString &connection, const QString &model)
    {
        const HttpReply r = control("GET", u"/_sim/truth?integration=%1&connection=%2&model=%3"_s.arg(
                                               enc(integration), enc(connection), enc(model)));
        QList<QJsonObject> out;
        for (const QJsonValue &v : r.object().value(u"records"_s).toArray())
            out.append(v.toObject());
        return out;
    }

    // One entry of GET /sync/status, or an empty object.
    QJsonObject syncStatus(const QString &integration, const QString &connection, const QString &sync,
                           const QString &variant = u"base"_s)
    {
        const HttpReply r = get(u"/sync/status?syncs=%1&provider_config_key=%2&connection_id=%3"_s.arg(
            enc(variant == u"base" ? sync : QString(sync + u"::"_s + variant)), enc(integration),
            enc(connection)));
        const QJsonArray syncs = r.object().value(u"syncs"_s).toArray();
        return syncs.size() == 1 ? syncs.first().toObject() : QJsonObject{};
    }

    int webhooksPending()
    {
        const HttpReply r = control("GET", u"/_sim/state"_s);
        return r.status == 200 ? r.object().value(u"webhooks_pending"_s).toInt(-1) : -1;
    }

private:
    std::unique_ptr<nangosim::SimServer> m_server;
    QNetworkAccessManager m_nam;
};

// A Postgres/ISO timestamp with a Z or +hh:mm offset and up to 6 fractional digits, as
// microseconds since the epoch.
inline std::optional<qint64> parseTimestampUs(const QString &text)
{
    static const QRegularExpression re(
        uR"(^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))?(Z|[+-]\d{2}:\d{2})$)"_s);
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    qint64 us = QDateTime(date, time, QTimeZone::utc()).toMSecsSinceEpoch() * 1000;
    if (!m.captured(7).isEmpty())
        us += m.captured(7).leftJustified(6, u'0').toLongLong();
    const QString tz = m.captured(8);
    if (tz != u"Z") {
        const qint64 minutes = tz.mid(1, 2).toLongLong() * 60 + tz.mid(4, 2).toLongLong();
        us -= (tz.at(0) == u'-' ? -minutes : minutes) * 60 * 1000000;
    }
    return us;
}

// What Postgres to_json prints: microseconds with trailing zeros trimmed, and a numeric offset.
inline bool isPostgresTimestamp(const QString &text, const QString &offset)
{
    static const QRegularExpression re(
        uR"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{0,5}[1-9])?([+-]\d{2}:\d{2})$)"_s);
    const auto m = re.match(text);
    return m.hasMatch() && m.captured(2) == offset;
}

// JavaScript's Date.toISOString(): milliseconds and Z.
inline bool isIsoZ(const QString &text)
{
    static const QRegularExpression re(uR"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$)"_s);
    return re.match(text).hasMatch();
}

inline bool isUuid(const QString &text)
{
    static const QRegularExpression re(u"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_s,
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(text).hasMatch();
}

inline QStringList keysOf(const QJsonObject &o)
{
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

} // namespace simtest
