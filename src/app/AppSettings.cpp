#include "AppSettings.h"

#include <QSettings>

namespace nd {

using namespace Qt::StringLiterals;

ProfileSettings ProfileSettings::load(const QString &profile)
{
    QSettings s;
    ProfileSettings p;
    p.name = profile;
    s.beginGroup(u"profiles/"_s + profile);
    p.serverUrl = s.value(u"serverUrl"_s, p.serverUrl).toString();
    p.environment = s.value(u"environment"_s, p.environment).toString();
    p.production = s.value(u"production"_s, p.production).toBool();
    p.listenHost = s.value(u"listenHost"_s, p.listenHost).toString();
    p.listenPort = s.value(u"listenPort"_s, p.listenPort).toInt();
    p.allowLegacySignature = s.value(u"allowLegacySignature"_s, p.allowLegacySignature).toBool();
    p.allowRemote = s.value(u"allowRemote"_s, p.allowRemote).toBool();
    p.rejectedLogMb = s.value(u"rejectedLogMb"_s, p.rejectedLogMb).toInt();
    p.pollSeconds = s.value(u"pollSeconds"_s, p.pollSeconds).toInt();
    p.pageSize = s.value(u"pageSize"_s, p.pageSize).toInt();
    p.massDeletePercent = s.value(u"massDeletePercent"_s, p.massDeletePercent).toInt();
    p.historyVersions = s.value(u"historyVersions"_s, p.historyVersions).toInt();
    // Saved before the default became Nango's maximum: the old default, not a choice.
    if (!s.value(u"pageSizeChosen"_s).toBool() && p.pageSize == Defaults::kOldDefaultPageSize)
        p.pageSize = Defaults::kPageSize;
    p.sessionOnlySecrets = s.value(u"sessionOnlySecrets"_s, p.sessionOnlySecrets).toBool();
    p.sharedCache = s.value(u"sharedCache"_s).toString();
    p.network.caFile = s.value(u"caFile"_s).toString();
    p.network.pinnedSha256 = s.value(u"pinnedSha256"_s).toString();
    p.network.proxy = s.value(u"proxy"_s).toString();
    return p;
}

void ProfileSettings::save() const
{
    QSettings s;
    s.beginGroup(u"profiles/"_s + name);
    s.setValue(u"serverUrl"_s, serverUrl);
    s.setValue(u"environment"_s, environment);
    s.setValue(u"production"_s, production);
    s.setValue(u"listenHost"_s, listenHost);
    s.setValue(u"listenPort"_s, listenPort);
    s.setValue(u"allowLegacySignature"_s, allowLegacySignature);
    s.setValue(u"allowRemote"_s, allowRemote);
    s.setValue(u"rejectedLogMb"_s, rejectedLogMb);
    s.setValue(u"pollSeconds"_s, pollSeconds);
    s.setValue(u"pageSize"_s, pageSize);
    s.setValue(u"massDeletePercent"_s, massDeletePercent);
    s.setValue(u"historyVersions"_s, historyVersions);
    s.setValue(u"pageSizeChosen"_s, true);
    s.setValue(u"sessionOnlySecrets"_s, sessionOnlySecrets);
    s.setValue(u"sharedCache"_s, sharedCache);
    s.setValue(u"caFile"_s, network.caFile);
    s.setValue(u"pinnedSha256"_s, network.pinnedSha256);
    s.setValue(u"proxy"_s, network.proxy);
}

QString ProfileSettings::currentProfile()
{
    return QSettings().value(u"currentProfile"_s, u"default"_s).toString();
}

QStringList ProfileSettings::knownProfiles()
{
    QSettings s;
    s.beginGroup(u"profiles"_s);
    QStringList names = s.childGroups();
    const QString current = currentProfile();
    if (!names.contains(current))
        names.append(current);
    names.sort(Qt::CaseInsensitive);
    return names;
}

void ProfileSettings::setCurrentProfile(const QString &profile)
{
    QSettings().setValue(u"currentProfile"_s, profile);
}

namespace {
QString &pathOverride()
{
    static QString path;
    return path;
}
} // namespace

void ProfileSettings::setDatabasePathOverride(const QString &path)
{
    pathOverride() = path;
}

QString ProfileSettings::databasePath()
{
    if (!pathOverride().isEmpty())
        return pathOverride();
    return Defaults::cacheFile(); // shared with nango-desk-cli: the same cache serves both
}

} // namespace nd
