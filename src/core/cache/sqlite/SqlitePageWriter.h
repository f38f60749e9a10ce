#pragma once

#include "cache/PageWriter.h"

#include <memory>

namespace nd {

class Database;
class Statement;

// Row by row with prepared statements: most records of a first pull are new, so one insert and no
// lookup; a record already held falls through to a lookup and an upsert.
class SqlitePageWriter : public PageWriter
{
public:
    explicit SqlitePageWriter(Database &db);
    ~SqlitePageWriter() override;
    bool write(const Stream &stream, const RecordsPage &page, PageCounts *counts, Deltas *deltas,
               QString *error) override;

private:
    bool keepVersion(const Stream &s, const Version &v, QString *error);

    Database &m_db;
    std::unique_ptr<Statement> m_insertNew;
    std::unique_ptr<Statement> m_selectOld;
    std::unique_ptr<Statement> m_insertVersion;
    std::unique_ptr<Statement> m_anyVersions;
    std::unique_ptr<Statement> m_dropVersions;
    std::unique_ptr<Statement> m_trimVersions;
    std::unique_ptr<Statement> m_upsert;
};

} // namespace nd
