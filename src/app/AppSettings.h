#pragma once

#include "net/NetworkSettings.h"
#include "util/Defaults.h"

#include <QString>
#include <QStringList>
#include <QUrl>

namespace nd {

// Typed, non-secret settings with one table of defaults (QSettings underneath). Keys never go here.
struct ProfileSettings
{
    QString name = QStringLiteral("default");
    QString serverUrl = QString::fromLatin1(Defaults::kCloudUrl);
    QString environment; // the Nango environment's name (dev, prod), shown on every screen
    bool production = false;
    QString listenHost = QString::fromLatin1(Defaults::kListenHost);
    int listenPort = Defaults::kListenPort;
    bool allowLegacySignature = false;
    bool allowRemote = false; // a listener address other than loopback, asked for
    int rejectedLogMb = 4;    // refused webhook deliveries kept, at most (a forged flood stays small)
    int pollSeconds = Defaults::kPollSeconds;
    int pageSize = Defaults::kPageSize;
    int massDeletePercent = 20;
    int historyVersions = 20; // earlier versions kept of each record (0: no record history) // a pull that
                              // removes more of a stream's live records is flagged; 0: off
    bool sessionOnlySecrets = false;
    // Where this profile's cache lives: empty for the file on this computer, or a postgresql://
    // URI of a database a team shares (its password is in the keychain, never here).
    QString sharedCache;
    // Extra certificate authorities, the certificate trusted for this profile, the proxy.
    NetworkSettings network;

    // The cache location the engine and the readers open.
    QString cacheLocation() const { return sharedCache.isEmpty() ? databasePath() : sharedCache; }

    static ProfileSettings load(const QString &profile);
    void save() const;
    static QString currentProfile();
    static QStringList knownProfiles();
    static void setCurrentProfile(const QString &profile);
    // The cache file on this computer (NANGO_DESK_DB, or the per-user data folder).
    static QString databasePath();
    // The demo keeps its cache apart from the user's.
    static void setDatabasePathOverride(const QString &path);
};

} // namespace nd
