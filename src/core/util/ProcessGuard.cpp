#include "util/ProcessGuard.h"

#include <QByteArray>

#include <sys/prctl.h>
#include <sys/resource.h>

namespace nd {

bool disableCoreDumps()
{
    if (qgetenv("NANGO_DESK_ALLOW_CORE_DUMPS") == "1")
        return false;
    const rlimit none{0, 0};
    const bool limited = ::setrlimit(RLIMIT_CORE, &none) == 0;
    // Not dumpable also keeps other processes of the same user from attaching to read its memory.
    const bool undumpable = ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
    return limited && undumpable;
}

} // namespace nd
