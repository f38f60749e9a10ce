#include "cache/SearchIndex.h"

#include <QRegularExpression>

namespace nd {

QStringList SearchIndex::words(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.split(space, Qt::SkipEmptyParts);
}

} // namespace nd
