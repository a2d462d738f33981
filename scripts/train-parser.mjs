#!/usr/bin/env node
// npm run train:parser: retrain models/parser/en-ewt.bin from UD English EWT (../shared/ud).
// Reproducible: fixed seed, sentences shuffled by a seeded generator, the epoch with the best
// dev LAS kept. Options: --epochs N (default 12), --bits B (weight rows 2^B, default 19),
// --seed S, --out FILE, --limit N (first N training sentences, for a quick try).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readConllu } from '../dist/syntax/conllu.js';
import { prepare, trainParser, goldTokensDyadTags } from '../dist/syntax/train.js';
import { encode } from '../dist/syntax/features.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, def) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? process.argv[i + 1] : def; };
const ud = process.env.DYAD_UD_DIR ?? join(root, '..', 'shared', 'ud', 'en_ewt');
const epochs = Number(arg('epochs', 12)), rowBits = Number(arg('bits', 19)), seed = Number(arg('seed', 1));
const prune = Number(arg('prune', 0.02));
const out = arg('out', join(root, 'models', 'parser', 'en-ewt.bin'));
const limit = Number(arg('limit', Infinity));

const t0 = Date.now();
const read = (split) => readConllu(readFileSync(join(ud, `en_ewt-ud-${split}.conllu`), 'utf8'));
const train = prepare(read('train').slice(0, limit));
const dev = read('dev').map((s) => ({ enc: encode(goldTokensDyadTags(s)), words: s.words }));
console.log(`prepared ${train.sentences.length} training sentences on Dyad's tokens and tags (${train.dropped} dropped as unalignable, ${train.lifted} made projective by lifting) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

const tty = process.stdout.isTTY;
const bar = (epoch, done, total) => {
  if (!tty) return;
  const w = 30, k = Math.round((done / total) * w);
  process.stdout.write(`\repoch ${epoch}/${epochs} [${'#'.repeat(k)}${'.'.repeat(w - k)}] ${done}/${total}`);
};
const result = trainParser({
  train, dev, epochs, rowBits, seed, prune,
  onProgress: bar,
  onEpoch: (e, acc, d, sec) => {
    if (tty) process.stdout.write('\r\x1b[K');
    console.log(`epoch ${e}/${epochs}: train action accuracy ${(acc * 100).toFixed(2)}%, dev UAS ${(d.uas * 100).toFixed(2)} LAS ${(d.las * 100).toFixed(2)} (${sec.toFixed(0)} s)`);
  },
}, `UD_English-EWT train (commit 15d613d8), ${epochs} epochs, seed ${seed}`);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, result.model);
console.log(`kept epoch ${result.bestEpoch} (dev UAS ${(result.dev.uas * 100).toFixed(2)}, LAS ${(result.dev.las * 100).toFixed(2)}); wrote ${out} (${(result.model.length / 1048576).toFixed(2)} MB) in ${((Date.now() - t0) / 60000).toFixed(1)} min total`);
