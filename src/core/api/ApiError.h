#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace nd {

// What went wrong with a call to Nango, classified once so every surface (GUI, CLI, logs) says
// the same thing and suggests the same fix.
struct ApiError
{
    enum class Kind {
        None,
        Network, // could not reach the server, or the connection broke
        Timeout,
        NotNango,     // a 200 (or other) answer that is not Nango's JSON: wrong URL
        BadResponse,  // JSON, but not the shape the contract promises
        Unauthorized, // 401
        Forbidden,    // 403: the key lacks a scope
        NotFound,     // 404
        Invalid,      // 400 and other 4xx
        RateLimited,  // 429 after the retries
        Server,       // 5xx after the retries
        Cancelled,
        TooLarge, // the answer passed the size Nango Desk takes in one answer
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString code;          // Nango's error.code, e.g. unknown_connection
    QString serverMessage; // Nango's error.message, as sent
    QUrl url;              // without query

    bool isError() const { return kind != Kind::None; }
    // One or two sentences for a person: what happened and what to do about it.
    QString userMessage() const;
    QString kindName() const;

    static ApiError fromReply(int status, const QByteArray &contentType, const QByteArray &body,
                              const QUrl &url);
};

} // namespace nd
