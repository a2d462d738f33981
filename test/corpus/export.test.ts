// Each export read back by a reader of its format.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { bin, makeCorpus } from './store.cases.js';

let dir: string;
let db: string;
const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
const events: any[] = [];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dyad-export-'));
  db = join(dir, 'x.db');
  makeCorpus(join(dir, 'c'), 30);
  // an event placed in a region, for GDELT's geo type
  writeFileSync(join(dir, 'c', 'region.txt'), 'Russian forces shelled Ukrainian troops in the Donetsk region on Monday.');
  const r = run('ingest', join(dir, 'c'), join(root(), 'examples'), '--db', db, '--workers', '0');
  expect(r.stderr).toMatch(/coded/);
  const q = run('query', '--db', db, '--format', 'jsonl');
  for (const l of q.stdout.trim().split('\n')) events.push(JSON.parse(l));
});
afterAll(() => { rmSync(dir, { recursive: true, force: true }); });
function root() { return join(__dirname, '..', '..'); }
const exp = (format: string) => { const out = join(dir, `out.${format}`); const r = run('export', '--db', db, '--format', format, '--out', out); expect(r.status, r.stderr).toBe(0); return readFileSync(out, 'utf8'); };

describe('exports', () => {
  it('GDELT: 61 tab-separated columns on every row, codes with their leading zeros', () => {
    // split on newlines only: a row may end in empty fields (a tab and nothing)
    const rows = exp('gdelt').split('\n').filter((l) => l !== '').map((l) => l.split('\t'));
    expect(rows.length).toBe(events.length);
    for (const r of rows) expect(r.length).toBe(61);
    const codes = new Set(rows.map((r) => r[26]));
    for (const e of events) expect(codes.has(e.cameo)).toBe(true);
    expect(rows.some((r) => /^0\d/.test(r[26]))).toBe(true);      // why: "057", "0332" keep their zero
    for (const r of rows) expect(r[1]).toMatch(/^(\d{8})?$/);      // SQLDATE
    // ActionGeo_Type from the kind of place: 1 country, 5 first-level region, 4 city or other
    const kinds = new Map(events.filter((e) => e.where).map((e) => [e.where.name, e.where.kind]));
    const located = rows.filter((r) => r[52]);
    expect(located.some((r) => r[51] === '5')).toBe(true);
    for (const r of located) expect(r[51], r[52]).toBe({ country: '1', region: '5' }[kinds.get(r[52]) as string] ?? '4');
  });
  it('CSV: a header and one parseable row per event', () => {
    const lines = exp('csv').trimEnd().split('\n');
    expect(lines[0].split(',')[0]).toBe('id');
    expect(lines.length - 1).toBeGreaterThanOrEqual(events.length); // why: quoted cells may hold newlines
  });
  it('JSON Lines: the Event records themselves', () => {
    const back = exp('jsonl').trim().split('\n').map((l) => JSON.parse(l));
    expect(back.map((e) => e.id).sort()).toEqual(events.map((e) => e.id).sort());
  });
  it('GeoJSON: a FeatureCollection of points for the located events', () => {
    const g = JSON.parse(exp('geojson'));
    expect(g.type).toBe('FeatureCollection');
    expect(g.features.length).toBe(events.filter((e) => e.where).length);
    for (const f of g.features) {
      expect(f.type).toBe('Feature');
      expect(f.geometry.type).toBe('Point');
      const [lon, lat] = f.geometry.coordinates;
      expect(Math.abs(lon)).toBeLessThanOrEqual(180);
      expect(Math.abs(lat)).toBeLessThanOrEqual(90);
    }
  });
  it('GraphML and GEXF: well-formed XML with one node per actor and one edge per dyad', () => {
    const dyads = new Set(events.filter((e) => e.source && e.target).map((e) => `${e.source.code}>${e.target.code}`));
    const actors = new Set(events.filter((e) => e.source && e.target).flatMap((e) => [e.source.code, e.target.code]));
    const p = new XMLParser({ ignoreAttributes: false, isArray: (n) => n === 'node' || n === 'edge' });
    const gm = exp('graphml');
    expect(XMLValidator.validate(gm)).toBe(true);
    const g = p.parse(gm).graphml.graph;
    expect(g.node.length).toBe(actors.size);
    expect(g.edge.length).toBe(dyads.size);
    const gx = exp('gexf');
    expect(XMLValidator.validate(gx)).toBe(true);
    const x = p.parse(gx).gexf.graph;
    expect(x.nodes.node.length).toBe(actors.size);
    expect(x.edges.edge.length).toBe(dyads.size);
  });
  it('Parquet: read back with its types, one row per event', async () => {
    const out = join(dir, 'out.parquet');
    const r = run('export', '--db', db, '--format', 'parquet', '--out', out);
    expect(r.status, r.stderr).toBe(0);
    const { parquetReadObjects } = await import('hyparquet');
    const b = readFileSync(out);
    const rows = await parquetReadObjects({ file: b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) });
    expect(rows.length).toBe(events.length);
    const byId = new Map(events.map((e) => [e.id, e]));
    for (const row of rows) {
      const e = byId.get(row.id);
      expect(row.cameo).toBe(e.cameo);
      expect(row.goldstein).toBe(e.goldstein);
      expect(row.source_code).toBe(e.source?.code ?? null);
    }
  });
  it('refuses an unknown format or a bad filter with a clear message', () => {
    const a = run('export', '--db', db, '--format', 'xlsx', '--out', join(dir, 'x'));
    expect(a.status).toBe(2);
    expect(a.stderr).toMatch(/--format must be one of jsonl, csv, gdelt/);
    const b = run('query', '--db', db, '--dyad', 'PRK');
    expect(b.status).toBe(2);
    expect(b.stderr).toMatch(/--dyad must be SOURCE:TARGET/);
  });
});
