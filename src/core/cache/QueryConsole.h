#pragma once

#include "cache/Sql.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <atomic>
#include <memory>

namespace nd {

// Why a console statement gave no (more) rows.
struct ConsoleError
{
    enum class Kind {
        None,
        Refused,   // it would write, attach, load an extension or is more than one statement: not run
        Cancelled, // cancel() while it ran
        TimedOut,  // longer than the time limit without an answer
        Failed,    // the database said no (a syntax error, an unknown column, ...)
    };
    Kind kind = Kind::None;
    QString message;
};

// The rows of one running console statement, fetched a block at a time. The statement (and its
// read snapshot) lives as long as the cursor; dropping it ends the statement.
class ConsoleCursor
{
public:
    virtual ~ConsoleCursor() = default;
    virtual QStringList columns() const = 0;
    // Appends up to `max` more rows: null → invalid QVariant, integers → qint64, reals → double,
    // text → QString, bytes → QByteArray. False on failure (the cursor is then at its end).
    virtual bool fetch(int max, QList<QVariantList> *rows, ConsoleError *error) = 0;
    virtual bool atEnd() const = 0;
};

// A read-only SQL console over the cache: the person's own questions, on a connection of its own
// that cannot change anything. SQLite: the file opened read-only, query_only, an authorizer that
// refuses every write, ATTACH, writing pragmas and extension loading, a progress handler for cancel
// and the time limit. PostgreSQL: each statement alone (libpq's extended protocol) in a READ ONLY
// transaction, reading statements only, statement_timeout, the server-side cancel. Either way one
// statement at a time, on the thread that opened the console; cancel() from any thread.
class QueryConsole
{
    Q_DECLARE_TR_FUNCTIONS(nd::QueryConsole)

public:
    static std::unique_ptr<QueryConsole> open(const QString &location, const QByteArray &password,
                                              QString *error);
    virtual ~QueryConsole() = default;

    virtual SqlDialect dialect() const = 0;
    // How long the database may work on one run() or fetch() before it is stopped (0: no limit).
    void setTimeLimitMs(int ms) { m_timeLimitMs = ms; }
    int timeLimitMs() const { return m_timeLimitMs; }
    // Starts one statement (a trailing ';' is fine); null with `error` set when refused or failed.
    // A new run() ends the previous cursor's statement: use one cursor at a time.
    virtual std::unique_ptr<ConsoleCursor> run(const QString &sql, ConsoleError *error) = 0;
    // From any thread: what runs now stops soon with Kind::Cancelled.
    virtual void cancel() = 0;
    // The documented views exist (a cache written by an older Nango Desk gets them from the engine).
    virtual bool hasViews() = 0;

    struct Example
    {
        QString title;
        QString sql;
    };
    // Questions to start from, over the documented views, in this store's dialect.
    static QList<Example> examples(SqlDialect dialect);
    // The documented views a person queries instead of the private tables (docs/sql-console.md).
    static QStringList views();

    // The refusal for a statement that would change the cache (`what`: the operation seen).
    static QString writeRefused(const QString &what);

protected:
    int m_timeLimitMs = 30000;
    std::atomic<bool> m_busy{false}; // a statement runs on the console's thread now
};

} // namespace nd
