// The HTTP API: a thin face over the coder and the store. Input is validated at the boundary;
// one error handler turns a DyadError into a 4xx naming the field, and anything else into a 500
// without internals. Before any route, the guard checks the Host and Origin (a local server is
// reachable from any page the user opens) and that the URL can be read; every response carries
// the security headers. The API writes nothing: POST /api/analyze codes a text without storing
// it. Tests call `app.request()` without a network.
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Coder } from '../pipeline/analyze.js';
import type { Store } from '../store/store.js';
import type { InputRecord } from '../doc/types.js';
import { filterFrom, FILTER_KEYS } from '../store/filter-parse.js';
import { validateRecord } from '../readers/record.js';
import { DyadError, isDyadError } from '../errors.js';
import { EXPORT_FORMATS, type ExportFormat } from '../export/formats.js';
import { exportResponse } from './export-response.js';
import { openapi } from './openapi.js';
import { registerExploreRoutes } from './explore-routes.js';
import { VersionedCache } from './cache.js';
import { inThreadReader, type Reader } from './read-pool.js';
import type { Analyzer } from './analyze-pool.js';
import type { ActorHit } from './actor-search.js';
import { hostAllowed, isJsonType, LOOPBACK_NAMES, originAllowed, SECURITY_HEADERS, urlReadable, type HostPolicy } from './guard.js';

export const MAX_BODY = 2 * 1024 * 1024;
const EXPORT_KEYS = new Set([...FILTER_KEYS, 'format']);

/**
 * `analyzer` codes off the request thread (dyad serve passes a worker pool); without one, `coder`
 * codes in this thread (tests, the library). `reader` reads the corpus off the request thread
 * (dyad serve passes read-pool.ts's pool, on the same corpus as `store`); without one, reads
 * run on `store` in this thread.
 */
export interface AppOptions {
  coder?: Coder; analyzer?: Analyzer; store: Store | null; reader?: Reader; web?: (c: Context) => Response | Promise<Response>;
  /** The Host names (and port) requests must name; default: the loopback names, any port. */
  hosts?: HostPolicy;
}

/** An analyzer over a coder in this thread, for callers without a pool. */
export function inThreadAnalyzer(coder: Coder): Analyzer {
  // the name index walks every dictionary name: built once, on the first search
  let index: Promise<{ search: (q: string, limit: number) => ActorHit[] }> | null = null;
  return {
    analyze: async (rec: InputRecord) => (await import('./analyze-worker.js')).documentJson(coder.analyze(rec)),
    searchActors: async (q, limit) => {
      index ??= import('./actor-search.js').then(({ actorIndex, searchActors }) => {
        const entries = actorIndex(coder.lexicon);
        return { search: (query: string, n: number) => searchActors(entries, query, n) };
      });
      return (await index).search(q, limit);
    },
    close: async () => {},
  };
}

type Status = 400 | 403 | 404 | 405 | 413 | 415 | 421 | 422 | 503;
class HttpError extends Error { constructor(readonly status: Status, message: string, readonly field?: string) { super(message); } }

/** The filters of a request's query string; unknown or repeated parameters are refused, not ignored. */
function filters(c: Context, codes: { has(code: string): boolean } | undefined, allowed: ReadonlySet<string> = FILTER_KEYS) {
  const q: Record<string, string | string[]> = {};
  for (const [k, vs] of Object.entries(c.req.queries())) {
    if (!allowed.has(k)) throw new HttpError(400, `unknown parameter "${k}"; known: ${[...allowed].join(', ')}`, k);
    q[k] = vs.length === 1 ? vs[0] : vs;
  }
  try {
    return filterFrom(q, { dash: '', codes });
  } catch (e) {
    if (isDyadError(e)) throw new HttpError(400, e.message, e.where);
    throw e;
  }
}

/** A DyadError's status: too large is 413; busy 503 (try again); over the time budget 422; any other bad input 400. */
const dyadStatus = (e: DyadError): Status => (e.code === 'E_INPUT_TOO_LARGE' ? 413 : e.code === 'E_BUSY' ? 503 : e.code === 'E_BUDGET' ? 422 : 400);

