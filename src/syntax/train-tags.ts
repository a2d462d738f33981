// Training Dyad's UD tagger (tagger.ts) and giving the parser's training sentences the tags it
// would really see: each fold of the training set is tagged by a tagger trained on the other
// folds (jackknifing), so the parser learns from tagging errors of the run-time kind.
import { UD_TAGS, lexiconOf, ambOf, type Encoded } from './features.js';
import { Perceptron } from './perceptron.js';
import { tagSentence, trainTagger } from './tagger.js';
import type { Scorer } from './model.js';

export interface TagData { enc: Encoded; upos: Int32Array }

export class DenseScorer implements Scorer {
  constructor(readonly w: Float32Array, readonly classes: number) {}
  score(rows: Int32Array, n: number, out: Float32Array): void {
    out.fill(0);
    const C = this.classes;
    for (let i = 0; i < n; i++) for (let c = 0, b = rows[i] * C; c < C; c++) out[c] += this.w[b + c];
  }
}

/** A tagger trained on `data` for `epochs` passes (in the given order each time): averaged weights. */
export function fitTagger(data: readonly TagData[], epochs: number, bits: number): DenseScorer {
  const p = new Perceptron(1 << bits, UD_TAGS.length);
  const items = data.map((d) => ({ enc: d.enc, gold: d.upos }));
  for (let e = 0; e < epochs; e++) trainTagger(p, e % 2 === 0 ? items : [...items].reverse(), (1 << bits) - 1);
  return new DenseScorer(p.averaged(), UD_TAGS.length);
}

/**
 * Tag each sentence of fold k with a tagger trained on the other folds, its word classes (amb)
 * also taken from the other folds only, so that both are as wrong as on unseen text. The
 * sentences keep those word classes for the parser's training. Returns the tag accuracy.
 */
export function jackknife(data: readonly TagData[], folds: number, epochs: number, bits: number): number {
  let ok = 0, n = 0;
  const pairsOf = (keep: (i: number) => boolean): [number, number][] =>
    data.flatMap((d, i) => (keep(i) ? Array.from(d.upos, (t, j): [number, number] => [d.enc.w[j + 1], t]) : []));
  for (let k = 0; k < folds; k++) {
    const lex = lexiconOf(pairsOf((i) => i % folds !== k));
    data.forEach((d, i) => { if (i % folds === k) for (let j = 1; j <= d.enc.n; j++) d.enc.amb[j] = ambOf(lex, d.enc.w[j]); });
  }
  for (let k = 0; k < folds; k++) {
    const m = fitTagger(data.filter((_, i) => i % folds !== k), epochs, bits);
    data.forEach((d, i) => {
      if (i % folds !== k) return;
      tagSentence(m, d.enc, (1 << bits) - 1);
      d.upos.forEach((g, j) => { n++; if (d.enc.t[j + 1] === g + 2) ok++; });
    });
  }
  return ok / n;
}
