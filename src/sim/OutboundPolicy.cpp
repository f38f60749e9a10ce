#include "OutboundPolicy.h"

#include <QHostAddress>
#include <QStringList>

namespace nangosim {

using namespace Qt::StringLiterals;

namespace {

// DEFAULT_NANGO_PROXY_BASE_URL_OVERRIDE_DENYLIST, normalised.
const QStringList kDefaultDenylist{
    u"169.254.169.254"_s,  u"metadata.google.internal"_s, u"localhost"_s, u"127.0.0.1"_s, u"::1"_s,
    u"::ffff:127.0.0.1"_s, u"::ffff:169.254.169.254"_s};

QString classifyIpv4(quint32 ip)
{
    const quint32 a = ip >> 24;
    const quint32 b = (ip >> 16) & 0xff;
    if (a == 127)
        return u"loopback"_s;
    if (a == 10 || (a == 172 && b >= 16 && b <= 31) || (a == 192 && b == 168) ||
        (a == 100 && b >= 64 && b <= 127))
        return u"private"_s;
    if (a == 169 && b == 254)
        return u"link_local"_s;
    if (a == 0)
        return u"unspecified"_s;
    return {};
}

QString classifyIpv6(const Q_IPV6ADDR &ip)
{
    quint16 h[8];
    for (int i = 0; i < 8; ++i)
        h[i] = quint16((ip[2 * i] << 8) | ip[2 * i + 1]);
    bool allZero = true;
    for (const quint16 part : h)
        allZero = allZero && part == 0;
    if (allZero)
        return u"unspecified"_s;
    const bool leadingZeros = h[0] == 0 && h[1] == 0 && h[2] == 0 && h[3] == 0 && h[4] == 0;
    if (leadingZeros && h[5] == 0 && h[6] == 0 && h[7] == 1)
        return u"loopback"_s;
    const quint32 embedded = (quint32(h[6]) << 16) | h[7];
    if (leadingZeros && (h[5] == 0xffff || h[5] == 0)) {
        const QString mapped = classifyIpv4(embedded);
        if (!mapped.isEmpty())
            return mapped;
    }
    if (h[0] == 0x64 && h[1] == 0xff9b) {
        if (h[2] == 1)
            return u"private"_s;
        if (h[2] == 0 && h[3] == 0 && h[4] == 0 && h[5] == 0) {
            const QString nat64 = classifyIpv4(embedded);
            if (!nat64.isEmpty())
                return nat64;
        }
    }
    if (h[0] == 0x2002) {
        const QString sixToFour = classifyIpv4((quint32(h[1]) << 16) | h[2]);
        if (!sixToFour.isEmpty())
            return sixToFour;
    }
    if (h[0] == 0x2001 && h[1] == 0)
        return u"private"_s; // Teredo
    if ((h[0] & 0xffc0) == 0xfe80)
        return u"link_local"_s;
    if ((h[0] & 0xfe00) == 0xfc00)
        return u"private"_s;
    return {};
}

} // namespace

OutboundPolicy::Mode OutboundPolicy::modeFromName(const QString &name)
{
    return name == u"permissive" ? Mode::Permissive : Mode::Denylist;
}

QString OutboundPolicy::modeName(Mode mode)
{
    return mode == Mode::Permissive ? u"permissive"_s : u"denylist"_s;
}

QString OutboundPolicy::canonicalHost(const QString &host)
{
    QString h = host.trimmed().toLower();
    if (h.startsWith(u'[') && h.endsWith(u']'))
        h = h.mid(1, h.size() - 2);
    while (h.endsWith(u'.'))
        h.chop(1);
    return h;
}

bool OutboundPolicy::onDefaultDenylist(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return true; // isBaseUrlOverrideDenied: an unparsable URL is denied
    return kDefaultDenylist.contains(canonicalHost(url.host()));
}

QString OutboundPolicy::blockedAddress(const QString &host)
{
    QHostAddress address;
    if (!address.setAddress(canonicalHost(host)))
        return {}; // a name, not an IP literal
    if (address.protocol() == QAbstractSocket::IPv4Protocol)
        return classifyIpv4(address.toIPv4Address());
    return classifyIpv6(address.toIPv6Address());
}

QString OutboundPolicy::refusal(const QUrl &url) const
{
    if (!url.isValid() || url.host().isEmpty())
        return u"URL could not be parsed."_s;
    const QString scheme = url.scheme().toLower();
    if (scheme != u"http" && scheme != u"https")
        return u"URL scheme %1: is not allowed."_s.arg(scheme);
    if (m_mode == Mode::Denylist && kDefaultDenylist.contains(canonicalHost(url.host())))
        return u"URL hostname is denied by outbound policy."_s;
    const QString blocked = blockedAddress(url.host());
    if (!blocked.isEmpty())
        return u"URL resolves to a blocked address (%1)."_s.arg(blocked);
    return {};
}

} // namespace nangosim
