#pragma once

// Test support: where a test's cache lives. By default a SQLite file in the test's folder; with
// NANGODESK_TEST_PG set (the URI of the private cluster's "postgres" database, see
// scripts/pg-test-cluster.sh and tests/CMakeLists.txt), a new PostgreSQL database for each call.

#include "cache/CatalogStore.h"
#include "cache/RecordStore.h"
#include "cache/Store.h"

#include <QFile>
#include <QRandomGenerator>
#include <QString>
#include <QUrl>
#include <QtTest>

#include <libpq-fe.h>

namespace testsupport {

// The private cluster's base URI: NANGODESK_TEST_PG, or the second line of NANGODESK_TEST_PG_FILE
// (the state file of scripts/pg-test-cluster.sh).
inline QString postgresBase()
{
    if (qEnvironmentVariableIsSet("NANGODESK_TEST_PG"))
        return qEnvironmentVariable("NANGODESK_TEST_PG");
    QFile f(qEnvironmentVariable("NANGODESK_TEST_PG_FILE"));
    if (f.fileName().isEmpty() || !f.open(QIODevice::ReadOnly))
        return {};
    f.readLine();
    return QString::fromUtf8(f.readLine()).trimmed();
}

inline bool onPostgres()
{
    return !postgresBase().isEmpty();
}

// A URI of the same server and role, another database.
inline QString withDatabase(const QString &uri, const QString &database)
{
    QUrl url(uri);
    url.setPath(u'/' + database);
    return url.toString();
}

inline QString freshCacheLocation(const QString &dir, const QString &name = QStringLiteral("cache"))
{
    if (!onPostgres())
        return dir + u'/' + name + QStringLiteral(".sqlite");
    const QString admin = postgresBase();
    const QString database =
        QStringLiteral("nd_%1_%2").arg(name).arg(QRandomGenerator::global()->generate64(), 0, 36);
    PGconn *conn = PQconnectdb(admin.toUtf8().constData());
    if (PQstatus(conn) != CONNECTION_OK)
        qWarning() << "test PostgreSQL:" << PQerrorMessage(conn);
    PGresult *r = PQexec(conn, QByteArray("CREATE DATABASE " + database.toUtf8()).constData());
    if (PQresultStatus(r) != PGRES_COMMAND_OK)
        qWarning() << "CREATE DATABASE:" << PQresultErrorMessage(r);
    PQclear(r);
    PQfinish(conn);
    return withDatabase(admin, database);
}

// A new PostgreSQL database with Nango Desk's schema, made by the cluster's owner role.
inline QString migratedCacheLocation(const QString &dir, const QString &name)
{
    const QString uri = freshCacheLocation(dir, name);
    QString error;
    if (!nd::Store::open(uri, &error))
        qWarning() << error;
    return uri;
}

// A cache at `uri` with one stream (profile `name`, i/c/M): the store, or null and `error`.
inline std::unique_ptr<nd::Store> withStream(const QString &uri, const QString &name, nd::Stream *stream,
                                             QString *error)
{
    auto store = nd::Store::open(uri, error);
    if (store) {
        const qint64 profile = store->catalog().ensureProfile(name, QStringLiteral("http://127.0.0.1:1")).id;
        *stream = store->records().ensureStream(
            {profile, QStringLiteral("i"), QStringLiteral("c"), QStringLiteral("M"), QStringLiteral("base")},
            QStringLiteral("s"));
    }
    return store;
}

} // namespace testsupport
