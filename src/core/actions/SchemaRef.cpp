#include "actions/SchemaRef.h"

namespace nd {

using namespace Qt::StringLiterals;

QJsonObject resolveSchemaRef(const QJsonObject &root, const QJsonObject &schema)
{
    QJsonObject s = schema;
    for (int depth = 0; s.contains(u"$ref"_s); ++depth) {
        const QString ref = s.value(u"$ref"_s).toString();
        const QString prefix = u"#/definitions/"_s;
        if (depth >= 16 || !ref.startsWith(prefix))
            return {};
        s = root.value(u"definitions"_s).toObject().value(ref.mid(prefix.size())).toObject();
    }
    return s;
}

} // namespace nd