async function analyze(c: Context, analyzer: Analyzer): Promise<Response> {
  // exactly JSON: a form or text/plain post is what another site can send without asking
  if (!isJsonType(c.req.header('content-type'))) throw new HttpError(415, 'send the article as JSON: {"text": "..."} or {"html": "..."}, with Content-Type: application/json');
  let body: unknown;
  try { body = await c.req.json(); } catch { throw new HttpError(400, 'the body is not valid JSON'); }
  let rec;
  try { rec = validateRecord(body, 'body'); } catch (e) {
    const m = (e as DyadError).message;
    throw new HttpError(400, m, /"(\w+)"/.exec(m)?.[1] ?? (/date/.test(m) ? 'date' : 'text'));
  }
  let json;
  try { json = await analyzer.analyze(rec); } catch (e) {
    if (isDyadError(e)) throw e;
    // this document breaks the coder: say so (422), keep the details in the server's log
    console.error(`dyad serve: could not code a document: ${(e as Error).message}`);
    throw new HttpError(422, 'the document could not be coded (the server has logged why)');
  }
  // written by the worker: a long article's record (ten times its text) is neither copied nor
  // serialised on this thread
  return c.body(json as Uint8Array<ArrayBuffer>, 200, { 'content-type': 'application/json' });
}

/** The checks before any route; see guard.ts. */
function guard(app: Hono, hosts: HostPolicy): void {
  app.use('*', async (c, next) => {
    try {
      if (!urlReadable(c.req.url)) throw new HttpError(400, 'the URL is malformed (a % must start an escape such as %20)');
      const host = c.req.header('host') ?? new URL(c.req.url).host;
      if (!hostAllowed(host, hosts)) throw new HttpError(421, `this server does not answer to the host "${host.slice(0, 100)}"; use http://localhost or http://127.0.0.1`);
      // a link from another site may open the page (a navigation); its scripts may not call the API
      const navigation = c.req.method === 'GET' && c.req.header('sec-fetch-mode') === 'navigate';
      if (!originAllowed(c.req.header('origin'), hosts) || (c.req.header('sec-fetch-site') === 'cross-site' && !navigation)) throw new HttpError(403, 'requests from other sites are refused');
      await next();
    } catch (e) {
      // thrown before the routes (whose errors onError answers): answered here
      if (!(e instanceof HttpError)) throw e;
      c.res = c.json({ error: e.message }, e.status);
    }
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(k, v);
  });
  app.use('*', bodyLimit({ maxSize: MAX_BODY, onError: () => { throw new HttpError(413, `the body is larger than ${MAX_BODY / 1048576} MB`); } }));
}

export function createApp(opts: AppOptions): Hono {
  const app = new Hono();
  guard(app, opts.hosts ?? { names: LOOPBACK_NAMES });
  const store = () => { if (!opts.store) throw new HttpError(503, 'no corpus database is open (start dyad serve with --db)'); return opts.store; };
  const cache = new VersionedCache();
  let analyzer = opts.analyzer ?? null;
  let reader = opts.reader ?? null;
  const getAnalyzer = () => {
    if (!analyzer && !opts.coder) throw new HttpError(503, 'this server does not code articles');
    return (analyzer ??= inThreadAnalyzer(opts.coder!));
  };
  // CAMEO codes a filter may name: the coder's table, or (with a pool) the bundled one
  const codes = opts.coder?.lexicon.cameo;

  app.onError((err, c) => {
    if (err instanceof HttpError) return c.json({ error: err.message, ...(err.field ? { field: err.field } : {}) }, err.status);
    if (isDyadError(err)) {
      if (err.code === 'E_BUSY') c.header('retry-after', '5');
      return c.json({ error: err.message, ...(err.where ? { field: err.where } : {}) }, dyadStatus(err));
    }
    console.error(`dyad serve: internal error on ${c.req.method} ${c.req.path}: ${(err as Error).message}`);
    return c.json({ error: 'internal error' }, 500);
  });
  app.notFound((c) => c.json({ error: `no route ${c.req.method} ${c.req.path}` }, 404));

  app.get('/api/openapi.json', (c) => c.json(openapi));

  app.post('/api/analyze', (c) => analyze(c, getAnalyzer()));

  // the reader threads when the server has them, else reads on this thread, made on first use
  const getReader = () => (reader ??= inThreadReader(store()));
  registerExploreRoutes(app, {
    store,
    reader: getReader,
    filters: (c, allowed) => filters(c, codes, allowed),
    fail: (status, message, field) => { throw new HttpError(status, message, field); },
    analyzer: getAnalyzer,
    cache,
  });

  app.get('/api/export', async (c) => {
    const format = c.req.query('format') as ExportFormat | undefined;
    if (!format || !EXPORT_FORMATS.includes(format)) throw new HttpError(400, `format must be one of ${EXPORT_FORMATS.join(', ')}`, 'format');
    const f = filters(c, codes, EXPORT_KEYS);
    return exportResponse(format, f, getReader());
  });

  app.all('/api/*', (c) => { throw new HttpError(404, `no route ${c.req.method} ${c.req.path}`); });
  if (opts.web) app.get('*', opts.web);
  return app;
}
