// The server's reads on both engines: the same corpus stored in SQLite and in PostgreSQL gives the
// same answers, and the reader threads of dyad serve (read-pool.ts, the compiled worker in dist/)
// give the answers of a read in this thread.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openSqlite } from '../../src/store/sqlite/sqlite-store.js';
import { openPostgres } from '../../src/store/postgres/pg-store.js';
import { ingest } from '../../src/ingest/run.js';
import { readSources } from '../../src/readers/sources.js';
import { relink } from '../../src/store/relink.js';
import { readAnswer, type ReadTask } from '../../src/server/read-answers.js';
import { createReadPool } from '../../src/server/read-pool.js';
import { makeCorpus } from '../corpus/store.cases.js';
import type { Store } from '../../src/store/store.js';

const BASE = process.env.DYAD_TEST_PG || 'postgres://postgres@127.0.0.1:5432/test';
const schema = `dyad_reads_${process.pid}_${Date.now().toString(36)}`;
const pgUrl = `${BASE}?schema=${schema}`;
let dir: string, sqlitePath: string;
let sqlite: Store, postgres: Store;

const TASKS: ReadTask[] = [
  { kind: 'events', filter: {}, limit: 100, offset: 0 },
  { kind: 'events', filter: { sort: 'code' }, limit: 5, offset: 3 },
  { kind: 'events', filter: { sort: '-date', actor: 'ISR' }, limit: 10, offset: 0 },
  { kind: 'events', filter: { modality: 'asserted', code: '1' }, limit: 50, offset: 0 },
  { kind: 'count', filter: {} },
  { kind: 'count', filter: { q: 'grain' } },
  { kind: 'count', filter: { historical: 'exclude', since: '2023-05' } },
  ...(['actors', 'dyads', 'places'] as const).flatMap((name) => [
    { kind: 'aggregate' as const, name, filter: {} },
    { kind: 'aggregate' as const, name, filter: { limit: 2, offset: 1 } },
    { kind: 'aggregate' as const, name, filter: { actor: 'ISR' } },
    { kind: 'aggregate' as const, name, filter: { modality: 'asserted', until: '2023-05' } },
  ]),
  { kind: 'timeline', filter: {} },
  { kind: 'timeline', filter: { code: '11' } },
  { kind: 'facets', filter: {} },
  { kind: 'series', filter: {}, a: 'TUR', b: 'ISR' },
  { kind: 'document', id: 'doc-3' },
  { kind: 'document', id: 'no-such-document' },
  { kind: 'link', id: 'no-such-link' },
];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dyad-reads-'));
  makeCorpus(join(dir, 'c'), 40);
  sqlitePath = join(dir, 'reads.db');
  sqlite = openSqlite(sqlitePath);
  postgres = await openPostgres(pgUrl);
  for (const s of [sqlite, postgres]) {
    await ingest(readSources([join(dir, 'c'), join(__dirname, '..', '..', 'examples')]), s, { workers: 0 });
    await relink(s);
  }
}, 120_000);

afterAll(async () => {
  await sqlite?.close();
  await postgres?.close();
  const c = new pg.Client({ connectionString: BASE });
  await c.connect();
  await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await c.end();
  rmSync(dir, { recursive: true, force: true });
});

const label = (t: ReadTask) => JSON.stringify(t);

describe('reads', () => {
  it.each(TASKS.map((t) => [label(t), t] as const))('SQLite and PostgreSQL agree: %s', async (_, task) => {
    // a document's coding time is when each store was written; everything else must agree
    const parse = (s: string | null) => JSON.parse(s ?? 'null', (k, v) => (k === 'codedAt' ? '(when coded)' : v));
    const [a, b] = await Promise.all([readAnswer(sqlite, task), readAnswer(postgres, task)]);
    expect(parse(b)).toEqual(parse(a));
    if (task.kind === 'document' && task.id === 'doc-3') expect(a).not.toBeNull();
  });

  it.each([['sqlite', () => sqlitePath], ['postgres', () => pgUrl]] as const)('the reader threads answer as this thread does (%s)', async (engine, db) => {
    const pool = createReadPool({ db: db(), threads: 2 });
    try {
      await pool.ready();
      const store = engine === 'sqlite' ? sqlite : postgres;
      const answers = await Promise.all(TASKS.map((t) => pool.read(t)));
      for (const [i, t] of TASKS.entries()) expect(answers[i], label(t)).toBe(await readAnswer(store, t));
      expect(pool.pending()).toBe(0);
    } finally { await pool.close(); }
  });

  it('lists events with their evidence and outlet: no document needs fetching', async () => {
    const page = JSON.parse((await readAnswer(sqlite, { kind: 'events', filter: { actor: 'ISR' }, limit: 20, offset: 0 }))!);
    expect(page.events.length).toBeGreaterThan(0);
    for (const e of page.events) {
      const d = (await sqlite.document(e.doc))!;
      expect(e.evidence.text).toBe(d.text!.slice(e.span[0], e.span[1]));
      expect(e.outlet).toBe(d.outlet);
    }
  });
});
