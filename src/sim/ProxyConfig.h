#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <vector>

namespace nangosim {

// One canned answer of the simulated provider behind the proxy.
struct ProviderAnswer
{
    QByteArray method; // empty: any method
    QString path;      // the provider path; with a '?' the query must match too; a trailing '*': a prefix
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int times = 0; // answers this many matching requests, then the next entry takes over; 0: always
    int used = 0;
};

// How the proxy reaches an integration's provider. With `echo`, nango-sim answers with the request it
// would have sent (the built-in data set's choice); otherwise it simulates Nango's forwarding: the
// outbound URL policy, then the provider's status, headers and body from `answers`.
struct ProxyConfig
{
    bool echo = false;
    QString baseUrl; // empty: the provider's usual base URL
    bool dnsConfigured = false;
    QString resolvesTo; // with dnsConfigured: the address the base URL's host resolves to; empty: none
    std::vector<ProviderAnswer> answers;

    // Reads {"echo", "base_url", "resolves_to", "answers":[{method, path, status, headers, body, times}]}
    // over `base`: keys that are absent keep its values.
    static ProxyConfig fromJson(const QJsonObject &o, ProxyConfig base);
    QJsonObject toJson() const;
};

} // namespace nangosim
