#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace nangosim {

// JSON schemas of the simulated models and action inputs, and the small subset of JSON-schema
// validation Nango's action runner applies to an input (types, required, enums).
namespace ActionSchemas {

QJsonObject modelSchema(const QString &model);
QStringList validate(const QJsonObject &schema, const QJsonValue &value, const QString &path = {});

} // namespace ActionSchemas
} // namespace nangosim
