#include "util/Translate.h"

#include <QCoreApplication>

namespace nd {

QString trIn(const char *context, const char *text, const char *disambiguation, int n)
{
    const QString own = QCoreApplication::translate(context, text, disambiguation, n);
    if (own != QLatin1String(text))
        return own;
    return QCoreApplication::translate("nd", text, disambiguation, n);
}

} // namespace nd
