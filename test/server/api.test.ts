// Every API route, on a real SQLite corpus, called without a network (app.request).
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCoder } from '../../src/pipeline/analyze.js';
import { openSqlite } from '../../src/store/sqlite/sqlite-store.js';
import { ingest } from '../../src/ingest/run.js';
import { readSources } from '../../src/readers/sources.js';
import { relink } from '../../src/store/relink.js';
import { createApp, MAX_BODY } from '../../src/server/app.js';
import { makeCorpus } from '../corpus/store.cases.js';
import type { Store } from '../../src/store/store.js';

let dir: string;
let store: Store;
let app: ReturnType<typeof createApp>;
const get = async (path: string) => { const r = await app.request(path); return { status: r.status, body: r.headers.get('content-type')?.includes('json') ? await r.json() : await r.text() }; };
const post = (body: string, type = 'application/json') => app.request('/api/analyze', { method: 'POST', body, headers: { 'content-type': type } });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dyad-api-'));
  makeCorpus(join(dir, 'c'), 60);
  store = openSqlite(join(dir, 'api.db'));
  await ingest(readSources([join(dir, 'c'), join(__dirname, '..', '..', 'examples')]), store, { workers: 0 });
  await relink(store);
  app = createApp({ coder: createCoder(), store });
});
afterAll(async () => { await store.close(); rmSync(dir, { recursive: true, force: true }); });

describe('POST /api/analyze', () => {
  it('codes an article into the Document record', async () => {
    const r = await post(JSON.stringify({ text: 'Iran threatened to attack Israel on Monday.', date: '2023-05-10' }));
    expect(r.status).toBe(200);
    const d = await r.json();
    expect(d.events[0]).toMatchObject({ cameo: '1384', modality: 'asserted', source: { code: 'IRN' }, target: { code: 'ISR' } });
    expect(d.sentences.length).toBe(1);
  });
  it.each([
    ['malformed JSON', '{"text": ', 400, /not valid JSON/],
    ['no text or html', '{"title": "x"}', 400, /neither "text" nor "html"/],
    ['text of the wrong type', '{"text": 5}', 400, /"text" must be a string/],
    ['a bad date', '{"text": "Iran met Iraq.", "date": "31/12/2022"}', 400, /not a date/],
    ['an array', '[1, 2]', 400, /must be a JSON object/],
  ])('%s -> %s', async (_why, body, status, msg) => {
    const r = await post(body);
    expect(r.status).toBe(status);
    const j = await r.json();
    expect(j.error).toMatch(msg);
    expect(JSON.stringify(j)).not.toMatch(/\bat .*\.(js|ts):\d+/);
  });
  it('refuses a body over the limit with 413', async () => {
    const r = await post(JSON.stringify({ text: 'x'.repeat(MAX_BODY + 10) }));
    expect(r.status).toBe(413);
  });
  it('refuses a body that is not JSON with 415', async () => {
    const r = await post('Iran met Iraq.', 'text/plain');
    expect(r.status).toBe(415);
  });
});

