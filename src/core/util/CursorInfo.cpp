#include "util/CursorInfo.h"

#include "util/Timestamp.h"

#include <QRegularExpression>

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

bool CursorInfo::isNangoCursor(const QByteArray &cursor)
{
    if (cursor.isEmpty() || cursor.size() > 1000)
        return false;
    const auto info = decode(cursor);
    if (!info || info->recordUuid.contains("||"))
        return false;
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return uuid.match(QString::fromLatin1(info->recordUuid)).hasMatch();
}

} // namespace nd
