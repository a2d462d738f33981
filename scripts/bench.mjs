#!/usr/bin/env node
// npm run bench: speed of the coder on a generated corpus, measured beside wink-nlp's
// tokenise+tag alone on the same texts in the same run, so the ratio holds on a noisy machine.
// The last line is one JSON object (see README). DYAD_BENCH_ONLY=server runs the server part alone
// (the corpus, /api/events under load, reads while an article is coded, the mixed load, time per KB).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { createCoder } from '../dist/index.js';
import { ingest } from '../dist/ingest/run.js';
import { openSqlite } from '../dist/store/sqlite/sqlite-store.js';
import { tmpdir } from 'node:os';
import { benchPhoenix, describePhoenix } from './bench-phoenix.mjs';
import { startup, scale } from './bench-scale.mjs';
import { benchServer } from './bench-server.mjs';
import { article, ingestItems } from './bench-corpus.mjs';
import { spawnSync } from 'node:child_process';
import { benchParser, describeParser } from './bench-parser.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const N = Number(process.env.DYAD_BENCH_ARTICLES ?? 2000);
const SERVER_ONLY = process.env.DYAD_BENCH_ONLY === 'server';
if (process.env.DYAD_BENCH_ONLY && !SERVER_ONLY) throw new Error(`DYAD_BENCH_ONLY=${process.env.DYAD_BENCH_ONLY}: the one part that runs alone is "server"`);
const result = {};
const report = [];
const t0 = process.hrtime.bigint();
const coder = createCoder();
const loadSec = Number(process.hrtime.bigint() - t0) / 1e9;

let parse = null, phoenix = null;
if (!SERVER_ONLY) {
  const corpus = Array.from({ length: N }, (_, i) => article(i));
  const words = corpus.reduce((n, a) => n + a.text.split(/\s+/).length, 0);

  // --- baseline: wink-nlp tokenise + POS tag alone, and the coder, interleaved ---
  // The two are timed chunk by chunk, alternating which goes first, so that both see the same
  // machine (a noisy neighbour or a frequency change hits both alike) and the ratio can be trusted.
  const nlp = winkNLP(model, ['sbd', 'pos']);
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
  Object.assign(result, {
    articles: N,
    articlesPerSec: +articlesPerSec.toFixed(1),
    sentencesPerSec: +(sents / codeSec).toFixed(0),
    baselineArticlesPerSec: +(N / base).toFixed(1),
    costRatio: +((codeSec / N) / (base / N)).toFixed(2),
    peakRssMB: +(peak / 1048576).toFixed(0),
  });
  // --- the cost of each stage, side by side, on the same articles (parsing counts as syntax) ---
  const timings = {};
  const STAGE_N = Math.min(N, 300);
  // the share of tokens in sentences the events stage had parsed (the parse is made on demand)
  let tokensAll = 0, tokensParsed = 0;
  for (const a of corpus.slice(0, STAGE_N)) {
    const doc = coder.analyze(a, { timings });
    tokensAll += doc.tokens.length;
    doc.sentences.forEach((s, i) => { if (doc.parses?.peek(i)) tokensParsed += s.tokens[1] - s.tokens[0]; });
  }
  result.stageMsPerArticle = Object.fromEntries(Object.entries(timings).map(([k, v]) => [k, +(v / STAGE_N).toFixed(3)]));
  result.parsedTokenShare = +(tokensParsed / tokensAll).toFixed(3);
  const stageTotal = Object.values(timings).reduce((x, y) => x + y, 0);
  report.push(`stages per article (${STAGE_N} articles; tokens = tokenise+tag, syntax = the dependency parse): ${Object.entries(timings).map(([k, v]) => `${k} ${(v / STAGE_N).toFixed(2)} ms (${((100 * v) / stageTotal).toFixed(0)}%)`).join(', ')}`);
  report.push(`parsed: ${(100 * result.parsedTokenShare).toFixed(1)}% of the tokens (the sentences the events stage asked to parse)`);
  // --- start-up in a fresh process: every dictionary and the gazetteer (scripts/load-probe.mjs) ---
  const probe = spawnSync(process.execPath, [join(root, 'scripts', 'load-probe.mjs')], { encoding: 'utf8' });
  const load = probe.status === 0 ? JSON.parse(probe.stdout.trim().split('\n').pop()) : null;
  if (load) Object.assign(result, { loadSec: load.loadSec, loadCpuSec: load.loadCpuSec, loadRssMB: load.loadRssMB, gazetteerSec: load.gazetteerSec });
  else console.error(`bench: load probe failed: ${probe.stderr}`);

  // --- the Phoenix dictionaries (PETRARCH format): load time and coding time per article ---
  phoenix = await benchPhoenix(corpus.slice(0, Number(process.env.DYAD_BENCH_PHOENIX ?? 400)));
  if (phoenix) Object.assign(result, phoenix);

  // --- the dependency parser: its cost beside tokenise+tag on the same articles ---
  parse = await benchParser(corpus.slice(0, Number(process.env.DYAD_BENCH_PARSER ?? 400)));
  result.parseTokensPerSec = parse.parseTokensPerSec;
  result.tokenizeTokensPerSec = parse.tokenizeTokensPerSec;
  report.push(`corpus: ${N} articles generated from examples/ (half event sentences, half background), ${(words / N).toFixed(0)} words each on average; ${events} events coded`);
  report.push(`dictionaries loaded and compiled in ${loadSec.toFixed(2)} s; in a fresh process, dictionaries and gazetteer: ${load?.loadSec} s (${load?.loadCpuSec} s CPU, gazetteer ${load?.gazetteerSec} s), ${load?.loadRssMB} MB RSS`);
}

