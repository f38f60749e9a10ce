#include "cache/postgres/PgQuery.h"

namespace nd {

QString pgResultError(const PGresult *r, PGconn *conn)
{
    const char *message = r ? PQresultErrorMessage(r) : PQerrorMessage(conn);
    return QString::fromUtf8(message).trimmed();
}

} // namespace nd
