// Warming (warm.ts): the answers a user sees first are computed before anyone asks, again once
// the corpus has stopped changing after a write, and never while the readers have work.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqlite } from '../../src/store/sqlite/sqlite-store.js';
import { ingest } from '../../src/ingest/run.js';
import { readSources } from '../../src/readers/sources.js';
import { createApp } from '../../src/server/app.js';
import { inThreadReader, type Reader } from '../../src/server/read-pool.js';
import { keepWarm } from '../../src/server/warm.js';
import type { ReadTask } from '../../src/server/read-answers.js';
import { makeCorpus } from '../corpus/store.cases.js';
import type { Store } from '../../src/store/store.js';

let dir: string, store: Store;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dyad-warm-'));
  makeCorpus(join(dir, 'c'), 20);
  store = openSqlite(join(dir, 'warm.db'));
  await ingest(readSources([join(dir, 'c')]), store, { workers: 0 });
}, 60_000);
afterAll(async () => { await store.close(); rmSync(dir, { recursive: true, force: true }); });

/** The in-thread reader, noting each read; `hold` keeps reads waiting until released. */
function watched() {
  const inner = inThreadReader(store);
  const reads: ReadTask['kind'][] = [];
  let gate: Promise<void> | null = null, open = () => {};
  const reader: Reader = {
    read: async (t) => { reads.push(t.kind); if (gate) await gate; return inner.read(t); },
    exportFile: (t) => inner.exportFile(t),
    pending: () => inner.pending() + (gate ? 1 : 0),
    lastRead: () => inner.lastRead(),
    ready: async () => {}, close: async () => {},
  };
  return { reader, reads, hold: () => { gate = new Promise((r) => (open = r)); }, release: () => { gate = null; open(); } };
}

const PATHS = ['/api/actors?limit=10', '/api/timeline'];

/** An app on the watched reader, warming PATHS (checked every 50 ms), once its first warming is done. */
async function warmed() {
  const w = watched();
  const app = createApp({ store, reader: w.reader });
  const warmer = keepWarm(app, store, w.reader, 'localhost', { paths: PATHS, everyMs: 50 });
  await warmer.idle();
  return { w, app, warmer };
}

describe('keepWarm', () => {
  it('computes the first answers at start: asking for them then reads nothing', async () => {
    const { w, app, warmer } = await warmed();
    try {
      expect(w.reads).toEqual(['aggregate', 'timeline']);
      for (const p of PATHS) expect((await app.request(p)).status).toBe(200);
      expect(w.reads).toHaveLength(2);                                   // why: served from the cache
    } finally { warmer.stop(); }
  });

  it('warms again once a write has settled, and waits while the readers have work', async () => {
    const { w, app, warmer } = await warmed();
    try {
      const dated = async () => (await (await app.request('/api/timeline')).json()).timeline.reduce((n: number, d: { events: number }) => n + d.events, 0);
      const before = await dated();
      w.reads.length = 0;
      // a read that does not end: warming must not start behind or beside it
      w.hold();
      const held = app.request('/api/dyads');
      async function* one() { yield { record: { id: 'late', date: '2023-06-01', text: 'Kazakhstan condemned Mongolia on Monday.' }, origin: 't' }; }
      await ingest(one(), store, { workers: 0 });
      await new Promise((r) => setTimeout(r, 600));
      expect(w.reads).toEqual(['aggregate']);                            // why: only the held request's read
      w.release();
      await held;
      await new Promise((r) => setTimeout(r, 900));
      await warmer.idle();
      expect(w.reads.slice(1)).toEqual(['aggregate', 'timeline']);      // why: the new version warmed once the readers were idle
      const after = await dated();
      expect(w.reads).toHaveLength(3);
      expect(after).toBeGreaterThan(before);                             // why: the warmed answer is of the new version
    } finally { warmer.stop(); }
  });
});
