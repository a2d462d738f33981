// Aggregates computed in SQL with the filters, a page at a time, each with the total number of
// rows (groups) it has, the same on both engines. The page and the web charts ask for these
// rather than for events, so a corpus of any size draws from a few hundred rows.
import type { EventFilter } from './store.js';
import { eventFilterSql, type Engine } from './filter-sql.js';

export const AGGREGATES = ['actors', 'dyads', 'timeline', 'undated', 'places', 'outlets', 'attributions', 'modalities'] as const;
export type AggregateKind = (typeof AGGREGATES)[number];

/** Default and largest page per kind: what a chart needs, and what one response may carry. */
export const AGGREGATE_PAGE: Record<AggregateKind, { size: number; max: number }> = {
  actors: { size: 500, max: 5000 }, dyads: { size: 500, max: 5000 }, timeline: { size: 10000, max: 50000 },
  undated: { size: 1, max: 1 }, places: { size: 2000, max: 20000 },
  outlets: { size: 50, max: 1000 }, attributions: { size: 50, max: 1000 }, modalities: { size: 10, max: 10 },
};

export interface AggregateQuery {
  /** the page, each row with a `total` column (the number of groups) */
  sql: string;
  /** the number of groups alone, for a page past the end */
  countSql: string;
  params: string[];
  map: (row: Record<string, any>) => Record<string, unknown>;
}

const num = (v: unknown) => Number(v ?? 0);
const round2 = (v: unknown) => Math.round(num(v) * 100) / 100;

/**
 * The name an actor goes by: in the first of its events by id (as a source if it ever is one),
 * so that every engine names it alike.
 */
function actorName(r: { code: string; body: string | null }): string {
  if (!r.body) return r.code;
  const e = JSON.parse(r.body);
  return (e.source?.code === r.code ? e.source.name : e.target?.name) ?? r.code;
}

/** Grouped SELECT ... FROM events for each kind (without order or page). */
function grouped(kind: AggregateKind, where: string, whereSecond: string): { select: string; order: string } {
  const and = (cond: string) => (where ? `${where} AND ${cond}` : `WHERE ${cond}`);
  switch (kind) {
    case 'dyads':
      return { select: `SELECT source_code AS source, target_code AS target, COUNT(*) AS events, AVG(goldstein) AS goldstein FROM events ${and('target_code IS NOT NULL AND source_code IS NOT NULL')} GROUP BY source_code, target_code`, order: 'events DESC, source, target' };
    case 'timeline':
      // by stored date first, in the order of the date index (no sort of every event), then by day
      return {
        select: `SELECT substr(event_date, 1, 10) AS date, quad, SUM(n) AS events, SUM(g) / SUM(n) AS goldstein FROM (
          SELECT event_date, quad, COUNT(*) AS n, SUM(goldstein) AS g FROM events ${and('event_date IS NOT NULL')} GROUP BY event_date, quad
        ) d GROUP BY substr(event_date, 1, 10), quad`,
        order: 'date, quad',
      };
    case 'undated':
      return { select: `SELECT COUNT(*) AS events FROM events ${and('event_date IS NULL')}`, order: 'events' };
    case 'places':
      return { select: `SELECT lat, lon, MIN(place_name) AS name, COUNT(*) AS events, AVG(goldstein) AS goldstein FROM events ${and('lat IS NOT NULL AND lon IS NOT NULL')} GROUP BY lat, lon`, order: 'events DESC, lat, lon' };
    case 'attributions':
      return { select: `SELECT attribution AS value, COUNT(*) AS events FROM events ${and('attribution IS NOT NULL')} GROUP BY attribution`, order: 'events DESC, value' };
    case 'modalities':
      return { select: `SELECT modality AS value, COUNT(*) AS events FROM events ${where} GROUP BY modality`, order: 'events DESC, value' };
    case 'outlets':
      return { select: `SELECT d.outlet AS value, COUNT(*) AS events FROM (SELECT doc FROM events ${where}) e JOIN documents d ON d.id = e.doc WHERE d.outlet IS NOT NULL GROUP BY d.outlet`, order: 'events DESC, value' };
    case 'actors':
      // each side counted in the order of its code index (no sort of every event), then the two
      // joined; the second copy of the filter numbers its placeholders after the first
      return {
        select: `SELECT code, SUM(s) AS as_source, SUM(t) AS as_target, SUM(s) + SUM(t) AS events FROM (
          SELECT source_code AS code, COUNT(*) AS s, 0 AS t FROM events ${and('source_code IS NOT NULL')} GROUP BY source_code
          UNION ALL SELECT target_code AS code, 0 AS s, COUNT(*) AS t FROM events ${whereSecond} GROUP BY target_code
        ) x GROUP BY code`,
        order: 'events DESC, code',
      };
  }
}

