#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace nd {

class SqlDb;

// One action run as the history keeps it.
struct ActionRun
{
    qint64 id = 0;
    QString at; // when it started, ISO UTC
    qint64 profileId = 0;
    QString integration;
    QString connectionId;
    QString action;
    QByteArray inputJson; // empty: no input sent
    bool async = false;
    QString asyncId;
    QString status; // ok | failed | refused | timeout | cancelled
    int httpStatus = 0;
    QString errorCode;     // Nango's error.code, or a local one (invalid_input_local, timeout, cancelled)
    QByteArray outputJson; // the output when ok
    QString error;         // the explanation shown to the person
    qint64 durationMs = 0;
};

struct ActionRunFilter
{
    QString integration; // empty: any
    QString connectionId;
    QString action;
    QString status;
    int limit = 200;
};

// The history of action runs (Nango keeps its own logs, but not per consumer and not offline).
class ActionStore
{
public:
    explicit ActionStore(SqlDb &db)
        : m_db(db)
    {}

    qint64 add(const ActionRun &run); // 0 when it could not be written
    // Newest first.
    QList<ActionRun> history(qint64 profileId, const ActionRunFilter &filter = {});
    std::optional<ActionRun> find(qint64 id);

private:
    SqlDb &m_db;
};

} // namespace nd
