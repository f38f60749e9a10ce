#include "cache/postgres/PgConsole.h"

#include "cache/postgres/PgDb.h"

#include <QRegularExpression>

#include <cmath>
#include <libpq-fe.h>

namespace nd {

using namespace Qt::StringLiterals;

namespace {

// Type oids of pg_type that the console hands on as numbers or booleans; the rest is text.
constexpr Oid kBool = 16, kInt8 = 20, kInt2 = 21, kInt4 = 23, kOid = 26, kFloat4 = 700, kFloat8 = 701,
              kNumeric = 1700;
constexpr const char *kCursor = "nd_console";
constexpr int kFirstBlock = 500;

QVariant cellValue(const PGresult *r, int row, int col)
{
    if (PQgetisnull(r, row, col))
        return {};
    const char *v = PQgetvalue(r, row, col);
    switch (PQftype(r, col)) {
    case kBool:
        return v[0] == 't';
    case kInt2:
    case kInt4:
    case kInt8:
    case kOid:
        return QByteArray(v).toLongLong();
    case kFloat4:
    case kFloat8:
        return QByteArray(v).toDouble();
    case kNumeric: {
        // sum() and avg() answer numeric: a whole number that fits, else a double that says the
        // same, else the digits as text (never a rounded figure).
        bool ok = false;
        const qint64 whole = QByteArray(v).toLongLong(&ok);
        if (ok)
            return whole;
        const double d = QByteArray(v).toDouble(&ok);
        if (ok && std::isfinite(d) && QByteArray::number(d, 'g', 17).toDouble() == d &&
            QString::number(d, 'g', 15) == QString::fromLatin1(v))
            return d;
        return QString::fromLatin1(v);
    }
    default:
        return QString::fromUtf8(v, PQgetlength(r, row, col));
    }
}

} // namespace

class PgConsoleCursor : public ConsoleCursor
{
public:
    PgConsoleCursor(PgConsole &console, quint64 statement, bool declared, PGresult *first)
        : m_console(console)
        , m_statement(statement)
        , m_declared(declared)
    {
        for (int i = 0; i < PQnfields(first); ++i)
            m_columns << QString::fromUtf8(PQfname(first, i));
        take(first);
        m_end = !declared || m_buffer.size() < kFirstBlock;
        if (m_end)
            finish();
    }
    ~PgConsoleCursor() override { finish(); }
    PgConsoleCursor(const PgConsoleCursor &) = delete;
    PgConsoleCursor &operator=(const PgConsoleCursor &) = delete;

    QStringList columns() const override { return m_columns; }
    bool atEnd() const override { return m_end && m_buffer.isEmpty(); }

    bool fetch(int max, QList<QVariantList> *rows, ConsoleError *error) override
    {
        while (max > 0 && !m_buffer.isEmpty()) {
            rows->append(m_buffer.takeFirst());
            --max;
        }
        if (max == 0 || m_end)
            return true;
        if (m_console.m_statement != m_statement || !m_console.m_inTransaction) {
            m_end = true;
            *error = {ConsoleError::Kind::Failed,
                      QueryConsole::tr("This statement was ended by a newer one.")};
            return false;
        }
        m_console.m_cancel = false;
        PGresult *r = m_console.setTimeLimit(error)
                          ? m_console.query(
                                QByteArray("FETCH FORWARD ") + QByteArray::number(max) + ' ' + kCursor, error)
                          : nullptr;
        if (!r) {
            m_end = true;
            finish();
            return false;
        }
        const int got = PQntuples(r);
        take(r);
        rows->append(m_buffer);
        m_buffer.clear();
        if (got < max) {
            m_end = true;
            finish();
        }
        return true;
    }

private:
    void take(PGresult *r)
    {
        const int n = PQntuples(r), cols = PQnfields(r);
        for (int i = 0; i < n; ++i) {
            QVariantList row;
            row.reserve(cols);
            for (int c = 0; c < cols; ++c)
                row << cellValue(r, i, c);
            m_buffer.append(std::move(row));
        }
        PQclear(r);
    }
    void finish()
    {
        if (m_console.m_statement == m_statement)
            m_console.endTransaction();
    }

