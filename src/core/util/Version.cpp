#include "util/Version.h"

#include <QSysInfo>

namespace nd {

QString version()
{
    return QStringLiteral(NANGODESK_VERSION);
}

QByteArray userAgent()
{
    return QByteArrayLiteral("nango-desk/") + QByteArrayLiteral(NANGODESK_VERSION) + " (" +
           QSysInfo::kernelType().toLatin1() + '/' + QSysInfo::kernelVersion().toLatin1() + "; Qt/" +
           qVersion() + ')';
}

} // namespace nd
