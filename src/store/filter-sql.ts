// Event filters to a parameterised WHERE clause (never values spliced into SQL).
import type { EventFilter, EventSort } from './store.js';
import type { LinkedEvent } from './link.js';

export type Engine = 'sqlite' | 'postgres';

/** A user's words as a full-text query that cannot be a syntax error: each word quoted, all required. */
export function ftsWords(q: string): string[] {
  return (q.match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 20);
}

/** The condition "the event's document holds these words", per engine. */
function textCondition(q: string, p: (v: string) => string, engine: Engine): string {
  const words = ftsWords(q);
  if (engine === 'postgres') return `doc IN (SELECT id FROM documents WHERE tsv @@ plainto_tsquery('english', ${p(words.join(' '))}))`;
  return `doc IN (SELECT d.id FROM documents d WHERE d.rowid IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ${p(words.map((w) => `"${w}"`).join(' '))}))`;
}

/** `param(i)` writes the i-th placeholder: "?" for SQLite, "$1" for PostgreSQL. */
export function eventFilterSql(f: EventFilter, param: (i: number) => string, engine: Engine = 'sqlite'): { where: string; params: string[] } {
  const cond: string[] = [];
  const params: string[] = [];
  const p = (v: string) => { params.push(v); return param(params.length); };
  // prefixes as ranges (col >= 'PRK' AND col < 'PRK\uffff'), which the indexes serve; LIKE would not
  const prefix = (col: string, v: string) => `(${col} >= ${p(v)} AND ${col} < ${p(`${v}\uffff`)})`;
  if (f.actor) cond.push(`(${prefix('source_code', f.actor)} OR ${prefix('target_code', f.actor)})`);
  if (f.dyad) { cond.push(prefix('source_code', f.dyad[0])); cond.push(prefix('target_code', f.dyad[1])); }
  if (f.code) cond.push(prefix('cameo', f.code));
  if (f.since) cond.push(`event_date >= ${p(f.since)}`);
  // "--until 2022-07" includes all of July: compare against the prefix's last possible value
  if (f.until) cond.push(`event_date <= ${p(`${f.until}\uffff`)}`);
  if (f.modality) cond.push(`modality = ${p(f.modality)}`);
  if (f.attribution) cond.push(`attribution = ${p(f.attribution)}`);
  if (f.place) cond.push(`place_name = ${p(f.place)}`);
  if (f.historical === 'exclude') cond.push('historical = 0');
  if (f.historical === 'only') cond.push('historical = 1');
  if (f.outlet) cond.push(`doc IN (SELECT id FROM documents WHERE outlet = ${p(f.outlet)})`);
  if (f.q) cond.push(textCondition(f.q, p, engine));
  if (f.doc) cond.push(`doc = ${p(f.doc)}`);
  return { where: cond.length ? `WHERE ${cond.join(' AND ')}` : '', params };
}

/** The same filters over linked events (source, target, cameo, first/last seen, modality). */
export function linkedFilterSql(f: EventFilter, param: (i: number) => string): { where: string; params: string[] } {
  const cond: string[] = [];
  const params: string[] = [];
  const p = (v: string) => { params.push(v); return param(params.length); };
  if (f.actor) { const a = p(`${f.actor.slice(0, 3)}%`); const b = p(`${f.actor.slice(0, 3)}%`); cond.push(`(source LIKE ${a} OR target LIKE ${b})`); }
  if (f.dyad) { cond.push(`source LIKE ${p(`${f.dyad[0].slice(0, 3)}%`)}`); cond.push(`target LIKE ${p(`${f.dyad[1].slice(0, 3)}%`)}`); }
  if (f.code) cond.push(`cameo LIKE ${p(`${f.code}%`)}`);
  if (f.since) cond.push(`last_seen >= ${p(f.since)}`);
  if (f.until) cond.push(`first_seen <= ${p(`${f.until}\uffff`)}`);
  if (f.modality) cond.push(`modality = ${p(f.modality)}`);
  return { where: cond.length ? `WHERE ${cond.join(' AND ')}` : '', params };
}

// each sort has a unique tail (id), so pages never overlap; NULLs last on both engines
const ORDER: Record<EventSort, string> = {
  date: 'event_date, doc, sentence, id',
  '-date': 'event_date DESC, doc DESC, sentence DESC, id DESC',
  source: '(source_code IS NULL), source_code, event_date, id',
  target: '(target_code IS NULL), target_code, event_date, id',
  code: 'cameo, event_date, id',
  modality: 'modality, event_date, id',
  outlet: '((SELECT outlet FROM documents d WHERE d.id = events.doc) IS NULL), (SELECT outlet FROM documents d WHERE d.id = events.doc), event_date, id',
};

/** The events a filter selects, in index order (or `f.sort`), a page at a time when limit/offset are given; `columns` of each. */
export function eventsSql(f: EventFilter, param: (i: number) => string, engine: Engine = 'sqlite', columns = 'body'): { sql: string; params: string[] } {
  const { where, params } = eventFilterSql(f, param, engine);
  // an offset without a limit needs "no limit" spelled out: SQLite has no OFFSET without LIMIT
  // (LIMIT -1 means none); PostgreSQL says LIMIT ALL
  const limit = f.limit ? ` LIMIT ${Math.floor(f.limit)}` : f.offset ? (engine === 'sqlite' ? ' LIMIT -1' : ' LIMIT ALL') : '';
  const page = limit + (f.offset ? ` OFFSET ${Math.floor(f.offset)}` : '');
  return { sql: `SELECT ${columns} FROM events ${where} ORDER BY ${ORDER[f.sort ?? 'date']}${page}`, params };
}