    PgConsole &m_console;
    quint64 m_statement;
    bool m_declared;
    QStringList m_columns;
    QList<QVariantList> m_buffer;
    bool m_end = false;
};

std::unique_ptr<PgConsole> PgConsole::open(const QString &uri, const QByteArray &password, QString *error)
{
    std::unique_ptr<PgConsole> console(new PgConsole);
    PgDb::Options o;
    o.password = password;
    o.migrate = false;
    o.applicationName = u"nango-desk-console"_s;
    console->m_db = PgDb::open(uri, o, error);
    if (!console->m_db)
        return nullptr;
    // Every transaction of this session reads only, unless a statement asks otherwise (and the
    // statements are checked to be reading ones before they run).
    if (!console->m_db->exec("SET default_transaction_read_only = on", error))
        return nullptr;
    return console;
}

PgConsole::~PgConsole()
{
    endTransaction();
}

void PgConsole::cancel()
{
    m_cancel = true;
    if (m_busy) // a cancel request is a connection of its own: only for a statement that runs
        m_db->interrupt();
}

bool PgConsole::hasViews()
{
    PGresult *r = PQexec(m_db->handle(), "SELECT to_regclass('live_records') IS NOT NULL");
    const bool found =
        PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) == 1 && PQgetvalue(r, 0, 0)[0] == 't';
    PQclear(r);
    return found;
}

qsizetype PgConsole::leadLength(const QString &sql)
{
    // Spaces and comments as PostgreSQL's lexer reads them: a -- comment ends at \n or \r, and
    // block comments nest. An unclosed one is all lead (nothing is left to run).
    qsizetype i = 0;
    const qsizetype n = sql.size();
    while (i < n) {
        if (sql.at(i).isSpace()) {
            ++i;
        } else if (sql.mid(i, 2) == u"--") {
            while (i < n && sql.at(i) != u'\n' && sql.at(i) != u'\r')
                ++i;
        } else if (sql.mid(i, 2) == u"/*") {
            int depth = 0;
            do {
                if (sql.mid(i, 2) == u"/*") {
                    ++depth;
                    i += 2;
                } else if (sql.mid(i, 2) == u"*/") {
                    --depth;
                    i += 2;
                } else {
                    ++i;
                }
            } while (i < n && depth > 0);
            if (depth > 0)
                return n;
        } else {
            break;
        }
    }
    return i;
}

QString PgConsole::firstKeyword(const QString &sql)
{
    static const QRegularExpression word(uR"(^[A-Za-z_]+)"_s);
    return word.match(sql.mid(leadLength(sql))).captured().toLower();
}

ConsoleError PgConsole::failure(PGresult *result) const
{
    const QByteArray state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : QByteArray();
    const QString message =
        QString::fromUtf8(result ? PQresultErrorMessage(result) : PQerrorMessage(m_db->handle())).trimmed();
    if (state == "25006")
        return {ConsoleError::Kind::Refused, writeRefused(tr("would write (%1)").arg(message))};
    if (state == "57014") {
        // The server says "canceling statement" for both, in its own language: a cancel asked for
        // (perhaps before this statement began: libpq's cancel lands on what runs when it arrives),
        // or the time limit, once that long has passed.
        const bool timedOut = m_timeLimitMs > 0 && m_clock.elapsed() + 50 >= m_timeLimitMs;
        if (m_cancel.load() || !timedOut)
            return {ConsoleError::Kind::Cancelled, tr("Cancelled.")};
        return {ConsoleError::Kind::TimedOut,
                tr("Stopped after the time limit of %1 s. Narrow the question (a WHERE on an indexed "
                   "column, a LIMIT) or raise the limit.")
                    .arg(m_timeLimitMs / 1000.0)};
    }
    return {ConsoleError::Kind::Failed, message};
}

