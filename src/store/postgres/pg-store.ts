// The PostgreSQL engine: the same schema and behaviour as SQLite, for corpora shared by many
// machines. Documents can be queued and taken by workers with FOR UPDATE SKIP LOCKED, so each
// is coded once however many workers run.
import pg from 'pg';
import type { Doc, Event, InputRecord } from '../../doc/types.js';
import { DyadError } from '../../errors.js';
import { FILLS, MIGRATIONS, SCHEMA_VERSION, stepSql } from '../schema.js';
import type { DocStatus, EventFilter, IngestResult, LinkRow, LinkWriter, Store, StoredDocument } from '../store.js';
import { LINK_SQL, LINKS_OF_DOC, withDocs, eventCountSql, eventsSql, ftsWords, keyOfRow, linkKeySql, linkPageSql, linkedSql } from '../filter-sql.js';
import { aggregateSql, documentSearchSql, type AggregateKind } from '../aggregate-sql.js';
import { interval, type LinkedEvent, type Related } from '../link.js';
import { DOC_COLUMNS, LISTING_COLUMNS, docRow, eventRow, hitRow, linkRow, listingRows, textRow, unlinkedKeys } from '../rows.js';
import { cleanText } from '../../text/clean.js';

/**
 * Open postgres://... A `schema` parameter in the URL ("?schema=dyad") selects (and creates) a
 * schema other than public, so several corpora or test runs can share one database.
 */
