#include "cache/postgres/PgMigrations.h"

namespace nd {

// Ordered, append-only: a migration that has shipped is never edited. Each runs in the migration's
// transaction and the version is set after it. The tables are SQLite's (the same columns, the same
// meaning); payloads stay text, exactly as Nango sent them; the search index is a tsvector column
// filled after pulls, with a GIN index.
const std::vector<const char *> &pgMigrations()
{
    static const std::vector<const char *> list = {
        // 1: the schema of SQLite's version 5.
        R"sql(
CREATE TABLE profiles (
    id BIGSERIAL PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    server_url TEXT NOT NULL,
    environment TEXT,
    is_production INTEGER NOT NULL DEFAULT 0,
    created_at TEXT
);
CREATE TABLE integrations (
    profile_id BIGINT NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
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
    profile_id BIGINT NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
    provider_config_key TEXT NOT NULL,
    connection_id TEXT NOT NULL,
    nango_id BIGINT,
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
    profile_id BIGINT NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
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
    nango_error TEXT,
    nango_error_at TEXT,
    PRIMARY KEY (profile_id, provider_config_key, connection_id, name, variant)
);
CREATE TABLE streams (
    id BIGSERIAL PRIMARY KEY,
    profile_id BIGINT NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
    provider_config_key TEXT NOT NULL,
    connection_id TEXT NOT NULL,
    model TEXT NOT NULL,
    variant TEXT NOT NULL DEFAULT 'base',
    sync_name TEXT NOT NULL DEFAULT '',
    cursor TEXT,
    cursor_moved_at TEXT,
    generation BIGINT NOT NULL DEFAULT 1,
    awaiting_resync_since BIGINT,
    live_count BIGINT NOT NULL DEFAULT 0,
    deleted_count BIGINT NOT NULL DEFAULT 0,
    pruned_count BIGINT NOT NULL DEFAULT 0,
    last_pull_at TEXT,
    last_outcome TEXT,
    last_error TEXT,
    failures INTEGER NOT NULL DEFAULT 0,
    retry_after BIGINT,
    error_kind TEXT,
    last_ok_at TEXT,
    last_ok_started_at TEXT,
    last_ok_run_seen TEXT,
    UNIQUE (profile_id, provider_config_key, connection_id, model, variant)
);
CREATE TABLE records (
    stream_id BIGINT NOT NULL REFERENCES streams(id) ON DELETE CASCADE,
    record_id TEXT NOT NULL,
    payload TEXT NOT NULL,
    first_seen_at TEXT,
    first_seen_us BIGINT,
    last_modified_at TEXT NOT NULL,
    last_modified_us BIGINT NOT NULL,
    last_action TEXT NOT NULL,
    deleted_at TEXT,
    pruned_at TEXT,
    cursor TEXT NOT NULL,
    generation BIGINT NOT NULL,
    fts_dirty INTEGER NOT NULL DEFAULT 1,
    search TSVECTOR,
    PRIMARY KEY (stream_id, record_id)
);
CREATE INDEX records_by_modified ON records (stream_id, last_modified_us, record_id);
CREATE INDEX records_fts_dirty ON records (stream_id) WHERE fts_dirty = 1;
CREATE INDEX records_search ON records USING GIN (search);
CREATE TABLE cursor_history (
    id BIGSERIAL PRIMARY KEY,
    stream_id BIGINT NOT NULL REFERENCES streams(id) ON DELETE CASCADE,
    trigger TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    cursor_before TEXT,
    cursor_after TEXT,
    pages INTEGER NOT NULL DEFAULT 0,
    added BIGINT NOT NULL DEFAULT 0,
    updated BIGINT NOT NULL DEFAULT 0,
    deleted BIGINT NOT NULL DEFAULT 0,
    dropped BIGINT NOT NULL DEFAULT 0,
    outcome TEXT NOT NULL DEFAULT 'running',
    error TEXT,
    generation BIGINT NOT NULL,
    note TEXT
);
CREATE INDEX cursor_history_by_stream ON cursor_history (stream_id, id);
CREATE TABLE webhook_log (
    id BIGSERIAL PRIMARY KEY,
    received_at TEXT NOT NULL,
    remote TEXT,
    headers_json TEXT NOT NULL,
    body BYTEA,
    body_size BIGINT NOT NULL DEFAULT 0,
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
    id BIGSERIAL PRIMARY KEY,
    at TEXT NOT NULL,
    profile_id BIGINT REFERENCES profiles(id) ON DELETE CASCADE,
    action TEXT NOT NULL,
    provider_config_key TEXT,
    connection_id TEXT,
    target TEXT,
    request_json TEXT,
    http_status INTEGER,
    outcome TEXT NOT NULL,
    message TEXT
);
CREATE TABLE action_runs (
    id BIGSERIAL PRIMARY KEY,
    at TEXT NOT NULL,
    profile_id BIGINT REFERENCES profiles(id) ON DELETE CASCADE,
    provider_config_key TEXT NOT NULL,
    connection_id TEXT NOT NULL,
    action_name TEXT NOT NULL,
    input_json TEXT,
    async INTEGER NOT NULL DEFAULT 0,
    async_id TEXT,
    status TEXT NOT NULL,
    http_status INTEGER,
    error_code TEXT,
    output_json TEXT,
    error TEXT,
    duration_ms BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX action_runs_by_profile ON action_runs (profile_id, id);
CREATE TABLE proxy_requests (
    id BIGSERIAL PRIMARY KEY,
    at TEXT NOT NULL,
    profile_id BIGINT REFERENCES profiles(id) ON DELETE CASCADE,
    provider_config_key TEXT NOT NULL,
    connection_id TEXT NOT NULL,
    method TEXT NOT NULL,
    path TEXT NOT NULL,
    query TEXT,
    request_headers_json TEXT,
    request_body BYTEA,
    retries INTEGER,
    retry_on TEXT,
    base_url_override TEXT,
    status INTEGER NOT NULL DEFAULT 0,
    nango_error INTEGER NOT NULL DEFAULT 0,
    response_headers_json TEXT,
    response_body BYTEA,
    response_size BIGINT NOT NULL DEFAULT 0,
    error TEXT,
    duration_ms BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX proxy_requests_by_profile ON proxy_requests (profile_id, id);
CREATE TABLE stream_fields (
    stream_id BIGINT NOT NULL REFERENCES streams(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (stream_id, name)
);
)sql",
        // 2: the hot path of a pull. Records keep no foreign key (streams are never deleted, and the
        // check cost a trigger call per stored row), and the search index holds only the rows the
        // indexer has done: a new record's NULL tsvector is no GIN entry to write.
        R"sql(
ALTER TABLE records DROP CONSTRAINT IF EXISTS records_stream_id_fkey;
DROP INDEX IF EXISTS records_search;
CREATE INDEX records_search ON records USING GIN (search) WHERE search IS NOT NULL;
)sql",
        // 3: the same answers as SQLite. Record ids order bytewise whatever the database's locale
        // (keyset blocks, exports); words match with or without accents ("cafe" finds "café", as
        // FTS5's remove_diacritics does) where the unaccent extension can be had; each webhook
        // belongs to the profile whose listener received it.
        R"sql(
ALTER TABLE records ALTER COLUMN record_id TYPE TEXT COLLATE "C";
ALTER TABLE webhook_log ADD COLUMN profile_id BIGINT;
CREATE INDEX webhook_log_by_profile ON webhook_log (profile_id, id);
DO $$
BEGIN
    BEGIN
        CREATE EXTENSION IF NOT EXISTS unaccent;
    EXCEPTION WHEN OTHERS THEN
        RAISE NOTICE 'unaccent is not available here: word search keeps accents apart';
    END;
    CREATE TEXT SEARCH CONFIGURATION nd_search (COPY = simple);
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'unaccent') THEN
        ALTER TEXT SEARCH CONFIGURATION nd_search ALTER MAPPING
            FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH unaccent, simple;
    END IF;
END
$$;
UPDATE records SET search = NULL, fts_dirty = 1 WHERE search IS NOT NULL;
)sql",
        // 4: as SQLite's 7: counted floods of forged posts, and the key that verified a delivery.
        R"sql(
ALTER TABLE webhook_log ADD COLUMN repeats INTEGER NOT NULL DEFAULT 1;
ALTER TABLE webhook_log ADD COLUMN last_at TEXT;
ALTER TABLE webhook_log ADD COLUMN verified_by TEXT;
)sql",
        // 8: how the profile reaches its server (NetworkSettings as JSON; no secret).
        R"sql(
ALTER TABLE profiles ADD COLUMN network TEXT;
)sql",
        // 9: the mass-delete guard (see the SQLite migration 9).
        R"sql(
