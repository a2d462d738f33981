// The routes the web page explores a corpus with, on a real SQLite corpus; and /api/analyze
// through the real worker pool (the compiled worker in dist/), with its time budget and bound.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqlite } from '../../src/store/sqlite/sqlite-store.js';
import { ingest } from '../../src/ingest/run.js';
import { readSources } from '../../src/readers/sources.js';
import { relink } from '../../src/store/relink.js';
import { createApp } from '../../src/server/app.js';
import { createAnalyzePool, type Analyzer } from '../../src/server/analyze-pool.js';
import { createReadPool } from '../../src/server/read-pool.js';
import { makeCorpus } from '../corpus/store.cases.js';
import type { Store } from '../../src/store/store.js';

let dir: string;
let store: Store;
let analyzer: Analyzer;
let app: ReturnType<typeof createApp>;
const get = async (path: string) => { const r = await app.request(path); return { status: r.status, body: await r.json() }; };
const analyze = (text: string) => app.request('/api/analyze', { method: 'POST', body: JSON.stringify({ text, date: '2023-05-10' }), headers: { 'content-type': 'application/json' } });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dyad-explore-api-'));
  makeCorpus(join(dir, 'c'), 60);
  store = openSqlite(join(dir, 'api.db'));
  await ingest(readSources([join(dir, 'c'), join(__dirname, '..', '..', 'examples')]), store, { workers: 0 });
  await relink(store);
  analyzer = createAnalyzePool({ threads: 1, queue: 2, budgetMs: 60_000 });
  app = createApp({ analyzer, store });
}, 120_000);
afterAll(async () => { await analyzer.close(); await store.close(); rmSync(dir, { recursive: true, force: true }); });

describe('aggregate routes', () => {
  it.each(['actors', 'dyads', 'places'])('/api/%s pages with limit, offset, total and next', async (name) => {
    const all = await get(`/api/${name}`);
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(all.body[name].length);
    expect(all.body.total).toBeGreaterThan(1);
    const p1 = await get(`/api/${name}?limit=1`);
    expect(p1.body).toMatchObject({ total: all.body.total, limit: 1, offset: 0, next: 1 });
    const p2 = await get(`/api/${name}?limit=1&offset=1`);
    expect([...p1.body[name], ...p2.body[name]]).toEqual(all.body[name].slice(0, 2));
    const last = await get(`/api/${name}?limit=1&offset=${all.body.total - 1}`);
    expect(last.body.next).toBeNull();
  });
  it('answers from the cache until the corpus changes', async () => {
    const before = (await get('/api/actors')).body.total;
    expect((await get('/api/actors')).body.total).toBe(before);
    async function* one() { yield { record: { id: 'new-actor', date: '2023-05-10', text: 'Kazakhstan condemned Mongolia on Monday.' }, origin: 't' }; }
    await ingest(one(), store, { workers: 0 });
    const after = (await get('/api/actors')).body;
    expect(after.actors.map((a: { code: string }) => a.code)).toContain('KAZ');
  });
  it('timeline says how many events have no date', async () => {
    const t = (await get('/api/timeline')).body;
    expect(typeof t.undated).toBe('number');
    const events = (await get('/api/events?limit=1')).body.total;
    expect(t.timeline.reduce((n: number, r: { events: number }) => n + r.events, 0) + t.undated).toBe(events);
  });
  it('facets count outlets, attributions and modalities under the filters', async () => {
    const f = (await get('/api/facets?modality=asserted')).body;
    expect(f.modalities.rows).toEqual([{ value: 'asserted', events: expect.any(Number) }]);
    expect(Array.isArray(f.outlets.rows)).toBe(true);
  });
  it('a dyad over time in both directions', async () => {
    const s = await get('/api/series?a=TUR&b=ISR');
    expect(s.status).toBe(200);
    expect(s.body.ab.length).toBeGreaterThan(0);
    expect(s.body.ab[0]).toMatchObject({ date: expect.any(String), quad: expect.any(Number), events: expect.any(Number), goldstein: expect.any(Number) });
    expect((await get('/api/series?a=TUR&b=isr')).status).toBe(400);
  });
  it('events are sortable and counted', async () => {
    const e = (await get('/api/events?sort=code&limit=1000')).body;
    const codes = e.events.map((x: { cameo: string }) => x.cameo);
    expect(codes).toEqual([...codes].sort());
    expect(e.total).toBe(e.events.length);
    expect((await get('/api/events?sort=sideways')).status).toBe(400);
    expect((await get('/api/events?historical=maybe')).status).toBe(400);
  });
});

