#pragma once

#include "cache/Sql.h"
#include "cache/postgres/PgDb.h"

#include <QByteArray>
#include <QString>

#include <libpq-fe.h>
#include <vector>

namespace nd {

// libpq's words about a failed statement (or the connection's, without a result).
QString pgResultError(const PGresult *result, PGconn *conn);

// A server-side prepared statement of a PgDb connection: bound values in text or binary, prepared
// again after a reconnection or when the connection deallocated its statements.
class PgQuery : public SqlQuery
{
    static constexpr Oid kByteaOid = 17;

public:
    PgQuery(PgDb &db, QByteArray pgSql, QByteArray name, int params, QString error)
        : m_db(db)
        , m_sql(std::move(pgSql))
        , m_name(std::move(name))
        , m_epoch(db.m_preparedEpoch)
        , m_values(size_t(params))
        , m_null(size_t(params), true)
        , m_binary(size_t(params), 0)
        , m_error(std::move(error))
        , m_prepared(m_error.isEmpty())
        , m_ok(m_prepared)
    {}
    ~PgQuery() override { PQclear(m_result); }
    using SqlQuery::bind;
    using SqlQuery::bindOrNull;

    bool ok() const override { return m_ok; }
    QString error() const override { return m_error; }

    SqlQuery &bind(int i, qint64 v) override { return set(i, QByteArray::number(v), false); }
    SqlQuery &bind(int i, const QByteArray &v) override
    {
        return v.isNull() ? bindNull(i) : set(i, v.isEmpty() ? QByteArray("", 0) : v, false);
    }
    SqlQuery &bindBlob(int i, const QByteArray &v) override
    {
        return v.isNull() ? bindNull(i) : set(i, v.isEmpty() ? QByteArray("", 0) : v, true);
    }
    SqlQuery &bindNull(int i) override
    {
        if (i >= 1 && size_t(i) <= m_null.size())
            m_null[size_t(i) - 1] = true;
        return *this;
    }

    bool step() override
    {
        if (!m_executed && !execute())
            return false;
        ++m_row;
        return m_row < m_rows;
    }
    bool done() const override { return m_ok; }
    bool run() override
    {
        const bool good = m_executed ? m_ok : execute();
        reset();
        return good;
    }
    void reset() override
    {
        PQclear(m_result);
        m_result = nullptr;
        m_executed = false;
        m_row = -1;
        m_rows = 0;
        std::fill(m_null.begin(), m_null.end(), true);
        std::fill(m_binary.begin(), m_binary.end(), 0);
        // A failed run spoils no later use of the statement.
        m_ok = m_prepared;
    }
    qint64 changes() const override { return m_changes; }

    qint64 int64(int col) const override
    {
        const char *v = value(col);
        if (!v)
            return 0;
        if (v[0] == 't' && v[1] == 0)
            return 1;
        if (v[0] == 'f' && v[1] == 0)
            return 0;
        return QByteArray::fromRawData(v, qsizetype(qstrlen(v))).toLongLong();
    }
    QByteArray bytes(int col) const override
    {
        const char *v = value(col);
        if (!v)
            return {};
        const int length = PQgetlength(m_result, m_row, col);
        if (PQftype(m_result, col) == kByteaOid && length >= 2 && v[0] == '\\' && v[1] == 'x')
            return QByteArray::fromHex(QByteArray::fromRawData(v + 2, length - 2));
        return QByteArray(v, length);
    }
    bool isNull(int col) const override
    {
        return !m_result || m_row < 0 || m_row >= m_rows || PQgetisnull(m_result, m_row, col);
    }

private:
    SqlQuery &set(int i, QByteArray v, bool binary)
    {
        if (i >= 1 && size_t(i) <= m_values.size()) {
            // libpq reads a text parameter up to its NUL: an owned, terminated copy (a value may be
            // a view into a page's buffer).
            m_values[size_t(i) - 1] = binary ? std::move(v) : QByteArray(v.constData(), v.size());
            m_null[size_t(i) - 1] = false;
            m_binary[size_t(i) - 1] = binary ? 1 : 0;
        }
        return *this;
    }
    const char *value(int col) const
    {
        if (isNull(col))
            return nullptr;
        return PQgetvalue(m_result, m_row, col);
    }
    bool execute()
    {
        // A lost connection is made again first; a statement that could not be prepared (the
        // connection was down then) is prepared again rather than failing for ever.
        if (!m_db.ensureConnected()) {
            m_ok = false;
            m_error = m_db.lastError();
            return false;
        }
        const int n = int(m_values.size());
        if (!m_prepared)
            m_epoch = m_db.m_preparedEpoch - 1;
        std::vector<const char *> values(static_cast<size_t>(n));
        std::vector<int> lengths(static_cast<size_t>(n));
        for (int i = 0; i < n; ++i) {
            values[size_t(i)] = m_null[size_t(i)] ? nullptr : m_values[size_t(i)].constData();
            lengths[size_t(i)] = int(m_values[size_t(i)].size());
        }
        if (m_epoch != m_db.m_preparedEpoch) {
            // The connection's statements were deallocated (too many shapes of query): again.
            QString error;
            m_name = m_db.preparedName(m_sql, n, &error);
            m_epoch = m_db.m_preparedEpoch;
            m_prepared = error.isEmpty();
            if (!m_prepared) {
                m_ok = false;
                m_error = error;
                m_db.setError(error);
                return false;
            }
        }
        PQclear(m_result);
        m_result = PQexecPrepared(m_db.handle(), m_name.constData(), n, values.data(), lengths.data(),
                                  m_binary.data(), 0);
        m_executed = true;
        m_row = -1;
        const ExecStatusType status = PQresultStatus(m_result);
        if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
            m_ok = false;
            m_error = pgResultError(m_result, m_db.handle());
            m_db.setError(m_error);
            m_rows = 0;
            return false;
        }
        m_ok = true;
        m_rows = PQntuples(m_result);
        m_changes = QByteArray(PQcmdTuples(m_result)).toLongLong();
        return true;
    }

    PgDb &m_db;
    QByteArray m_sql;
    QByteArray m_name;
    quint64 m_epoch;
    std::vector<QByteArray> m_values;
    std::vector<bool> m_null;
    std::vector<int> m_binary;
    QString m_error;
    bool m_prepared;
    bool m_ok;
    PGresult *m_result = nullptr;
    bool m_executed = false;
    int m_row = -1;
    int m_rows = 0;
    qint64 m_changes = 0;
};

} // namespace nd