/** How many events a filter selects. */
export function eventCountSql(f: EventFilter, param: (i: number) => string, engine: Engine): { sql: string; params: string[] } {
  const { where, params } = eventFilterSql({ ...f, limit: undefined, offset: undefined, sort: undefined }, param, engine);
  return { sql: `SELECT COUNT(*) AS n FROM events ${where}`, params };
}

/** The linked events a filter selects, oldest first. */
export function linkedSql(f: EventFilter, param: (i: number) => string): { sql: string; params: string[] } {
  const { where, params } = linkedFilterSql(f, param);
  return { sql: `SELECT body FROM linked_events ${where} ORDER BY first_seen, id` + (f.limit ? ` LIMIT ${Math.floor(f.limit)}` : ''), params };
}

/** Linking's bookkeeping queries, the same on both engines. */
export const LINK_SQL = {
  unlinked: `SELECT DISTINCT substr(e.source_code, 1, 3) AS source, substr(e.target_code, 1, 3) AS target, e.root, e.event_date FROM events e
    WHERE e.source_code IS NOT NULL AND e.event_date IS NOT NULL AND NOT EXISTS (SELECT 1 FROM event_links l WHERE l.event_id = e.id)`,
  staleKeys: `SELECT DISTINCT le.source, le.target, le.root FROM linked_events le WHERE EXISTS (
    SELECT 1 FROM event_links l WHERE l.linked_id = le.id AND NOT EXISTS (SELECT 1 FROM events e WHERE e.id = l.event_id))`,
  count: `SELECT COUNT(*) AS n, COUNT(DISTINCT source || '|' || COALESCE(target, '-') || '|' || root) AS k FROM linked_events`,
};

const K1 = `substr(e.source_code, 1, 3)`, K2 = `COALESCE(substr(e.target_code, 1, 3), '-')`;

/**
 * A page of events in linking order (key, then id), each with its document's outlet and URL
 * (read from their columns, never the text): after the cursor `after` ([source, target, root,
 * id]), within one key when `key` is given. Served by the events_link index: no sort, no scan.
 */
export function linkPageSql(after: string[] | null, key: string | null, limit: number, param: (i: number) => string): { sql: string; params: string[] } {
  const params: string[] = [];
  const p = (v: string) => { params.push(v); return param(params.length); };
  const cond = ['e.source_code IS NOT NULL', 'e.event_date IS NOT NULL'];
  if (key) { const [s, t, r] = key.split('|'); cond.push(`${K1} = ${p(s)}`, `${K2} = ${p(t)}`, `e.root = ${p(r)}`); }
  // the first column alone as well: SQLite seeks the index on it (not on the row value), so a
  // page starts at its source country instead of scanning from the start of the index
  if (after) cond.push(`${K1} >= ${p(after[0])}`, `(${K1}, ${K2}, e.root, e.id) > (${after.map(p).join(', ')})`);
  return {
    sql: `SELECT e.body, d.outlet, d.url, ${K1} AS k1, ${K2} AS k2, e.root AS k3, e.id AS k4 FROM events e JOIN documents d ON d.id = e.doc
      WHERE ${cond.join(' AND ')} ORDER BY ${K1}, ${K2}, e.root, e.id LIMIT ${Math.floor(limit)}`,
    params,
  };
}

/** The linked events of one key ("RUS|UKR|19"; "-" for no target), as a WHERE condition. */
export function linkKeySql(key: string, param: (i: number) => string, offset = 0): { cond: string; params: string[] } {
  const [source, target, root] = key.split('|');
  const params = target === '-' ? [source, root] : [source, target, root];
  const ph = (i: number) => param(offset + i);
  const cond = target === '-' ? `(source = ${ph(1)} AND target IS NULL AND root = ${ph(2)})` : `(source = ${ph(1)} AND target = ${ph(2)} AND root = ${ph(3)})`;
  return { cond, params };
}

export const keyOfRow = (r: { source: string; target: string | null; root: string }) => `${r.source}|${r.target ?? '-'}|${r.root}`;

/** The linked events of one document's events, and every document that reports each of them. */
export const LINKS_OF_DOC = {
  linked: `SELECT DISTINCT le.body FROM events e JOIN event_links l ON l.event_id = e.id JOIN linked_events le ON le.id = l.linked_id WHERE e.doc = ?`,
  docs: `SELECT DISTINCT l2.linked_id, e2.doc FROM events e JOIN event_links l ON l.event_id = e.id
    JOIN event_links l2 ON l2.linked_id = l.linked_id JOIN events e2 ON e2.id = l2.event_id WHERE e.doc = ?`,
};

export function withDocs(linked: LinkedEvent[], pairs: { linked_id: string; doc: string }[]): (LinkedEvent & { docs: string[] })[] {
  const docs = new Map<string, string[]>();
  for (const p of pairs) { const l = docs.get(p.linked_id); if (l) l.push(p.doc); else docs.set(p.linked_id, [p.doc]); }
  return linked.map((l) => ({ ...l, docs: (docs.get(l.id) ?? []).sort() }));
}
