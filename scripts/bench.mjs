#!/usr/bin/env node
// npm run bench: speed of the coder on a generated corpus, measured beside wink-nlp's
// tokenise+tag alone on the same texts in the same run, so the ratio holds on a noisy machine.
// The last line is one JSON object (see README).
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { createCoder, loadLexicon } from '../dist/index.js';
import { ingest } from '../dist/ingest/run.js';
import { openSqlite } from '../dist/store/sqlite/sqlite-store.js';
import { tmpdir } from 'node:os';
import { benchPhoenix, describePhoenix } from './bench-phoenix.mjs';
import { startup, scale } from './bench-scale.mjs';
import { benchServer } from './bench-server.mjs';
import { spawnSync } from 'node:child_process';
import { benchParser, describeParser } from './bench-parser.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const N = Number(process.env.DYAD_BENCH_ARTICLES ?? 2000);

// --- a corpus generated from the project's own example texts ---
function rng(seed) { let s = seed >>> 0; return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32); }
const lex = loadLexicon();
const countries = [...lex.countries.values()].filter((c) => /^[A-Z]{3}$/.test(c.code) && c.name).map((c) => c.name);
// the sentence file has event sentences first, then background sentences with no event
const lines = readFileSync(join(root, 'examples', 'sentences.txt'), 'utf8').split('\n');
const cut = lines.findIndex((l) => l.startsWith('# Background'));
const eventful = lines.slice(0, cut).filter((l) => l && !l.startsWith('#'));
const background = lines.slice(cut).filter((l) => l && !l.startsWith('#'));
const exampleText = readFileSync(join(root, 'examples', 'article.txt'), 'utf8');
const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
function article(i) {
  const r = rng(i + 1);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const A = pick(countries), B = pick(countries.filter((c) => c !== A));
  const fill = (s) => s.replaceAll('{A}', A).replaceAll('{B}', B).replaceAll('{a}', A).replaceAll('{b}', B).replaceAll('{D}', pick(days));
  const paras = [];
  paras.push(`${A} and ${B} Clash Over Border Talks`);
  const n = 34 + Math.floor(r() * 14);
  let para = [];
  for (let k = 0; k < n; k++) {
    // about half the sentences of a report carry an event; the rest is background
    para.push(fill(pick(r() < 0.5 ? eventful : background)));
    if (para.length >= 2 + Math.floor(r() * 3)) { paras.push(para.join(' ')); para = []; }
  }
  if (para.length) paras.push(para.join(' '));
  if (i % 5 === 0) paras.push(exampleText);
  const month = String(1 + Math.floor(r() * 12)).padStart(2, '0');
  return { id: `bench-${i}`, date: `2023-${month}-15`, text: paras.join('\n\n') };
}
const corpus = Array.from({ length: N }, (_, i) => article(i));
const words = corpus.reduce((n, a) => n + a.text.split(/\s+/).length, 0);

