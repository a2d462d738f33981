// The SQLite engine: one file, WAL, one writer. better-sqlite3 is synchronous; the Store methods
// are async only to share the contract with PostgreSQL.
import Database from 'better-sqlite3';
import type { Doc, Event } from '../../doc/types.js';
import { DyadError } from '../../errors.js';
import { FILLS, MIGRATIONS, SCHEMA_VERSION, stepSql } from '../schema.js';
import type { DocStatus, EventFilter, IngestResult, LinkRow, LinkWriter, Store, StoredDocument } from '../store.js';
import { LINK_SQL, LINKS_OF_DOC, withDocs, eventCountSql, eventsSql, ftsWords, keyOfRow, linkKeySql, linkPageSql, linkedSql } from '../filter-sql.js';
import { aggregateSql, documentSearchSql, type AggregateKind } from '../aggregate-sql.js';
import { DOC_COLUMNS, LISTING_COLUMNS, docRow, eventRow, hitRow, linkRow, listingRows, textRow, unlinkedKeys } from '../rows.js';
import { interval, type LinkedEvent, type Related } from '../link.js';

/** How much of a corpus file a read-only connection maps into memory (address space, not RAM). */
const MMAP_BYTES = 2 ** 30;

/**
 * `cacheMB`: SQLite's page cache. A server that answers many reads wants it larger (it holds the hot pages).
 * `readonly`: a connection that cannot write, to a database already at this schema version (the
 * server's readers; the server's own connection migrates it first).
 */
export function openSqlite(path: string, { cacheMB = 16, readonly = false }: { cacheMB?: number; readonly?: boolean } = {}): SqliteStore {
  let db: Database.Database;
  try {
    db = new Database(path, readonly ? { readonly: true, fileMustExist: true } : {});
  } catch (e) {
    throw new DyadError('E_OPTION', `${path}: cannot open the database (${(e as Error).message})`, { cause: e });
  }
  if (readonly) {
    db.pragma('busy_timeout = 10000');
    db.pragma(`cache_size = -${Math.round(cacheMB * 1024)}`);
    // pages read straight from the operating system's cache, shared by every reader (no copy
    // per connection, no system call per page): a reader that starts cold reads as fast as a warm one
    db.pragma(`mmap_size = ${MMAP_BYTES}`);
    const row = db.prepare(`SELECT value FROM dyad_meta WHERE key = 'schema_version'`).get() as { value: string } | undefined;
    if (Number(row?.value) !== SCHEMA_VERSION) {
      db.close();
      throw new DyadError('E_OPTION', `${path}: the database has schema version ${row?.value ?? 'none'}, not ${SCHEMA_VERSION}; open it once for writing (any dyad command but serve's readers) to migrate it`);
    }
    return new SqliteStore(db);
  }
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 10000');
  // fewer WAL checkpoints: ingest writes tens of kilobytes per document. The page cache stays at
  // 16 MB by default: it fills as a large corpus is read (linking, exports), so it is part of
  // what they hold; the server asks for more (its reads at 64 MB took half the time)
  db.pragma(`cache_size = -${Math.round(cacheMB * 1024)}`);
  db.pragma('wal_autocheckpoint = 8192');
  migrate(db, path);
  return new SqliteStore(db);
}

function migrate(db: Database.Database, path: string): void {
  db.exec(`CREATE TABLE IF NOT EXISTS dyad_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)`);
  const row = db.prepare(`SELECT value FROM dyad_meta WHERE key = 'schema_version'`).get() as { value: string } | undefined;
  const have = row ? Number(row.value) : 0;
  if (have > SCHEMA_VERSION) {
    throw new DyadError('E_OPTION', `${path}: the database has schema version ${have}, newer than this Dyad understands (${SCHEMA_VERSION}); upgrade Dyad to open it`);
  }
  for (let v = have + 1; v <= SCHEMA_VERSION; v++) {
    db.transaction(() => {
      for (const step of MIGRATIONS[v]) {
        if (typeof step === 'object' && 'fill' in step) fill(db, step.fill);
        else db.exec(stepSql(step, 'sqlite'));
      }
      db.prepare(`INSERT INTO dyad_meta (key, value) VALUES ('schema_version', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`).run(String(v));
    })();
  }
}

/** A migration's fill (schema.ts FILLS), document by document. */
function fill(db: Database.Database, name: keyof typeof FILLS): void {
  const f = FILLS[name];
  const docs = db.prepare(f.docs), events = db.prepare(`SELECT id, body FROM events WHERE doc = ?`);
  const update = db.prepare(`UPDATE events SET ${f.column} = ? WHERE id = ?`);
  for (let after = ''; ;) {
    const page = docs.all(after) as { id: string; text: string }[];
    if (page.length === 0) break;
    for (const d of page) {
      for (const e of events.all(d.id) as { id: string; body: string }[]) update.run(f.value(JSON.parse(e.body) as Event, d.text), e.id);
    }
    after = page[page.length - 1].id;
  }
}

