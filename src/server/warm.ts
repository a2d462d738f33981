// The answers a user sees first, computed before anyone asks: when the server starts, and again
// once the corpus has stopped changing after a write (every write moves the version on, and a
// cached answer of an older version is never served). Warming asks the app itself, so what it
// caches is exactly what those requests would, one path at a time and only once the readers
// have had nothing to do for a moment: it holds up no request (a burst of them has gaps).
import type { Hono } from 'hono';
import type { Store } from '../store/store.js';
import type { Reader } from './read-pool.js';

/** The corpus view of the page with no filter (web/src/corpus.ts), then the API's defaults. */
export const WARM_PATHS = [
  '/api/actors?limit=1000', '/api/dyads?limit=200', '/api/timeline', '/api/places?limit=20000', '/api/facets',
  '/api/events', '/api/actors', '/api/dyads', '/api/places',
];

export interface Warmer { stop(): void; /** resolves when the warming under way (if any) is done */ idle(): Promise<void> }

/** How long the readers must have been idle before a path is warmed, and how often that is checked. */
const QUIET_MS = 300, IDLE_CHECK_MS = 50;

/**
 * Warm `paths` now, then check the version every `everyMs` and warm again when it has moved and
 * then held for one check. `host`: a Host header the app answers to; `reader`: the app's reader,
 * whose idle moments warming takes.
 */
export function keepWarm(app: Hono, store: Store, reader: Reader, host: string, { everyMs = 2000, paths = WARM_PATHS } = {}): Warmer {
  let seen: string | null = null, warmed: string | null = null;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  // idle since the warmer started, at the earliest: a server that has just begun listening may be
  // about to be asked, and its first requests come before warming
  const started = Date.now();
  const warm = async (version: string) => {
    warmed = version;
    for (const p of paths) {
      while ((reader.pending() > 0 || Date.now() - Math.max(started, reader.lastRead()) < QUIET_MS) && !stopped) await new Promise((r) => setTimeout(r, IDLE_CHECK_MS));
      if (stopped) return;
      // a failure is the request's to report when someone asks; warming goes on
      try { await (await app.request(p, { headers: { host } })).arrayBuffer(); } catch { /* see above */ }
    }
  };
  const check = async () => {
    const v = await store.version();
    if (v !== seen) { seen = v; return; }          // still moving: wait until it holds
    if (v !== warmed) await warm(v);
  };
  let busy = false;
  const tick = () => {
    if (busy || stopped) return;
    busy = true;
    running = check().catch(() => {}).finally(() => { busy = false; });
  };
  running = store.version().then((v) => { seen = v; return warm(v); }).catch(() => {});
  const timer = setInterval(tick, everyMs);
  timer.unref();
  return { stop: () => { stopped = true; clearInterval(timer); }, idle: () => running };
}
