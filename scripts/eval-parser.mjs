#!/usr/bin/env node
// npm run eval:parser: UAS and LAS of the shipped parser on UD English EWT test, (a) on the
// treebank's words with Dyad's tags, (b) end to end from raw text, (c) the root and subject of
// news-style sentences written for Dyad (--verbose lists those missed: web text is not news);
// then parsing speed (one core, parse only, inputs prepared beforehand). Punctuation is scored like any word (the UD
// standard); the scores without punctuation are printed too. Ends with one JSON line.
import { readFileSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readConllu } from '../dist/syntax/conllu.js';
import { loadParser, DEFAULT_MODEL } from '../dist/syntax/parser.js';
import { evalGoldTokens, evalEndToEnd, evalClauses, readClauseChecks } from '../dist/syntax/evaluate.js';
import { repairParse } from '../dist/syntax/repairs.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ud = process.env.DYAD_UD_DIR ?? join(root, '..', 'shared', 'ud', 'en_ewt');
const split = process.argv.includes('--dev') ? 'dev' : 'test';
const modelPath = process.env.DYAD_PARSER_MODEL ?? DEFAULT_MODEL;
const sents = readConllu(readFileSync(join(ud, `en_ewt-ud-${split}.conllu`), 'utf8'));

const t0 = process.hrtime.bigint(), c0 = process.cpuUsage();
const parser = loadParser(modelPath);
const loadMs = Number(process.hrtime.bigint() - t0) / 1e6;
const lc = process.cpuUsage(c0), loadCpuMs = (lc.user + lc.system) / 1000;
const pct = (x) => (x * 100).toFixed(2);

const { scores, inputs } = evalGoldTokens(parser, sents);
console.log(`EWT ${split}, gold tokens + Dyad tags (${scores.words} words): UAS ${pct(scores.uas)} LAS ${pct(scores.las)} (punctuation excluded: UAS ${pct(scores.uasNoPunct)} LAS ${pct(scores.lasNoPunct)})`);
const e2e = evalEndToEnd(parser, sents);
console.log(`EWT ${split}, end to end from raw text (Dyad sentences, tokens, tags; ${e2e.dyadTokens} tokens against ${e2e.goldWords} words, F1 on exact character match): UAS ${pct(e2e.uas)} LAS ${pct(e2e.las)}`);
const checks = readClauseChecks(readFileSync(join(root, 'test', 'parser', 'news-clauses.tsv'), 'utf8'));
const news = evalClauses(parser, checks), mended = evalClauses(parser, checks, repairParse);
console.log(`news-style clauses (test/parser/news-clauses.tsv, written for Dyad): root right ${news.root} of ${checks.length}, root and its subject right ${news.both}; with the coder's repairs (src/syntax/repairs.ts) ${mended.root} and ${mended.both}`);
if (process.argv.includes('--verbose')) for (const m of mended.missed) console.log(`  missed (repairs included): ${m}`);

// speed: parse the prepared inputs (tokens and wink tags; our tagger runs inside parse) over and
// over for at least two seconds of CPU. The figure is tokens per CPU second of this one thread,
// so that a busy machine does not change it much; wall-clock speed is printed beside it.
const tokens = inputs.reduce((n, s) => n + s.length, 0);
for (const s of inputs.slice(0, 300)) parser.parse(s);
let rounds = 0, cpuUs = 0, ns = 0n;
while (cpuUs < 2e6) {
  const t = process.hrtime.bigint(), c = process.cpuUsage();
  for (const s of inputs) parser.parse(s);
  const d = process.cpuUsage(c);
  cpuUs += d.user + d.system;
  ns += process.hrtime.bigint() - t;
  rounds++;
}
const tokensPerSec = Math.round((tokens * rounds) / (cpuUs / 1e6));
const wallPerSec = Math.round((tokens * rounds) / (Number(ns) / 1e9));
console.log(`model ${modelPath} (${(statSync(modelPath).size / 1048576).toFixed(2)} MB): loaded in ${loadMs.toFixed(0)} ms (${loadCpuMs.toFixed(0)} ms CPU); parsing alone (tagger included): ${tokensPerSec} tokens per CPU second on one core (${wallPerSec} by the wall clock; ${rounds} passes over ${tokens} tokens)`);
const r4 = (x) => +x.toFixed(4);
console.log(JSON.stringify({ uas: r4(scores.uas), las: r4(scores.las), uasNoPunct: r4(scores.uasNoPunct), lasNoPunct: r4(scores.lasNoPunct), e2eUas: r4(e2e.uas), e2eLas: r4(e2e.las), newsRoot: r4(news.root / checks.length), newsRootSubject: r4(news.both / checks.length), newsRootRepaired: r4(mended.root / checks.length), newsRootSubjectRepaired: r4(mended.both / checks.length), tokensPerSec }));
