// The corpus schema, versioned. A database from an older version is migrated on open, step by
// step, each step in one transaction; a newer database than this Dyad is refused with the fix.
import type { Event } from '../doc/types.js';
import { evidenceOf } from './rows.js';

export const SCHEMA_VERSION = 7;

/**
 * A step is portable SQL, or one statement per engine where they differ (JSON access, full-text
 * search), or a fill: data that SQL cannot compute alike on both engines (offsets in UTF-16
 * units), written in JavaScript by each engine's migrator with the statements of FILLS.
 */
export type MigrationStep = string | { sqlite: string; postgres: string } | { fill: keyof typeof FILLS };

/** The statement of a step for an engine (a fill has none: see FILLS). */
export const stepSql = (step: MigrationStep, engine: 'sqlite' | 'postgres'): string => {
  if (typeof step === 'string') return step;
  if ('fill' in step) throw new Error(`migration fill "${step.fill}" is not SQL: the engine's migrator runs it`);
  return step[engine];
};

/**
 * Fills: a column of events computed from each event's record and its document's text, walking
 * the documents in id order a page at a time (`docs`: the page after an id; "?" placeholders).
 */
export const FILLS = {
  // 7: each event's evidence (rows.ts evidenceOf)
  evidence: {
    docs: `SELECT id, text FROM documents WHERE id > ? AND text IS NOT NULL ORDER BY id LIMIT 200`,
    column: 'evidence',
    value: (e: Event, text: string) => evidenceOf(e, text),
  },
} as const;

