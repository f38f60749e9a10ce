#pragma once

namespace nd {

// What each executable does first: a crash must not write the keys it holds in memory to a core
// file (the API key, the signing key, the database password). Core dumps are turned off
// (PR_SET_DUMPABLE 0, RLIMIT_CORE 0) unless NANGO_DESK_ALLOW_CORE_DUMPS=1 asks for them while
// debugging. Returns whether they are off.
bool disableCoreDumps();

} // namespace nd
