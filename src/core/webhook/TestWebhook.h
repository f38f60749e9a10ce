#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QObject;

namespace nd {

// A sync webhook signed the way Nango signs, from Nango Desk itself (`from` says so): it proves the
// listener's port, the signature check and the route, and the engine logs it and does nothing more.
namespace TestWebhook {

QByteArray body();

struct Result
{
    bool ok = false;
    int status = 0;
    QString message; // for a person
};

// Posts the test to `listener` signed with `signingKey`; done() runs on `context`'s thread.
void send(QNetworkAccessManager *nam, const QUrl &listener, const QByteArray &signingKey, QObject *context,
          std::function<void(const Result &)> done);

} // namespace TestWebhook
} // namespace nd
