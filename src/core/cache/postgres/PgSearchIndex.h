#pragma once

#include "cache/SearchIndex.h"

namespace nd {

class PgDb;

// The search index in PostgreSQL: a tsvector column of the records table (the payload's values,
// without Nango's metadata, through the 'simple' configuration) and a GIN index over it.
class PgSearchIndex : public SearchIndex
{
public:
    explicit PgSearchIndex(PgDb &db)
        : m_db(db)
    {}

    int index(int max) override;
    qint64 pending(qint64 streamId) override;
    void forgetGeneration(qint64, qint64) override {} // the entries go with their rows
    Match match(const QString &text, qint64 streamId, QStringList *values) override;

    // The user's words as a tsquery: each a quoted prefix, all required.
    static QString tsquery(const QString &text);

private:
    PgDb &m_db;
};

} // namespace nd
