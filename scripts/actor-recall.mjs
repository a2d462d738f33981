#!/usr/bin/env node
// npm run eval:actors: the share of gold source and target actors that the coder recognises in
// their sentence: some actor of the document's mentions or events has the gold code, or at least
// the gold country. Measures who-is-who apart from event coding.
//   node scripts/actor-recall.mjs [GOLD.jsonl] [--root DIR]   (--root: another checkout's dist/)
import { readFileSync, existsSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const rootAt = args.indexOf('--root');
const root = rootAt >= 0 ? resolve(args.splice(rootAt, 2)[1]) : here;
const gold = args[0] ?? join(process.env.DYAD_SHARED ?? join(here, '..', 'shared'), 'gold', 'plover-gsr.dev.jsonl');
if (!existsSync(gold)) { console.error(`eval:actors: no gold set at ${gold}`); process.exit(2); }
const { createCoder } = await import(pathToFileURL(join(root, 'dist', 'index.js')).href);
const coder = createCoder();

const list = (x) => (Array.isArray(x) ? x : x ? [x] : []).filter((c) => typeof c === 'string' && c && c !== '---');
let total = 0, found = 0, exact = 0;
const byRole = { source: [0, 0], target: [0, 0] };
const misses = [];
for (const line of readFileSync(gold, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const rec = JSON.parse(line);
  const doc = coder.analyze({ id: rec.id, text: rec.text, date: rec.date });
  const codes = new Set();
  for (const m of doc.mentions) if (m.country && m.country !== '---') codes.add(m.code);
  for (const e of doc.events) for (const a of [e.source, e.target]) if (a) codes.add(a.code);
  const countries = new Set([...codes].map((c) => c.slice(0, 3)));
  for (const ev of rec.events ?? []) {
    for (const role of ['source', 'target']) {
      const alts = list(ev[role]);
      if (!alts.length) continue;
      total++; byRole[role][1]++;
      const hitExact = alts.some((c) => codes.has(c));
      const hit = hitExact || alts.some((c) => countries.has(c.slice(0, 3)));
      if (hit) { found++; byRole[role][0]++; }
      if (hitExact) exact++;
      if (!hit && misses.length < 15) misses.push(`${rec.id} ${role} ${alts.join('|')}: ${rec.text.slice(0, 110)}`);
    }
  }
}
const pct = (a, b) => (b ? (100 * a / b).toFixed(1) : '0.0');
console.log(`gold actors recognised in their sentence: ${found}/${total} = ${pct(found, total)}% (exact code ${pct(exact, total)}%; sources ${pct(...byRole.source)}%, targets ${pct(...byRole.target)}%)  [${root === here ? 'this checkout' : root}]`);
if (process.env.DYAD_VERBOSE) for (const m of misses) console.log(`  missed ${m}`);
