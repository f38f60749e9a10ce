#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QString>

#include <optional>

namespace nd {

// Nango's timestamps come from Postgres to_json(timestamptz): microseconds (trailing zeros
// trimmed), a numeric offset that is the database session's time zone. QDateTime keeps only
// milliseconds, so the cache orders records by microseconds since the epoch parsed here exactly.
namespace Timestamp {

// Accepts YYYY-MM-DD[T ]hh:mm[:ss[.f{1,9}]](Z|±hh[:mm]|±hhmm); digits past the sixth are ignored.
std::optional<qint64> parseMicros(QByteArrayView text);
QByteArray toIsoMicros(qint64 us); // 2024-03-04T11:59:51.471441Z
QDateTime toDateTime(qint64 us);   // UTC, millisecond precision
qint64 nowMicros();

} // namespace Timestamp
} // namespace nd
