#pragma once

#include <QByteArray>
#include <QString>

#include <sqlite3.h>

namespace nd {

// A prepared sqlite3 statement for hot paths (Qt Sql's QVariant binding costs more than the
// insert itself at a million rows). Prepared once, reset after each use.
class Statement
{
public:
    Statement(sqlite3 *db, const char *sql);
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool ok() const { return m_stmt != nullptr; }
    QString error() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }

    Statement &bind(int i, qint64 v)
    {
        sqlite3_bind_int64(m_stmt, i, v);
        return *this;
    }
    Statement &bind(int i, const QByteArray &v)
    {
        if (v.isNull())
            sqlite3_bind_null(m_stmt, i);
        else
            sqlite3_bind_text(m_stmt, i, v.constData(), int(v.size()), SQLITE_TRANSIENT);
        return *this;
    }
    // Empty text binds NULL: the cache stores "no value" as NULL.
    Statement &bindOrNull(int i, const QByteArray &v)
    {
        if (v.isEmpty())
            sqlite3_bind_null(m_stmt, i);
        else
            sqlite3_bind_text(m_stmt, i, v.constData(), int(v.size()), SQLITE_TRANSIENT);
        return *this;
    }
    Statement &bind(int i, const QString &v) { return bind(i, v.toUtf8()); }
    // No copy: `v` must stay alive and unchanged until the statement is run (hot paths only).
    Statement &bindView(int i, const QByteArray &v)
    {
        if (v.isEmpty())
            sqlite3_bind_null(m_stmt, i);
        else
            sqlite3_bind_text(m_stmt, i, v.constData(), int(v.size()), SQLITE_STATIC);
        return *this;
    }
    Statement &bindNull(int i)
    {
        sqlite3_bind_null(m_stmt, i);
        return *this;
    }

    // Steps once; true when a row is available.
    bool step() { return (m_rc = sqlite3_step(m_stmt)) == SQLITE_ROW; }
    bool done() const { return m_rc == SQLITE_DONE || m_rc == SQLITE_ROW; }
    // Runs to completion and resets; false on error.
    bool run()
    {
        while (step()) {
        }
        const bool good = m_rc == SQLITE_DONE;
        reset();
        return good;
    }
    void reset()
    {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }

    qint64 int64(int col) const { return sqlite3_column_int64(m_stmt, col); }
    bool isNull(int col) const { return sqlite3_column_type(m_stmt, col) == SQLITE_NULL; }
    QByteArray bytes(int col) const
    {
        const auto *p = static_cast<const char *>(sqlite3_column_blob(m_stmt, col));
        return p ? QByteArray(p, sqlite3_column_bytes(m_stmt, col)) : QByteArray();
    }
    QString text(int col) const { return QString::fromUtf8(bytes(col)); }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    int m_rc = SQLITE_OK;
};

inline Statement::Statement(sqlite3 *db, const char *sql)
    : m_db(db)
{
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK)
        m_stmt = nullptr;
}

} // namespace nd
