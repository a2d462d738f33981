// The coding pool from the command line: a worker that cannot start stops the run with the one
// line coding in the main thread gives; a document over the time budget fails alone, with the
// reason, and the run goes on; the summary says what was written.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bin, root } from './store.cases.js';

let dir: string;
beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'dyad-pool-')); });
afterAll(() => { rmSync(dir, { recursive: true, force: true }); });

function dyad(args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '', err = '';
    p.stdout.on('data', (d) => (out += d)); p.stderr.on('data', (d) => (err += d));
    p.on('exit', (code) => resolve({ code, out, err }));
  });
}

describe('ingest through the worker pool', () => {
  it('a dictionary that cannot be read: one line and exit 2, with workers as without', async () => {
    const src = join(dir, 'one');
    mkdirSync(src);
    writeFileSync(join(src, 'a.txt'), 'Turkey condemned Israel on Tuesday.');
    const missing = join(dir, 'missing.yaml');
    const pooled = await dyad(['ingest', src, '--db', join(dir, 'm.db'), '--dict', missing, '--workers', '2']);
    const inline = await dyad(['ingest', src, '--db', join(dir, 'm0.db'), '--dict', missing, '--workers', '0']);
    expect(pooled.code).toBe(2);
    expect(pooled.err).toBe(`dyad: ${missing}: cannot read dictionary (ENOENT: no such file or directory, open '${missing}')\n`);
    expect(inline).toEqual(pooled);                        // why: the same line whichever thread codes
  }, 120_000);

  it('a document over the time limit fails alone, with the reason; the others are coded', async () => {
    const src = join(dir, 'slow');
    mkdirSync(src);
    // about 1.5 MB of report text: many seconds of coding, far over a 2 s budget
    const article = readFileSync(join(root, 'examples', 'article.txt'), 'utf8');
    writeFileSync(join(src, 'a-long.txt'), Array.from({ length: Math.ceil(1.5e6 / article.length) }, () => article).join('\n\n'));
    for (let i = 1; i <= 4; i++) writeFileSync(join(src, `b${i}.txt`), `Report ${i}. Iran threatened to attack Israel on Aug 25.`);
    writeFileSync(join(src, 'c.html'), '<html><body><article><p>Ukraine and Poland signed an agreement on grain transit in Warsaw on Monday, officials said.</p></article></body></html>');
    const db = join(dir, 's.db');
    const r = await dyad(['ingest', src, '--db', db, '--workers', '1', '--time-limit', '2']);
    expect(r.code, r.err).toBe(1);                         // why: a failed document makes the exit status 1
    expect(r.err).toMatch(/dyad: 6 documents \(5 coded, 0 unchanged, 1 failed\), \d+ events, /);
    expect(r.err).toMatch(/5 documents had no publication date/);
    const st = await dyad(['status', '--db', db, '--failed']);
    const failed = st.out.split('\n').filter((l) => l.startsWith('failed'));
    expect(failed).toHaveLength(1);
    expect(failed[0]).toContain('a-long.txt');
    expect(failed[0]).toMatch(/not coded within the time limit of 2 s per document/);
    expect(failed[0].split('a-long.txt').length).toBe(2);  // why: the path is printed once
    // an undated document's times never lie after the date it was coded against
    const q = await dyad(['query', '--db', db, '--format', 'jsonl']);
    const today = new Date().toISOString().slice(0, 10);
    const dates = q.out.trim().split('\n').map((l) => JSON.parse(l).when?.date as string).filter(Boolean);
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.every((d) => d <= today)).toBe(true);
  }, 300_000);
});
