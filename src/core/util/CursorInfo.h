#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace nd {

// Nango cursors are opaque to the loop, but a person wants to know "up to when": a cursor is the
// standard base64 of "<last_modified_at>||<record uuid>". Used for display only.
struct CursorInfo
{
    QByteArray timestamp; // as Nango printed it, offset included
    qint64 micros = 0;
    QByteArray recordUuid;

    static std::optional<CursorInfo> decode(const QByteArray &cursor);
    // Nango's own form, as its server checks it: standard base64 of exactly "<timestamp with an
    // offset>||<uuid>", at most 1000 characters. A cursor that is not is never stored: Nango answers
    // every later page asked with it with a 500.
    static bool isNangoCursor(const QByteArray &cursor);
};

} // namespace nd
