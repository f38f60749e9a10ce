#include "cache/sqlite/Database.h"

#include "cache/sqlite/Migrations.h"
#include "cache/sqlite/Statement.h"
#include "util/Logging.h"
#include "util/Translate.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <cerrno>
#include <csignal>
#include <sqlite3.h>

namespace nd {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return trIn("nd::Database", text);
}

} // namespace

namespace {

QAtomicInt connectionCounter;

// What to do about an error SQLite gave while opening.
QString damagedAdvice(const QString &path, const QString &reason)
{
    return QCoreApplication::translate(
               "nd::Database", "The cache %1 is damaged (%2). Run nango-desk-cli check, or start Nango "
                               "Desk: they keep what can be read and fetch the rest from Nango.")
        .arg(path, reason);
}

QString advice(int code)
{
    switch (code & 0xff) {
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
        return QCoreApplication::translate("nd::Database", "The file or its folder is read-only or not "
                                                           "accessible: make it writable, or choose another "
                                                           "cache (--db).");
    case SQLITE_FULL:
        return QCoreApplication::translate("nd::Database", "The disk is full: free some space.");
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return QCoreApplication::translate("nd::Database", "Another program holds the cache locked; close it "
                                                           "and try again.");
    default:
        return QCoreApplication::translate("nd::Database", "Check the disk and the file.");
    }
}

} // namespace

Database::~Database()
{
    if (!m_marker.isEmpty())
        QFile::remove(m_marker);
    m_handle = nullptr;
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::latestSchemaVersion()
{
    return int(migrations().size());
}

bool Database::exec(const char *sql, QString *error)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_handle, sql, nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
        sqlite3_free(message);
        if (error)
            *error = text;
        qCWarning(lcDb) << "SQL failed:" << text;
        return false;
    }
    return true;
}

void Database::rollback()
{
    if (!sqlite3_get_autocommit(m_handle))
        exec("ROLLBACK");
}

bool Database::beginRead()
{
    return sqlite3_get_autocommit(m_handle) && exec("BEGIN");
}

void Database::endRead()
{
    // A reader left in its transaction would show that snapshot for good (and hold the WAL back).
    for (int attempt = 0; attempt < 2 && !sqlite3_get_autocommit(m_handle); ++attempt)
        exec("ROLLBACK");
    if (!sqlite3_get_autocommit(m_handle))
        qCWarning(lcDb) << "a read transaction could not be ended:" << sqlite3_errmsg(m_handle);
}

std::unique_ptr<SqlQuery> Database::prepare(const char *sql)
{
    return std::make_unique<Statement>(m_handle, sql);
}

void Database::interrupt()
{
    if (m_handle)
        sqlite3_interrupt(m_handle); // thread-safe while the connection is open
}

QString Database::lastError() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_handle));
}