ALTER TABLE cursor_history ADD COLUMN mass_delete BIGINT NOT NULL DEFAULT 0;
ALTER TABLE streams ADD COLUMN mass_delete_history BIGINT;
ALTER TABLE streams ADD COLUMN mass_deleted BIGINT NOT NULL DEFAULT 0;
ALTER TABLE streams ADD COLUMN mass_delete_of BIGINT NOT NULL DEFAULT 0;
ALTER TABLE streams ADD COLUMN mass_delete_at TEXT;
)sql",
        // 10: the console's views (see the SQLite migration 10); payloads as json for ->> (not jsonb:
        // a payload holding \u0000, which jsonb refuses, would fail every question that reads it).
        R"sql(
CREATE VIEW live_records AS
SELECT p.name AS profile, s.provider_config_key AS integration, s.connection_id, s.model, s.variant,
       r.record_id AS id, r.payload::json AS payload, r.first_seen_at, r.last_modified_at, r.last_action,
       r.pruned_at, r.cursor, r.generation
FROM records r JOIN streams s ON s.id = r.stream_id JOIN profiles p ON p.id = s.profile_id
WHERE r.deleted_at IS NULL;
CREATE VIEW deleted_records AS
SELECT p.name AS profile, s.provider_config_key AS integration, s.connection_id, s.model, s.variant,
       r.record_id AS id, r.payload::json AS payload, r.first_seen_at, r.last_modified_at, r.deleted_at,
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
       CASE WHEN w.signature IN ('valid', 'legacy-valid') THEN convert_from(w.body, 'UTF8') END AS body
