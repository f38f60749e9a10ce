#pragma once

#include <QString>

namespace nd {

// The product version, and the User-Agent every request carries.
QString version();
QByteArray userAgent();

} // namespace nd