// --- the corpus store: 10,000 documents ingested into SQLite by the worker pool ---
// DYAD_BENCH_DB names a corpus file to keep: made (ingested) when missing, else reused as it is
// (no ingest figures then), so the server bench can be run again without ingesting again
const INGEST = Number(process.env.DYAD_BENCH_INGEST ?? 10000);
const dbDir = process.env.DYAD_BENCH_DB ? null : mkdtempSync(join(tmpdir(), 'dyad-bench-'));
const dbPath = process.env.DYAD_BENCH_DB ?? join(dbDir, 'bench.db');
let ingestLine = `ingest: ${dbPath} reused as it was (DYAD_BENCH_DB)`;
if (!existsSync(dbPath)) {
  const store = openSqlite(dbPath);
  let rssAt2000 = 0, rssPeak = 0;
  const ti = process.hrtime.bigint();
  const istats = await ingest(ingestItems(INGEST), store, {
    onProgress: (st) => {
      const rss = process.memoryUsage.rss();
      rssPeak = Math.max(rssPeak, rss);
      if (st.seen <= 2000) rssAt2000 = Math.max(rssAt2000, rss);
    },
  });
  const ingestSec = Number(process.hrtime.bigint() - ti) / 1e9;
  await store.close();
  result.ingestDocuments = istats.coded;
  result.ingestDocsPerSec = +(istats.coded / ingestSec).toFixed(1);
  result.ingestRssMBAt2000 = +(rssAt2000 / 1048576).toFixed(0);
  result.ingestRssMBAt10000 = +(rssPeak / 1048576).toFixed(0);
  ingestLine = `ingest: ${istats.coded} documents into SQLite in ${ingestSec.toFixed(1)} s (${result.ingestDocsPerSec} documents/s, worker pool), peak RSS ${result.ingestRssMBAt2000} MB at 2,000 and ${result.ingestRssMBAt10000} MB at ${INGEST}`;
}
const counted = openSqlite(dbPath);
const eventCount = (await counted.counts()).events;
await counted.close();

// --- the server: /api/events under load, reads while an article is coded, mixed load, time per KB ---
const serverBench = await benchServer({ root, db: dbPath, events: eventCount, coder, article });
result.apiEvents = eventCount;
Object.assign(result, serverBench.result);
if (dbDir) rmSync(dbDir, { recursive: true, force: true });

// --- start-up (a coding process, a worker thread) and memory in corpus size (link, exports) ---
if (!SERVER_ONLY) {
  Object.assign(result, startup());
  Object.assign(result, await scale((process.env.DYAD_BENCH_SCALE ?? '10000,100000').split(',').map(Number)));
}

for (const line of report) console.log(line);
console.log(ingestLine);
if (!SERVER_ONLY) {
  console.log(describePhoenix(phoenix));
  console.log(`start-up: a coding process is ready in ${result.startupSec} s at ${result.startupRssMB} MB peak RSS; an ingest worker thread in ${result.workerStartupSec} s, adding ${result.workerStartupRssMB} MB`);
  console.log(`memory in corpus size (peak RSS, 10k -> 100k events): link ${result.linkRssMB10k} -> ${result.linkRssMB100k} MB, parquet export ${result.parquetRssMB10k} -> ${result.parquetRssMB100k} MB, jsonl export ${result.jsonlRssMB10k} -> ${result.jsonlRssMB100k} MB`);
}
console.log(serverBench.text);
if (!SERVER_ONLY) {
  console.log(describeParser(parse));
  console.log(`coder: ${result.articlesPerSec} articles/s, ${result.sentencesPerSec} sentences/s; wink-nlp tokenise+tag alone: ${result.baselineArticlesPerSec} articles/s`);
}
console.log(JSON.stringify(result));
