#pragma once

#include <QString>
#include <QUrl>

namespace nangosim {

// Nango's server-side outbound URL policy (packages/egress: policy.ts, validate.ts, ip.ts,
// denylist.ts) with its defaults: http and https only, the default host denylist, and IP literals
// that are loopback, private (RFC 1918, CGNAT, ULA), link-local or unspecified refused. It decides
// which proxy targets and webhook URLs Nango refuses.
class OutboundPolicy
{
public:
    enum class Mode {
        Denylist,   // the default (NANGO_PROXY_BASE_URL_OVERRIDE_DENYLIST unset)
        Permissive, // NANGO_OUTBOUND_URL_POLICY {"mode":"permissive"}: no host denylist, IPs still checked
    };

    explicit OutboundPolicy(Mode mode = Mode::Denylist)
        : m_mode(mode)
    {}

    static Mode modeFromName(const QString &name);
    static QString modeName(Mode mode);
    Mode mode() const { return m_mode; }

    // The host as the denylist compares it: lower case, no IPv6 brackets, no trailing dots.
    static QString canonicalHost(const QString &host);
    // Whether the host is on the default denylist (isBaseUrlOverrideDenied with the defaults); the
    // proxy checks a Base-Url-Override against it whatever the mode.
    static bool onDefaultDenylist(const QUrl &url);
    // "loopback", "private", "link_local", "unspecified" for an IP literal that is refused, else empty.
    static QString blockedAddress(const QString &host);

    // validateOutboundUrlSync: why the URL is refused, or an empty string when it is allowed.
    QString refusal(const QUrl &url) const;
    bool allows(const QUrl &url) const { return refusal(url).isEmpty(); }

private:
    Mode m_mode;
};

} // namespace nangosim
