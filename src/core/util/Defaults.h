#pragma once

#include <QString>

namespace nd {

// The one table of defaults the app, the CLI and the engine share.
namespace Defaults {

inline constexpr const char *kCloudUrl = "https://api.nango.dev";
inline constexpr int kPageSize = 1000;     // records a /records request asks for (Nango: 1..10000)
inline constexpr int kMaxPageSize = 10000; // Nango's own maximum
inline constexpr int kPollSeconds = 300;   // /sync/status of every integration, to catch missed webhooks
inline constexpr int kListenPort = 8787;   // the webhook listener, on loopback
inline constexpr const char *kListenHost = "127.0.0.1";

// The cache file on this computer that the app and nango-desk-cli share: NANGO_DESK_DB, else
// nango-desk/cache.sqlite in the per-user data folder.
QString cacheFile();

} // namespace Defaults
} // namespace nd
