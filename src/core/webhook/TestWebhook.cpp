#include "webhook/TestWebhook.h"

#include "sync/WebhookRouter.h"
#include "util/Translate.h"
#include "webhook/WebhookVerifier.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace nd::TestWebhook {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return trIn("nd::TestWebhook", text);
}

} // namespace

QByteArray body()
{
    const QJsonObject payload{
        {u"connectionId"_s, u"nango-desk-test"_s},
        {u"from"_s, QString::fromLatin1(WebhookRouter::kTestSender)},
        {u"model"_s, u"TestWebhook"_s},
        {u"providerConfigKey"_s, u"nango-desk-test"_s},
        {u"responseResults"_s, QJsonObject{{u"added"_s, 0}, {u"deleted"_s, 0}, {u"updated"_s, 0}}},
        {u"success"_s, true},
        {u"syncName"_s, u"test"_s},
        {u"syncVariant"_s, u"base"_s},
        {u"type"_s, u"sync"_s}};
    return QJsonDocument(payload).toJson(QJsonDocument::Compact);
}

void send(QNetworkAccessManager *nam, const QUrl &listener, const QByteArray &signingKey, QObject *context,
          std::function<void(const Result &)> done)
{
    const QByteArray payload = body();
    QNetworkRequest request(listener);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("X-Nango-Hmac-Sha256", WebhookVerifier::hmacHex(signingKey, payload));
    request.setTransferTimeout(10000);
    QNetworkReply *reply = nam->post(request, payload);
    QObject::connect(reply, &QNetworkReply::finished, context, [reply, done]() {
        reply->deleteLater();
        Result r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.ok = r.status == 200;
        if (r.ok)
            r.message =
                tr("The listener accepted a signed test webhook: point Nango's webhook URL here (through a "
                   "tunnel for Nango Cloud).");
        else if (r.status == 401)
            r.message =
                tr("The listener refused the signature: the signing key typed here is not the one it uses. "
                   "Save the settings first, or clear the field to test the saved key.");
        else
            r.message = tr("The test webhook failed: %1").arg(reply->errorString());
        done(r);
    });
}

} // namespace nd::TestWebhook