const MAP: Record<AggregateKind, AggregateQuery['map']> = {
  actors: (r) => ({ code: r.code, name: actorName(r as any), events: num(r.events), asSource: num(r.as_source), asTarget: num(r.as_target) }),
  dyads: (r) => ({ source: r.source, target: r.target, events: num(r.events), goldstein: round2(r.goldstein) }),
  timeline: (r) => ({ date: r.date, quad: num(r.quad), events: num(r.events), goldstein: round2(r.goldstein) }),
  undated: (r) => ({ events: num(r.events) }),
  places: (r) => {
    const where = r.body ? JSON.parse(r.body).where : null;
    return { name: r.name ?? where?.name ?? null, lat: num(r.lat), lon: num(r.lon), country: where?.country ?? null, kind: where?.kind ?? null, events: num(r.events), goldstein: round2(r.goldstein) };
  },
  outlets: (r) => ({ value: r.value, events: num(r.events) }),
  attributions: (r) => ({ value: r.value, events: num(r.events) }),
  modalities: (r) => ({ value: r.value, events: num(r.events) }),
};

/** One page of an aggregate: `f.limit` and `f.offset` page the groups, the other fields filter events. */
export function aggregateSql(kind: AggregateKind, f: EventFilter, param: (i: number) => string, engine: Engine): AggregateQuery {
  const filter = { ...f, limit: undefined, offset: undefined, sort: undefined };
  const first = eventFilterSql(filter, param, engine);
  const second = kind === 'actors' ? eventFilterSql(filter, (i) => param(i + first.params.length), engine) : { where: '', params: [] };
  const whereSecond = second.where ? `${second.where} AND target_code IS NOT NULL` : 'WHERE target_code IS NOT NULL';
  const { select, order } = grouped(kind, first.where, whereSecond);
  const { size, max } = AGGREGATE_PAGE[kind];
  const limit = Math.min(Math.max(1, Math.floor(f.limit ?? size)), max);
  const offset = Math.max(0, Math.floor(f.offset ?? 0));
  let sql = `SELECT g.*, COUNT(*) OVER () AS total FROM (${select}) g ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`;
  // names and place details read from one event each, for the rows of the page only (index lookups)
  if (kind === 'actors') {
    // the first id read from the code indexes (which end with it), one row read for its record
    sql = `SELECT a.*, (SELECT body FROM events e WHERE e.id = COALESCE((SELECT MIN(s.id) FROM events s WHERE s.source_code = a.code),
      (SELECT MIN(t.id) FROM events t WHERE t.target_code = a.code))) AS body FROM (${sql}) a ORDER BY ${order}`;
  } else if (kind === 'places') {
    sql = `SELECT p.*, (SELECT body FROM events e WHERE e.lat = p.lat AND e.lon = p.lon LIMIT 1) AS body FROM (${sql}) p ORDER BY ${order}`;
  }
  return { sql, countSql: `SELECT COUNT(*) AS n FROM (${select}) g`, params: [...first.params, ...second.params], map: MAP[kind] };
}

/** Full-text search over documents: a page of matches, best first, with a snippet marked by \u0002 and \u0003. */
export function documentSearchSql(words: string[], limit: number, offset: number, engine: Engine): { sql: string; countSql?: string; params: string[] } {
  if (engine === 'postgres') {
    return {
      sql: `SELECT d.id, d.title, d.outlet, d.date, d.events, COUNT(*) OVER () AS total,
        ts_headline('english', left(coalesce(d.text, ''), 20000), q, 'StartSel=\u0002, StopSel=\u0003, MaxWords=30, MinWords=12, MaxFragments=2') AS snippet
        FROM documents d, plainto_tsquery('english', $1) q WHERE d.tsv @@ q AND d.status = 'coded'
        ORDER BY ts_rank(d.tsv, q) DESC, d.id LIMIT ${limit} OFFSET ${offset}`,
      params: [words.join(' ')],
    };
  }
  // SQLite's snippet() may not share a SELECT with a window function: the total is a query of its own
  return {
    sql: `SELECT d.id, d.title, d.outlet, d.date, d.events, snippet(documents_fts, 1, char(2), char(3), ' … ', 16) AS snippet
      FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid
      WHERE documents_fts MATCH ? AND d.status = 'coded' ORDER BY rank, d.id LIMIT ${limit} OFFSET ${offset}`,
    countSql: `SELECT COUNT(*) AS n FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid WHERE documents_fts MATCH ? AND d.status = 'coded'`,
    params: [words.map((w) => `"${w}"`).join(' ')],
  };
}
