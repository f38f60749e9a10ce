#pragma once

#include <QString>

namespace nd {

// What to do, in words, about a connection libpq could not make (`message` is libpq's).
QString pgConnectAdvice(const QString &message, const QString &display);
// What to do about a statement that failed for want of a grant; empty when that is not why.
QString pgGrantAdvice(const QString &message, const QString &role);

} // namespace nd