export class SqliteStore implements Store {
  readonly engine = 'sqlite' as const;
  private readonly st;
  private readonly write;
  private readonly writeMany;

  constructor(readonly db: Database.Database) {
    this.st = {
      doc: db.prepare(`SELECT status, content_hash FROM documents WHERE id = ?`),
      upsert: db.prepare(`INSERT INTO documents (id, origin, url, title, outlet, date, date_assumed, text, content_hash, status, error, events, coded_at, codings, removed)
        VALUES (@id, @origin, @url, @title, @outlet, @date, @dateAssumed, @text, @hash, 'coded', NULL, @events, @codedAt, 1, @removed)
        ON CONFLICT(id) DO UPDATE SET origin = excluded.origin, url = excluded.url, title = excluded.title, outlet = excluded.outlet,
          date = excluded.date, date_assumed = excluded.date_assumed, text = excluded.text, content_hash = excluded.content_hash, status = 'coded', error = NULL, removed = excluded.removed,
          events = excluded.events, coded_at = excluded.coded_at, record = NULL, codings = documents.codings + 1`),
      failed: db.prepare(`INSERT INTO documents (id, origin, status, error) VALUES (?, ?, 'failed', ?)
        ON CONFLICT(id) DO UPDATE SET status = CASE WHEN documents.status = 'coded' THEN documents.status ELSE 'failed' END,
          error = CASE WHEN documents.status = 'coded' THEN documents.error ELSE excluded.error END`),
      clear: db.prepare(`DELETE FROM events WHERE doc = ?`),
      event: db.prepare(`INSERT INTO events (id, doc, sentence, cameo, root, quad, goldstein, plover, source_code, source_country,
        target_code, target_country, modality, event_date, lat, lon, attribution, historical, place_name, evidence, body)
        VALUES (@id, @doc, @sentence, @cameo, @root, @quad, @goldstein, @plover, @sourceCode, @sourceCountry,
        @targetCode, @targetCountry, @modality, @date, @lat, @lon, @attribution, @historical, @placeName, @evidence, @body)
        ON CONFLICT(id) DO NOTHING`),
      hash: db.prepare(`SELECT content_hash FROM documents WHERE id = ? AND status = 'coded'`),
      // part of every writing transaction, so a reader sees the new version with the new rows
      bump: db.prepare(`UPDATE dyad_meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = 'data_version'`),
      version: db.prepare(`SELECT value FROM dyad_meta WHERE key = 'data_version'`),
    };
    // the document row and all its events in one transaction: a killed process leaves all or none
    this.write = db.transaction((doc: Doc, origin: string, hash: string, force: boolean): IngestResult => {
      const prev = this.st.doc.get(doc.id) as { status: DocStatus; content_hash: string | null } | undefined;
      if (!force && prev && prev.status === 'coded' && prev.content_hash === hash) return { stored: false, reason: 'unchanged' };
      this.st.upsert.run({ id: doc.id, origin, url: doc.url, title: doc.title, outlet: doc.outlet, date: doc.date, dateAssumed: doc.dateGiven ? 0 : 1, text: doc.text, hash, events: doc.events.length, codedAt: new Date().toISOString(), removed: JSON.stringify(doc.removed) });
      this.st.clear.run(doc.id);
      for (const e of doc.events) this.st.event.run(eventRow(e, doc.text));
      this.st.bump.run();
      return { stored: true, reason: prev ? 'replaced' : 'new' };
    });
    // a transaction per batch: SQLite commits are what a busy writer spends its time on
    this.writeMany = db.transaction((items: { doc: Doc; origin: string; hash: string }[], force: boolean) => items.map((i) => this.write(i.doc, i.origin, i.hash, force)));
  }

  async putCodedBatch(items: { doc: Doc; origin: string; hash: string }[], force = false): Promise<IngestResult[]> {
    return this.writeMany(items, force);
  }

  async putCoded(doc: Doc, origin: string, contentHash: string, force = false): Promise<IngestResult> {
    return this.write(doc, origin, contentHash, force);
  }

  async putFailed(id: string, origin: string, reason: string): Promise<void> {
    this.db.transaction(() => { this.st.failed.run(id, origin, reason); this.st.bump.run(); })();
  }

