// The routes the web page explores a corpus with: aggregates (paged, with totals, cached per
// corpus version), facets, a dyad's two directions over time, full-text search over documents,
// actor search by name, and a document with its linked events and the other reports of them.
import type { Context, Hono } from 'hono';
import type { EventFilter, Store } from '../store/store.js';
import { AGGREGATE_PAGE, type AggregateKind } from '../store/aggregate-sql.js';
import { FILTER_KEYS } from '../store/filter-parse.js';
import type { Analyzer } from './analyze-pool.js';
import { cachedAnswer, type VersionedCache } from './cache.js';

export interface ExploreDeps {
  store: () => Store;
  filters: (c: Context, allowed?: ReadonlySet<string>) => EventFilter;
  fail: (status: 400 | 404, message: string, field?: string) => never;
  analyzer: () => Analyzer;
  cache: VersionedCache;
}

const CODE = /^[A-Z0-9]{3,12}$/;
const SERIES_KEYS: ReadonlySet<string> = new Set([...FILTER_KEYS, 'a', 'b']);
const SEARCH_KEYS: ReadonlySet<string> = new Set(['q', 'limit', 'offset']);

/** A page's bookkeeping: where the next page starts, or null at the end. */
function pageOf(kind: AggregateKind, f: EventFilter, rows: number, total: number) {
  const { size, max } = AGGREGATE_PAGE[kind];
  const limit = Math.min(f.limit ?? size, max);
  const offset = f.offset ?? 0;
  return { total, limit, offset, next: offset + rows < total && rows > 0 ? offset + rows : null };
}

export function registerExploreRoutes(app: Hono, deps: ExploreDeps): void {
  const cached = <T>(c: Context, compute: (s: Store) => Promise<T>) => cachedAnswer(deps.cache, c, deps.store(), compute);
  const aggregateRoute = (name: string, kind: AggregateKind) =>
    app.get(`/api/${name}`, async (c) => {
      const f = deps.filters(c);
      const page = await cached(c, (s) => s.aggregate(kind, f));
      return c.json({ [name]: page.rows, ...pageOf(kind, f, page.rows.length, page.total) });
    });
  aggregateRoute('actors', 'actors');
  aggregateRoute('dyads', 'dyads');
  aggregateRoute('places', 'places');

  app.get('/api/timeline', async (c) => {
    const f = deps.filters(c);
    const { page, undated } = await cached(c, async (s) => ({ page: await s.aggregate('timeline', f), undated: (await s.aggregate('undated', f)).rows[0]?.events ?? 0 }));
    return c.json({ timeline: page.rows, undated, ...pageOf('timeline', f, page.rows.length, page.total) });
  });

  app.get('/api/facets', async (c) => {
    const f = deps.filters(c);
    const facets = await cached(c, async (s) => {
      const [outlets, attributions, modalities] = await Promise.all([s.aggregate('outlets', f), s.aggregate('attributions', f), s.aggregate('modalities', f)]);
      return { outlets, attributions, modalities };
    });
    return c.json(facets);
  });

  app.get('/api/series', async (c) => {
    const f = deps.filters(c, SERIES_KEYS);
    const a = c.req.query('a') ?? '', b = c.req.query('b') ?? '';
    if (!CODE.test(a)) deps.fail(400, `a must be an actor code such as RUS or RUSGOV, not "${a}"`, 'a');
    if (!CODE.test(b)) deps.fail(400, `b must be an actor code such as UKR, not "${b}"`, 'b');
    const series = await cached(c, async (s) => {
      const both = { ...f, actor: undefined, dyad: undefined, limit: AGGREGATE_PAGE.timeline.max, offset: 0 };
      const [ab, ba] = await Promise.all([s.aggregate('timeline', { ...both, dyad: [a, b] }), s.aggregate('timeline', { ...both, dyad: [b, a] })]);
      return { a, b, ab: ab.rows, ba: ba.rows };
    });
    return c.json(series);
  });

  app.get('/api/search', async (c) => {
    const f = deps.filters(c, SEARCH_KEYS);
    if (!f.q) deps.fail(400, 'q: give the words to search for', 'q');
    const limit = Math.min(f.limit ?? 20, 100), offset = f.offset ?? 0;
    const hits = await cached(c, (s) => s.searchDocuments(f.q!, limit, offset));
    return c.json({ documents: hits.rows, total: hits.total, limit, offset, next: offset + hits.rows.length < hits.total ? offset + hits.rows.length : null });
  });

  app.get('/api/actors/search', async (c) => {
    const q = (c.req.query('q') ?? '').trim();
    if (!q || q.length > 100) deps.fail(400, 'q: give 1 to 100 characters of an actor\'s name', 'q');
    for (const k of Object.keys(c.req.query())) if (k !== 'q') deps.fail(400, `unknown parameter "${k}"; known: q`, k);
    return c.json({ actors: await deps.analyzer().searchActors(q, 10) });
  });

  app.get('/api/documents/:id', async (c) => {
    const id = c.req.param('id');
    const s = deps.store();
    const d = await s.document(id);
    if (!d) deps.fail(404, `no document "${id}"`, 'id');
    const events = [];
    for await (const e of s.events({ doc: id })) events.push(e);
    const links = await s.linksOfDocument(id);
    // the other documents that report the same events, named for the page
    const others = [...new Set(links.flatMap((l) => l.docs))].filter((x) => x !== id);
    const reports = await s.documentsById(others);
    return c.json({ ...d, events, links, reports: reports.map((r) => ({ id: r.id, title: r.title, outlet: r.outlet, date: r.date, url: r.url })) });
  });
}
