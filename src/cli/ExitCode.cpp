#include "ExitCode.h"

namespace nd {

using namespace Qt::StringLiterals;

int exitCodeFor(const QString &kind)
{
    if (kind == u"unauthorized" || kind == u"forbidden" || kind == u"no-key")
        return KeyRejected;
    if (kind == u"network" || kind == u"timeout" || kind == u"not-nango" || kind == u"tls" ||
        kind == u"proxy" || kind == u"proxy-auth")
        return Unreachable;
    if (kind == u"cache-write" || kind == u"cache")
        return CacheError;
    return kind.isEmpty() || kind == u"ok" ? Ok : Failed;
}

int worstExitCode(int a, int b)
{
    for (int code : {int(KeyRejected), int(Unreachable), int(CacheError), int(Failed), int(Usage)})
        if (a == code || b == code)
            return code;
    return Ok;
}

} // namespace nd