// --- baseline: wink-nlp tokenise + POS tag alone, and the coder, interleaved ---
// The two are timed chunk by chunk, alternating which goes first, so that both see the same
// machine (a noisy neighbour or a frequency change hits both alike) and the ratio can be trusted.
const nlp = winkNLP(model, ['sbd', 'pos']);
const t0 = process.hrtime.bigint();
const coder = createCoder();
const loadSec = Number(process.hrtime.bigint() - t0) / 1e9;
let peak = process.memoryUsage().rss;
for (const a of corpus.slice(0, 50)) { coder.analyze(a); nlp.readDoc(a.text).tokens().out(nlp.its.pos); }
const CHUNK = 50;
let events = 0, sents = 0, codeNs = 0n, baseNs = 0n;
const timeBase = (chunk) => { const t = process.hrtime.bigint(); for (const a of chunk) { const d = nlp.readDoc(a.text); d.tokens().out(nlp.its.pos); } return process.hrtime.bigint() - t; };
const timeCode = (chunk) => {
  const t = process.hrtime.bigint();
  for (const a of chunk) { const doc = coder.analyze(a); events += doc.events.length; sents += doc.sentences.length; }
  return process.hrtime.bigint() - t;
};
for (let i = 0, n = 0; i < corpus.length; i += CHUNK, n++) {
  const chunk = corpus.slice(i, i + CHUNK);
  if (n % 2 === 0) { baseNs += timeBase(chunk); codeNs += timeCode(chunk); }
  else { codeNs += timeCode(chunk); baseNs += timeBase(chunk); }
  peak = Math.max(peak, process.memoryUsage.rss());
}
const codeSec = Number(codeNs) / 1e9;
const base = Number(baseNs) / 1e9;
const articlesPerSec = N / codeSec;
const result = {
  articles: N,
  articlesPerSec: +articlesPerSec.toFixed(1),
  sentencesPerSec: +(sents / codeSec).toFixed(0),
  baselineArticlesPerSec: +(N / base).toFixed(1),
  costRatio: +((codeSec / N) / (base / N)).toFixed(2),
  peakRssMB: +(peak / 1048576).toFixed(0),
};
// --- the cost of each stage, side by side, on the same articles (their share of the coder's time) ---
const timings = {};
const STAGE_N = Math.min(N, 300);
for (const a of corpus.slice(0, STAGE_N)) coder.analyze(a, { timings });
result.stageMsPerArticle = Object.fromEntries(Object.entries(timings).map(([k, v]) => [k, +(v / STAGE_N).toFixed(3)]));
const stageTotal = Object.values(timings).reduce((x, y) => x + y, 0);
const stageLine = Object.entries(timings).map(([k, v]) => `${k} ${(v / STAGE_N).toFixed(2)} ms (${((100 * v) / stageTotal).toFixed(0)}%)`).join(', ');

// --- start-up in a fresh process: every dictionary and the gazetteer (scripts/load-probe.mjs) ---
const probe = spawnSync(process.execPath, [join(root, 'scripts', 'load-probe.mjs')], { encoding: 'utf8' });
const load = probe.status === 0 ? JSON.parse(probe.stdout.trim().split('\n').pop()) : null;
if (load) Object.assign(result, { loadSec: load.loadSec, loadCpuSec: load.loadCpuSec, loadRssMB: load.loadRssMB, gazetteerSec: load.gazetteerSec });
else console.error(`bench: load probe failed: ${probe.stderr}`);

// --- the Phoenix dictionaries (PETRARCH format): load time and coding time per article ---
const phoenix = await benchPhoenix(corpus.slice(0, Number(process.env.DYAD_BENCH_PHOENIX ?? 400)));
if (phoenix) Object.assign(result, phoenix);

// --- the dependency parser: its cost beside tokenise+tag on the same articles ---
const parse = await benchParser(corpus.slice(0, Number(process.env.DYAD_BENCH_PARSER ?? 400)));
result.parseTokensPerSec = parse.parseTokensPerSec;
result.tokenizeTokensPerSec = parse.tokenizeTokensPerSec;

// --- the corpus store: 10,000 documents ingested into SQLite by the worker pool ---
const INGEST = Number(process.env.DYAD_BENCH_INGEST ?? 10000);
const dbDir = mkdtempSync(join(tmpdir(), 'dyad-bench-'));
const store = openSqlite(join(dbDir, 'bench.db'));
let rssAt2000 = 0, rssPeak = 0;
async function* docs() { for (let i = 0; i < INGEST; i++) { const a = article(100000 + i); yield { record: { ...a, id: `ingest-${i}` }, origin: 'bench' }; } }
const ti = process.hrtime.bigint();
const istats = await ingest(docs(), store, {
  onProgress: (st) => {
    const rss = process.memoryUsage.rss();
    rssPeak = Math.max(rssPeak, rss);
    if (st.seen <= 2000) rssAt2000 = Math.max(rssAt2000, rss);
  },
});
const ingestSec = Number(process.hrtime.bigint() - ti) / 1e9;
const eventCount = (await store.counts()).events;
await store.close();

