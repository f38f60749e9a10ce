#include "util/Defaults.h"

#include <QStandardPaths>

namespace nd {

using namespace Qt::StringLiterals;

QString Defaults::cacheFile()
{
    return qEnvironmentVariable("NANGO_DESK_DB",
                                QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                                    u"/nango-desk/cache.sqlite"_s);
}

} // namespace nd
