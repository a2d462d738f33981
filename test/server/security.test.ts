// The API under attack, on real corpora (SQLite, and PostgreSQL when the local server answers):
// SQL injection in every filter and path parameter, path traversal for static files, oversize
// bodies, cross-site posts, foreign Host headers, malformed URLs, slow clients. Everything must
// be refused or inert, the tables must still be there, and no answer may carry internals.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import Database from 'better-sqlite3';
import type { ServerType } from '@hono/node-server';
import { createApp, MAX_BODY } from '../../src/server/app.js';
import { webHandler } from '../../src/server/web.js';
import { listen } from '../../src/server/listen.js';
import { hostAllowed, hostPolicy, isJsonType, originAllowed, SECURITY_HEADERS } from '../../src/server/guard.js';
import { hostname } from 'node:os';
import { createCoder, type Coder } from '../../src/pipeline/analyze.js';
import { openSqlite } from '../../src/store/sqlite/sqlite-store.js';
import { openPostgres } from '../../src/store/postgres/pg-store.js';
import { ingest } from '../../src/ingest/run.js';
import { readSources } from '../../src/readers/sources.js';
import { relink } from '../../src/store/relink.js';
import { makeCorpus } from '../corpus/store.cases.js';
import type { Store } from '../../src/store/store.js';

const PG = process.env.DYAD_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
const SCHEMA = `dyad_sec_${process.pid}_${Date.now().toString(36)}`;
const INJECTIONS = [
  "' OR 1=1 --", '"; DROP TABLE events; --', "PRK' OR '1'='1", '1; DROP TABLE documents', "03') OR ('1'='1",
  "2018-01-01' OR '1'='1", "asserted' OR 1=1 --", '1 OR 1=1', '5; DELETE FROM events', "PRK%", "' UNION SELECT body FROM events --",
];
const FILTERS = ['actor', 'dyad', 'code', 'since', 'until', 'modality', 'limit', 'offset'];
const ROUTES = ['/api/events', '/api/actors', '/api/dyads', '/api/timeline', '/api/places', '/api/export?format=jsonl&'];
// what an answer must never show: stack frames, SQL, file paths of the server
const INTERNALS = /\bat .*\.(js|ts):\d+|SQLITE|syntax error|sqlite_|pg_catalog|node_modules|\/work\//i;

let dir: string;
let coder: Coder;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dyad-sec-'));
  makeCorpus(join(dir, 'c'), 30);
  coder = createCoder();
}, 120_000);
afterAll(() => { rmSync(dir, { recursive: true, force: true }); });

async function pgReachable(): Promise<boolean> {
  const c = new pg.Client({ connectionString: PG, connectionTimeoutMillis: 3000 });
  try { await c.connect(); await c.end(); return true; } catch { return false; }
}