export async function openPostgres(url: string): Promise<PgStore> {
  const u = new URL(url);
  const schema = u.searchParams.get('schema');
  u.searchParams.delete('schema');
  if (schema && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new DyadError('E_OPTION', `schema "${schema}": use lower-case letters, digits and _`);
  // the schema is set at connection start-up, so no query runs on a client before it holds
  const pool = new pg.Pool({ connectionString: u.toString(), max: 4, ...(schema ? { options: `-c search_path=${schema}` } : {}) });
  pool.on('error', () => { /* a broken idle client is dropped by the pool; the next query reports */ });
  try {
    const c = await pool.connect();
    try {
      if (schema) { await c.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`); await c.query(`SET search_path TO ${schema}`); }
      await migrate(c, url);
    } finally { c.release(); }
  } catch (e) {
    await pool.end().catch(() => {});
    if (e instanceof DyadError) throw e;
    throw new DyadError('E_OPTION', `${redact(url)}: cannot open the PostgreSQL database (${(e as Error).message})`, { cause: e });
  }
  return new PgStore(pool);
}

const redact = (url: string) => url.replace(/\/\/[^@/]*@/, '//***@');

async function migrate(c: pg.PoolClient, url: string): Promise<void> {
  // one migrator at a time, across machines
  await c.query('SELECT pg_advisory_lock(7301)');
  try {
    await c.query(`CREATE TABLE IF NOT EXISTS dyad_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)`);
    const r = await c.query(`SELECT value FROM dyad_meta WHERE key = 'schema_version'`);
    const have = r.rows[0] ? Number(r.rows[0].value) : 0;
    if (have > SCHEMA_VERSION) throw new DyadError('E_OPTION', `${redact(url)}: the database has schema version ${have}, newer than this Dyad understands (${SCHEMA_VERSION}); upgrade Dyad to open it`);
    for (let v = have + 1; v <= SCHEMA_VERSION; v++) {
      await c.query('BEGIN');
      try {
        for (const step of MIGRATIONS[v]) {
          if (typeof step === 'object' && 'fill' in step) await fill(c, step.fill);
          else await c.query(stepSql(step, 'postgres').replace(/\bREAL\b/g, 'DOUBLE PRECISION'));
        }
        await c.query(`INSERT INTO dyad_meta (key, value) VALUES ('schema_version', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value`, [String(v)]);
        await c.query('COMMIT');
      } catch (e) { await c.query('ROLLBACK'); throw e; }
    }
  } finally {
    await c.query('SELECT pg_advisory_unlock(7301)');
  }
}

/** "?" placeholders numbered for PostgreSQL. */
const numbered = (sql: string) => { let i = 0; return sql.replace(/\?/g, () => `$${++i}`); };

/** A migration's fill (schema.ts FILLS), a page of documents and their events at a time. */
async function fill(c: pg.PoolClient, name: keyof typeof FILLS): Promise<void> {
  const f = FILLS[name];
  for (let after = ''; ;) {
    const page = (await c.query(numbered(f.docs), [after])).rows as { id: string; text: string }[];
    if (page.length === 0) break;
    const texts = new Map(page.map((d) => [d.id, d.text]));
    const events = (await c.query(`SELECT id, doc, body FROM events WHERE doc = ANY($1)`, [[...texts.keys()]])).rows as { id: string; doc: string; body: string }[];
    const values = events.map((e) => { const v = f.value(JSON.parse(e.body) as Event, texts.get(e.doc)!); return v === null ? null : cleanText(v); });
    await c.query(`UPDATE events AS e SET ${f.column} = v.value FROM unnest($1::text[], $2::text[]) AS v(id, value) WHERE e.id = v.id`, [events.map((e) => e.id), values]);
    after = page[page.length - 1].id;
  }
}

const opt = (s: string | null) => (s === null ? null : cleanText(s));

const EVENT_COLUMNS = ['id', 'doc', 'sentence', 'cameo', 'root', 'quad', 'goldstein', 'plover', 'source_code', 'source_country', 'target_code', 'target_country', 'modality', 'event_date', 'lat', 'lon', 'attribution', 'historical', 'place_name', 'evidence', 'body'];

export class PgStore implements Store {
  readonly engine = 'postgres' as const;
  constructor(readonly pool: pg.Pool) {}

  private async tx<T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    const c = await this.pool.connect();
    try {
      await c.query('BEGIN');
      const r = await fn(c);
      await c.query('COMMIT');
      await this.bump(c);
      return r;
    } catch (e) {
      await c.query('ROLLBACK').catch(() => {});
      throw e;
    } finally { c.release(); }
  }

  async putCoded(doc: Doc, origin: string, hash: string, force = false): Promise<IngestResult> {
    return this.tx((c) => writeCoded(c, doc, origin, hash, force));
  }

  /** Each document behind a savepoint: one the server refuses is marked failed alone, the rest of the batch is stored. */
  async putCodedBatch(items: { doc: Doc; origin: string; hash: string }[], force = false): Promise<IngestResult[]> {
    return this.tx(async (c) => {
      const out: IngestResult[] = [];
      for (const i of items) {
        const r = await isolated(c, () => writeCoded(c, i.doc, i.origin, i.hash, force));
        if ('error' in r) { await markFailed(c, i.doc.id, i.origin, `could not be stored: ${r.error}`); out.push({ stored: false, reason: 'failed' }); }
        else out.push(r.value);
      }
      return out;
    });
  }

  /** After a commit: readers keyed on the version see the change (a sequence: no lock held). */
  private async bump(c: pg.PoolClient | pg.Pool = this.pool): Promise<void> {
    await c.query(`SELECT nextval('dyad_data_version')`);
  }

  async putFailed(id: string, origin: string, reason: string): Promise<void> {
    await markFailed(this.pool, id, origin, reason);
    await this.bump();
  }

  /** Put a record in the queue for `dyad worker`; a record already coded unchanged is left alone. */
  async enqueue(rec: InputRecord & { id: string }, origin: string, hash: string): Promise<boolean> {
    const r = await this.pool.query(`INSERT INTO documents (id, origin, content_hash, status, record) VALUES ($1, $2, $3, 'queued', $4)
      ON CONFLICT (id) DO UPDATE SET status = 'queued', record = excluded.record, content_hash = excluded.content_hash, origin = excluded.origin
      WHERE documents.content_hash IS DISTINCT FROM excluded.content_hash OR documents.status = 'failed'`, [rec.id, origin, hash, JSON.stringify(rec)]);
    return (r.rowCount ?? 0) > 0;
  }

  /**
   * Take up to `n` queued documents, code them with `code`, and store each in the same
   * transaction that locked it: a worker that dies leaves its documents queued for another.
   */
  async work(n: number, code: (rec: InputRecord) => Doc | { error: string }): Promise<{ taken: number; coded: number; failed: number; events: number }> {
    return this.tx(async (c) => {
      const r = await c.query(`SELECT id, origin, content_hash, record FROM documents WHERE status = 'queued' ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`, [n]);
      const out = { taken: r.rows.length, coded: 0, failed: 0, events: 0 };
      for (const row of r.rows) {
        let res: Doc | { error: string };
        try { res = code(JSON.parse(row.record)); } catch (e) { res = { error: `could not be coded: ${(e as Error).message}` }; }
        // a document the server refuses fails alone: the worker goes on, the queue never sticks on it
        const stored = 'error' in res ? res : await isolated(c, () => writeCoded(c, res as Doc, row.origin, row.content_hash, true));
        if ('error' in stored) {
          const why = 'error' in res ? res.error : `could not be stored: ${stored.error}`;
          await c.query(`UPDATE documents SET status = 'failed', error = $2, record = NULL WHERE id = $1`, [row.id, cleanText(why)]);
          out.failed++;
        } else {
          out.coded++; out.events += (res as Doc).events.length;
        }
      }
      return out;
    });
  }

  async codedHash(id: string): Promise<string | null> {
    const r = await this.pool.query(`SELECT content_hash FROM documents WHERE id = $1 AND status = 'coded'`, [id]);
    return r.rows[0]?.content_hash ?? null;
  }

  async *documents(status?: DocStatus): AsyncIterable<StoredDocument> {
    yield* this.paged(status ? `SELECT ${DOC_COLUMNS} FROM documents WHERE status = $1 ORDER BY id` : `SELECT ${DOC_COLUMNS} FROM documents ORDER BY id`, status ? [status] : [], docRow);
  }

  async counts() {
    const r = await this.pool.query(`SELECT status, COUNT(*)::int n FROM documents GROUP BY status`);
    const n = (s: DocStatus) => r.rows.find((x) => x.status === s)?.n ?? 0;
    const e = await this.pool.query(`SELECT COUNT(*)::int n FROM events`);
    return { coded: n('coded'), failed: n('failed'), queued: n('queued'), events: e.rows[0].n };
  }

  async *events(filter: EventFilter): AsyncIterable<Event> {
    const { sql, params } = eventsSql(filter, (i) => `$${i}`, 'postgres');
    yield* this.paged(sql, params, (r) => JSON.parse(r.body) as Event);
  }

  async listEvents(filter: EventFilter) {
    const { sql, params } = eventsSql({ ...filter, limit: filter.limit ?? 100 }, (i) => `$${i}`, 'postgres', LISTING_COLUMNS);
    const rows = (await this.pool.query(sql, params)).rows as { doc: string; body: string; evidence: string | null }[];
    return listingRows(rows, await this.documentsById([...new Set(rows.map((r) => r.doc))]));
  }

  async *texts() {
    yield* this.paged(`SELECT id, origin, text, date, date_assumed, url, title, outlet FROM documents WHERE status = 'coded' ORDER BY id`, [], textRow);
  }

  /** Rows in pages of 1,000 through a server-side cursor, so a large corpus is never all in memory. */
  private async *paged<T>(sql: string, params: unknown[], map: (r: any) => T): AsyncIterable<T> {
    const c = await this.pool.connect();
    try {
      await c.query('BEGIN');
      await c.query(`DECLARE dyad_cur NO SCROLL CURSOR FOR ${sql}`, params);
      for (;;) {
        const r = await c.query('FETCH 1000 FROM dyad_cur');
        for (const row of r.rows) yield map(row);
        if (r.rows.length < 1000) break;
      }
      await c.query('COMMIT');
    } catch (e) {
      await c.query('ROLLBACK').catch(() => {});
      throw e;
    } finally { c.release(); }
  }

  async eventCount(filter: EventFilter): Promise<number> {
    const { sql, params } = eventCountSql(filter, (i) => `$${i}`, 'postgres');
    return Number((await this.pool.query(sql, params)).rows[0].n);
  }

  async aggregate(kind: AggregateKind, filter: EventFilter) {
    const q = aggregateSql(kind, filter, (i) => `$${i}`, 'postgres');
    const rows = (await this.pool.query(q.sql, q.params)).rows;
    // a page past the end has no row to carry the total
    const total = rows.length ? Number(rows[0].total) : Number((await this.pool.query(q.countSql, q.params)).rows[0].n);
    return { rows: rows.map(q.map), total };
  }

  async searchDocuments(q: string, limit: number, offset: number) {
    const words = ftsWords(q);
    if (!words.length) return { rows: [], total: 0 };
    const { sql, params } = documentSearchSql(words, limit, offset, 'postgres');
    const rows = (await this.pool.query(sql, params)).rows;
    return { rows: rows.map(hitRow), total: rows.length ? Number(rows[0].total) : 0 };
  }

  async linksOfDocument(id: string) {
    const rows = (await this.pool.query(LINKS_OF_DOC.linked.replace('?', '$1'), [id])).rows as { body: string }[];
    const docs = (await this.pool.query(LINKS_OF_DOC.docs.replace('?', '$1'), [id])).rows as { linked_id: string; doc: string }[];
    return withDocs(rows.map((r) => JSON.parse(r.body) as LinkedEvent), docs);
  }

  async documentsById(ids: string[]) {
    const r = await this.pool.query(`SELECT ${DOC_COLUMNS} FROM documents WHERE id = ANY($1)`, [ids.slice(0, 1000)]);
    return r.rows.map(docRow);
  }

  async version() {
    return String((await this.pool.query(`SELECT last_value FROM dyad_data_version`)).rows[0].last_value);
  }

  async document(id: string) {
    const r = await this.pool.query(`SELECT * FROM documents WHERE id = $1`, [id]);
    const row = r.rows[0];
    return row ? { ...docRow(row), text: row.text ?? null, removed: row.removed ? JSON.parse(row.removed) : [] } : null;
  }

  async linkedById(id: string) {
    const r = await this.pool.query(`SELECT body FROM linked_events WHERE id = $1`, [id]);
    if (!r.rows[0]) return null;
    const rel = await this.pool.query(`SELECT a, b FROM linked_related WHERE a = $1 OR b = $1`, [id]);
    return { ...(JSON.parse(r.rows[0].body) as LinkedEvent), related: rel.rows.map((x) => (x.a === id ? x.b : x.a)) };
  }

  async replaceLinks(linked: LinkedEvent[], related: Related[], keys?: string[]): Promise<void> {
    const w = await this.beginLinks(keys);
    try { await w.add(linked, related); await w.commit(); } catch (e) { await w.abort(); throw e; }
  }

  async beginLinks(keys?: string[]): Promise<LinkWriter> {
    // one client holds the transaction from here to commit; linking reads through the others
    const c = await this.pool.connect();
    let open = true;
    const end = async (sql: string) => { if (!open) return; open = false; try { await c.query(sql); } finally { c.release(); } };
    try {
      await c.query('BEGIN');
      if (!keys) { await c.query(`DELETE FROM linked_related`); await c.query(`DELETE FROM event_links`); await c.query(`DELETE FROM linked_events`); }
      else await deleteLinksOf(c, keys);
    } catch (e) { await end('ROLLBACK').catch(() => {}); throw e; }
    return {
      add: (linked, related) => insertLinks(c, linked, related),
      commit: async () => { await end('COMMIT'); await this.bump(); },
      abort: () => end('ROLLBACK').catch(() => {}),
    };
  }

  async linkPage(after: string[] | null, key: string | null, limit: number): Promise<LinkRow[]> {
    const { sql, params } = linkPageSql(after, key, limit, (i) => `$${i}`);
    return (await this.pool.query(sql, params)).rows.map(linkRow);
  }

  async linkChanges() {
    const c = (await this.pool.query(LINK_SQL.count)).rows[0];
    const linked = Number(c.n), keys = Number(c.k);
    // never linked: everything is to do, and the caller links the whole corpus anyway
    if (linked === 0) return { linked, keys, unlinked: [], staleKeys: [] };
    const unlinked = unlinkedKeys((await this.pool.query(LINK_SQL.unlinked)).rows, (d) => interval({ when: { date: d } } as Event) !== null);
    const staleKeys = (await this.pool.query(LINK_SQL.staleKeys)).rows.map(keyOfRow);
    return { linked, keys, unlinked, staleKeys };
  }

  async *linked(filter: EventFilter) {
    const { sql, params } = linkedSql(filter, (i) => `$${i}`);
    // one read of the related pairs, indexed both ways, rather than a scan per linked event
    const related = new Map<string, string[]>();
    const add = (k: string, v: string) => { const l = related.get(k); if (l) l.push(v); else related.set(k, [v]); };
    for (const x of (await this.pool.query(`SELECT a, b FROM linked_related`)).rows) { add(x.a, x.b); add(x.b, x.a); }
    for await (const l of this.paged(sql, params, (r) => JSON.parse(r.body) as LinkedEvent)) {
      yield { ...l, related: related.get(l.id) ?? [] };
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

/** The linked events of these keys go, with their event links and related pairs. */
async function deleteLinksOf(c: pg.PoolClient, keys: string[]): Promise<void> {
  const ids: string[] = [];
  for (const key of keys) {
    const { cond, params } = linkKeySql(key, (i) => `$${i}`);
    for (const r of (await c.query(`SELECT id FROM linked_events WHERE ${cond}`, params)).rows) ids.push(r.id);
  }
  for (let i = 0; i < ids.length; i += 1000) {
    const part = ids.slice(i, i + 1000);
    await c.query(`DELETE FROM linked_related WHERE a = ANY($1) OR b = ANY($1)`, [part]);
    await c.query(`DELETE FROM event_links WHERE linked_id = ANY($1)`, [part]);
    await c.query(`DELETE FROM linked_events WHERE id = ANY($1)`, [part]);
  }
}

async function insertLinks(c: pg.PoolClient, linked: LinkedEvent[], related: Related[]): Promise<void> {
  for (let i = 0; i < linked.length; i += 500) {
    const chunk = linked.slice(i, i + 500);
    const vals: unknown[] = [];
    const tuples = chunk.map((l, k) => { vals.push(l.id, l.source, l.target, l.root, l.cameo, l.modality, l.firstSeen, l.lastSeen, l.mentions, l.articles, l.sources, l.placeCountry, JSON.stringify(l)); return `(${Array.from({ length: 13 }, (_, j) => `$${k * 13 + j + 1}`).join(', ')})`; });
    await c.query(`INSERT INTO linked_events (id, source, target, root, cameo, modality, first_seen, last_seen, mentions, articles, sources, place_country, body) VALUES ${tuples.join(', ')}`, vals);
    const pairs = chunk.flatMap((l) => l.events.map((e) => [e, l.id]));
    for (let j = 0; j < pairs.length; j += 1000) {
      const part = pairs.slice(j, j + 1000);
      await c.query(`INSERT INTO event_links (event_id, linked_id) VALUES ${part.map((_, k) => `($${2 * k + 1}, $${2 * k + 2})`).join(', ')} ON CONFLICT (event_id) DO UPDATE SET linked_id = excluded.linked_id`, part.flat());
    }
  }
  for (let i = 0; i < related.length; i += 500) {
    const part = related.slice(i, i + 500);
    await c.query(`INSERT INTO linked_related (a, b, why) VALUES ${part.map((_, k) => `($${3 * k + 1}, $${3 * k + 2}, $${3 * k + 3})`).join(', ')} ON CONFLICT DO NOTHING`, part.flatMap((r) => [r.a, r.b, r.why]));
  }
}

/** Run `fn` behind a savepoint: its error rolls back only what it did, and is returned, not thrown. */
async function isolated<T>(c: pg.PoolClient, fn: () => Promise<T>): Promise<{ value: T } | { error: string }> {
  await c.query('SAVEPOINT dyad_doc');
  try {
    const value = await fn();
    await c.query('RELEASE SAVEPOINT dyad_doc');
    return { value };
  } catch (e) {
    await c.query('ROLLBACK TO SAVEPOINT dyad_doc');
    return { error: (e as Error).message };
  }
}

async function markFailed(c: pg.Pool | pg.PoolClient, id: string, origin: string, reason: string): Promise<void> {
  await c.query(`INSERT INTO documents (id, origin, status, error) VALUES ($1, $2, 'failed', $3)
    ON CONFLICT (id) DO UPDATE SET status = CASE WHEN documents.status = 'coded' THEN documents.status ELSE 'failed' END,
      error = CASE WHEN documents.status = 'coded' THEN documents.error ELSE excluded.error END`, [cleanText(id), cleanText(origin), cleanText(reason)]);
}

async function writeCoded(c: pg.PoolClient, doc: Doc, origin: string, hash: string, force = false): Promise<IngestResult> {
  const prev = await c.query(`SELECT status, content_hash FROM documents WHERE id = $1 FOR UPDATE`, [doc.id]);
  const p = prev.rows[0] as { status: DocStatus; content_hash: string | null } | undefined;
  if (!force && p && p.status === 'coded' && p.content_hash === hash) return { stored: false, reason: 'unchanged' };
  await c.query(`INSERT INTO documents (id, origin, url, title, outlet, date, text, content_hash, status, error, events, coded_at, codings, record, date_assumed, removed)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'coded', NULL, $9, $10, 1, NULL, $11, $12)
    ON CONFLICT (id) DO UPDATE SET origin = excluded.origin, url = excluded.url, title = excluded.title, outlet = excluded.outlet,
      date = excluded.date, date_assumed = excluded.date_assumed, text = excluded.text, content_hash = excluded.content_hash, status = 'coded', error = NULL,
      events = excluded.events, coded_at = excluded.coded_at, codings = documents.codings + 1, record = NULL, removed = excluded.removed`,
  // text the readers did not clean (a Doc built by a library user) would be refused by the server
  [doc.id, cleanText(origin), opt(doc.url), opt(doc.title), opt(doc.outlet), doc.date, cleanText(doc.text), hash, doc.events.length, new Date().toISOString(), doc.dateGiven ? 0 : 1, cleanText(JSON.stringify(doc.removed))]);
  await c.query(`DELETE FROM events WHERE doc = $1`, [doc.id]);
  // events in batches of 200 rows per statement
  for (let i = 0; i < doc.events.length; i += 200) {
    const rows = doc.events.slice(i, i + 200).map((e) => eventRow(e, doc.text));
    const values: unknown[] = [];
    const tuples = rows.map((r, k) => {
      values.push(r.id, r.doc, r.sentence, r.cameo, r.root, r.quad, r.goldstein, r.plover, r.sourceCode, r.sourceCountry, r.targetCode, r.targetCountry, r.modality, r.date, r.lat, r.lon, r.attribution, r.historical, r.placeName, opt(r.evidence), r.body);
      return `(${EVENT_COLUMNS.map((_, j) => `$${k * EVENT_COLUMNS.length + j + 1}`).join(', ')})`;
    });
    await c.query(`INSERT INTO events (${EVENT_COLUMNS.join(', ')}) VALUES ${tuples.join(', ')} ON CONFLICT (id) DO NOTHING`, values);
  }
  return { stored: true, reason: p ? 'replaced' : 'new' };
}
