#!/usr/bin/env node
// npm run eval:petrarch: codes PETRARCH's unit tests with only the PETRARCH validation
// dictionaries (read as they are, .txt), prints the scorer's report and the pass rate by test
// category. A record passes when every gold event is matched (actors and root) and nothing else
// is coded; a "noevents" record passes when nothing is coded.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.DYAD_SHARED ?? join(root, '..', 'shared');
const gold = join(shared, 'gold', 'petrarch-unittest.jsonl');
const dicts = join(shared, 'dictionaries', 'petrarch-validate');
const scorer = join(shared, 'eval', 'score.mjs');
for (const p of [gold, dicts, scorer]) if (!existsSync(p)) { console.error(`eval:petrarch: ${p} not found (set DYAD_SHARED to the shared folder)`); process.exit(2); }

const t0 = Date.now();
const run = spawnSync(process.execPath, [join(root, 'bin', 'dyad'), 'code', gold, '--no-default-dict', '--dict', dicts], { encoding: 'utf8', maxBuffer: 1 << 28 });
if (run.status !== 0 && run.status !== 1) { console.error(`eval:petrarch: bin/dyad code failed:\n${run.stderr}`); process.exit(1); }
const problems = run.stderr.split('\n').filter((l) => l.startsWith('dyad: dictionary') || l.includes('more dictionary problems'));
const tmp = mkdtempSync(join(tmpdir(), 'dyad-petr-'));
const pred = join(tmp, 'pred.jsonl');
writeFileSync(pred, run.stdout);
console.log(`== petrarch-unittest, validation dictionaries only (${Date.now() - t0} ms; ${problems.length} dictionary problem lines on stderr) ==`);
const score = spawnSync(process.execPath, [scorer, '--gold', gold, '--pred', pred], { encoding: 'utf8' });
process.stdout.write(score.stdout);
rmSync(tmp, { recursive: true, force: true });

// pass rate by category, with the scorer's matching rule: same doc, actors on their first three
// letters (a list means any), root on the first two digits, one to one
const iso = (c) => String(c ?? '').toUpperCase().slice(0, 3);
const rootOf = (c) => String(c ?? '').slice(0, 2);
const byDoc = new Map();
for (const line of run.stdout.split('\n')) {
  if (!line.trim()) continue;
  const e = JSON.parse(line);
  if (!byDoc.has(e.doc)) byDoc.set(e.doc, []);
  byDoc.get(e.doc).push(e);
}
const cats = new Map();
const failures = [];
for (const line of readFileSync(gold, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const r = JSON.parse(line);
  if (r.evaluate === 'false') continue;
  const preds = [...(byDoc.get(r.id) ?? [])];
  let ok = true;
  for (const g of r.events) {
    const i = preds.findIndex((p) => g.source.map(iso).includes(iso(p.source?.code)) && (g.target.length === 0 || g.target.map(iso).includes(iso(p.target?.code))) && [g.cameo].flat().some((c) => rootOf(c) === rootOf(p.cameo)));
    if (i < 0) { if (!g.optional) ok = false; } else preds.splice(i, 1);
  }
  if (preds.length) ok = false;
  const c = cats.get(r.category) ?? { n: 0, pass: 0 };
  c.n++; if (ok) c.pass++;
  cats.set(r.category, c);
  if (!ok) failures.push(r.id);
}
console.log('\npass rate by category (record passes: all gold events matched, nothing extra)');
let n = 0, pass = 0;
for (const [cat, c] of [...cats].sort((a, b) => b[1].n - a[1].n)) {
  console.log(`  ${cat.padEnd(10)} ${String(c.pass).padStart(3)}/${String(c.n).padEnd(3)} ${(100 * c.pass / c.n).toFixed(0).padStart(3)}%`);
  n += c.n; pass += c.pass;
}
console.log(`  ${'all'.padEnd(10)} ${String(pass).padStart(3)}/${String(n).padEnd(3)} ${(100 * pass / n).toFixed(0).padStart(3)}%`);
if (process.argv.includes('--failures')) console.log(`\nfailed: ${failures.join(' ')}`);
