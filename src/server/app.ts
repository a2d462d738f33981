// The HTTP API: a thin face over the coder and the store. Input is validated at the boundary;
// one error handler turns a DyadError into a 4xx naming the field, and anything else into a 500
// without internals. Tests call `app.request()` without a network.
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Coder } from '../pipeline/analyze.js';
import { toDocumentRecord } from '../pipeline/analyze.js';
import type { Store } from '../store/store.js';
import { filterFrom, FILTER_KEYS } from '../store/filter-parse.js';
import { validateRecord } from '../readers/record.js';
import { DyadError, isDyadError } from '../errors.js';
import { EXPORT_FORMATS, type ExportFormat } from '../export/formats.js';
import { exporterFor, documentUrls, EXPORT_MEDIA } from '../export/exporter.js';
import { openapi } from './openapi.js';
import { registerExploreRoutes } from './explore-routes.js';
import { VersionedCache, cachedAnswer } from './cache.js';
import type { Analyzer } from './analyze-pool.js';
import type { DocumentRecord, InputRecord } from '../doc/types.js';

export const MAX_BODY = 2 * 1024 * 1024;
const PAGE = 100;
const MAX_PAGE = 1000;
const EXPORT_KEYS = new Set([...FILTER_KEYS, 'format']);

/**
 * `analyzer` codes off the request thread (the server passes a worker pool); without one, `coder`
 * codes in this thread (tests, the library).
 */
export interface AppOptions { coder?: Coder; analyzer?: Analyzer; store: Store | null; web?: (c: Context) => Response | Promise<Response> }

/** An analyzer over a coder in this thread, for callers without a pool. */
export function inThreadAnalyzer(coder: Coder): Analyzer {
  return {
    analyze: async (rec: InputRecord): Promise<DocumentRecord> => toDocumentRecord(coder.analyze(rec)),
    searchActors: async (q, limit) => {
      const { actorIndex, searchActors } = await import('./actor-search.js');
      return searchActors(actorIndex(coder.lexicon), q, limit);
    },
    close: async () => {},
  };
}

class HttpError extends Error { constructor(readonly status: 400 | 404 | 405 | 413 | 415 | 422 | 503, message: string, readonly field?: string) { super(message); } }

/** The filters of a request's query string; unknown parameters are refused, not ignored. */
function filters(c: Context, allowed: ReadonlySet<string> = FILTER_KEYS) {
  const q = c.req.query();
  for (const k of Object.keys(q)) if (!allowed.has(k)) throw new HttpError(400, `unknown parameter "${k}"; known: ${[...allowed].join(', ')}`, k);
  try {
    return filterFrom(q, '');
  } catch (e) {
    if (isDyadError(e)) throw new HttpError(400, e.message, e.where);
    throw e;
  }
}

export function createApp(opts: AppOptions): Hono {
  const app = new Hono();
  const store = () => { if (!opts.store) throw new HttpError(503, 'no corpus database is open (start dyad serve with --db)'); return opts.store; };
  const cache = new VersionedCache();
  let analyzer = opts.analyzer ?? null;
  const getAnalyzer = () => {
    if (!analyzer && !opts.coder) throw new HttpError(503, 'this server does not code articles');
    return (analyzer ??= inThreadAnalyzer(opts.coder!));
  };

  app.onError((err, c) => {
    if (err instanceof HttpError) return c.json({ error: err.message, ...(err.field ? { field: err.field } : {}) }, err.status);
    if (isDyadError(err)) {
      // busy: try again later; over the time budget: this text is too costly to code here
      const status = err.code === 'E_BUSY' ? 503 : err.code === 'E_BUDGET' ? 422 : 400;
      if (status === 503) c.header('retry-after', '5');
      return c.json({ error: err.message, ...(err.where ? { field: err.where } : {}) }, status);
    }
    console.error(`dyad serve: internal error on ${c.req.method} ${c.req.path}: ${(err as Error).message}`);
    return c.json({ error: 'internal error' }, 500);
  });
  app.notFound((c) => c.json({ error: `no route ${c.req.method} ${c.req.path}` }, 404));

  app.get('/api/openapi.json', (c) => c.json(openapi));

  app.post('/api/analyze', bodyLimit({ maxSize: MAX_BODY, onError: () => { throw new HttpError(413, `the body is larger than ${MAX_BODY / 1048576} MB`); } }), async (c) => {
    if (!(c.req.header('content-type') ?? '').includes('application/json')) throw new HttpError(415, 'send the article as JSON: {"text": "..."} or {"html": "..."}, with Content-Type: application/json');
    let body: unknown;
    try { body = await c.req.json(); } catch { throw new HttpError(400, 'the body is not valid JSON'); }
    let rec;
    try { rec = validateRecord(body, 'body'); } catch (e) {
      const m = (e as DyadError).message;
      throw new HttpError(400, m, /"(\w+)"/.exec(m)?.[1] ?? (/date/.test(m) ? 'date' : 'text'));
    }
    return c.json(await getAnalyzer().analyze(rec));
  });

  app.get('/api/events', async (c) => {
    const f = filters(c);
    const limit = Math.min(f.limit ?? PAGE, MAX_PAGE);
    const offset = f.offset ?? 0;
    const events = [];
    // one more than asked says whether there is a next page
    for await (const e of store().events({ ...f, limit: limit + 1, offset })) events.push(e);
    const more = events.length > limit;
    // the count ignores the page: one cached count serves every page of a selection
    const total = await cachedAnswer(cache, c, store(), (s) => s.eventCount(f), `count:${JSON.stringify({ ...f, limit: 0, offset: 0, sort: '' })}`);
    return c.json({ events: events.slice(0, limit), total, limit, offset, next: more ? offset + limit : null });
  });

  registerExploreRoutes(app, {
    store,
    filters,
    fail: (status, message, field) => { throw new HttpError(status, message, field); },
    analyzer: getAnalyzer,
    cache,
  });

  app.get('/api/links/:id', async (c) => {
    const id = c.req.param('id');
    const l = await store().linkedById(id);
    if (!l) throw new HttpError(404, `no linked event "${id}"`, 'id');
    return c.json(l);
  });

  app.get('/api/export', async (c) => {
    const format = c.req.query('format') as ExportFormat | undefined;
    if (!format || !EXPORT_FORMATS.includes(format)) throw new HttpError(400, `format must be one of ${EXPORT_FORMATS.join(', ')}`, 'format');
    const f = filters(c, EXPORT_KEYS);
    const { type, ext } = EXPORT_MEDIA[format];
    const headers = { 'content-type': type, 'content-disposition': `attachment; filename="dyad-events.${ext}"` };
    const s = store();
    const ex = exporterFor(format);
    if (!ex.streamed) {
      for await (const e of s.events(f)) ex.add(e);
      const body = ex.body();
      return new Response(typeof body === 'string' ? body : new Blob([body as BlobPart]), { headers });
    }
    const urls = await documentUrls(format, s);
    const enc = new TextEncoder();
    const stream = new ReadableStream({
      async start(ctrl) {
        ctrl.enqueue(enc.encode(ex.writer.head()));
        for await (const e of s.events(f)) ctrl.enqueue(enc.encode(ex.writer.row(e, urls?.get(e.doc) ?? null)));
        ctrl.enqueue(enc.encode(ex.writer.tail()));
        ctrl.close();
      },
    });
    return new Response(stream, { headers });
  });

  app.all('/api/*', (c) => { throw new HttpError(404, `no route ${c.req.method} ${c.req.path}`); });
  if (opts.web) app.get('*', opts.web);
  return app;
}
