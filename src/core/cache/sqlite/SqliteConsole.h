#pragma once

#include "cache/QueryConsole.h"

#include <QElapsedTimer>

struct sqlite3;

namespace nd {

// The console over a cache file (see QueryConsole): its own read-only connection.
class SqliteConsole : public QueryConsole
{
    Q_DECLARE_TR_FUNCTIONS(nd::SqliteConsole)

public:
    static std::unique_ptr<SqliteConsole> open(const QString &path, QString *error);
    ~SqliteConsole() override;
    SqliteConsole(const SqliteConsole &) = delete;
    SqliteConsole &operator=(const SqliteConsole &) = delete;

    SqlDialect dialect() const override { return SqlDialect::Sqlite; }
    std::unique_ptr<ConsoleCursor> run(const QString &sql, ConsoleError *error) override;
    void cancel() override;
    bool hasViews() override;

private:
    friend class SqliteConsoleCursor;
    SqliteConsole() = default;
    static int authorize(void *self, int action, const char *a, const char *b, const char *db, const char *);
    static int progress(void *self);
    // Before a statement starts or goes on: no cancel pending, the time limit counted from now.
    void arm();
    // The failure of the last step, by what stopped it.
    ConsoleError failure(const QString &message) const;

    sqlite3 *m_db = nullptr;
    std::atomic<bool> m_cancel{false};
    bool m_cancelled = false;
    bool m_timedOut = false;
    QElapsedTimer m_clock;
    QString m_refusal; // what the authorizer refused while preparing
};

} // namespace nd