PGresult *PgConsole::query(const QByteArray &sql, ConsoleError *error)
{
    m_clock.start();
    m_busy = true;
    PGresult *r = PQexecParams(m_db->handle(), sql.constData(), 0, nullptr, nullptr, nullptr, nullptr, 0);
    m_busy = false;
    const ExecStatusType status = PQresultStatus(r);
    if (status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK)
        return r;
    *error = failure(r);
    PQclear(r);
    endTransaction();
    return nullptr;
}

bool PgConsole::setTimeLimit(ConsoleError *error)
{
    return command("SET LOCAL statement_timeout = " + QByteArray::number(qMax(0, m_timeLimitMs)), error);
}

bool PgConsole::command(const QByteArray &sql, ConsoleError *error)
{
    PGresult *r = query(sql, error);
    PQclear(r);
    return r != nullptr;
}

void PgConsole::endTransaction()
{
    if (!m_inTransaction)
        return;
    m_inTransaction = false;
    PQclear(PQexec(m_db->handle(), "ROLLBACK"));
    // What a statement may leave in the session beyond its transaction goes too: advisory locks
    // (the engines' stream locks are advisory locks), settings made with set_config(), prepared
    // statements, LISTEN. Then the session reads only again.
    PQclear(PQexec(m_db->handle(), "DISCARD ALL"));
    PQclear(PQexec(m_db->handle(), "SET default_transaction_read_only = on"));
}

std::unique_ptr<ConsoleCursor> PgConsole::run(const QString &sql, ConsoleError *error)
{
    endTransaction();
    ++m_statement;
    m_cancel = false;
    // What the server gets starts with the keyword checked here: no comment before it can hide
    // another statement (the server nests block comments; a lead it would read otherwise is gone).
    QString text = sql.mid(leadLength(sql)).trimmed();
    while (text.endsWith(u';'))
        text = text.chopped(1).trimmed();
    const QString keyword = firstKeyword(text);
    if (keyword.isEmpty()) {
        *error = {ConsoleError::Kind::Failed, tr("There is no statement to run.")};
        return nullptr;
    }
    static const QStringList streamed{u"select"_s, u"with"_s, u"values"_s, u"table"_s};
    static const QStringList whole{u"explain"_s, u"show"_s};
    const bool declare = streamed.contains(keyword);
    if (!declare && !whole.contains(keyword)) {
        *error = {ConsoleError::Kind::Refused,
                  writeRefused(tr("is %1, not a question (SELECT, WITH, VALUES, TABLE, EXPLAIN or SHOW)")
                                   .arg(keyword.toUpper()))};
        return nullptr;
    }
    if (PQstatus(m_db->handle()) != CONNECTION_OK) {
        QString why;
        if (!m_db->exec("SET default_transaction_read_only = on", &why)) { // connects again first
            *error = {ConsoleError::Kind::Failed, why};
            return nullptr;
        }
    }
    if (!command("BEGIN READ ONLY ISOLATION LEVEL REPEATABLE READ", error))
        return nullptr;
    m_inTransaction = true;
    if (!setTimeLimit(error))
        return nullptr;
    if (declare) {
        if (!command(QByteArray("DECLARE ") + kCursor + " NO SCROLL CURSOR FOR " + text.toUtf8(), error))
            return nullptr;
        PGresult *first =
            query(QByteArray("FETCH FORWARD ") + QByteArray::number(kFirstBlock) + ' ' + kCursor, error);
        if (!first)
            return nullptr;
        return std::make_unique<PgConsoleCursor>(*this, m_statement, true, first);
    }
    PGresult *all = query(text.toUtf8(), error);
    if (!all)
        return nullptr;
    return std::make_unique<PgConsoleCursor>(*this, m_statement, false, all);
}

} // namespace nd
