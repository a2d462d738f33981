// The shared store suite on the local PostgreSQL server (127.0.0.1:5432, trust auth, database
// test), each run in schemas of its own that are dropped afterwards; and the work queue.
import { describe, it, expect, afterAll } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { storeCases, bin, makeCorpus } from './store.cases.js';
import { exploreCases } from './explore.cases.js';
import { openPostgres } from '../../src/store/postgres/pg-store.js';

// an empty DYAD_TEST_PG means the default too: with "" the URLs below were "?schema=..." and
// opened as SQLite files in the working directory
const BASE = process.env.DYAD_TEST_PG || 'postgres://postgres@127.0.0.1:5432/test';
if (!/^postgres(ql)?:\/\//.test(BASE)) throw new Error(`DYAD_TEST_PG must be a postgres:// URL, not "${BASE}"`);
const run = `t${process.pid}_${Date.now().toString(36)}`;
const schemas = new Set<string>();
const url = (name: string) => { const s = `dyad_${run}_${name}`; schemas.add(s); return `${BASE}?schema=${s}`; };

afterAll(async () => {
  const c = new pg.Client({ connectionString: BASE });
  await c.connect();
  for (const s of schemas) await c.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
  await c.end();
});

storeCases('postgres', async (name) => openPostgres(url(name)), url);
exploreCases('postgres', async (name) => openPostgres(url(name)));

describe('postgres work queue', () => {
  it('two workers share 2,000 queued documents: each is coded exactly once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-queue-'));
    try {
      makeCorpus(dir, 2000);
      const db = url('queue');
      const q = await new Promise<{ code: number | null; err: string }>((resolve) => {
        const p = spawn(process.execPath, [bin, 'ingest', join(dir, 'news', 'batch.jsonl'), '--db', db, '--queue-only'], { stdio: ['ignore', 'ignore', 'pipe'] });
        let err = ''; p.stderr.on('data', (d) => (err += d)); p.on('exit', (code) => resolve({ code, err }));
      });
      expect(q.code, q.err).toBe(0);
      expect(q.err).toMatch(/queued 2000/);
      const workers = [0, 1].map(() => new Promise<string>((resolve) => {
        const p = spawn(process.execPath, [bin, 'worker', '--db', db], { stdio: ['ignore', 'ignore', 'pipe'] });
        let err = ''; p.stderr.on('data', (d) => (err += d)); p.on('exit', () => resolve(err));
      }));
      const logs = await Promise.all(workers);
      const store = await openPostgres(db);
      try {
        const c = await store.counts();
        expect(c.coded).toBe(2000);
        expect(c.queued).toBe(0);
        const r = await store.pool.query(`SELECT codings, COUNT(*)::int n FROM documents GROUP BY codings`);
        expect(r.rows).toEqual([{ codings: 1, n: 2000 }]);      // why: no document coded twice, none skipped
        // both workers took a share
        const shares = logs.map((l) => Number(/coded (\d+)/.exec(l)?.[1] ?? 0));
        expect(shares[0] + shares[1]).toBe(2000);
        expect(Math.min(...shares)).toBeGreaterThan(0);
      } finally { await store.close(); }
    } finally { rmSync(dir, { recursive: true, force: true }); }
  }, 600_000);

  it('a worker killed -9 mid-batch codes nothing twice: its documents go back to the queue', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-queue-kill-'));
    const run = (args: string[]) => spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    const done = (p: ReturnType<typeof run>) => new Promise<string>((resolve) => { let err = ''; p.stderr!.on('data', (d) => (err += d)); p.on('exit', () => resolve(err)); });
    try {
      makeCorpus(dir, 600);
      const db = url('queuekill');
      expect(await done(run(['ingest', join(dir, 'news', 'batch.jsonl'), '--db', db, '--queue-only']))).toMatch(/queued 600/);
      const store = await openPostgres(db);
      try {
        const coded = async () => (await store.counts()).coded;
        // two workers; one is killed once it has begun (a fixed point: 150 stored), the other goes on
        const victim = run(['worker', '--db', db, '--batch', '10']);
        const victimDone = done(victim);
        const other = done(run(['worker', '--db', db, '--batch', '10']));
        let exited = false;
        void victimDone.then(() => { exited = true; });
        while (!exited && (await coded()) < 150) await new Promise((r) => setTimeout(r, 50));
        victim.kill('SIGKILL');
        await victimDone;
        await other;
        // what the killed worker held is queued again; a last worker takes it
        await done(run(['worker', '--db', db]));
        expect(await store.counts()).toMatchObject({ coded: 600, queued: 0 });
        const r = await store.pool.query(`SELECT codings, COUNT(*)::int n FROM documents GROUP BY codings`);
        expect(r.rows).toEqual([{ codings: 1, n: 600 }]);      // why: a rolled-back batch was never counted as coded
      } finally { await store.close(); }
    } finally { rmSync(dir, { recursive: true, force: true }); }
  }, 600_000);
});
