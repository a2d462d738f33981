#!/usr/bin/env node
// Start-up cost in a fresh process: import the coder, load every dictionary (from the compiled
// cache, as a coding process does; built at install) and the gazetteer (timed together), then code the bundled example once. Prints one
// JSON line: {loadSec, loadCpuSec, loadRssMB, gazetteerSec, codeRssMB}. CPU seconds are given
// beside wall-clock ones because a shared machine stretches the latter. Used by npm run bench.
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const t0 = process.hrtime.bigint();
const c0 = process.cpuUsage();
const { analyzeRecord } = await import('../dist/pipeline/analyze.js');
const { loadLexiconCached } = await import('../dist/dictionaries/cache.js');
const { loadGazetteer } = await import('../dist/places/gazetteer.js');
const lex = await loadLexiconCached();
const tg = process.hrtime.bigint();
loadGazetteer();
const t1 = process.hrtime.bigint();
const cpu = process.cpuUsage(c0);
const loadRss = process.memoryUsage.rss();
analyzeRecord({ id: 'probe', date: '2024-03-12', text: readFileSync(join(root, 'examples', 'article.txt'), 'utf8') }, lex, '2024-03-12');
const mb = (b) => +(b / 1048576).toFixed(0);
console.log(JSON.stringify({ loadSec: +(Number(t1 - t0) / 1e9).toFixed(2), loadCpuSec: +((cpu.user + cpu.system) / 1e6).toFixed(2), loadRssMB: mb(loadRss), gazetteerSec: +(Number(t1 - tg) / 1e9).toFixed(2), codeRssMB: mb(process.memoryUsage.rss()) }));
