// `dyad query --linked --format csv` writes through the export's CSV writer: a cell holding a
// comma, a quote or a line break stays one cell, and a text cell that looks like a formula is made
// inert. Linked events are written straight into each engine's store, with hostile values where
// a dictionary or a hand-edited database could put them, and read back through the command.
import { describe, it, expect, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { bin } from './store.cases.js';
import { parseCsv } from '../cases/csv.js';
import { openSqlite } from '../../src/store/sqlite/sqlite-store.js';
import { openPostgres } from '../../src/store/postgres/pg-store.js';
import type { Store } from '../../src/store/store.js';
import type { LinkedEvent } from '../../src/store/link.js';

const BASE = process.env.DYAD_TEST_PG || 'postgres://postgres@127.0.0.1:5432/test';
const schema = `dyad_t${process.pid}_${Date.now().toString(36)}_linkedcsv`;
const dir = mkdtempSync(join(tmpdir(), 'dyad-linked-csv-'));
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  const c = new pg.Client({ connectionString: BASE });
  await c.connect();
  await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await c.end();
});

const linked = (id: string, over: Partial<LinkedEvent>): LinkedEvent => ({
  id, source: 'RUS', target: 'UKR', root: '19', cameo: '190', modality: 'asserted', firstSeen: '2023-05-08', lastSeen: '2023-05-10',
  mentions: 2, articles: 2, sources: 2, placeCountry: 'UKR', events: [`${id}-e`], ...over,
});
const HOSTILE = linked('L1', { source: 'RUS,GOV', target: 'UK"R', placeCountry: 'a\nb', cameo: '=HYPERLINK("http://evil.example","x")' });
const PLAIN = linked('L2', { source: 'POL', target: null, placeCountry: null, modality: 'alleged' });

describe.each([
  ['sqlite', () => join(dir, 'l.db'), (db: string) => openSqlite(db)],
  ['postgres', () => `${BASE}?schema=${schema}`, (db: string) => openPostgres(db)],
] as [string, () => string, (db: string) => Store | Promise<Store>][])('query --linked --format csv on %s', (_engine, dbOf, open) => {
  it('quotes commas, quotes and line breaks, and makes formulas inert', async () => {
    const db = dbOf();
    const store = await open(db);
    try { await store.replaceLinks([HOSTILE, PLAIN], [{ a: 'L1', b: 'L2', why: 'modality' }]); } finally { await store.close(); }
    const r = spawnSync(process.execPath, [bin, 'query', '--db', db, '--linked', '--format', 'csv'], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const rows = parseCsv(r.stdout);
    expect(rows[0]).toEqual(['id', 'source', 'target', 'root', 'cameo', 'modality', 'first_seen', 'last_seen', 'mentions', 'articles', 'sources', 'place_country', 'related']);
    expect(rows).toHaveLength(3);                                      // why: a line break inside a cell does not start a row
    for (const row of rows) expect(row).toHaveLength(13);              // why: a comma inside a cell does not add one
    const byId = new Map(rows.slice(1).map((row) => [row[0], row]));
    expect(byId.get('L1')!.slice(1, 5)).toEqual(['RUS,GOV', 'UK"R', '19', `'=HYPERLINK("http://evil.example","x")`]);
    expect(byId.get('L1')![11]).toBe('a\nb');
    expect(byId.get('L1')![12]).toBe('L2');
    expect(byId.get('L2')!.slice(1, 3)).toEqual(['POL', '']);           // why: no target is an empty cell, not "null"
    expect(byId.get('L2')![8]).toBe('2');                                // why: numbers stay numbers
  });
});
