#pragma once

#include <QString>

#include <optional>

namespace nd {

// Nango's sync frequency grammar (putSyncConnectionFrequency: "every 2h", "30 minutes", "every day",
// "every half hour", ...) with its 30-second minimum, checked before anything is sent.
namespace Frequency {

struct Check
{
    bool ok = false;
    qint64 milliseconds = 0;
    QString problem; // for the user when !ok
};

Check validate(const QString &text);

} // namespace Frequency
} // namespace nd
