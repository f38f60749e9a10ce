#pragma once

#include <QString>

namespace nd {

// The one table of defaults the app, the CLI and the engine share.
namespace Defaults {

inline constexpr const char *kCloudUrl = "https://api.nango.dev";
// Records a /records request asks for: Nango's maximum. Requests are what the account's rate limit
// (200 a minute on the common plan, shared with the user's backend) counts, and Nango cuts a page
// short at its own response-size limit (next_cursor still set), so a large page is safe.
inline constexpr int kMaxPageSize = 10000;
inline constexpr int kPageSize = kMaxPageSize;
inline constexpr int kOldDefaultPageSize = 1000; // what settings saved before 0.2 hold
inline constexpr int kPollSeconds = 300; // /sync/status of every integration, to catch missed webhooks
inline constexpr int kListenPort = 8787; // the webhook listener, on loopback
inline constexpr const char *kListenHost = "127.0.0.1";

// The cache file on this computer that the app and nango-desk-cli share: NANGO_DESK_DB, else
// nango-desk/cache.sqlite in the per-user data folder.
QString cacheFile();

} // namespace Defaults
} // namespace nd
