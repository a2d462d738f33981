import type { Context } from 'hono';
import type { Store } from '../store/store.js';

// Answers of the aggregate routes, kept per corpus version: any write (ingest, recode, link) moves
// the version on, and what was cached under an older one is never served again.

/** A small LRU map from a request's key to its answer at one corpus version. */
export class VersionedCache {
  // the promise is kept, so that requests arriving while an answer is computed share it
  private readonly map = new Map<string, { version: string; value: Promise<unknown> }>();
  constructor(private readonly max = 500) {}

  async get<T>(key: string, version: string, compute: () => Promise<T>): Promise<T> {
    const hit = this.map.get(key);
    if (hit && hit.version === version) {
      // most recently used last, so the oldest is first to go
      this.map.delete(key);
      this.map.set(key, hit);
      return hit.value as Promise<T>;
    }
    const value = compute();
    this.map.delete(key);
    this.map.set(key, { version, value });
    if (this.map.size > this.max) this.map.delete(this.map.keys().next().value as string);
    // a failed computation is not kept: the next request tries again
    value.catch(() => { if (this.map.get(key)?.value === value) this.map.delete(key); });
    return value;
  }
}

/** An answer computed once per corpus version and request (its path and sorted query, or `key`). */
export async function cachedAnswer<T>(cache: VersionedCache, c: Context, s: Store, compute: (s: Store) => Promise<T>, key?: string): Promise<T> {
  const url = new URL(c.req.url);
  key ??= `${url.pathname}?${[...url.searchParams].sort().map(([k, v]) => `${k}=${v}`).join('&')}`;
  return cache.get(key, await s.version(), () => compute(s));
}
