#pragma once

#include <QJsonObject>

namespace nd {

// The JSON schema a `$ref` points to, followed to the end: `#/definitions/<name>` of the root
// schema (Nango generates every input model's schema with all of them there). Anything else, a
// loop or a chain longer than 16, resolves to an empty schema. A schema without `$ref` is itself.
QJsonObject resolveSchemaRef(const QJsonObject &root, const QJsonObject &schema);

} // namespace nd
