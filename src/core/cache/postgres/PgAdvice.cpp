#include "cache/postgres/PgAdvice.h"

#include <QCoreApplication>

namespace nd {

using namespace Qt::StringLiterals;

// What to do about a failed connection, from libpq's words.
QString pgConnectAdvice(const QString &message, const QString &display)
{
    const QString m = message.toLower();
    if (m.contains(u"password authentication failed"_s) || m.contains(u"no password supplied"_s) ||
        m.contains(u"authentication failed"_s))
        return QCoreApplication::translate("nd::PgDb", "PostgreSQL refused the credentials for %1. Save the "
                                                       "right password in Settings (it is kept in "
                                                       "the keychain), or give it with PGPASSWORD or "
                                                       "~/.pgpass; it is never taken from the command line.")
            .arg(display);
    if (m.contains(u"does not exist"_s) && m.contains(u"database"_s))
        return QCoreApplication::translate("nd::PgDb", "The database of %1 does not exist. Create it "
                                                       "(createdb NAME, as a role allowed to) or point "
                                                       "Nango Desk at another one.")
            .arg(display);
    if (m.contains(u"role"_s) && m.contains(u"does not exist"_s))
        return QCoreApplication::translate(
                   "nd::PgDb",
                   "The role of %1 does not exist on that server. Check the user name in the URI.")
            .arg(display);
    // TLS, named as the HTTPS failures are: what is wrong, and what to put in the URI.
    if (m.contains(u"root certificate file"_s) && m.contains(u"does not exist"_s))
        return QCoreApplication::translate(
                   "nd::PgDb",
                   "%1 asks to check the server's certificate (sslmode=verify-ca or verify-full) but names "
                   "no "
                   "authority to check it with. Add sslrootcert=/path/ca.pem (your database's certificate "
                   "authority, PEM) to the URI, or put it in ~/.postgresql/root.crt.")
            .arg(display);
    if (m.contains(u"certificate verify failed"_s))
        return QCoreApplication::translate(
                   "nd::PgDb",
                   "The certificate of the PostgreSQL server of %1 was not issued by the authority in "
                   "sslrootcert (or it is self-signed or expired). Point sslrootcert at the authority that "
                   "issued the server's certificate.")
            .arg(display);
    if (m.contains(u"does not match host name"_s))
        return QCoreApplication::translate(
                   "nd::PgDb",
                   "The certificate of the PostgreSQL server of %1 was issued for another host name. Use the "
                   "name it was issued for in the URI, or sslmode=verify-ca (which checks the authority but "
                   "not the name).")
            .arg(display);
    if (m.contains(u"server does not support ssl"_s))
        return QCoreApplication::translate(
                   "nd::PgDb",
                   "The PostgreSQL server of %1 does not speak TLS, and the URI's sslmode requires it. Turn "
                   "on ssl in the server's configuration, or lower sslmode if the network is trusted.")
            .arg(display);
    if (m.contains(u"ssl"_s) || m.contains(u"certificate"_s))
        return QCoreApplication::translate(
                   "nd::PgDb",
                   "The TLS connection to %1 failed. Check sslmode and sslrootcert in the URI (for example "
                   "sslmode=verify-full&sslrootcert=/path/ca.pem).")
            .arg(display);
    if (m.contains(u"connection refused"_s) || m.contains(u"could not connect"_s) ||
        m.contains(u"timeout"_s) || m.contains(u"could not translate host name"_s) ||
        m.contains(u"no route"_s))
        return QCoreApplication::translate("nd::PgDb", "Cannot reach the PostgreSQL server of %1. Check the "
                                                       "host and port, and that the server accepts "
                                                       "TCP connections from this computer.")
            .arg(display);
    return QCoreApplication::translate("nd::PgDb", "PostgreSQL refused the connection to %1.").arg(display);
}

// What to do about a statement that failed for want of a grant.
QString pgGrantAdvice(const QString &message, const QString &role)
{
    const QString m = message.toLower();
    if (m.contains(u"permission denied for schema"_s))
        return QCoreApplication::translate("nd::PgDb", "The role %1 may not create tables here. As the "
                                                       "database's owner: GRANT CREATE ON SCHEMA public "
                                                       "TO %1; (or run Nango Desk once as a role that may, "
                                                       "then GRANT SELECT, INSERT, UPDATE, DELETE on "
                                                       "its tables).")
            .arg(role);
    if (m.contains(u"permission denied"_s))
        return QCoreApplication::translate(
                   "nd::PgDb",
                   "The role %1 lacks a grant on the cache's tables: GRANT SELECT, INSERT, UPDATE, DELETE ON "
                   "ALL "
                   "TABLES IN SCHEMA public TO %1; and USAGE on its sequences, or use this cache read-only.")
            .arg(role);
    return {};
}

} // namespace nd