/** Migration N brings a database from version N-1 to N. SQL is kept portable where it can be. */
export const MIGRATIONS: Record<number, MigrationStep[]> = {
  1: [
    `CREATE TABLE IF NOT EXISTS dyad_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)`,
    `CREATE TABLE IF NOT EXISTS documents (
      id TEXT PRIMARY KEY,
      origin TEXT NOT NULL,
      url TEXT, title TEXT, outlet TEXT, date TEXT,
      text TEXT,
      content_hash TEXT,
      status TEXT NOT NULL CHECK (status IN ('coded', 'failed', 'queued')),
      error TEXT,
      events INTEGER NOT NULL DEFAULT 0,
      coded_at TEXT
    )`,
    `CREATE TABLE IF NOT EXISTS events (
      id TEXT PRIMARY KEY,
      doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      sentence INTEGER NOT NULL,
      cameo TEXT NOT NULL, root TEXT NOT NULL, quad INTEGER NOT NULL, goldstein REAL NOT NULL,
      plover TEXT,
      source_code TEXT, source_country TEXT, target_code TEXT, target_country TEXT,
      modality TEXT NOT NULL,
      event_date TEXT,
      lat REAL, lon REAL,
      body TEXT NOT NULL
    )`,
    `CREATE INDEX IF NOT EXISTS events_doc ON events (doc)`,
    `CREATE INDEX IF NOT EXISTS events_source ON events (source_code)`,
    `CREATE INDEX IF NOT EXISTS events_target ON events (target_code)`,
    `CREATE INDEX IF NOT EXISTS events_date ON events (event_date)`,
    `CREATE INDEX IF NOT EXISTS events_cameo ON events (cameo)`,
    `CREATE INDEX IF NOT EXISTS documents_status ON documents (status)`,
  ],
  // 2: queued documents keep their input record for the workers; every coding is counted, so a
  // test (and an operator) can see that no document was coded twice
  2: [
    `ALTER TABLE documents ADD COLUMN record TEXT`,
    `ALTER TABLE documents ADD COLUMN codings INTEGER NOT NULL DEFAULT 0`,
  ],
  // 3: reports of the same event linked across documents (store/link.ts says the rule)
  3: [
    `CREATE TABLE IF NOT EXISTS linked_events (
      id TEXT PRIMARY KEY, source TEXT NOT NULL, target TEXT, root TEXT NOT NULL, cameo TEXT NOT NULL, modality TEXT NOT NULL,
      first_seen TEXT NOT NULL, last_seen TEXT NOT NULL, mentions INTEGER NOT NULL, articles INTEGER NOT NULL, sources INTEGER NOT NULL,
      place_country TEXT, body TEXT NOT NULL
    )`,
    `CREATE TABLE IF NOT EXISTS event_links (event_id TEXT PRIMARY KEY, linked_id TEXT NOT NULL)`,
    `CREATE TABLE IF NOT EXISTS linked_related (a TEXT NOT NULL, b TEXT NOT NULL, why TEXT NOT NULL, PRIMARY KEY (a, b))`,
    `CREATE INDEX IF NOT EXISTS event_links_linked ON event_links (linked_id)`,
    `CREATE INDEX IF NOT EXISTS linked_events_dyad ON linked_events (source, target)`,
  ],
  // 4: the order events are listed in, served by an index (pages of a large corpus stay fast)
  4: [
    `CREATE INDEX IF NOT EXISTS events_order ON events (event_date, doc, sentence, id)`,
  ],
  // 5: a document stored without a publication date keeps the date it was coded against, flagged
  // as assumed; linking reads events in key order from an index (memory flat in corpus size)
  5: [
    `ALTER TABLE documents ADD COLUMN date_assumed INTEGER NOT NULL DEFAULT 0`,
    `CREATE INDEX IF NOT EXISTS events_link ON events ((substr(source_code, 1, 3)), (COALESCE(substr(target_code, 1, 3), '-')), root, id)`,
  ],
  // 6: what the web page filters and groups by (attribution, historical, place) as columns, a
  // version that every write moves on (the server caches aggregates per version), the page
  // furniture removed from each document, and full-text search over documents
  6: [
    `ALTER TABLE events ADD COLUMN attribution TEXT`,
    `ALTER TABLE events ADD COLUMN historical INTEGER NOT NULL DEFAULT 0`,
    `ALTER TABLE events ADD COLUMN place_name TEXT`,
    `ALTER TABLE documents ADD COLUMN removed TEXT`,
    {
      sqlite: `UPDATE events SET attribution = json_extract(body, '$.attribution.source'), place_name = json_extract(body, '$.where.name'),
        historical = CASE WHEN json_extract(body, '$.when.historical') THEN 1 ELSE 0 END`,
      postgres: `UPDATE events SET attribution = (body::json)->'attribution'->>'source', place_name = (body::json)->'where'->>'name',
        historical = CASE WHEN (body::json)->'when'->>'historical' = 'true' THEN 1 ELSE 0 END`,
    },
    `CREATE INDEX IF NOT EXISTS events_place ON events (lat, lon)`,
    `CREATE INDEX IF NOT EXISTS events_attribution ON events (attribution)`,
    `CREATE INDEX IF NOT EXISTS documents_outlet ON documents (outlet)`,
    // SQLite moves it inside each writing transaction; PostgreSQL takes a sequence value after
    // each commit, so that concurrent workers never wait on one row
    `INSERT INTO dyad_meta (key, value) VALUES ('data_version', '1') ON CONFLICT (key) DO NOTHING`,
    { sqlite: `SELECT 1`, postgres: `CREATE SEQUENCE IF NOT EXISTS dyad_data_version` },
    {
      // an external-content index over the documents table, kept in step by triggers
      sqlite: `CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(title, text, content='documents', content_rowid='rowid', tokenize='porter unicode61')`,
      // to_tsvector refuses texts whose vector passes 1 MB: the first 200,000 characters are indexed
      postgres: `ALTER TABLE documents ADD COLUMN IF NOT EXISTS tsv tsvector GENERATED ALWAYS AS
        (to_tsvector('english', coalesce(title, '') || ' ' || left(coalesce(text, ''), 200000))) STORED`,
    },
    {
      sqlite: `CREATE TRIGGER IF NOT EXISTS documents_fts_insert AFTER INSERT ON documents BEGIN
        INSERT INTO documents_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text); END`,
      postgres: `CREATE INDEX IF NOT EXISTS documents_tsv ON documents USING GIN (tsv)`,
    },
    {
      sqlite: `CREATE TRIGGER IF NOT EXISTS documents_fts_delete AFTER DELETE ON documents BEGIN
        INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text); END`,
      postgres: `SELECT 1`,
    },
    {
      sqlite: `CREATE TRIGGER IF NOT EXISTS documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
        INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
        INSERT INTO documents_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text); END`,
      postgres: `SELECT 1`,
    },
    { sqlite: `INSERT INTO documents_fts (documents_fts) VALUES ('rebuild')`, postgres: `SELECT 1` },
  ],
  // 7: each event keeps its evidence (the words of its sentence that carry it, with the trigger
  // marked), so a list of events needs no document text. The aggregates read indexes alone,
  // never the rows (whose JSON record is most of their size), each grouping in the order of its
  // index so that no sort of every event is needed (SQLite groups by sorting): dyads and actors
  // as sources by source code, actors as targets by target code, the timeline by date, places by
  // place; each index holds every filtered column, so a filter adds no row reads (the code indexes
  // end with the id: an actor's name is read from its first event by id). And a sort by
  // code reads its index in order. No index leads with a column of a few values (modality,
  // historical): SQLite's planner, without statistics, takes equality on an indexed column for a
  // few rows, and would look up most rows one by one where a scan of an index in order is cheaper.
  7: [
    `ALTER TABLE events ADD COLUMN evidence TEXT`,
    `DROP INDEX IF EXISTS events_source`,
    `CREATE INDEX IF NOT EXISTS events_source ON events (source_code, target_code, event_date, cameo, quad, goldstein, modality, historical, attribution, place_name, doc, id)`,
    `DROP INDEX IF EXISTS events_target`,
    `CREATE INDEX IF NOT EXISTS events_target ON events (target_code, source_code, event_date, cameo, modality, historical, attribution, place_name, doc, id)`,
    `DROP INDEX IF EXISTS events_date`,
    `CREATE INDEX IF NOT EXISTS events_date ON events (event_date, quad, goldstein, source_code, target_code, cameo, modality, historical, attribution, place_name, doc)`,
    `DROP INDEX IF EXISTS events_place`,
    `CREATE INDEX IF NOT EXISTS events_place ON events (lat, lon, goldstein, place_name, source_code, target_code, event_date, cameo, modality, historical, attribution, doc)`,
    `DROP INDEX IF EXISTS events_cameo`,
    `CREATE INDEX IF NOT EXISTS events_cameo ON events (cameo, event_date, id)`,
    { fill: 'evidence' },
  ],
};
