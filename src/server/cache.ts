import type { Context } from 'hono';

// Answers of the read routes, kept per corpus version: any write (ingest, recode, link) moves
// the version on, and what was cached under an older one is never served again.

/** A small LRU map from a request's key to its answer at one corpus version, bounded in entries and in bytes of text. */
export class VersionedCache {
  // the promise is kept, so that requests arriving while an answer is computed share it
  private readonly map = new Map<string, { version: string; value: Promise<unknown>; bytes: number }>();
  private bytes = 0;
  constructor(private readonly max = 500, private readonly maxBytes = 64 * 1048576) {}

  async get<T>(key: string, version: string, compute: () => Promise<T>): Promise<T> {
    const hit = this.map.get(key);
    if (hit && hit.version === version) {
      // most recently used last, so the oldest is first to go
      this.map.delete(key);
      this.map.set(key, hit);
      return hit.value as Promise<T>;
    }
    const value = compute();
    this.drop(key);
    const entry = { version, value: value as Promise<unknown>, bytes: 0 };
    this.map.set(key, entry);
    this.trim();
    value.then((v) => {
      // a text answer counts by its size once known (two bytes a character, as V8 may hold it)
      if (this.map.get(key) !== entry || typeof v !== 'string') return;
      entry.bytes = v.length * 2;
      this.bytes += entry.bytes;
      this.trim();
    }, () => {
      // a failed computation is not kept: the next request tries again
      if (this.map.get(key) === entry) this.drop(key);
    });
    return value;
  }

  private drop(key: string): void {
    const e = this.map.get(key);
    if (!e) return;
    this.bytes -= e.bytes;
    this.map.delete(key);
  }

  /** The least recently used go until both bounds hold (the newest entry always stays). */
  private trim(): void {
    while ((this.map.size > this.max || this.bytes > this.maxBytes) && this.map.size > 1) this.drop(this.map.keys().next().value as string);
  }
}

/** A request's key: its path and sorted query. */
export function requestKey(c: Context): string {
  const url = new URL(c.req.url);
  return `${url.pathname}?${[...url.searchParams].sort().map(([k, v]) => `${k}=${v}`).join('&')}`;
}
