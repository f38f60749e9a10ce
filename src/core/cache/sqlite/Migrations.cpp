#include "cache/sqlite/Migrations.h"

namespace nd {

// Ordered, append-only: a migration that has shipped is never edited. Each runs in a transaction
// and sets PRAGMA user_version to its number.
const std::vector<const char *> &migrations()
{
    static const std::vector<const char *> list = {
        // 1: the first schema.
        R"sql(
CREATE TABLE profiles (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    server_url TEXT NOT NULL,
    environment TEXT,
    is_production INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE TABLE integrations (
    profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
    unique_key TEXT NOT NULL,
    provider TEXT NOT NULL DEFAULT '',
    display_name TEXT NOT NULL DEFAULT '',
    logo TEXT,
    created_at TEXT,
    updated_at TEXT,
    fetched_at TEXT NOT NULL,
    PRIMARY KEY (profile_id, unique_key)
);
CREATE TABLE connections (
    profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
    provider_config_key TEXT NOT NULL,
    connection_id TEXT NOT NULL,
    nango_id INTEGER,
    provider TEXT NOT NULL DEFAULT '',
    created TEXT,
    end_user_json TEXT,
    tags_json TEXT,
    errors_json TEXT,
    metadata_json TEXT,
    fetched_at TEXT NOT NULL,
    PRIMARY KEY (profile_id, provider_config_key, connection_id)
);
CREATE TABLE syncs (
    profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
    provider_config_key TEXT NOT NULL,
    connection_id TEXT NOT NULL,
    name TEXT NOT NULL,
    variant TEXT NOT NULL DEFAULT 'base',
    sync_id TEXT,
    status TEXT,
    type TEXT,
    frequency TEXT,
    finished_at TEXT,
    next_scheduled_at TEXT,
    latest_result_json TEXT,
    latest_execution_status TEXT,
    record_count_json TEXT,
    checkpoint_json TEXT,
    models_json TEXT,
    fetched_at TEXT NOT NULL,
    PRIMARY KEY (profile_id, provider_config_key, connection_id, name, variant)
);
-- One stream per connection x model x variant: its cursor, generation, counts and backoff.
CREATE TABLE streams (
    id INTEGER PRIMARY KEY,
    profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
    provider_config_key TEXT NOT NULL,
    connection_id TEXT NOT NULL,
    model TEXT NOT NULL,
    variant TEXT NOT NULL DEFAULT 'base',
    sync_name TEXT NOT NULL DEFAULT '',
    cursor TEXT,
    cursor_moved_at TEXT,
    generation INTEGER NOT NULL DEFAULT 1,
    awaiting_resync_since INTEGER,
    live_count INTEGER NOT NULL DEFAULT 0,
    deleted_count INTEGER NOT NULL DEFAULT 0,
    pruned_count INTEGER NOT NULL DEFAULT 0,
    last_pull_at TEXT,
    last_outcome TEXT,
    last_error TEXT,
    failures INTEGER NOT NULL DEFAULT 0,
    retry_after INTEGER,
    UNIQUE (profile_id, provider_config_key, connection_id, model, variant)
);
CREATE TABLE records (
    stream_id INTEGER NOT NULL REFERENCES streams(id) ON DELETE CASCADE,
    record_id TEXT NOT NULL,
    payload TEXT NOT NULL,
    first_seen_at TEXT,
    first_seen_us INTEGER,
    last_modified_at TEXT NOT NULL,
    last_modified_us INTEGER NOT NULL,
    last_action TEXT NOT NULL,
    deleted_at TEXT,
    pruned_at TEXT,
    cursor TEXT NOT NULL,
    generation INTEGER NOT NULL,
    fts_dirty INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (stream_id, record_id)
);
CREATE INDEX records_by_modified ON records (stream_id, last_modified_us, record_id);
CREATE TABLE cursor_history (
    id INTEGER PRIMARY KEY,
    stream_id INTEGER NOT NULL REFERENCES streams(id) ON DELETE CASCADE,
    trigger TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    cursor_before TEXT,
    cursor_after TEXT,
    pages INTEGER NOT NULL DEFAULT 0,
    added INTEGER NOT NULL DEFAULT 0,
    updated INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0,
    dropped INTEGER NOT NULL DEFAULT 0,
    outcome TEXT NOT NULL DEFAULT 'running',
    error TEXT,
    generation INTEGER NOT NULL,
    note TEXT
);
CREATE INDEX cursor_history_by_stream ON cursor_history (stream_id, id);
CREATE TABLE webhook_log (
    id INTEGER PRIMARY KEY,
    received_at TEXT NOT NULL,
    remote TEXT,
    headers_json TEXT NOT NULL,
    body BLOB,
    body_size INTEGER NOT NULL DEFAULT 0,
    signature TEXT NOT NULL,
    type TEXT,
    provider_config_key TEXT,
    connection_id TEXT,
    model TEXT,
    outcome TEXT NOT NULL,
    triggered TEXT,
    dedupe_key TEXT
);
CREATE INDEX webhook_log_dedupe ON webhook_log (dedupe_key);
CREATE TABLE admin_journal (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    profile_id INTEGER REFERENCES profiles(id) ON DELETE CASCADE,
    action TEXT NOT NULL,
    provider_config_key TEXT,
    connection_id TEXT,
    target TEXT,
    request_json TEXT,
    http_status INTEGER,
    outcome TEXT NOT NULL,
    message TEXT
);
)sql",
        // 2: write-back history: every action run and proxy request, with what came back. Keys
        // are never stored; sensitive request headers are stored as "***".
        R"sql(
CREATE TABLE action_runs (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    profile_id INTEGER REFERENCES profiles(id) ON DELETE CASCADE,
    provider_config_key TEXT NOT NULL,
    connection_id TEXT NOT NULL,
    action_name TEXT NOT NULL,
    input_json TEXT,
    async INTEGER NOT NULL DEFAULT 0,
    async_id TEXT,
    -- ok | failed | refused (invalid input, not sent) | timeout | cancelled
    status TEXT NOT NULL,
    http_status INTEGER,
    error_code TEXT,
    output_json TEXT,
    error TEXT,
    duration_ms INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX action_runs_by_profile ON action_runs (profile_id, id);
CREATE TABLE proxy_requests (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    profile_id INTEGER REFERENCES profiles(id) ON DELETE CASCADE,
    provider_config_key TEXT NOT NULL,
    connection_id TEXT NOT NULL,
    method TEXT NOT NULL,
    path TEXT NOT NULL,
    query TEXT,
    request_headers_json TEXT,
    request_body BLOB,
    retries INTEGER,
    retry_on TEXT,
    base_url_override TEXT,
    -- 0: no answer (network error, timeout, cancelled)
    status INTEGER NOT NULL DEFAULT 0,
    nango_error INTEGER NOT NULL DEFAULT 0,
    response_headers_json TEXT,
    response_body BLOB,
    response_size INTEGER NOT NULL DEFAULT 0,
    error TEXT,
    duration_ms INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX proxy_requests_by_profile ON proxy_requests (profile_id, id);
)sql",
        // 3: full-text search over record payloads. The index is filled after pulls, from the
        // records marked fts_dirty, so pulls do not pay for it.
        R"sql(
CREATE VIRTUAL TABLE records_fts USING fts5(body, tokenize = 'unicode61 remove_diacritics 2');
CREATE INDEX records_fts_dirty ON records (stream_id) WHERE fts_dirty = 1;
)sql",
        // 4: each stream's top-level record fields, in the order first seen, kept as pages are
        // stored (the export's columns without a pass over every record). Filled for what is cached.
        R"sql(
CREATE TABLE stream_fields (
    stream_id INTEGER NOT NULL REFERENCES streams(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (stream_id, name)
);
INSERT INTO stream_fields (stream_id, name, position)
SELECT stream_id, key, row_number() OVER (PARTITION BY stream_id ORDER BY min(place))
FROM (SELECT r.stream_id AS stream_id, j.key AS key, r.rowid * 1000000 + j.id AS place
      FROM records r, json_each(r.payload) j WHERE j.key <> '_nango_metadata')
GROUP BY stream_id, key;
)sql",
        // 5: what screens need to tell the truth: when the last pull that succeeded started and
        // finished (a failure must not look like a success), what kind of error the last one was
        // (a person must act, or it will pass), and the error of Nango's last failed run.
        R"sql(
ALTER TABLE streams ADD COLUMN last_ok_at TEXT;
ALTER TABLE streams ADD COLUMN last_ok_started_at TEXT;
ALTER TABLE streams ADD COLUMN error_kind TEXT;
-- Nango's last finished run as known when that pull began: a later run means records may wait.
ALTER TABLE streams ADD COLUMN last_ok_run_seen TEXT;
ALTER TABLE syncs ADD COLUMN nango_error TEXT;
ALTER TABLE syncs ADD COLUMN nango_error_at TEXT;
UPDATE streams SET last_ok_at = last_pull_at WHERE last_outcome = 'ok';
UPDATE streams SET last_ok_started_at = (SELECT max(h.started_at) FROM cursor_history h
    WHERE h.stream_id = streams.id AND h.outcome = 'ok') WHERE last_outcome = 'ok';
)sql",
        // 6: each webhook belongs to the profile whose listener received it (a shared cache holds
        // several); older rows have none and are shown to every profile.
        R"sql(
ALTER TABLE webhook_log ADD COLUMN profile_id INTEGER;
CREATE INDEX webhook_log_by_profile ON webhook_log (profile_id, id);
)sql",
        // 7: a flood of forged posts is one counted row (repeats, last_at), not a row and a body
        // each; which key verified a delivery (the signing key, or the one it replaced minutes ago).
        R"sql(
ALTER TABLE webhook_log ADD COLUMN repeats INTEGER NOT NULL DEFAULT 1;
ALTER TABLE webhook_log ADD COLUMN last_at TEXT;
ALTER TABLE webhook_log ADD COLUMN verified_by TEXT;
)sql",
        // 8: how the profile reaches its server: extra authorities, a pinned certificate, the proxy
        // (a JSON object of NetworkSettings; no secret).
        R"sql(