  async codedHash(id: string): Promise<string | null> {
    return (this.st.hash.get(id) as { content_hash: string } | undefined)?.content_hash ?? null;
  }

  async *documents(status?: DocStatus): AsyncIterable<StoredDocument> {
    const rows = status
      ? this.db.prepare(`SELECT ${DOC_COLUMNS} FROM documents WHERE status = ? ORDER BY id`).iterate(status)
      : this.db.prepare(`SELECT ${DOC_COLUMNS} FROM documents ORDER BY id`).iterate();
    for (const r of rows as Iterable<Record<string, any>>) yield docRow(r);
  }

  async counts() {
    const c = this.db.prepare(`SELECT status, COUNT(*) n FROM documents GROUP BY status`).all() as { status: DocStatus; n: number }[];
    const n = (s: DocStatus) => c.find((x) => x.status === s)?.n ?? 0;
    const events = (this.db.prepare(`SELECT COUNT(*) n FROM events`).get() as { n: number }).n;
    return { coded: n('coded'), failed: n('failed'), queued: n('queued'), events };
  }

  async *events(filter: EventFilter): AsyncIterable<Event> {
    const { sql, params } = eventsSql(filter, () => '?', 'sqlite');
    for (const r of this.db.prepare(sql).iterate(...params) as Iterable<{ body: string }>) yield JSON.parse(r.body) as Event;
  }

  async listEvents(filter: EventFilter) {
    const { sql, params } = eventsSql({ ...filter, limit: filter.limit ?? 100 }, () => '?', 'sqlite', LISTING_COLUMNS);
    const rows = this.db.prepare(sql).all(...params) as { doc: string; body: string; evidence: string | null }[];
    return listingRows(rows, await this.documentsById([...new Set(rows.map((r) => r.doc))]));
  }

  async *texts() {
    // in pages, so that the caller may write (re-code) between them: SQLite will not write on a
    // connection with an open read cursor
    const page = this.db.prepare(`SELECT id, origin, text, date, date_assumed, url, title, outlet FROM documents WHERE status = 'coded' AND id > ? ORDER BY id LIMIT 200`);
    let after = '';
    for (;;) {
      const rows = page.all(after) as { id: string }[];
      for (const r of rows) yield textRow(r);
      if (rows.length < 200) break;
      after = rows[rows.length - 1].id;
    }
  }

  async eventCount(filter: EventFilter): Promise<number> {
    const { sql, params } = eventCountSql(filter, () => '?', 'sqlite');
    return Number((this.db.prepare(sql).get(...params) as { n: number }).n);
  }

  async aggregate(kind: AggregateKind, filter: EventFilter) {
    const q = aggregateSql(kind, filter, () => '?', 'sqlite');
    const rows = this.db.prepare(q.sql).all(...q.params) as Record<string, any>[];
    // a page past the end has no row to carry the total
    const total = rows.length ? Number(rows[0].total) : Number((this.db.prepare(q.countSql).get(...q.params) as { n: number }).n);
    return { rows: rows.map(q.map), total };
  }

  async searchDocuments(q: string, limit: number, offset: number) {
    const words = ftsWords(q);
    if (!words.length) return { rows: [], total: 0 };
    const { sql, countSql, params } = documentSearchSql(words, limit, offset, 'sqlite');
    const rows = this.db.prepare(sql).all(...params) as Record<string, any>[];
    return { rows: rows.map(hitRow), total: Number((this.db.prepare(countSql!).get(...params) as { n: number }).n) };
  }

  async linksOfDocument(id: string) {
    const rows = this.db.prepare(LINKS_OF_DOC.linked).all(id) as { body: string }[];
    const docs = this.db.prepare(LINKS_OF_DOC.docs).all(id) as { linked_id: string; doc: string }[];
    return withDocs(rows.map((r) => JSON.parse(r.body) as LinkedEvent), docs);
  }

  async documentsById(ids: string[]) {
    const out: StoredDocument[] = [];
    const st = this.db.prepare(`SELECT ${DOC_COLUMNS} FROM documents WHERE id = ?`);
    for (const id of ids.slice(0, 1000)) { const r = st.get(id) as Record<string, any> | undefined; if (r) out.push(docRow(r)); }
    return out;
  }

  async version() {
    return (this.st.version.get() as { value: string } | undefined)?.value ?? '0';
  }

  async document(id: string) {
    const r = this.db.prepare(`SELECT * FROM documents WHERE id = ?`).get(id) as Record<string, any> | undefined;
    return r ? { ...docRow(r), text: r.text ?? null, removed: r.removed ? JSON.parse(r.removed) : [] } : null;
  }