int Database::schemaVersion()
{
    sqlite3_stmt *stmt = nullptr;
    int version = -1;
    if (sqlite3_prepare_v2(m_handle, "PRAGMA user_version", -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW)
        version = sqlite3_column_int(stmt, 0);
    sqlite3_finalize(stmt);
    return version;
}

bool Database::migrate(QString *error)
{
    const int latest = latestSchemaVersion();
    for (;;) {
        // BEGIN IMMEDIATE takes the write lock first; the version is read again under it, so a
        // process that waited for another one's migration finds it done instead of repeating it.
        Transaction tx(*this);
        if (!tx.active()) {
            *error = tr("Cannot upgrade the cache %1: %2").arg(m_path, tx.error());
            return false;
        }
        const int v = schemaVersion();
        if (v > latest) {
            *error = QCoreApplication::translate("nd::Database",
                                                 "The cache %1 was written by a newer Nango Desk (schema %2; "
                                                 "this one knows %3). Update Nango Desk, or point it at "
                                                 "another cache file.")
                         .arg(m_path)
                         .arg(v)
                         .arg(latest);
            return false;
        }
        if (v == latest)
            return tx.commit(error);
        if (!exec(migrations()[size_t(v)], error) ||
            !exec(QByteArray("PRAGMA user_version = " + QByteArray::number(v + 1)).constData(), error) ||
            !tx.commit(error)) {
            *error = tr("Cannot upgrade the cache %1 to schema %2: %3 %4")
                         .arg(m_path)
                         .arg(v + 1)
                         .arg(*error, advice(sqlite3_extended_errcode(m_handle)));
            return false;
        }
        qCInfo(lcDb) << "cache schema upgraded to" << v + 1;
    }
}

bool Database::uncleanExit() const
{
    // Each engine leaves "<cache>.open-<pid>-<n>" while it has the cache open. One whose process is
    // gone ended without closing: a crash, a kill, a power cut.
    const QFileInfo file(m_path);
    bool unclean = false;
    const QStringList markers =
        QDir(file.absolutePath()).entryList({file.fileName() + u".open-*"_s}, QDir::Files | QDir::Hidden);
    for (const QString &name : markers) {
        bool ok = false;
        const qint64 pid = name.mid(file.fileName().size() + 6).section(u'-', 0, 0).toLongLong(&ok);
        if (ok && pid > 0 && ::kill(pid_t(pid), 0) != 0 && errno == ESRCH) {
            unclean = true;
            QFile::remove(file.absoluteDir().filePath(name));
        }
    }
    return unclean;
}

std::unique_ptr<Database> Database::open(const QString &path, const Options &options, QString *error)
{
    std::unique_ptr<Database> db(new Database);
    db->m_path = path;
    db->m_connectionName = u"nangodesk-%1"_s.arg(connectionCounter.fetchAndAddRelaxed(1));
    QDir().mkpath(QFileInfo(path).absolutePath());
    QString aside; // where a damaged file went, to be read back from
    for (int attempt = 0; attempt < 2; ++attempt) {
        db->m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, db->m_connectionName);
        db->m_db.setDatabaseName(path);
        db->m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
        if (!db->m_db.open()) {
            *error = tr("Cannot open the cache %1: %2").arg(path, db->m_db.lastError().text());
            return nullptr;
        }
        const QVariant handle = db->m_db.driver()->handle();
        db->m_handle = handle.isValid() ? *static_cast<sqlite3 *const *>(handle.constData()) : nullptr;
        if (!db->m_handle) {
            *error = u"The Qt SQLite driver gave no handle"_s;
            return nullptr;
        }
        if (options.reader) {
            // A reader leaves the file to the engine: it only needs the schema to be there.
            const int version = db->schemaVersion();
            const int code = sqlite3_extended_errcode(db->m_handle);
            if (version < 0 || (code & 0xff) == SQLITE_CORRUPT || (code & 0xff) == SQLITE_NOTADB) {
                *error =
                    QCoreApplication::translate(
                        "nd::Database",
                        "The cache %1 cannot be read: %2. If it is damaged, start Nango Desk or run "
                        "nango-desk-cli check: they keep what can be read and fetch the rest from Nango.")
                        .arg(path, QString::fromUtf8(sqlite3_errmsg(db->m_handle)));
                return nullptr;
            }
            if (version == 0) {
                *error = QCoreApplication::translate(
                             "nd::Database", "The cache %1 has no tables yet: Nango Desk creates them "
                                             "when it starts.")
                             .arg(path);
                return nullptr;
            }
            if (version > latestSchemaVersion()) {
                *error = QCoreApplication::translate("nd::Database",
                                                     "The cache %1 was written by a newer Nango Desk (schema "
                                                     "%2; this one knows %3). Update Nango Desk, or point it "
                                                     "at another cache file.")
                             .arg(path)
                             .arg(version)
                             .arg(latestSchemaVersion());
                return nullptr;
            }
            // SQLite's default page cache (2 MB): a reader's queries are short or stream once through
            // an index, and every page of a larger cache costs a page fault the first time it is
            // used (a cold pass over a million rows' index took three times as long with 32 MB).
            db->exec("PRAGMA temp_store=MEMORY");
            return db;
        }
        // The engine: a check over the whole file only after an engine's unclean exit, or when asked
        // (it reads every page: seconds on a large cache). A file that cannot be opened at all is
        // looked at either way.
        const bool check = options.check || (options.repair && db->uncleanExit()) || db->schemaVersion() < 0;
        if (!check)
            break;
        db->m_checked = true;
        sqlite3_stmt *stmt = nullptr;
        bool healthy = false;
        int rc = sqlite3_prepare_v2(db->m_handle, "PRAGMA quick_check", -1, &stmt, nullptr);
        if (rc == SQLITE_OK)
            rc = sqlite3_step(stmt);
        if (rc == SQLITE_ROW)
            healthy = qstrcmp(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)), "ok") == 0;
        const int code = sqlite3_extended_errcode(db->m_handle);
        const QString reason = QString::fromUtf8(sqlite3_errmsg(db->m_handle));
        sqlite3_finalize(stmt);
        // Only damage is repaired by rebuilding; a file that cannot be read (permissions, a read-only
        // disk, a lock) is reported, never moved aside.
        const bool damaged =
            rc == SQLITE_ROW ? !healthy : (code & 0xff) == SQLITE_CORRUPT || (code & 0xff) == SQLITE_NOTADB;
        if (rc != SQLITE_ROW && !damaged) {
            *error = QCoreApplication::translate("nd::Database", "Cannot read the cache %1: %2. %3")
                         .arg(path, reason, advice(code));
            return nullptr;
        }
        if (healthy || attempt == 1)
            break;
        if (!options.repair) {
            *error = damagedAdvice(path, reason);
            return nullptr;
        }
        // A damaged cache is made anew, what can be read of it copied back (below), the rest fetched
        // from the server; the damaged file is kept for inspection.
        db->m_handle = nullptr;
        db->m_db.close();
        db->m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(db->m_connectionName);
        aside = path + u".corrupt-"_s + QDateTime::currentDateTimeUtc().toString(u"yyyyMMddHHmmss"_s);
        // The WAL holds the newest pages: it goes along, so what it has can be read back too.
        QFile::remove(aside + u"-wal"_s);
        QFile::rename(path, aside);
        QFile::rename(path + u"-wal"_s, aside + u"-wal"_s);
        QFile::remove(path + u"-shm"_s);
        qCWarning(lcDb) << "cache" << path << "failed its integrity check; moved to" << aside
                        << "and made anew";
    }
    // A new cache's pages are 16 KiB (SQLite's default is 4 KiB; an existing file keeps its own): a
    // page of records is a quarter of the WAL frames, write calls and B-tree pages.
    if (db->schemaVersion() == 0)
        db->exec("PRAGMA page_size=16384");
    if (!db->exec("PRAGMA journal_mode=WAL", error) || !db->exec("PRAGMA synchronous=NORMAL", error) ||
        !db->exec("PRAGMA foreign_keys=ON", error) || !db->exec("PRAGMA temp_store=MEMORY", error) ||
        !db->exec("PRAGMA cache_size=-32768", error)) {
        *error = QCoreApplication::translate("nd::Database", "Cannot use the cache %1: %2. %3")
                     .arg(path, *error, advice(sqlite3_extended_errcode(db->m_handle)));
        return nullptr;
    }
    if (!db->migrate(error))
        return nullptr;
    if (!aside.isEmpty())
        db->m_salvage = Salvage::run(db->m_handle, aside);
    // This engine has the cache open until it closes it cleanly.
    db->m_marker =
        path +
        u".open-%1-%2"_s.arg(QCoreApplication::applicationPid()).arg(connectionCounter.fetchAndAddRelaxed(1));
    QFile marker(db->m_marker);
    if (marker.open(QIODevice::WriteOnly))
        marker.close();
    return db;
}

} // namespace nd
