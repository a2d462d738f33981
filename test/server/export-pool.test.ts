// /api/export is written by a reader thread (read-pool.ts, the compiled worker in dist/), not on
// the thread that answers requests: while a large export is built, /api/events is answered, and
// the export is the file `dyad export` writes. On a SQLite corpus of 30,000 events made from
// coded events (as scripts/bench-scale.mjs makes its corpora), so the export takes a while.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqlite } from '../../src/store/sqlite/sqlite-store.js';
import { createCoder } from '../../src/pipeline/analyze.js';
import { createApp } from '../../src/server/app.js';
import { createReadPool, type Reader } from '../../src/server/read-pool.js';
import { writeExportFile } from '../../src/export/write-file.js';
import type { Store } from '../../src/store/store.js';
import type { Doc } from '../../src/doc/types.js';

const EVENTS = 30_000;
let dir: string, db: string, store: Store, pool: Reader;

/** `n` events copied from those the coder finds in the example article, ten to a document. */
async function makeCorpus(s: Store, n: number): Promise<void> {
  const text = readFileSync(join(__dirname, '..', '..', 'examples', 'article.txt'), 'utf8');
  const sample = createCoder().analyze({ id: 'sample', text, date: '2024-03-12' }).events;
  let batch: { doc: Doc; origin: string; hash: string }[] = [];
  for (let d = 0; d * 10 < n; d++) {
    const id = `big-${d}`, date = `2023-${String(1 + (d % 12)).padStart(2, '0')}-${String(1 + (d % 28)).padStart(2, '0')}`;
    const events = Array.from({ length: 10 }, (_, k) => ({ ...structuredClone(sample[(d + k) % sample.length]), id: `${id}-e${k}`, doc: id }));
    batch.push({ doc: { id, title: null, date, dateGiven: true, url: `https://news.example/${d}`, outlet: `Wire ${d % 7}`, text: 'x', events } as unknown as Doc, origin: 'test', hash: id });
    if (batch.length === 500) { await s.putCodedBatch(batch); batch = []; }
  }
  if (batch.length) await s.putCodedBatch(batch);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dyad-export-pool-'));
  db = join(dir, 'big.db');
  store = openSqlite(db);
  await makeCorpus(store, EVENTS);
  pool = createReadPool({ db, threads: 2 });
  await pool.ready();
}, 180_000);
afterAll(async () => {
  await pool?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

const exportFiles = () => readdirSync(tmpdir()).filter((f) => f.startsWith('dyad-export-') && !dir.endsWith(f));

describe('/api/export in a reader thread', () => {
  it('answers /api/events while a large export is built, and the export is what dyad export writes', async () => {
    const app = createApp({ store, reader: pool });
    const before = new Set(exportFiles());
    const t0 = performance.now();
    const exported = Promise.resolve(app.request('/api/export?format=jsonl')).then(async (r) => ({ status: r.status, type: r.headers.get('content-type'), text: await r.text(), at: performance.now() - t0 }));
    // why: a timer, so the export has started; with the export on this thread the timer waits for it
    await new Promise((r) => setTimeout(r, 50));
    const events = await Promise.resolve(app.request('/api/events?limit=5')).then(async (r) => ({ status: r.status, body: await r.json(), at: performance.now() - t0 }));
    const ex = await exported;
    expect(events.status).toBe(200);
    expect(events.body.events).toHaveLength(5);
    expect(ex.status).toBe(200);
    expect(ex.type).toBe('application/x-ndjson');
    expect(events.at, `events at ${events.at.toFixed(0)} ms, export at ${ex.at.toFixed(0)} ms`).toBeLessThan(ex.at);
    const reference = join(dir, 'reference.jsonl');
    expect(await writeExportFile(store, 'jsonl', {}, reference)).toEqual({ events: EVENTS, skipped: 0 });
    expect(ex.text).toBe(readFileSync(reference, 'utf8'));
    // why: the file the reader wrote is removed once sent
    expect(exportFiles().filter((f) => !before.has(f))).toEqual([]);
  });
  it('keeps a reader for the other requests: a second export at once is refused as busy (503)', async () => {
    const app = createApp({ store, reader: pool });
    const [a, b] = await Promise.all([app.request('/api/export?format=parquet'), app.request('/api/export?format=gexf')]);
    const statuses = [a.status, b.status].sort();
    expect(statuses).toEqual([200, 503]);
    const busy = a.status === 503 ? a : b;
    expect(busy.headers.get('retry-after')).toBe('5');
    expect((await busy.json()).error).toMatch(/busy/);
    const ok = a.status === 200 ? a : b;
    expect(Number(ok.headers.get('content-length'))).toBe((await ok.arrayBuffer()).byteLength);
  });
  it('stops an export past its time budget (503) and leaves no descriptor open on its file', async () => {
    const slow = createReadPool({ db, threads: 2, exportBudgetMs: 300 });
    try {
      await slow.ready();
      const r = await createApp({ store, reader: slow }).request('/api/export?format=jsonl');
      expect(r.status).toBe(503);
      expect((await r.json()).error).toMatch(/longer than/);
      // why: the reader's thread is ended midway, with its file open; the descriptor must not outlive
      // the thread, which ends a moment after the answer (on a loaded machine, up to seconds after)
      const openExports = () => (process.platform === 'linux' ? readdirSync('/proc/self/fd').map((f) => { try { return readlinkSync(`/proc/self/fd/${f}`); } catch { return ''; } }) : []).filter((l) => l.includes('dyad-export-') && !l.startsWith(dir));
      for (let waited = 0; openExports().length && waited < 15_000; waited += 100) await new Promise((res) => setTimeout(res, 100));
      expect(openExports()).toEqual([]);
      expect(exportFiles()).toEqual([]);
    } finally { await slow.close(); }
  });
});
