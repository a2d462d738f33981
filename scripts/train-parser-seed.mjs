// One seed's training run for train-parser.mjs, in a worker thread: the prepared sentences, lexicon,
// word classes and tagger rows come from the main thread (the same for every seed); progress and
// the best epoch's float weights go back to it.
import { parentPort, workerData } from 'node:worker_threads';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { trainParser } from '../dist/syntax/train.js';

const o = workerData, seed = o.seed;
const taggerRows = Buffer.from(o.taggerRows.buffer, o.taggerRows.byteOffset, o.taggerRows.byteLength);
const result = trainParser({
  ...o, taggerRows,
  onProgress: (epoch, done, total) => parentPort.postMessage({ kind: 'progress', seed, epoch, done, total }),
  onEpoch: (epoch, acc, dev, sec) => parentPort.postMessage({ kind: 'epoch', seed, epoch, acc, dev, sec }),
  // --save-weights DIR: every epoch's float weights, for trying other ways of mixing afterwards
  onWeights: o.saveWeights ? (epoch, w) => writeFileSync(join(o.saveWeights, `seed${seed}-e${epoch}.f32`), Buffer.concat([w.moves, w.left, w.right].map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength)))) : undefined,
}, o.trainedOn);
const w = result.weights;
parentPort.postMessage({ kind: 'done', seed, bestEpoch: result.bestEpoch, dev: result.dev, weights: w }, [w.moves.buffer, w.left.buffer, w.right.buffer]);