const engines: [string, () => Promise<{ store: Store; tables: () => Promise<string[]>; drop: () => Promise<void> }>][] = [
  ['sqlite', async () => {
    const file = join(dir, 'sec.db');
    const store = openSqlite(file);
    const tables = async () => { const db = new Database(file, { readonly: true }); try { return (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name); } finally { db.close(); } };
    return { store, tables, drop: async () => {} };
  }],
  ['postgres', async () => {
    const store = await openPostgres(`${PG}?schema=${SCHEMA}`);
    const q = async (sql: string, params: unknown[] = []) => { const c = new pg.Client({ connectionString: PG }); await c.connect(); try { return await c.query(sql, params); } finally { await c.end(); } };
    const tables = async () => (await q('SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name', [SCHEMA])).rows.map((r) => r.table_name as string);
    return { store, tables, drop: async () => { await q(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`); } };
  }],
];

describe.each(engines)('%s corpus', (engine, open) => {
  let store: Store, tables: () => Promise<string[]>, drop: () => Promise<void>;
  let app: ReturnType<typeof createApp>;
  let skip = false;
  let before: { counts: Awaited<ReturnType<Store['counts']>>; tables: string[] };

  beforeAll(async () => {
    if (engine === 'postgres' && !(await pgReachable())) { skip = true; return; }
    ({ store, tables, drop } = await open());
    await ingest(readSources([join(dir, 'c'), join(__dirname, '..', '..', 'examples')]), store, { workers: 0 });
    await relink(store);
    app = createApp({ coder, store });
    before = { counts: await store.counts(), tables: await tables() };
  }, 120_000);
  afterAll(async () => { await store?.close(); await drop?.(); });

  it('has a corpus to attack', (ctx) => {
    if (skip) ctx.skip();
    expect(before.counts.events).toBeGreaterThan(20);
    expect(before.tables).toEqual(expect.arrayContaining(['documents', 'events']));
  });

  it('refuses SQL injection in every filter of every route with 400, naming the field', async (ctx) => {
    if (skip) ctx.skip();
    let n = 0;
    for (const route of ROUTES) for (const field of FILTERS) for (const bad of [...INJECTIONS, `PRK:${INJECTIONS[0]}`]) {
      const r = await app.request(`${route}${route.includes('?') ? '' : '?'}${new URLSearchParams({ [field]: bad })}`);
      const text = await r.text();
      expect(r.status, `${route} ${field}=${bad}`).toBe(400);
      expect(JSON.parse(text).field).toBe(field);
      expect(text).not.toMatch(INTERNALS);
      n++;
    }
    expect(n).toBe(ROUTES.length * FILTERS.length * (INJECTIONS.length + 1));
  });

  it('refuses injection in the export format and the path parameters', async (ctx) => {
    if (skip) ctx.skip();
    for (const bad of INJECTIONS) {
      expect((await app.request(`/api/export?${new URLSearchParams({ format: bad })}`)).status).toBe(400);
      for (const route of ['/api/documents/', '/api/links/']) {
        const r = await app.request(route + encodeURIComponent(bad));
        expect(r.status, route + bad).toBe(404);
        expect(await r.text()).not.toMatch(INTERNALS);
      }
    }
  });

  it('keeps values out of the SQL even past the parser: the store finds nothing', async (ctx) => {
    if (skip) ctx.skip();
    for (const bad of INJECTIONS) {
      const found = [];
      for await (const e of store.events({ actor: bad })) found.push(e);
      for await (const e of store.events({ dyad: [bad, bad] })) found.push(e);
      for await (const e of store.events({ code: bad, modality: bad })) found.push(e);
      for await (const e of store.events({ doc: bad })) found.push(e);
      for await (const e of store.linked({ actor: bad })) found.push(e);
      for await (const e of store.events({ outlet: bad, attribution: bad, place: bad })) found.push(e);
      expect(found, bad).toEqual([]);
      expect((await store.aggregate('actors', { code: bad })).rows).toEqual([]);
      expect((await store.aggregate('outlets', { outlet: bad })).rows).toEqual([]);
      // words of a full-text query are data: quotes and operators match nothing, and never fail
      expect(await store.eventCount({ q: `${bad} zzqxj` })).toBe(0);
      expect((await store.searchDocuments(`${bad} zzqxj`, 10, 0)).total).toBe(0);
      expect(await store.document(bad)).toBeNull();
      expect(await store.linkedById(bad)).toBeNull();
    }
  });

  it('has no route that writes or deletes', async (ctx) => {
    if (skip) ctx.skip();
    for (const method of ['PUT', 'DELETE', 'PATCH', 'POST']) {
      for (const path of ['/api/events', '/api/documents/doc-1', '/api/links/L1', '/api/export?format=csv', '/api/ingest']) {
        const r = await app.request(path, { method, body: '{}', headers: { 'content-type': 'application/json' } });
        expect(r.status, `${method} ${path}`).toBe(404);
      }
    }
  });

  it('still has every table and row after all of it', async (ctx) => {
    if (skip) ctx.skip();
    expect(await tables()).toEqual(before.tables);
    expect(await store.counts()).toEqual(before.counts);
    const r = await app.request('/api/events?limit=1000');
    expect((await r.json()).events.length).toBe(before.counts.events);
  });

  it('exports a page past an offset whole (OFFSET without LIMIT)', async (ctx) => {
    if (skip) ctx.skip();
    const total = before.counts.events;
    const csv = await app.request('/api/export?format=csv&offset=5');
    expect(csv.status).toBe(200);
    const lines = (await csv.text()).split('\n').filter(Boolean);
    expect(lines.length).toBe(1 + total - 5);                  // why: the header and every event after the fifth
    const all = (await (await app.request('/api/export?format=jsonl')).text()).split('\n').filter(Boolean);
    const page = (await (await app.request('/api/export?format=jsonl&offset=5&limit=3')).text()).split('\n').filter(Boolean);
    expect(page).toEqual(all.slice(5, 8));
    const far = await app.request('/api/export?format=csv&offset=1e21');
    expect(far.status).toBe(400);
    expect((await far.json()).field).toBe('offset');
  });
});

describe('requests a browser page of another site can send', () => {
  const app = () => createApp({ coder, store: null });
  const analyze = (type: string | null, extra: Record<string, string> = {}) => app().request('/api/analyze', {
    method: 'POST', body: JSON.stringify({ text: 'Iran threatened Israel.', date: '2023-05-10' }), headers: { ...(type ? { 'content-type': type } : {}), ...extra },
  });
  it.each([
    'text/plain', 'text/plain; application/json', 'text/plain;charset=UTF-8', 'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x', 'application/jsonp', 'application/json-patch+json', 'application/json; charset=latin1', '',
  ])('Content-Type "%s" -> 415', async (type) => {
    const r = await analyze(type || null);
    expect(r.status).toBe(415);
    expect((await r.json()).error).toMatch(/Content-Type: application\/json/);
  });
  it.each(['application/json', 'application/json; charset=utf-8', 'Application/JSON; charset="UTF-8"'])('Content-Type "%s" is accepted', async (type) => {
    expect((await analyze(type)).status).toBe(200);
  });
  it.each([
    [{ origin: 'http://evil.example' }], [{ origin: 'null' }], [{ origin: 'http://localhost.evil.example' }],
    [{ origin: 'https://127.0.0.1.nip.io' }], [{ 'sec-fetch-site': 'cross-site' }],
  ])('a post from another site %j -> 403', async (h) => {
    const r = await analyze('application/json', h);
    expect(r.status).toBe(403);
    expect((await r.json()).error).toMatch(/other sites/);
  });
  it('a post from the page itself is accepted', async () => {
    expect((await analyze('application/json', { origin: 'http://127.0.0.1:8080', 'sec-fetch-site': 'same-origin' })).status).toBe(200);
    expect((await analyze('application/json', { origin: 'http://localhost:8080' })).status).toBe(200);
  });
  it('lets a link from another site open the page, but not its scripts read the API', async () => {
    const nav = await app().request('/api/openapi.json', { headers: { 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'navigate' } });
    expect(nav.status).toBe(200);
    const cors = await app().request('/api/openapi.json', { headers: { 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'cors' } });
    expect(cors.status).toBe(403);
    const rebound = await app().request('/api/openapi.json', { headers: { origin: 'http://evil.example' } });
    expect(rebound.status).toBe(403);
  });
  it('answers no CORS preflight: no other origin is ever allowed', async () => {
    const r = await app().request('/api/analyze', { method: 'OPTIONS', headers: { origin: 'http://127.0.0.1', 'access-control-request-method': 'POST' } });
    expect(r.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('bodies, URLs and hosts', () => {
  const app = () => createApp({ coder, store: null });
  it('refuses a body over the limit on every route with 413 and a message', async () => {
    const big = 'x'.repeat(MAX_BODY + 1);
    for (const [method, path] of [['POST', '/api/analyze'], ['POST', '/api/events'], ['PUT', '/api/documents/x'], ['POST', '/']]) {
      const r = await app().request(path, { method, body: big, headers: { 'content-type': 'application/json' } });
      expect(r.status, `${method} ${path}`).toBe(413);
      expect((await r.json()).error).toMatch(/larger than 2 MB/);
    }
  });
  it.each(['/%', '/api/events?actor=%', '/api/documents/%E0%A4%A', '/api/events?since=%zz', '/%ff%fe'])('a malformed URL %s -> 400', async (path) => {
    const r = await app().request(path);
    expect(r.status).toBe(400);
    expect((await r.json()).error).toMatch(/malformed/);
  });
  it.each(['evil.example', 'evil.example:8080', 'localhost.evil.example', '127.0.0.1.nip.io:8080', '10.0.0.5', 'localhost:8080@evil.example', ''])('a foreign Host "%s" -> 421', async (host) => {
    const r = await app().request('/api/events', { headers: { host } });
    expect(r.status).toBe(421);
  });
  it('answers to the loopback names', async () => {
    for (const host of ['localhost:8080', '127.0.0.1:8080', '[::1]:8080', 'LOCALHOST']) expect((await app().request('/api/openapi.json', { headers: { host } })).status, host).toBe(200);
  });
  it('maps a document that breaks the coder to 4xx without internals', async () => {
    const r = await app().request('/api/analyze', { method: 'POST', body: JSON.stringify({ html: '<html' }), headers: { 'content-type': 'application/json' } });
    expect([400, 422]).toContain(r.status);
    expect(await r.text()).not.toMatch(INTERNALS);
  });
  it('puts the security headers on every response, errors included', async () => {
    const a = app();
    const rs = [await a.request('/api/openapi.json'), await a.request('/api/events?code=999'), await a.request('/nothing/here.js'),
      await a.request('/%'), await a.request('/api/events', { headers: { host: 'evil.example' } }), await a.request('/api/events')];
    expect(rs.map((r) => r.status)).toEqual([200, 400, 404, 400, 421, 503]);
    for (const r of rs) for (const [k, v] of Object.entries(SECURITY_HEADERS)) expect(r.headers.get(k), k).toBe(v);
    expect(SECURITY_HEADERS['content-security-policy']).not.toMatch(/unsafe-inline|unsafe-eval/);
  });
});

describe('a real server: raw paths, the port in the Host, slow clients', () => {
  let server: ServerType, port: number, root: string;
  beforeAll(async () => {
    // a page folder with a secret next to it, to see that nothing outside is served
    root = join(dir, 'site', 'dist');
    mkdirSync(join(root, 'assets'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>page</title>');
    writeFileSync(join(root, 'assets', 'a.js'), 'console.log(1)');
    writeFileSync(join(dir, 'site', 'secret.txt'), 'SECRET-OUTSIDE');
    const hosts = hostPolicy('127.0.0.1');
    const app = createApp({ coder, store: null, web: webHandler(root), hosts });
    ({ server, port } = await listen(app.fetch, { host: '127.0.0.1', port: 0, headersTimeout: 300, requestTimeout: 800 }));
    hosts.port = port;
  });
  afterAll(() => { server?.close(); });

  /** Send bytes as they are (no client normalises the path); the answer and when the socket closed. */
  function raw(send: string[], gapMs = 0): Promise<{ status: number; text: string; ms: number }> {
    return new Promise((resolve, reject) => {
      const t0 = Date.now();
      const s = connect(port, '127.0.0.1');
      let text = '';
      s.on('data', (d) => { text += d; });
      s.on('error', reject);
      s.on('close', () => resolve({ status: Number(/^HTTP\/1\.1 (\d+)/.exec(text)?.[1] ?? 0), text, ms: Date.now() - t0 }));
      s.on('connect', async () => { for (const part of send) { s.write(part); if (gapMs) await new Promise((r) => setTimeout(r, gapMs)); } });
      // a guard so a broken server fails the test instead of hanging it
      setTimeout(() => s.destroy(), 20_000).unref();
    });
  }
  const get = (path: string, host = `127.0.0.1:${port}`) => raw([`GET ${path} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`]);

  it('serves the page and its files', async () => {
    expect((await get('/')).status).toBe(200);
    expect((await get('/assets/a.js')).text).toMatch(/console\.log/);
  });
  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/%2E%2E/secret.txt', '/..%2fsecret.txt', '/assets/..%2f..%2fsecret.txt', '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    '/..%5csecret.txt', '/assets/..\\..\\secret.txt', '/%00/../secret.txt', '/.%2e/secret.txt', '//secret.txt', '/../package.json', '/%2e%2e/%2e%2e/%2e%2e/package.json'])('refuses the path %s', async (path) => {
    const r = await get(path);
    expect(r.status, r.text.slice(0, 200)).toBeGreaterThanOrEqual(400);
    expect(r.text).not.toContain('SECRET-OUTSIDE');
    expect(r.text).not.toMatch(/"name": "dyad"/);
  });
  it('wants this port in the Host header (421 otherwise)', async () => {
    expect((await get('/api/openapi.json', `localhost:${port}`)).status).toBe(200);
    expect((await get('/api/openapi.json', `127.0.0.1:${port + 1}`)).status).toBe(421);
    expect((await get('/api/openapi.json', `rebound.evil.example:${port}`)).status).toBe(421);
  });
  it('refuses an oversize body sent in chunks, with no length given', async () => {
    const chunk = 'x'.repeat(64 * 1024);
    const parts = [`POST /api/analyze HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n`];
    for (let i = 0; i < 40; i++) parts.push(`${chunk.length.toString(16)}\r\n${chunk}\r\n`);
    parts.push('0\r\n\r\n');
    expect((await raw(parts)).status).toBe(413);
  });
  // why: the timeouts are 0.3 s (headers) and 0.8 s (request) here; 10 s is a bound no server
  // that enforces them misses, however loaded the machine
  it('closes a connection whose headers never end', async () => {
    const r = await raw([`GET / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n`, 'X-Slow: 1\r\n']);
    expect(r.ms).toBeLessThan(10_000);
    expect([0, 408]).toContain(r.status);
  });
  it('closes a connection whose body never ends', async () => {
    const r = await raw([`POST /api/analyze HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n`, '{"text": "Iran'], 100);
    expect(r.ms).toBeLessThan(10_000);
    expect([0, 408]).toContain(r.status);
  });
});

describe('dyad serve', () => {
  const bin = join(__dirname, '..', '..', 'bin', 'dyad');
  /** Start the command, read stderr until it serves (or exits), then stop it. */
  function start(args: string[]): Promise<{ err: string; code: number | null }> {
    return new Promise((resolve) => {
      const p = spawn(process.execPath, [bin, 'serve', '--db', join(dir, 'serve.db'), ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
      let err = '';
      p.stderr.on('data', (d) => { err += d; if (/serving/.test(err)) p.kill('SIGTERM'); });
      p.on('exit', (code) => resolve({ err, code }));
    });
  }
  it('listens on 127.0.0.1 by default, without a warning', async () => {
    const r = await start(['--port', '0']);
    expect(r.err).toMatch(/serving sqlite corpus on http:\/\/127\.0\.0\.1:\d+\//);
    expect(r.err).not.toMatch(/warning/);
  });
  it('warns on stderr when --host opens it to other machines', async () => {
    const r = await start(['--port', '0', '--host', '0.0.0.0']);
    expect(r.err).toMatch(/^dyad: warning: listening on 0\.0\.0\.0, not only this machine/m);
  });
  it('says so in one line when the port is taken', async () => {
    const taken = createServer().listen(0, '127.0.0.1');
    await new Promise((r) => taken.once('listening', r));
    try {
      const r = await start(['--port', String((taken.address() as { port: number }).port)]);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/^dyad: --port \d+: the port is in use; choose another/m);
    } finally { taken.close(); }
  });
  it.each([[['--port', '1e3']], [['--port', '70000']], [['--host', 'a b']]])('refuses %j with exit 2', async (args) => {
    const r = await start(args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^dyad: --(port|host) must be/);
  });
});

describe('the guard\'s rules', () => {
  const local = { names: hostPolicy('127.0.0.1').names, port: 8080 };
  it.each([
    ['localhost:8080', true], ['127.0.0.1:8080', true], ['[::1]:8080', true], ['LocalHost:8080', true],
    ['localhost', false], ['localhost:8081', false], ['127.0.0.2:8080', false], ['evil.example:8080', false],
    ['localhost:8080:80', false], ['user@localhost:8080', false], ['[::1', false], [' ', false],
  ])('Host %j -> %s', (h, ok) => expect(hostAllowed(h, local)).toBe(ok));
  it('answers to the --host value, and on a wildcard address to this machine\'s names', () => {
    expect(hostAllowed('dyad.lan:80', hostPolicy('dyad.lan', 80))).toBe(true);
    expect(hostAllowed('dyad.lan', hostPolicy('dyad.lan', 80))).toBe(true);             // why: no port is port 80
    expect(hostAllowed(`${hostname()}:8080`, hostPolicy('0.0.0.0', 8080))).toBe(true);
    expect(hostAllowed(`${hostname()}:8080`, hostPolicy('127.0.0.1', 8080))).toBe(false);
    expect(hostAllowed('[::1]:8080', hostPolicy('::1', 8080))).toBe(true);
  });
  it.each([
    [undefined, true], ['http://localhost:8080', true], ['http://127.0.0.1:8080', true], ['https://localhost:8080', true],
    ['http://localhost:9999', false], ['null', false], ['http://evil.example', false], ['file://', false], ['http://localhost:8080/path', false],
  ])('Origin %j -> %s', (o, ok) => expect(originAllowed(o, local)).toBe(ok));
  it.each([
    ['application/json', true], ['application/json;charset=utf-8', true], ['APPLICATION/JSON; Charset=UTF-8', true], ['application/json; v=1', true],
    [undefined, false], ['application/json, text/plain', false], ['text/plain; application/json', false], ['application/json; charset=utf-16', false],
  ])('Content-Type %j -> %s', (t, ok) => expect(isJsonType(t)).toBe(ok));
});
