#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <optional>

namespace nangosim {

// Time in the simulator is microseconds since the Unix epoch, like Postgres timestamptz.
namespace SimTime {

qint64 nowUs();

// What Postgres to_json(timestamptz) prints: microseconds with trailing zeros trimmed (and no
// fraction at all when it is zero) and a numeric offset, e.g. 2024-03-04T06:59:51.47-05:00.
QByteArray postgresJson(qint64 us, int offsetMinutes);

// What JavaScript's Date.toISOString() prints: milliseconds and Z.
QByteArray jsIso(qint64 us);

// Parses an ISO-8601 date-time with an offset (Z or +hh:mm), up to 6 fractional digits.
std::optional<qint64> parseWithOffset(const QByteArray &text);

// zod 4 z.string().datetime(): only the Z suffix is accepted.
std::optional<qint64> parseZodDatetime(const QByteArray &text);

} // namespace SimTime
} // namespace nangosim
