#include "util/CursorInfo.h"

#include "util/Timestamp.h"

namespace nd {

std::optional<CursorInfo> CursorInfo::decode(const QByteArray &cursor)
{
    const auto decoded = QByteArray::fromBase64Encoding(cursor, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const qsizetype sep = decoded.decoded.indexOf("||");
    if (sep < 0)
        return std::nullopt;
    CursorInfo info;
    info.timestamp = decoded.decoded.left(sep);
    info.recordUuid = decoded.decoded.mid(sep + 2);
    const auto us = Timestamp::parseMicros(info.timestamp);
    if (!us)
        return std::nullopt;
    info.micros = *us;
    return info;
}

} // namespace nd