  async linkedById(id: string) {
    const r = this.db.prepare(`SELECT body FROM linked_events WHERE id = ?`).get(id) as { body: string } | undefined;
    if (!r) return null;
    const rel = this.db.prepare(`SELECT a, b FROM linked_related WHERE a = ? OR b = ?`).all(id, id) as { a: string; b: string }[];
    return { ...(JSON.parse(r.body) as LinkedEvent), related: rel.map((x) => (x.a === id ? x.b : x.a)) };
  }

  async replaceLinks(linked: LinkedEvent[], related: Related[], keys?: string[]): Promise<void> {
    const w = await this.beginLinks(keys);
    try { await w.add(linked, related); await w.commit(); } catch (e) { await w.abort(); throw e; }
  }

  async beginLinks(keys?: string[]): Promise<LinkWriter> {
    const db = this.db;
    const le = db.prepare(`INSERT INTO linked_events (id, source, target, root, cameo, modality, first_seen, last_seen, mentions, articles, sources, place_country, body)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const el = db.prepare(`INSERT OR REPLACE INTO event_links (event_id, linked_id) VALUES (?, ?)`);
    const rel = db.prepare(`INSERT OR IGNORE INTO linked_related (a, b, why) VALUES (?, ?, ?)`);
    // one transaction from here to commit: readers see the old links or the new, never half
    db.exec('BEGIN IMMEDIATE');
    try {
      if (!keys) db.exec(`DELETE FROM linked_related; DELETE FROM event_links; DELETE FROM linked_events;`);
      else this.deleteLinksOf(keys);
    } catch (e) { db.exec('ROLLBACK'); throw e; }
    return {
      add: async (linked, related) => {
        for (const l of linked) {
          le.run(l.id, l.source, l.target, l.root, l.cameo, l.modality, l.firstSeen, l.lastSeen, l.mentions, l.articles, l.sources, l.placeCountry, JSON.stringify(l));
          for (const e of l.events) el.run(e, l.id);
        }
        for (const r of related) rel.run(r.a, r.b, r.why);
      },
      commit: async () => { this.st.bump.run(); db.exec('COMMIT'); },
      abort: async () => { if (db.inTransaction) db.exec('ROLLBACK'); },
    };
  }

  /** The linked events of these keys go, with their event links and related pairs. */
  private deleteLinksOf(keys: string[]): void {
    const db = this.db;
    const ids: string[] = [];
    for (const key of keys) {
      const { cond, params } = linkKeySql(key, () => '?');
      for (const r of db.prepare(`SELECT id FROM linked_events WHERE ${cond}`).all(...params) as { id: string }[]) ids.push(r.id);
    }
    for (let i = 0; i < ids.length; i += 500) {
      const part = ids.slice(i, i + 500);
      const list = part.map(() => '?').join(', ');
      db.prepare(`DELETE FROM linked_related WHERE a IN (${list}) OR b IN (${list})`).run(...part, ...part);
      db.prepare(`DELETE FROM event_links WHERE linked_id IN (${list})`).run(...part);
      db.prepare(`DELETE FROM linked_events WHERE id IN (${list})`).run(...part);
    }
  }

  async linkPage(after: string[] | null, key: string | null, limit: number): Promise<LinkRow[]> {
    const { sql, params } = linkPageSql(after, key, limit, () => '?');
    return (this.db.prepare(sql).all(...params) as Record<string, any>[]).map(linkRow);
  }

  async linkChanges() {
    const c = (this.db.prepare(LINK_SQL.count).get() as { n: number; k: number });
    const linked = Number(c.n), keys = Number(c.k);
    // never linked: everything is to do, and the caller links the whole corpus anyway
    if (linked === 0) return { linked, keys, unlinked: [], staleKeys: [] };
    const unlinked = unlinkedKeys(this.db.prepare(LINK_SQL.unlinked).all() as any[], (d) => interval({ when: { date: d } } as Event) !== null);
    const staleKeys = (this.db.prepare(LINK_SQL.staleKeys).all() as { source: string; target: string | null; root: string }[]).map(keyOfRow);
    return { linked, keys, unlinked, staleKeys };
  }

  async *linked(filter: EventFilter) {
    const { sql, params } = linkedSql(filter, () => '?');
    const rel = this.db.prepare(`SELECT a, b FROM linked_related WHERE a = ? OR b = ?`);
    for (const r of this.db.prepare(sql).iterate(...params) as Iterable<{ body: string }>) {
      const l = JSON.parse(r.body) as LinkedEvent;
      const related = (rel.all(l.id, l.id) as { a: string; b: string }[]).map((x) => (x.a === l.id ? x.b : x.a));
      yield { ...l, related };
    }
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