FROM webhook_log w LEFT JOIN profiles p ON p.id = w.profile_id;
)sql",
        // 11: record history (see the SQLite migration 11).
        R"sql(
CREATE TABLE record_versions (
    id BIGSERIAL PRIMARY KEY,
    stream_id BIGINT NOT NULL,
    record_id TEXT COLLATE "C" NOT NULL,
    modified_us BIGINT NOT NULL,
    action TEXT NOT NULL,
    cursor TEXT,
    generation BIGINT NOT NULL,
    changes TEXT,
    payload TEXT
);
CREATE INDEX record_versions_by_record ON record_versions (stream_id, record_id, id);
CREATE VIEW record_changes AS
SELECT p.name AS profile, s.provider_config_key AS integration, s.connection_id, s.model, s.variant,
       v.record_id AS id,
       to_char(to_timestamp(v.modified_us / 1000000.0) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS modified_at,
       v.action, v.cursor, v.generation, v.changes::json AS changed, v.payload::json AS payload
FROM record_versions v JOIN streams s ON s.id = v.stream_id JOIN profiles p ON p.id = s.profile_id;
)sql",
        // 12: the order index covers deletion (see the SQLite migration 12): an index-only scan.
        R"sql(
DROP INDEX records_by_modified;
CREATE INDEX records_by_modified ON records (stream_id, last_modified_us, record_id) INCLUDE (deleted_at);
)sql",
        // PostgreSQL only (SQLite steps through its indexes fast enough: its migrations 12 and 13):
        // the block index of the
        // browser's two orders (PgBlocks), ranges of each stream's records with their counts. A cache
        // from before starts with one range per stream and order, counted as the stream is; the page
        // writer and the engine's upkeep cut them into ranges.
        R"sql(
CREATE TABLE record_blocks (
    stream_id BIGINT NOT NULL REFERENCES streams(id) ON DELETE CASCADE,
    by_id BOOLEAN NOT NULL,
    lo_us BIGINT NOT NULL,
    lo_id TEXT COLLATE "C" NOT NULL,
    live BIGINT NOT NULL DEFAULT 0,
    deleted BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (stream_id, by_id, lo_us, lo_id)
);
INSERT INTO record_blocks (stream_id, by_id, lo_us, lo_id, live, deleted)
SELECT id, o.by_id, -9223372036854775808, '', live_count, deleted_count
FROM streams CROSS JOIN (VALUES (false), (true)) o (by_id);
)sql",
    };
    return list;
}

} // namespace nd
