#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace nangosim {

// Deterministic, provider-looking record payloads. A payload is a pure function of
// (seed, model, external id, version), so the simulator never has to keep payload bytes in memory.
class PayloadGenerator
{
public:
    enum class Shape { Contact, Deal, Issue, Comment, Account };

    PayloadGenerator(quint64 seed, int targetBytes)
        : m_seed(seed)
        , m_targetBytes(targetBytes)
    {}

    static Shape shapeFor(const QString &model);

    // The payload fields as a JSON object body without the surrounding braces, so the caller can
    // append "id" and "_nango_metadata" to the same object.
    // `seed` chooses the values; `version` is the number the payload shows (a light update moves it
    // alone, as an edit of one field would).
    QByteArray fields(const QString &model, const QByteArray &externalId, quint32 seed,
                      quint32 version) const;

    // JSON schema (draft 7) of a model's records, as GET /scripts/config publishes it.
    static QJsonObject jsonSchema(const QString &model);

    // An external id in the style of the model's provider (numeric, Salesforce-like, ...).
    static QByteArray externalId(const QString &model, quint64 index);

private:
    quint64 m_seed;
    int m_targetBytes;
};

} // namespace nangosim