describe('corpus routes', () => {
  it('GET /api/events pages through the events with filters', async () => {
    const a = await get('/api/events?limit=5');
    expect(a.status).toBe(200);
    expect(a.body.events).toHaveLength(5);
    expect(a.body.next).toBe(5);
    const b = await get('/api/events?limit=5&offset=5');
    expect(b.body.events[0].id).not.toBe(a.body.events[0].id);
    const irn = await get('/api/events?actor=IRN&limit=1000');
    expect(irn.body.events.length).toBeGreaterThan(0);
    expect(irn.body.events.every((e: any) => e.source.code.startsWith('IRN') || e.target?.code.startsWith('IRN'))).toBe(true);
    const dy = await get('/api/events?dyad=TUR:ISR&code=11&modality=asserted&since=2023-01&until=2023-12');
    expect(dy.body.events.every((e: any) => e.cameo.startsWith('11') && e.source.code.startsWith('TUR'))).toBe(true);
  });
  it.each([
    ['/api/events?actor=prk', 'actor'],
    ['/api/events?dyad=PRK', 'dyad'],
    ['/api/events?code=abc', 'code'],
    ['/api/events?since=yesterday', 'since'],
    ['/api/events?modality=likely', 'modality'],
    ['/api/events?limit=-1', 'limit'],
    ['/api/events?colour=red', 'colour'],
    ['/api/actors?until=2023-13-45', 'until'],
  ])('%s -> 400 naming %s', async (path, field) => {
    const r = await get(path);
    expect(r.status).toBe(400);
    expect(r.body.field).toBe(field);
    expect(r.body.error).toBeTruthy();
  });
  it('GET /api/actors and /api/dyads aggregate on the server', async () => {
    const a = await get('/api/actors');
    expect(a.status).toBe(200);
    const tur = a.body.actors.find((x: any) => x.code === 'TUR');
    expect(tur.events).toBe(tur.asSource + tur.asTarget);
    const d = await get('/api/dyads?actor=TUR');
    expect(d.body.dyads.length).toBeGreaterThan(0);
    expect(d.body.dyads[0]).toHaveProperty('goldstein');
  });
  it('GET /api/timeline counts events per day and quad class', async () => {
    const t = await get('/api/timeline');
    expect(t.status).toBe(200);
    const total = t.body.timeline.reduce((n: number, x: any) => n + x.events, 0);
    const all = await get('/api/events?limit=1000');
    expect(total).toBe(all.body.events.filter((e: any) => e.when).length);
  });
  it('GET /api/places lists located events', async () => {
    const p = await get('/api/places');
    expect(p.status).toBe(200);
    expect(p.body.places.every((x: any) => typeof x.lat === 'number' && typeof x.lon === 'number')).toBe(true);
  });
  it('GET /api/documents/:id gives the text with its events, 404 otherwise', async () => {
    const ev = (await get('/api/events?limit=1')).body.events[0];
    const d = await get(`/api/documents/${encodeURIComponent(ev.doc)}`);
    expect(d.status).toBe(200);
    expect(d.body.text.slice(ev.span[0], ev.span[1]).length).toBe(ev.span[1] - ev.span[0]);
    expect(d.body.events.every((e: any) => e.doc === ev.doc)).toBe(true);
    expect((await get('/api/documents/nope')).status).toBe(404);
  });
  it('GET /api/links/:id gives a linked event, 404 otherwise', async () => {
    const { linked } = await (async () => { const out = []; for await (const l of store.linked({})) out.push(l); return { linked: out }; })();
    const l = await get(`/api/links/${linked[0].id}`);
    expect(l.status).toBe(200);
    expect(l.body.mentions).toBe(linked[0].mentions);
    expect((await get('/api/links/L000')).status).toBe(404);
  });
  it('GET /api/export streams a format, 400 for an unknown one', async () => {
    const g = await app.request('/api/export?format=gdelt&actor=TUR');
    expect(g.status).toBe(200);
    const rows = (await g.text()).split('\n').filter(Boolean);
    expect(rows.every((r) => r.split('\t').length === 61)).toBe(true);
    const bad = await get('/api/export?format=xls');
    expect(bad.status).toBe(400);
    expect(bad.body.field).toBe('format');
  });
  it('GET /api/openapi.json describes every route', async () => {
    const o = await get('/api/openapi.json');
    for (const p of ['/api/analyze', '/api/events', '/api/actors', '/api/dyads', '/api/documents/{id}', '/api/links/{id}', '/api/export']) expect(o.body.paths[p], p).toBeTruthy();
  });
  it('unknown routes are 404 JSON', async () => {
    const r = await get('/api/nothing');
    expect(r.status).toBe(404);
    expect(r.body.error).toMatch(/no route/);
  });
});