// --- the API under load: 50 concurrent clients, 2,000 requests to /api/events ---
const { spawn } = await import('node:child_process');
const port = 18000 + Math.floor(Math.random() * 2000);
const server = spawn(process.execPath, [join(root, 'bin', 'dyad'), 'serve', '--db', join(dbDir, 'bench.db'), '--port', String(port)], { stdio: ['ignore', 'ignore', 'pipe'] });
await new Promise((resolve, reject) => { server.stderr.on('data', (d) => { if (/serving/.test(String(d))) resolve(); }); server.on('exit', (c) => reject(new Error(`dyad serve exited with ${c}`))); });
const queries = ['', '?actor=IRN', '?dyad=TUR:ISR', '?code=19', '?modality=negated', '?since=2023-03&until=2023-06', '?actor=UKR&offset=200', '?limit=500'];
const latencies = [];
let errors = 0, sent = 0;
const TOTAL = 2000, CLIENTS = 50;
const tl = process.hrtime.bigint();
await Promise.all(Array.from({ length: CLIENTS }, async (_, c) => {
  while (sent < TOTAL) {
    const q = queries[sent++ % queries.length];
    const t = process.hrtime.bigint();
    try {
      const r = await fetch(`http://127.0.0.1:${port}/api/events${q}`);
      await r.arrayBuffer();
      if (!r.ok) errors++;
    } catch { errors++; }
    latencies.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
}));
const apiSec = Number(process.hrtime.bigint() - tl) / 1e9;
server.kill('SIGTERM');
latencies.sort((a, b) => a - b);
const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))];
result.apiEvents = eventCount;
result.apiRequests = latencies.length;
result.apiP50ms = +pct(0.5).toFixed(1);
result.apiP99ms = +pct(0.99).toFixed(1);
result.apiErrors = errors;
const serverBench = await benchServer({ root, db: join(dbDir, 'bench.db'), coder, article });
Object.assign(result, serverBench.result);
rmSync(dbDir, { recursive: true, force: true });
result.ingestDocuments = istats.coded;
result.ingestDocsPerSec = +(istats.coded / ingestSec).toFixed(1);
result.ingestRssMBAt2000 = +(rssAt2000 / 1048576).toFixed(0);
result.ingestRssMBAt10000 = +(rssPeak / 1048576).toFixed(0);

// --- start-up (a coding process, a worker thread) and memory in corpus size (link, exports) ---
Object.assign(result, startup());
Object.assign(result, await scale((process.env.DYAD_BENCH_SCALE ?? '10000,100000').split(',').map(Number)));

console.log(`corpus: ${N} articles generated from examples/ (half event sentences, half background), ${(words / N).toFixed(0)} words each on average; ${events} events coded`);
console.log(`dictionaries loaded and compiled in ${loadSec.toFixed(2)} s; in a fresh process, dictionaries and gazetteer: ${load?.loadSec} s (${load?.loadCpuSec} s CPU, gazetteer ${load?.gazetteerSec} s), ${load?.loadRssMB} MB RSS`);
console.log(`ingest: ${istats.coded} documents into SQLite in ${ingestSec.toFixed(1)} s (${result.ingestDocsPerSec} documents/s, worker pool), peak RSS ${result.ingestRssMBAt2000} MB at 2,000 and ${result.ingestRssMBAt10000} MB at ${INGEST}`);
console.log(`api: ${result.apiRequests} requests to /api/events from ${CLIENTS} clients on ${eventCount} events in ${apiSec.toFixed(1)} s: p50 ${result.apiP50ms} ms, p99 ${result.apiP99ms} ms, ${errors} errors`);
console.log(describePhoenix(phoenix));
console.log(`start-up: a coding process is ready in ${result.startupSec} s at ${result.startupRssMB} MB peak RSS; an ingest worker thread in ${result.workerStartupSec} s, adding ${result.workerStartupRssMB} MB`);
console.log(`memory in corpus size (peak RSS, 10k -> 100k events): link ${result.linkRssMB10k} -> ${result.linkRssMB100k} MB, parquet export ${result.parquetRssMB10k} -> ${result.parquetRssMB100k} MB, jsonl export ${result.jsonlRssMB10k} -> ${result.jsonlRssMB100k} MB`);
console.log(serverBench.text);
console.log(describeParser(parse));
console.log(`coder: ${result.articlesPerSec} articles/s, ${result.sentencesPerSec} sentences/s; wink-nlp tokenise+tag alone: ${result.baselineArticlesPerSec} articles/s`);
console.log(`stages per article (${STAGE_N} articles; tokens = tokenise+tag, syntax = the dependency parse): ${stageLine}`);
console.log(JSON.stringify(result));
