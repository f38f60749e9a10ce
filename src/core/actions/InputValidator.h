#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace nd {

// Checks an action's input against its JSON schema before it is sent, so a typo costs no request
// and the person sees which field is wrong. Covers what Nango's generated schemas use: type (one or
// a list), properties, required, additionalProperties (false or a schema), items, enum, const,
// $ref to #/definitions/..., anyOf / oneOf / allOf. Formats are left to the server.
class InputValidator
{
public:
    // Problems in words naming the field, e.g. `"score" must be a whole number, not text ("7")`.
    // Empty when the value fits. An undefined value means "no input given".
    static QStringList validate(const QJsonObject &schema, const QJsonValue &value);

private:
    explicit InputValidator(const QJsonObject &root)
        : m_root(root)
    {}
    void check(const QJsonObject &schema, const QJsonValue &value, const QString &path, int depth);
    bool fits(const QJsonObject &schema, const QJsonValue &value, int depth);

    QJsonObject m_root;
    QStringList m_problems;
};

} // namespace nd
