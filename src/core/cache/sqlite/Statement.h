#pragma once

#include "cache/Sql.h"

#include <QByteArray>
#include <QString>

#include <sqlite3.h>

namespace nd {

// A prepared sqlite3 statement for hot paths (Qt Sql's QVariant binding costs more than the
// insert itself at a million rows). Prepared once, reset after each use.
class Statement : public SqlQuery
{
public:
    Statement(sqlite3 *db, const char *sql);
    ~Statement() override { sqlite3_finalize(m_stmt); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    using SqlQuery::bind;
    using SqlQuery::bindOrNull;

    bool ok() const override { return m_stmt != nullptr; }
    QString error() const override { return QString::fromUtf8(sqlite3_errmsg(m_db)); }

    SqlQuery &bind(int i, qint64 v) override
    {
        sqlite3_bind_int64(m_stmt, i, v);
        return *this;
    }
    SqlQuery &bind(int i, const QByteArray &v) override
    {
        if (v.isNull())
            sqlite3_bind_null(m_stmt, i);
        else
            sqlite3_bind_text(m_stmt, i, v.constData(), int(v.size()), SQLITE_TRANSIENT);
        return *this;
    }
    SqlQuery &bindView(int i, const QByteArray &v) override
    {
        if (v.isEmpty())
            sqlite3_bind_null(m_stmt, i);
        else
            sqlite3_bind_text(m_stmt, i, v.constData(), int(v.size()), SQLITE_STATIC);
        return *this;
    }
    SqlQuery &bindBlob(int i, const QByteArray &v) override
    {
        if (v.isNull())
            sqlite3_bind_null(m_stmt, i);
        else
            sqlite3_bind_blob(m_stmt, i, v.constData(), int(v.size()), SQLITE_TRANSIENT);
        return *this;
    }
    SqlQuery &bindNull(int i) override
    {
        sqlite3_bind_null(m_stmt, i);
        return *this;
    }

    bool step() override { return (m_rc = sqlite3_step(m_stmt)) == SQLITE_ROW; }
    bool done() const override { return m_rc == SQLITE_DONE || m_rc == SQLITE_ROW; }
    bool run() override
    {
        while (step()) {
        }
        const bool good = m_rc == SQLITE_DONE;
        m_changes = sqlite3_changes(m_db);
        reset();
        return good;
    }
    void reset() override
    {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    qint64 changes() const override { return m_changes; }

    qint64 int64(int col) const override { return sqlite3_column_int64(m_stmt, col); }
    bool isNull(int col) const override { return sqlite3_column_type(m_stmt, col) == SQLITE_NULL; }
    QByteArray bytes(int col) const override
    {
        const auto *p = static_cast<const char *>(sqlite3_column_blob(m_stmt, col));
        return p ? QByteArray(p, sqlite3_column_bytes(m_stmt, col)) : QByteArray();
    }

private:
    qint64 m_changes = 0;
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