ALTER TABLE profiles ADD COLUMN network TEXT;
)sql",
        // 9: the mass-delete guard: a pull that removed more than a set share of a stream's live
        // records says how many (cursor history), and the stream keeps the last such pull until a
        // person has looked at its deleted records.
        R"sql(
ALTER TABLE cursor_history ADD COLUMN mass_delete INTEGER NOT NULL DEFAULT 0;
ALTER TABLE streams ADD COLUMN mass_delete_history INTEGER;
ALTER TABLE streams ADD COLUMN mass_deleted INTEGER NOT NULL DEFAULT 0;
ALTER TABLE streams ADD COLUMN mass_delete_of INTEGER NOT NULL DEFAULT 0;
ALTER TABLE streams ADD COLUMN mass_delete_at TEXT;
)sql",
        // 10: the documented views of the SQL console (docs/sql-console.md): what a person asks of the
        // cache without knowing its private tables. Only a verified webhook's body is shown.
        R"sql(
CREATE VIEW live_records AS
SELECT p.name AS profile, s.provider_config_key AS integration, s.connection_id, s.model, s.variant,
       r.record_id AS id, r.payload AS payload, r.first_seen_at, r.last_modified_at, r.last_action,
       r.pruned_at, r.cursor, r.generation
FROM records r JOIN streams s ON s.id = r.stream_id JOIN profiles p ON p.id = s.profile_id
WHERE r.deleted_at IS NULL;
CREATE VIEW deleted_records AS
SELECT p.name AS profile, s.provider_config_key AS integration, s.connection_id, s.model, s.variant,
       r.record_id AS id, r.payload AS payload, r.first_seen_at, r.last_modified_at, r.deleted_at,
       r.cursor, r.generation
