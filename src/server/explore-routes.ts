// The routes the web page explores a corpus with: event pages, aggregates (paged, with totals),
// facets, a dyad's two directions over time, full-text search over documents, actor search by
// name, and a document with its linked events and the other reports of them. Every answer is read
// by the reader (read-pool.ts: off this thread) as JSON text and cached per corpus version.
import type { Context, Hono } from 'hono';
import type { EventFilter, Store } from '../store/store.js';
import { FILTER_KEYS } from '../store/filter-parse.js';
import type { Analyzer } from './analyze-pool.js';
import { requestKey, type VersionedCache } from './cache.js';
import type { ReadTask } from './read-answers.js';
import type { Reader } from './read-pool.js';

export interface ExploreDeps {
  store: () => Store;
  reader: () => Reader;
  filters: (c: Context, allowed?: ReadonlySet<string>) => EventFilter;
  fail: (status: 400 | 404, message: string, field?: string) => never;
  analyzer: () => Analyzer;
  cache: VersionedCache;
}

const CODE = /^[A-Z0-9]{3,12}$/;
const SERIES_KEYS: ReadonlySet<string> = new Set([...FILTER_KEYS, 'a', 'b']);
const SEARCH_KEYS: ReadonlySet<string> = new Set(['q', 'limit', 'offset']);
/** /api/events pages: 100 events by default, 1,000 at most. */
export const EVENT_PAGE = { size: 100, max: 1000 };

const jsonBody = (c: Context, text: string) => c.body(text, 200, { 'content-type': 'application/json' });

export function registerExploreRoutes(app: Hono, deps: ExploreDeps): void {
  /** The JSON text of `task`, once per corpus version and `key` (default: the request's path and query). */
  const read = async (c: Context, task: ReadTask, key = requestKey(c)) => {
    const reader = deps.reader();
    return deps.cache.get(key, await deps.store().version(), () => reader.read(task));
  };
  const answer = async (c: Context, task: ReadTask, missing?: () => never) => {
    const text = await read(c, task);
    return text === null ? missing!() : jsonBody(c, text);
  };

  app.get('/api/events', async (c) => {
    const f = deps.filters(c);
    const limit = Math.min(f.limit ?? EVENT_PAGE.size, EVENT_PAGE.max);
    const offset = f.offset ?? 0;
    const filter = { ...f, limit: undefined, offset: undefined };
    // the count ignores the page and the order: one count serves every page of a selection
    const [page, total] = await Promise.all([
      read(c, { kind: 'events', filter, limit, offset }),
      read(c, { kind: 'count', filter: { ...filter, sort: undefined } }, `count:${JSON.stringify({ ...filter, sort: undefined })}`),
    ]);
    // the page's events array is spliced in as it was written: never parsed again here
    const more = page!.endsWith('"more":true}');
    const events = page!.slice('{"events":'.length, page!.lastIndexOf(',"more":'));
    return jsonBody(c, `{"events":${events},"total":${total},"limit":${limit},"offset":${offset},"next":${more ? offset + limit : null}}`);
  });

  for (const name of ['actors', 'dyads', 'places'] as const) {
    app.get(`/api/${name}`, (c) => answer(c, { kind: 'aggregate', name, filter: deps.filters(c) }));
  }
  app.get('/api/timeline', (c) => answer(c, { kind: 'timeline', filter: deps.filters(c) }));
  app.get('/api/facets', (c) => answer(c, { kind: 'facets', filter: deps.filters(c) }));

  app.get('/api/series', (c) => {
    const filter = deps.filters(c, SERIES_KEYS);
    const a = c.req.query('a') ?? '', b = c.req.query('b') ?? '';
    if (!CODE.test(a)) deps.fail(400, `a must be an actor code such as RUS or RUSGOV, not "${a}"`, 'a');
    if (!CODE.test(b)) deps.fail(400, `b must be an actor code such as UKR, not "${b}"`, 'b');
    return answer(c, { kind: 'series', filter, a, b });
  });

  app.get('/api/search', (c) => {
    const f = deps.filters(c, SEARCH_KEYS);
    if (!f.q) deps.fail(400, 'q: give the words to search for', 'q');
    return answer(c, { kind: 'search', q: f.q!, limit: Math.min(f.limit ?? 20, 100), offset: f.offset ?? 0 });
  });

  app.get('/api/actors/search', async (c) => {
    const q = (c.req.query('q') ?? '').trim();
    if (!q || q.length > 100) deps.fail(400, 'q: give 1 to 100 characters of an actor\'s name', 'q');
    for (const k of Object.keys(c.req.query())) if (k !== 'q') deps.fail(400, `unknown parameter "${k}"; known: q`, k);
    return c.json({ actors: await deps.analyzer().searchActors(q, 10) });
  });

  app.get('/api/documents/:id', (c) => {
    const id = c.req.param('id');
    return answer(c, { kind: 'document', id }, () => deps.fail(404, `no document "${id}"`, 'id'));
  });

  app.get('/api/links/:id', (c) => {
    const id = c.req.param('id');
    return answer(c, { kind: 'link', id }, () => deps.fail(404, `no linked event "${id}"`, 'id'));
  });
}
