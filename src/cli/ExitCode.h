#pragma once

#include <QString>

namespace nd {

// nango-desk-cli's exit codes, documented in --help and the man page. When several failures
// happened, the first that applies in the order key, server, cache, other is the one returned.
enum ExitCode : int {
    Ok = 0,
    Failed = 1,      // a pull or a command failed for another reason (Nango refused it, ...)
    Usage = 2,       // bad arguments
    CacheError = 3,  // the cache cannot be opened or written (disk full, read-only, locked, newer schema)
    KeyRejected = 4, // no API key, or Nango rejected it (401) or it lacks a scope (403)
    Unreachable = 5, // the server cannot be reached: network, DNS, TLS, timeout, not Nango's API
};

// The exit code for one failure's kind (ApiError::kindName(), "cache-write", "no-key").
int exitCodeFor(const QString &errorKind);
// The code for several failures (by the order above).
int worstExitCode(int a, int b);

} // namespace nd
