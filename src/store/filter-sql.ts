// Event filters to a parameterised WHERE clause (never values spliced into SQL).
import type { EventFilter } from './store.js';

/** `param(i)` writes the i-th placeholder: "?" for SQLite, "$1" for PostgreSQL. */
export function eventFilterSql(f: EventFilter, param: (i: number) => string): { where: string; params: string[] } {
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

/**
 * The events a filter selects, in index order, a page at a time when limit/offset are given.
 * An offset without a limit needs "no limit" spelled out: SQLite has no OFFSET without LIMIT
 * (LIMIT -1 means none); PostgreSQL says LIMIT ALL.
 */
export function eventsSql(f: EventFilter, param: (i: number) => string, engine: 'sqlite' | 'postgres'): { sql: string; params: string[] } {
  const { where, params } = eventFilterSql(f, param);
  const limit = f.limit ? ` LIMIT ${Math.floor(f.limit)}` : f.offset ? (engine === 'sqlite' ? ' LIMIT -1' : ' LIMIT ALL') : '';
  const page = limit + (f.offset ? ` OFFSET ${Math.floor(f.offset)}` : '');
  return { sql: `SELECT body FROM events ${where} ORDER BY event_date, doc, sentence, id${page}`, params };
}

/** The linked events a filter selects, oldest first. */
export function linkedSql(f: EventFilter, param: (i: number) => string): { sql: string; params: string[] } {
  const { where, params } = linkedFilterSql(f, param);
  return { sql: `SELECT body FROM linked_events ${where} ORDER BY first_seen, id` + (f.limit ? ` LIMIT ${Math.floor(f.limit)}` : ''), params };
}

/** Aggregate queries shared by both engines (placeholders made by `param`). */
export function aggregateSql(kind: 'actors' | 'dyads' | 'timeline', f: EventFilter, param: (i: number) => string): { sql: string; params: string[] } {
  const { where, params } = eventFilterSql({ ...f, limit: undefined, offset: undefined }, param);
  const limit = Math.min(Math.max(1, Math.floor(f.limit ?? 500)), 5000);
  if (kind === 'dyads') {
    const w = where ? `${where} AND target_code IS NOT NULL` : 'WHERE target_code IS NOT NULL';
    return { sql: `SELECT source_code AS source, target_code AS target, COUNT(*) AS events, AVG(goldstein) AS goldstein FROM events ${w} GROUP BY source_code, target_code ORDER BY COUNT(*) DESC, source_code, target_code LIMIT ${limit}`, params };
  }
  if (kind === 'timeline') {
    return { sql: `SELECT substr(event_date, 1, 10) AS date, quad, COUNT(*) AS events FROM events ${where} GROUP BY substr(event_date, 1, 10), quad ORDER BY 1, 2`, params };
  }
  // actors: each side counted (the second copy of the filter numbers its placeholders after the first)
  const second = eventFilterSql({ ...f, limit: undefined, offset: undefined }, (i) => param(i + params.length));
  // each actor's name is read from one event that names it, in the same query (index lookups)
  return {
    sql: `SELECT a.*, (SELECT body FROM events e WHERE e.source_code = a.code LIMIT 1) AS source_body,
            (SELECT body FROM events e WHERE e.target_code = a.code LIMIT 1) AS target_body FROM (
            SELECT code, SUM(s) AS as_source, SUM(t) AS as_target, SUM(s) + SUM(t) AS events FROM (
              SELECT source_code AS code, 1 AS s, 0 AS t FROM events ${where}
              UNION ALL SELECT target_code AS code, 0 AS s, 1 AS t FROM events ${second.where ? `${second.where} AND` : 'WHERE'} target_code IS NOT NULL
            ) x WHERE code IS NOT NULL GROUP BY code ORDER BY 4 DESC, code LIMIT ${limit}) a ORDER BY a.events DESC, a.code`,
    params: [...params, ...second.params],
  };
}

/** An actor's name from the row of the actors query: as a source if it ever is one, else as a target. */
export function actorName(r: { code: string; source_body: string | null; target_body: string | null }): string {
  if (r.source_body) return JSON.parse(r.source_body).source?.name ?? r.code;
  if (r.target_body) return JSON.parse(r.target_body).target?.name ?? r.code;
  return r.code;
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
