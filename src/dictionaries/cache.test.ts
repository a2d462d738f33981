// The dictionary cache: a hit gives the lexicon the compiler gives; a corrupt, stale or foreign
// cache file is never trusted; a changed dictionary file changes the key.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, rmSync, readdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { cachedLexicon, lexiconKey, loadLexiconCached, plainData } from './cache.js';
import { loadLexicon, type Lexicon } from './lexicon.js';
import { analyzeRecord } from '../pipeline/analyze.js';

let dir: string;
let dicts: string;
const saved = process.env.DYAD_CACHE_DIR;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dyad-cache-'));
  dicts = mkdtempSync(join(tmpdir(), 'dyad-cache-dicts-'));
  process.env.DYAD_CACHE_DIR = dir;
});
afterAll(() => {
  if (saved === undefined) delete process.env.DYAD_CACHE_DIR; else process.env.DYAD_CACHE_DIR = saved;
  rmSync(dir, { recursive: true, force: true });
  rmSync(dicts, { recursive: true, force: true });
});

const files = () => readdirSync(dir).filter((f) => f.endsWith('.bin'));
let compiles = 0;
const counting = (o: Parameters<typeof loadLexicon>[0]) => { compiles++; return loadLexicon(o); };
const text = 'Russian forces shelled Kharkiv on Monday, officials said. Iran threatened to attack Israel.';
const events = (lex: Lexicon) => analyzeRecord({ id: 'c', text, date: '2024-03-12' }, lex, '2024-03-12').events;

describe('dictionary cache', () => {
  it('compiles once, then reads the cache: the same lexicon, the same events', async () => {
    const first = cachedLexicon({}, counting);
    expect(compiles).toBe(1);
    expect(files()).toHaveLength(1);
    const second = await loadLexiconCached({});
    expect(compiles).toBe(1);                              // why: the second load is a cache hit
    expect(second).not.toBe(first);
    expect(second.stats).toEqual(first.stats);
    expect(second.problems).toEqual(first.problems);
    expect(events(second)).toEqual(events(first));
    expect(events(first).length).toBeGreaterThan(0);
  });

  it('ignores a corrupt cache file and writes a good one', () => {
    const f = join(dir, files()[0]);
    const buf = readFileSync(f);
    buf[buf.length - 100] ^= 0xff;                         // one flipped byte in the body
    writeFileSync(f, buf);
    const before = compiles;
    const lex = cachedLexicon({}, counting);
    expect(compiles).toBe(before + 1);
    expect(lex.stats.countries).toBeGreaterThan(100);
    writeFileSync(f, buf.subarray(0, 1000));               // a truncated file (a crash before rename cannot leave one, a full disk might)
    cachedLexicon({}, counting);
    expect(compiles).toBe(before + 2);
    cachedLexicon({}, counting);
    expect(compiles).toBe(before + 2);                     // why: the rebuilt file is good again
  });

  it('keys on every file: a changed or added dictionary gets its own cache', () => {
    const own = join(dicts, 'countries-extra.yaml');
    writeFileSync(own, '- code: XQZ\n  names: [Qzland]\n');
    const k1 = lexiconKey({ extra: [own] });
    writeFileSync(own, '- code: XQZ\n  names: [Qzland, Qzia]\n');
    const k2 = lexiconKey({ extra: [own] });
    expect(k1).not.toBe(k2);
    expect(k1).not.toBe(lexiconKey({}));
    const lex = cachedLexicon({ extra: [own] }, counting);
    expect(lex.countries.has('XQZ')).toBe(true);
    copyFileSync(own, join(dicts, 'copy.yaml'));
    expect(lexiconKey({ extra: [own, join(dicts, 'copy.yaml')] })).not.toBe(k2);
    expect(lexiconKey({ extra: [join(dicts, 'missing.yaml')] })).toBeNull();   // why: the compiler reports the missing file
  });

  it('does not cache what a structured clone would break', () => {
    class Tree { find() { return 1; } }
    expect(plainData({ a: new Map([['x', { b: [1, 2] }]]), s: new Set(['y']), r: /z/ })).toBeNull();
    expect(plainData({ a: [new Tree()] })).toMatch(/Tree/);
    expect(plainData({ f: () => 1 })).toMatch(/function/);
  });
});
