// Regression (issue 11): one NUL character used to stop a PostgreSQL corpus. `dyad ingest` exited 70
// with the whole batch rolled back, and every `dyad worker` on the queue exited 70 too. Real server,
// schemas of this run's own, dropped afterwards.
import { describe, it, expect, afterAll } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { bin } from './store.cases.js';
import { openPostgres } from '../../src/store/postgres/pg-store.js';
import type { Doc } from '../../src/doc/types.js';

const BASE = process.env.DYAD_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
const run = `t${process.pid}_${Date.now().toString(36)}`;
const schemas = new Set<string>();
const url = (name: string) => { const s = `dyad_nul_${run}_${name}`; schemas.add(s); return `${BASE}?schema=${s}`; };
const dir = mkdtempSync(join(tmpdir(), 'dyad-nul-'));

afterAll(async () => {
  const c = new pg.Client({ connectionString: BASE });
  await c.connect();
  for (const s of schemas) await c.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
  await c.end();
  rmSync(dir, { recursive: true, force: true });
});

const dyad = (args: string[]) => new Promise<{ code: number | null; err: string }>((resolve) => {
  const p = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  let err = ''; p.stderr.on('data', (d) => (err += d)); p.on('exit', (code) => resolve({ code, err }));
});

// three records of one batch; the middle one holds a NUL and a lone surrogate
const NUL_TEXT = 'Turkey condemned\u0000 Israel on Tuesday.\ud800 Iran threatened to attack Israel.';
function corpus(): string {
  const f = join(dir, `nul-${Math.random().toString(36).slice(2)}.jsonl`);
  writeFileSync(f, [
    { id: 'before', date: '2023-05-10', text: 'Ukraine and Poland signed an agreement on grain transit.' },
    { id: 'nul', date: '2023-05-10', text: NUL_TEXT, title: 'A\u0000title' },
    { id: 'after', date: '2023-05-10', text: 'Russian forces shelled Kharkiv overnight, officials said.' },
  ].map((r) => JSON.stringify(r)).join('\n') + '\n');
  return f;
}

async function stored(db: string) {
  const store = await openPostgres(db);
  try {
    const r = await store.pool.query(`SELECT id, status, text, title FROM documents ORDER BY id`);
    return { counts: await store.counts(), rows: r.rows as { id: string; status: string; text: string; title: string | null }[] };
  } finally { await store.close(); }
}

describe('NUL characters on PostgreSQL', () => {
  it('dyad ingest stores every record, the NUL replaced by a space of the same length', async () => {
    const db = url('ingest');
    const r = await dyad(['ingest', corpus(), '--db', db, '--workers', '0']);
    expect(r.code, r.err).toBe(0);
    const { counts, rows } = await stored(db);
    expect(counts).toMatchObject({ coded: 3, failed: 0 });
    const nul = rows.find((x) => x.id === 'nul')!;
    expect(nul.text).toHaveLength(NUL_TEXT.length);           // why: offsets of spans stay valid
    expect(nul.text).toBe('Turkey condemned  Israel on Tuesday.\ufffd Iran threatened to attack Israel.');
    expect(nul.title).toBe('A title');
    expect(counts.events).toBeGreaterThan(0);
  }, 120_000);

  it('dyad worker codes a queued record with a NUL and goes on', async () => {
    const db = url('queue');
    const q = await dyad(['ingest', corpus(), '--db', db, '--queue-only']);
    expect(q.code, q.err).toBe(0);
    const w = await dyad(['worker', '--db', db]);
    expect(w.code, w.err).toBe(0);
    const { counts } = await stored(db);
    expect(counts).toMatchObject({ coded: 3, failed: 0, queued: 0 });
  }, 120_000);

  it('a document the server still refuses is marked failed alone: the rest of its batch is stored', async () => {
    const store = await openPostgres(url('batch'));
    try {
      const doc = (id: string): Doc => ({ id, title: null, date: '2023-05-10', dateGiven: true, url: null, outlet: null, text: 'Turkey condemned Israel.', clean: '', removed: [], sentences: [], tokens: [], mentions: [], events: [], quotes: [], messages: [] });
      // an id is a key, never rewritten: one with a NUL cannot be stored
      const res = await store.putCodedBatch([{ doc: doc('a'), origin: 'x:1', hash: 'h1' }, { doc: doc('b\u0000'), origin: 'x:2', hash: 'h2' }, { doc: doc('c'), origin: 'x:3', hash: 'h3' }]);
      expect(res.map((r) => r.reason)).toEqual(['new', 'failed', 'new']);
      const r = await store.pool.query(`SELECT id, status, error FROM documents ORDER BY id`);
      expect(r.rows.map((x) => [x.id, x.status])).toEqual([['a', 'coded'], ['b ', 'failed'], ['c', 'coded']]);
      expect(r.rows[1].error).toMatch(/could not be stored/);
    } finally { await store.close(); }
  }, 60_000);

  it('a worker marks a queued record it cannot read as failed and codes the others', async () => {
    const db = url('broken');
    const q = await dyad(['ingest', corpus(), '--db', db, '--queue-only']);
    expect(q.code, q.err).toBe(0);
    const store = await openPostgres(db);
    try { await store.pool.query(`UPDATE documents SET record = '{not json' WHERE id = 'before'`); } finally { await store.close(); }
    const w = await dyad(['worker', '--db', db]);
    expect(w.code, w.err).toBe(0);
    const { counts, rows } = await stored(db);
    expect(counts).toMatchObject({ coded: 2, failed: 1, queued: 0 });
    expect(rows.find((x) => x.id === 'before')!.status).toBe('failed');
  }, 120_000);
});