FROM records r JOIN streams s ON s.id = r.stream_id JOIN profiles p ON p.id = s.profile_id
WHERE r.deleted_at IS NOT NULL;
CREATE VIEW stream_summary AS
SELECT p.name AS profile, s.provider_config_key AS integration, s.connection_id, s.model, s.variant,
       s.sync_name AS sync, s.cursor, s.cursor_moved_at, s.generation, s.live_count AS live,
       s.deleted_count AS deleted, s.pruned_count AS pruned, s.last_pull_at, s.last_outcome,
       s.last_error, s.failures, s.mass_deleted, s.mass_delete_at
FROM streams s JOIN profiles p ON p.id = s.profile_id;
CREATE VIEW pull_history AS
SELECT p.name AS profile, s.provider_config_key AS integration, s.connection_id, s.model, s.variant,
       h.id AS pull, h.trigger, h.started_at, h.finished_at, h.cursor_before, h.cursor_after, h.pages,
       h.added, h.updated, h.deleted, h.dropped, h.outcome, h.error, h.note, h.mass_delete, h.generation
FROM cursor_history h JOIN streams s ON s.id = h.stream_id JOIN profiles p ON p.id = s.profile_id;
CREATE VIEW webhooks AS
SELECT w.id, p.name AS profile, w.received_at, w.last_at, w.repeats, w.remote, w.type,
       w.provider_config_key AS integration, w.connection_id, w.model, w.signature, w.outcome,
       w.triggered, w.body_size,
       CASE WHEN w.signature IN ('valid', 'legacy-valid') THEN CAST(w.body AS TEXT) END AS body
