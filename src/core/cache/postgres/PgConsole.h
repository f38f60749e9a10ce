#pragma once

#include "cache/QueryConsole.h"

#include <QElapsedTimer>

struct pg_result;
typedef struct pg_result PGresult;

namespace nd {

class PgDb;

// The console over a shared cache on PostgreSQL (see QueryConsole): a connection of its own, each
// statement alone in a READ ONLY transaction, read through a server-side cursor.
class PgConsole : public QueryConsole
{
    Q_DECLARE_TR_FUNCTIONS(nd::PgConsole)

public:
    static std::unique_ptr<PgConsole> open(const QString &uri, const QByteArray &password, QString *error);
    ~PgConsole() override;
    PgConsole(const PgConsole &) = delete;
    PgConsole &operator=(const PgConsole &) = delete;

    SqlDialect dialect() const override { return SqlDialect::Postgres; }
    std::unique_ptr<ConsoleCursor> run(const QString &sql, ConsoleError *error) override;
    void cancel() override;
    bool hasViews() override;

    // The statement's first keyword, after spaces and comments (lower case).
    static QString firstKeyword(const QString &sql);
    // How many characters of spaces and comments come before the first token.
    static qsizetype leadLength(const QString &sql);

private:
    friend class PgConsoleCursor;
    PgConsole() = default;
    // Runs one command of ours (no rows); false with `error` set.
    bool command(const QByteArray &sql, ConsoleError *error);
    bool setTimeLimit(ConsoleError *error);
    // Runs `sql` alone (the extended protocol refuses a second statement); null with `error` set.
    PGresult *query(const QByteArray &sql, ConsoleError *error);
    ConsoleError failure(PGresult *result) const;
    void endTransaction();

    std::unique_ptr<PgDb> m_db;
    std::atomic<bool> m_cancel{false};
    QElapsedTimer m_clock; // how long the last command ran
    bool m_inTransaction = false;
    quint64 m_statement = 0; // which run() the open transaction belongs to
};

} // namespace nd
