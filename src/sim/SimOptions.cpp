#include "SimOptions.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTextStream>
#include <QUuid>

namespace nangosim {

using namespace Qt::StringLiterals;

namespace {

bool isUuidV4(const QString &key)
{
    static const QRegularExpression re(
        u"^[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re.match(key).hasMatch();
}

} // namespace

std::optional<QString> SimOptions::parse(const QStringList &arguments, SimOptions *out, bool *helpShown)
{
    *helpShown = false;
    QCommandLineParser p;
    p.setApplicationDescription(
        u"A Nango-compatible server for tests and demos. It follows Nango's public API "
        "contract, quirks included."_s);
    p.addHelpOption();
    p.addVersionOption();
    const QCommandLineOption host(u"host"_s, u"Address to listen on (default 127.0.0.1)."_s, u"H"_s);
    const QCommandLineOption port(u"port"_s, u"Port to listen on; 0 picks a free one."_s, u"P"_s, u"0"_s);
    const QCommandLineOption secret(u"secret-key"_s, u"The environment API key (a UUID v4)."_s, u"K"_s);
    const QCommandLineOption signing(u"webhook-signing-key"_s,
                                     u"The webhook signing key (default: generated)."_s, u"S"_s);
    const QCommandLineOption environment(u"environment"_s, u"Environment name (default dev)."_s, u"NAME"_s);
    const QCommandLineOption records(u"records"_s, u"Records per model per connection."_s, u"N"_s);
    const QCommandLineOption bytes(u"record-bytes"_s, u"Approximate size of a record in bytes."_s, u"B"_s);
    const QCommandLineOption seed(u"seed"_s, u"Seed of the generated data."_s, u"N"_s);
    const QCommandLineOption config(
        u"config"_s, u"JSON file with integrations, connections, syncs, actions."_s, u"FILE"_s);
    const QCommandLineOption webhook(u"webhook-url"_s, u"Where to send webhooks (repeatable)."_s, u"URL"_s);
    const QCommandLineOption rate(u"rate-limit"_s, u"Requests per window per account (0: off)."_s, u"N"_s);
    const QCommandLineOption window(u"rate-window"_s, u"Rate-limit window in seconds."_s, u"SECONDS"_s);
    const QCommandLineOption fail(u"fail-rate"_s, u"Fraction of API requests answered with a 500."_s, u"F"_s);
    const QCommandLineOption latency(u"latency-ms"_s, u"Delay added to every API response."_s, u"L"_s);
    const QCommandLineOption scale(
        u"time-scale"_s, u"Speeds up schedules and webhook retry waits (0 stops schedules)."_s, u"X"_s);
    const QCommandLineOption tz(u"tz-offset"_s, u"Offset of printed timestamps, in minutes (default 0)."_s,
                                u"MINUTES"_s);
    const QCommandLineOption runMs(u"run-ms"_s, u"How long a sync execution runs, in milliseconds."_s,
                                   u"MS"_s);
    const QCommandLineOption quiet(u"quiet"_s, u"Print only the listening address."_s);
    const QCommandLineOption webapp(
        u"webapp"_s, u"Answer unknown GETs with the dashboard's page (200), as the official image does."_s);
    const QCommandLineOption tlsCert(
        u"tls-cert"_s, u"Serve HTTPS with this PEM certificate (its chain may follow it)."_s, u"FILE"_s);
    const QCommandLineOption tlsKey(u"tls-key"_s, u"The PEM private key of --tls-cert."_s, u"FILE"_s);
    p.addOptions({host,   port, secret,  signing, environment, records, bytes, seed,   config,  webhook, rate,
                  window, fail, latency, scale,   tz,          runMs,   quiet, webapp, tlsCert, tlsKey});
    if (!p.parse(arguments))
        return p.errorText();
    if (p.isSet(u"help"_s)) {
        QTextStream(stdout) << p.helpText();
        *helpShown = true;
        return std::nullopt;
    }
    if (p.isSet(u"version"_s)) {
        QTextStream(stdout) << "nango-sim " << QStringLiteral(NANGODESK_VERSION) << Qt::endl;
        *helpShown = true;
        return std::nullopt;
    }

    auto intValue = [&p](const QCommandLineOption &o, int min, int max,
                         int *target) -> std::optional<QString> {
        if (!p.isSet(o))
            return std::nullopt;
        bool ok = false;
        const int v = p.value(o).toInt(&ok);
        if (!ok || v < min || v > max)
            return u"--%1 must be a whole number from %2 to %3"_s.arg(o.names().constFirst())
                .arg(min)
                .arg(max);
        *target = v;
        return std::nullopt;
    };
    auto doubleValue = [&p](const QCommandLineOption &o, double min, double max,
                            double *target) -> std::optional<QString> {
        if (!p.isSet(o))
            return std::nullopt;
        bool ok = false;
        const double v = p.value(o).toDouble(&ok);
        if (!ok || v < min || v > max)
            return u"--%1 must be a number from %2 to %3"_s.arg(o.names().constFirst()).arg(min).arg(max);
        *target = v;
        return std::nullopt;
    };

    if (p.isSet(host))
        out->host = p.value(host);
    int portValue = 0;
    if (auto e = intValue(port, 0, 65535, &portValue))
        return e;
    out->port = quint16(portValue);
    out->secretKey = p.isSet(secret) ? p.value(secret) : QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!isUuidV4(out->secretKey))
        return u"--secret-key must be a UUID v4, as Nango's keys are"_s;
    out->webhookSigningKey =
        p.isSet(signing) ? p.value(signing) : QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (p.isSet(environment))
        out->environment = p.value(environment);
    for (const auto &e :
         {intValue(records, 0, 20000000, &out->recordsPerModel),
          intValue(bytes, 64, 1 << 20, &out->recordBytes), intValue(rate, 0, 100000000, &out->rateLimit),
          intValue(window, 1, 86400, &out->rateWindowSeconds), intValue(latency, 0, 600000, &out->latencyMs),
          intValue(tz, -720, 840, &out->tzOffsetMinutes), intValue(runMs, 0, 3600000, &out->runMs),
          doubleValue(fail, 0.0, 1.0, &out->failRate), doubleValue(scale, 0.0, 1e6, &out->timeScale)}) {
        if (e)
            return e;
    }
    if (p.isSet(seed)) {
        bool ok = false;
        out->seed = p.value(seed).toULongLong(&ok);
        if (!ok)
            return u"--seed must be a whole number"_s;
    }
    out->webhookUrls = p.values(webhook);
    out->quiet = p.isSet(quiet);
    out->webapp = p.isSet(webapp);
    out->tlsCertificate = p.value(tlsCert);
    out->tlsKey = p.value(tlsKey);
    if (out->tlsCertificate.isEmpty() != out->tlsKey.isEmpty())
        return u"--tls-cert and --tls-key go together"_s;
    if (p.isSet(config)) {
        QFile file(p.value(config));
        if (!file.open(QIODevice::ReadOnly))
            return u"cannot read --config %1: %2"_s.arg(file.fileName(), file.errorString());
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return u"--config %1 is not a JSON object: %2"_s.arg(file.fileName(), error.errorString());
        out->config = doc.object();
    }
    return std::nullopt;
}

} // namespace nangosim
