#!/usr/bin/env node
// npm run train:parser: retrain models/parser/en-ewt.bin from UD English EWT (../shared/ud).
// Reproducible: fixed seed, sentences shuffled by a seeded generator, the epoch with the best
// dev LAS kept. First Dyad's UD tagger is trained (5-fold jackknifed tags for the parser's
// training data), then the parser. Options: --epochs N (default 10), --tag-epochs N (5),
// --move-bits / --action-bits / --tag-bits B (weight rows 2^B), --seed S, --out FILE,
// --limit N (first N training sentences, for a quick try).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readConllu } from '../dist/syntax/conllu.js';
import { prepare, trainParser, goldTokensDyadTags } from '../dist/syntax/train.js';
import { encode, buildLexicon, UD_TAGS } from '../dist/syntax/features.js';
import { jackknife, fitTagger } from '../dist/syntax/train-tags.js';
import { tagSentence } from '../dist/syntax/tagger.js';
import { packRows } from '../dist/syntax/model.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, def) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? process.argv[i + 1] : def; };
const ud = process.env.DYAD_UD_DIR ?? join(root, '..', 'shared', 'ud', 'en_ewt');
const epochs = Number(arg('epochs', 10)), tagEpochs = Number(arg('tag-epochs', 5)), seed = Number(arg('seed', 1));
const moveBits = Number(arg('move-bits', 20)), actionBits = Number(arg('action-bits', 17)), tagBits = Number(arg('tag-bits', 18));
const prune = Number(arg('prune', 0.02));
const out = arg('out', join(root, 'models', 'parser', 'en-ewt.bin'));
const limit = Number(arg('limit', Infinity));

const t0 = Date.now();
const read = (split) => readConllu(readFileSync(join(ud, `en_ewt-ud-${split}.conllu`), 'utf8'));
const trainUd = read('train').slice(0, limit);
const lexicon = buildLexicon(trainUd.flatMap((s) => s.words));
const train = prepare(trainUd, lexicon);
const devUd = read('dev');
const dev = devUd.map((s) => ({ enc: encode(goldTokensDyadTags(s), lexicon), words: s.words }));
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
const bar = (epoch, done, total) => {
  if (!tty) return;
  const w = 30, k = Math.round((done / total) * w);
  process.stdout.write(`\repoch ${epoch}/${epochs} [${'#'.repeat(k)}${'.'.repeat(w - k)}] ${done}/${total}`);
};
const result = trainParser({
  train, lexicon, dev, epochs, moveBits, actionBits, tagBits, taggerRows, seed, prune,
  onProgress: bar,
  onBest: (model) => { mkdirSync(dirname(out), { recursive: true }); writeFileSync(out, model); },
  onEpoch: (e, acc, d, sec) => {
    if (tty) process.stdout.write('\r\x1b[K');
    console.log(`epoch ${e}/${epochs}: train action accuracy ${(acc * 100).toFixed(2)}%, dev UAS ${(d.uas * 100).toFixed(2)} LAS ${(d.las * 100).toFixed(2)} (${sec.toFixed(0)} s)`);
  },
}, `UD_English-EWT train (commit 15d613d8), ${epochs} epochs, seed ${seed}`);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, result.model);
const cpu = process.cpuUsage();
console.log(`CPU time ${((cpu.user + cpu.system) / 60e6).toFixed(1)} min`);
console.log(`kept epoch ${result.bestEpoch} (dev UAS ${(result.dev.uas * 100).toFixed(2)}, LAS ${(result.dev.las * 100).toFixed(2)}); wrote ${out} (${(result.model.length / 1048576).toFixed(2)} MB) in ${((Date.now() - t0) / 60000).toFixed(1)} min total`);