describe('reads off the request thread', () => {
  it('/api/events sends each event\'s outlet and evidence (the trigger marked in it)', async () => {
    const e = (await get('/api/events?actor=ISR&limit=20')).body;
    expect(e.events.length).toBeGreaterThan(0);
    for (const x of e.events) {
      const d = (await get(`/api/documents/${x.doc}`)).body;
      expect(x.outlet).toBe(d.outlet);
      expect(x.evidence.text).toBe(d.text.slice(x.span[0], x.span[1]));
      if (x.evidence.trigger) expect(x.evidence.text.slice(x.evidence.trigger[0], x.evidence.trigger[1])).toBe(x.trigger.text);
    }
  });
  it('the reader threads answer every read route as this thread does', async () => {
    const pool = createReadPool({ db: join(dir, 'api.db'), threads: 2 });
    try {
      const pooled = createApp({ analyzer, store, reader: pool });
      const paths = ['/api/events?sort=code&limit=7&offset=2', '/api/actors?limit=3', '/api/dyads?actor=ISR', '/api/places', '/api/timeline?modality=asserted', '/api/facets', '/api/series?a=TUR&b=ISR', '/api/search?q=grain', '/api/documents/doc-3', '/api/documents/nothing', '/api/links/nothing'];
      for (const p of paths) {
        const [a, b] = await Promise.all([app.request(p), pooled.request(p)]);
        expect(b.status, p).toBe(a.status);
        expect(await b.json(), p).toEqual(await a.json());
      }
    } finally { await pool.close(); }
  });
  it('a read over its time budget is stopped: 503 with the reason and Retry-After', async () => {
    const tight = createReadPool({ db: join(dir, 'api.db'), threads: 1, budgetMs: 1 });
    try {
      const r = await createApp({ analyzer, store, reader: tight }).request('/api/dyads?since=2023-01');
      expect(r.status).toBe(503);
      expect(r.headers.get('retry-after')).toBe('5');
      expect((await r.json()).error).toMatch(/longer than 0.001 s/);
    } finally { await tight.close(); }
  });
});

describe('search', () => {
  it('finds documents by their words, with a marked snippet', async () => {
    const r = await get('/api/search?q=grain%20transit');
    expect(r.status).toBe(200);
    expect(r.body.total).toBeGreaterThan(0);
    expect(r.body.documents[0].snippet).toMatch(/\u0002/);
    expect((await get('/api/search')).status).toBe(400);
  });
  it('finds actors by name, through the worker pool', async () => {
    const r = await get('/api/actors/search?q=Russ');
    expect(r.status).toBe(200);
    expect(r.body.actors[0]).toMatchObject({ code: 'RUS' });
    const p = await get('/api/actors/search?q=putin');
    expect(p.body.actors.map((a: { code: string }) => a.code)).toContain('RUSGOV');
  }, 60_000);
});

describe('document view data', () => {
  it('a document with its events, removed furniture, linked events and the other reports', async () => {
    const r = await get('/api/documents/doc-3');
    expect(r.status).toBe(200);
    expect(r.body.events.length).toBeGreaterThan(0);
    expect(Array.isArray(r.body.removed)).toBe(true);
    expect(r.body.links.length).toBeGreaterThan(0);
    expect(r.body.reports.length).toBeGreaterThan(0);
    expect(r.body.reports.every((d: { id: string }) => d.id !== 'doc-3')).toBe(true);
  });
});

describe('POST /api/analyze in the pool', () => {
  it('codes in a worker thread', async () => {
    const r = await analyze('Iran threatened to attack Israel on Monday.');
    expect(r.status).toBe(200);
    // why: the record's JSON is written in the worker and handed over as bytes
    expect(r.headers.get('content-type')).toMatch(/^application\/json/);
    expect((await r.json()).events[0]).toMatchObject({ cameo: '1384' });
  }, 60_000);
  it('a text over the time budget is stopped with 422 and the reason', async () => {
    const tight = createAnalyzePool({ threads: 1, queue: 1, budgetMs: 1 });
    try {
      const a = createApp({ analyzer: tight, store });
      const r = await a.request('/api/analyze', { method: 'POST', body: JSON.stringify({ text: 'Iran threatened to attack Israel. '.repeat(2000) }), headers: { 'content-type': 'application/json' } });
      expect(r.status).toBe(422);
      expect((await r.json()).error).toMatch(/budget/);
    } finally { await tight.close(); }
  }, 60_000);
  it('past the bound of waiting analyses, the server says it is busy (503)', async () => {
    const small = createAnalyzePool({ threads: 1, queue: 1, budgetMs: 60_000 });
    try {
      const a = createApp({ analyzer: small, store });
      const text = 'Iran threatened to attack Israel. '.repeat(300);
      const send = () => a.request('/api/analyze', { method: 'POST', body: JSON.stringify({ text }), headers: { 'content-type': 'application/json' } });
      const statuses = (await Promise.all([send(), send(), send(), send(), send()])).map((r) => r.status).sort();
      expect(statuses).toContain(200);
      expect(statuses).toContain(503);
    } finally { await small.close(); }
  }, 120_000);
});
