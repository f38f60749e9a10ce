#pragma once

// Test support: statements of a test's own on a cache's connection, with the values a read store's
// SQL builder gave (bound in order, as text), and SQLite's plan of one.

#include "cache/Sql.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace testsupport {

inline std::unique_ptr<nd::SqlQuery> boundQuery(nd::SqlDb &db, const QString &sql, const QStringList &values)
{
    auto q = db.prepare(sql.toUtf8().constData());
    for (int i = 0; i < values.size(); ++i)
        q->bind(i + 1, values.at(i));
    return q;
}

// SQLite's plan of a statement, its steps joined (or the error).
inline QString sqlitePlan(nd::SqlDb &db, const QString &sql, const QStringList &values)
{
    auto plan = boundQuery(db, u"EXPLAIN QUERY PLAN "_qs + sql, values);
    QStringList steps;
    while (plan->step())
        steps << plan->text(3);
    if (!plan->done())
        steps << u"error: "_qs + plan->error();
    return steps.join(u"; "_qs);
}

} // namespace testsupport