FROM webhook_log w LEFT JOIN profiles p ON p.id = w.profile_id;
)sql",
        // 11: record history. Each row is an earlier version of a record (when Nango modified it, how,
        // its cursor and generation) with what undoes the change to the next version (RecordDiff), and
        // its whole payload when the next is a deletion (Nango's tombstone carries only the id). The
        // version a record has now is its row in records; a first pull writes none. A record's
        // versions follow each other in the order they were written (id), whatever their times.
        R"sql(
CREATE TABLE record_versions (
    id INTEGER PRIMARY KEY,
    stream_id INTEGER NOT NULL,
    record_id TEXT NOT NULL,
    modified_us INTEGER NOT NULL,
    action TEXT NOT NULL,
    cursor TEXT,
    generation INTEGER NOT NULL,
    changes TEXT,
    payload TEXT
);
CREATE INDEX record_versions_by_record ON record_versions (stream_id, record_id);
CREATE VIEW record_changes AS
SELECT p.name AS profile, s.provider_config_key AS integration, s.connection_id, s.model, s.variant,
       v.record_id AS id, strftime('%Y-%m-%dT%H:%M:%fZ', v.modified_us / 1000000.0, 'unixepoch') AS modified_at,
       v.action, v.cursor, v.generation, v.changes AS changed, v.payload
FROM record_versions v JOIN streams s ON s.id = v.stream_id JOIN profiles p ON p.id = s.profile_id;
)sql",
        // 12: the browser's order index covers whether a record is deleted, so the live records' order
        // (and the block boundaries the browser jumps by) is read from the index alone, without a look
        // at each row: a million rows in ~0.1 s instead of ~1 s.
        R"sql(
DROP INDEX records_by_modified;
CREATE INDEX records_by_modified ON records (stream_id, last_modified_us, record_id, deleted_at);
)sql",
        // 13: the deleted records, for the browser's live id order (SqliteIdSkip): a place there is
        // counted over the primary key and corrected with these, where an OFFSET looked up each skipped
        // row for deleted_at (3.2 s at the middle of a million). Partial: a record costs a write here
        // only when deleted (an index of every record by id and deletion cost 5.6 us a row on a first
        // pull, half again the table's cost). deleted_at in it: the counts read the index alone.
        R"sql(
CREATE INDEX records_deleted ON records (stream_id, record_id, deleted_at) WHERE deleted_at IS NOT NULL;
)sql",
    };
    return list;
}

} // namespace nd
