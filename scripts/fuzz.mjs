#!/usr/bin/env node
// npm run fuzz: generated inputs (fixed seed) through every reader and the coder, over dist/;
// prints counts per suite, crashes, hangs, the slowest input's time per KB, then the time per KB
// of each hostile input of issue 11 against an ordinary article, and a 10 KB vs 1,000 KB document.
// Exit 1 on a crash, a hang, or a hostile input over 3x the article's time per KB.
// DYAD_FUZZ_RUNS (per suite, default 1,700: over 10,000 in all), DYAD_FUZZ_SEED (default 11).
import { createCoder } from '../dist/index.js';
import { decodeDocument } from '../dist/readers/decode.js';
import { readJsonl } from '../dist/readers/jsonl.js';
import { feedRecords } from '../dist/readers/feed.js';
import { htmlToArticle } from '../dist/ingest/html.js';
import { cleanText } from '../dist/text/clean.js';
import { DyadError } from '../dist/errors.js';
import { runFuzz, costTable, checkDoc } from './fuzz-lib.mjs';
import { articleOf } from './cost-inputs.mjs';

const runs = Number(process.env.DYAD_FUZZ_RUNS ?? 1700);
const seed = Number(process.env.DYAD_FUZZ_SEED ?? 11);
const coder = createCoder({ today: '2024-03-12' });
const targets = { analyze: coder.analyze, decodeDocument, readJsonl, feedRecords, htmlToArticle, cleanText, DyadError };

const t0 = performance.now();
console.log(`fuzz: seed ${seed}, ${runs} inputs per suite`);
const r = await runFuzz(targets, { seed, runs, onSuite: (s) => console.log(`  ${s.name.padEnd(16)} ${String(s.inputs).padStart(6)} inputs  ${String(s.results).padStart(6)} documents coded  ${String(s.refused).padStart(6)} refused (DyadError)  ${s.crashes} crashes`) });
console.log(`fuzz: ${r.inputs} inputs, ${r.results} documents coded, ${r.refused} refused, ${r.crashes.length ? r.bySuite.reduce((n, s) => n + s.crashes, 0) : 0} crashes, ${r.hangs.length} hangs (over 10 s), ${((performance.now() - t0) / 1000).toFixed(0)} s`);
console.log(`fuzz: peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB; slowest input ${r.slowest.msPerKb.toFixed(1)} ms/KB (${r.slowest.kb.toFixed(1)} KB, ${r.slowest.suite}: ${r.slowest.input})`);
for (const c of r.crashes) console.log(`CRASH in ${c.suite}: ${c.error}\n  input: ${c.input}`);
for (const h of r.hangs) console.log(`HANG in ${h.suite}: ${h.ms.toFixed(0)} ms for ${h.kb.toFixed(1)} KB: ${h.input}`);

console.log('\ncost: time per KB, best of 3, against the ordinary article (limit 3x)');
const rows = costTable(coder.analyze, DyadError);
for (const x of rows) console.log(`  ${x.name.padEnd(30)} ${x.kb.toFixed(1).padStart(8)} KB ${x.ms.toFixed(0).padStart(7)} ms ${x.msPerKb.toFixed(2).padStart(7)} ms/KB  ${x.ratio.toFixed(2)}x  ${x.note}`);

// 10 KB and 1,000 KB interleaved, best of two rounds, so both see the same machine
const time = (text) => { const t = performance.now(); checkDoc(coder.analyze({ text, date: '2024-03-12' })); return performance.now() - t; };
const smallText = articleOf(10), largeText = articleOf(1000);
let smallMs = Infinity, largeMs = Infinity;
for (let round = 0; round < 2; round++) {
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += time(smallText);
  smallMs = Math.min(smallMs, sum / 10);
  largeMs = Math.min(largeMs, time(largeText));
}
const small = { kb: smallText.length / 1024, ms: smallMs }, large = { kb: largeText.length / 1024, ms: largeMs };
const growth = (large.ms / large.kb) / (small.ms / small.kb);
console.log(`\nsize: ${small.kb.toFixed(0)} KB ${(small.ms / small.kb).toFixed(2)} ms/KB; ${large.kb.toFixed(0)} KB ${(large.ms / large.kb).toFixed(2)} ms/KB (${growth.toFixed(2)}x per KB, limit 1.5x)`);

const bad = r.crashes.length > 0 || r.hangs.length > 0 || rows.some((x) => x.ratio > 3) || growth > 1.5;
console.log(JSON.stringify({ inputs: r.inputs, crashes: r.bySuite.reduce((n, s) => n + s.crashes, 0), hangs: r.hangs.length, slowestMsPerKb: +r.slowest.msPerKb.toFixed(2), worstCostRatio: +Math.max(...rows.map((x) => x.ratio)).toFixed(2), sizeGrowth: +growth.toFixed(2) }));
process.exitCode = bad ? 1 : 0;
