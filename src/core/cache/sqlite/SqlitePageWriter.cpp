#include "cache/sqlite/SqlitePageWriter.h"

#include "cache/RecordStore.h"
#include "cache/sqlite/Database.h"
#include "cache/sqlite/Statement.h"
#include "util/Logging.h"
#include "util/Translate.h"

#include <QCoreApplication>

namespace nd {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return trIn("nd::SqlitePageWriter", text); // where lupdate files this file's strings
}

} // namespace

SqlitePageWriter::SqlitePageWriter(Database &db)
    : m_db(db)
    , m_insertNew(std::make_unique<Statement>(db.handle(), R"sql(
INSERT INTO records (stream_id, record_id, payload, first_seen_at, first_seen_us, last_modified_at,
                     last_modified_us, last_action, deleted_at, pruned_at, cursor, generation, fts_dirty)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, 1)
ON CONFLICT (stream_id, record_id) DO NOTHING
)sql"))
    , m_selectOld(std::make_unique<Statement>(
          db.handle(), "SELECT deleted_at IS NOT NULL, pruned_at IS NOT NULL, last_modified_us, generation, "
                       "payload, last_action, cursor FROM records WHERE stream_id = ?1 AND record_id = ?2"))
    , m_insertVersion(std::make_unique<Statement>(db.handle(), R"sql(
INSERT INTO record_versions (stream_id, record_id, modified_us, action, cursor, generation, changes, payload)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
)sql"))
    , m_anyVersions(std::make_unique<Statement>(
          db.handle(), "SELECT EXISTS (SELECT 1 FROM record_versions WHERE stream_id = ?1)"))
    , m_dropVersions(std::make_unique<Statement>(
          db.handle(), "DELETE FROM record_versions WHERE stream_id = ?1 AND record_id = ?2"))
    , m_trimVersions(std::make_unique<Statement>(db.handle(), R"sql(
DELETE FROM record_versions WHERE stream_id = ?1 AND record_id = ?2 AND id <= (
    SELECT id FROM record_versions WHERE stream_id = ?1 AND record_id = ?2 ORDER BY id DESC LIMIT 1 OFFSET ?3)
)sql"))
    , m_upsert(std::make_unique<Statement>(db.handle(), R"sql(
INSERT INTO records (stream_id, record_id, payload, first_seen_at, first_seen_us, last_modified_at,
                     last_modified_us, last_action, deleted_at, pruned_at, cursor, generation, fts_dirty)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, 1)
ON CONFLICT (stream_id, record_id) DO UPDATE SET
    payload = CASE WHEN excluded.pruned_at IS NOT NULL THEN records.payload ELSE excluded.payload END,
    first_seen_at = excluded.first_seen_at, first_seen_us = excluded.first_seen_us,
    last_modified_at = excluded.last_modified_at, last_modified_us = excluded.last_modified_us,
    last_action = excluded.last_action, deleted_at = excluded.deleted_at, pruned_at = excluded.pruned_at,
    cursor = excluded.cursor, generation = excluded.generation, fts_dirty = 1
)sql"))
{
    if (!m_insertNew->ok() || !m_selectOld->ok() || !m_upsert->ok() || !m_insertVersion->ok() ||
        !m_anyVersions->ok() || !m_dropVersions->ok() || !m_trimVersions->ok())
        qCCritical(lcDb) << "cannot prepare record statements:" << m_upsert->error();
}

SqlitePageWriter::~SqlitePageWriter() = default;

bool SqlitePageWriter::keepVersion(const Stream &s, const Version &v, QString *error)
{
    m_insertVersion->bind(1, s.id).bindView(2, v.recordId).bind(3, v.modifiedUs).bindView(4, v.action);
    m_insertVersion->bindOrNull(5, v.cursor).bind(6, v.generation).bind(7, v.changes).bind(8, v.payload);
    m_trimVersions->bind(1, s.id).bindView(2, v.recordId).bind(3, qint64(m_historyLimit));
    if (!m_insertVersion->run() || !m_trimVersions->run()) {
        *error = tr("cannot keep the history of record %1: %2")
                     .arg(QString::fromUtf8(v.recordId), m_insertVersion->error());
        return false;
    }
    return true;
}

bool SqlitePageWriter::write(const Stream &s, const RecordsPage &page, PageCounts *counts, Deltas *deltas,
                             QString *error)
{
    auto count = [counts](const QByteArray &action) {
        if (action == "ADDED")
            ++counts->added;
        else if (action == "DELETED")
            ++counts->deleted;
        else
            ++counts->updated;
    };
    // History off, but versions kept from before: a record that changes now loses them (its chain
    // would skip this change, and older versions would be rebuilt wrong).
    bool dropStale = false;
    if (m_historyLimit == 0) {
        m_anyVersions->bind(1, s.id);
        dropStale = m_anyVersions->step() && m_anyVersions->int64(0) != 0;
        m_anyVersions->reset();
    }
    for (const PulledRecord &r : page.records) {
        const bool newDeleted = !r.deletedAt.isEmpty();
        const bool newPruned = !r.prunedAt.isEmpty();
        m_insertNew->bind(1, s.id).bindView(2, r.id).bindView(3, r.json).bindView(4, r.firstSeenAt);
        m_insertNew->bind(5, r.firstSeenUs).bindView(6, r.lastModifiedAt).bind(7, r.lastModifiedUs);
        m_insertNew->bindView(8, r.lastAction).bindView(9, r.deletedAt).bindView(10, r.prunedAt);
        m_insertNew->bindView(11, r.cursor).bind(12, s.generation);
        if (!m_insertNew->run()) {
            *error = tr("cannot store record %1: %2").arg(QString::fromUtf8(r.id), m_insertNew->error());
            return false;
        }
        if (m_insertNew->changes() == 1) {
            count(r.lastAction);
            deltas->live += int(!newDeleted);
            deltas->deleted += int(newDeleted);
            deltas->pruned += int(newPruned);
            continue;
        }
        m_selectOld->bind(1, s.id).bind(2, r.id);
        const bool exists = m_selectOld->step();
        const bool oldDeleted = exists && m_selectOld->int64(0) != 0;
        const bool oldPruned = exists && m_selectOld->int64(1) != 0;
        const qint64 oldModified = exists ? m_selectOld->int64(2) : 0;
        const qint64 oldGeneration = exists ? m_selectOld->int64(3) : 0;
        std::optional<Version> replaced;
        if (exists && m_historyLimit > 0 &&
            !(r.lastModifiedUs < oldModified && oldGeneration == s.generation))
            replaced = versionReplaced(r, m_selectOld->bytes(4), oldModified, m_selectOld->bytes(5),
                                       m_selectOld->bytes(6), oldGeneration, oldDeleted);
        m_selectOld->reset();
        if (exists && r.lastModifiedUs < oldModified && oldGeneration == s.generation) {
            // An older state than the one we hold (a repair pull racing a cursor pull): keep ours.
            ++counts->skippedOlder;
            continue;
        }
        if (replaced && !keepVersion(s, *replaced, error))
            return false;
        if (dropStale) {
            m_dropVersions->bind(1, s.id).bindView(2, r.id);
            if (!m_dropVersions->run()) {
                *error =
                    tr("cannot store record %1: %2").arg(QString::fromUtf8(r.id), m_dropVersions->error());
                return false;
            }
        }
        m_upsert->bind(1, s.id)
            .bind(2, r.id)
            .bind(3, r.json)
            .bindOrNull(4, r.firstSeenAt)
            .bind(5, r.firstSeenUs);
        m_upsert->bind(6, r.lastModifiedAt).bind(7, r.lastModifiedUs).bind(8, r.lastAction);
        m_upsert->bindOrNull(9, r.deletedAt)
            .bindOrNull(10, r.prunedAt)
            .bind(11, r.cursor)
            .bind(12, s.generation);
        if (!m_upsert->run()) {
            *error = tr("cannot store record %1: %2").arg(QString::fromUtf8(r.id), m_upsert->error());
            return false;
        }
        count(r.lastAction);
        deltas->live += int(!newDeleted) - (exists ? int(!oldDeleted) : 0);
        deltas->deleted += int(newDeleted) - (exists ? int(oldDeleted) : 0);
        deltas->pruned += int(newPruned) - (exists ? int(oldPruned) : 0);
    }
    return true;
}

} // namespace nd
