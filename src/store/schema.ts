// The corpus schema, versioned. A database from an older version is migrated on open, step by
// step, each step in one transaction; a newer database than this Dyad is refused with the fix.
export const SCHEMA_VERSION = 5;

/** Migration N brings a database from version N-1 to N. SQL is kept portable (SQLite and PostgreSQL). */
export const MIGRATIONS: Record<number, string[]> = {
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
};
