// Dyad's own UD tagger, run before the parser: wink-nlp's tags follow other conventions than
// UD's (SCONJ as ADP, adjectives of nationality as PROPN, ...) and are wrong on about one word in
// nine of EWT; an averaged perceptron over the word, its affixes, wink's tag and its neighbours
// gives the parser UD tags. Greedy, left to right; the previous two predicted tags are features.
import { UD_TAGS, ROOT_TAG, type Encoded } from './features.js';
import { bestOf, type Scorer } from './model.js';

export const TAG_FEATURES = 48;
const NT = UD_TAGS.length;

// The features are templates over atoms (the word's and its neighbours' values, the tags decided
// so far, tuples of tags), hashed in one loop per token rather than one call per feature (as in
// features.ts).

/** The atoms, by name: `_i` the word, `_p1`/`_p2` the words before, `_n1`/`_n2` after; `T_` tuples of tags. */
const enum Tg {
  none, w_i, suf_i, suf2_i, pre_i, shape_i, wt_i, amb_i, w_p1, w_n1, w_p2, w_n2, wt_n1, wt_n2, amb_n1, suf_n1, suf_p1,
  t_p1, T_t_p1_t_p2, T_wt_i_wt_n1, T_wt_n1_wt_i, T_t_p1_wt_n1, T_wt_p1_wt_i_wt_n1, cl_i, cc_i, cl_n1, cl_p1, cc_n1, cc_p1,
  /** (how many) */
  count,
}

/** Each template's atoms (at most two). */
const TEMPLATES: Tg[][] = [
  [], [Tg.w_i], [Tg.suf_i], [Tg.suf2_i], [Tg.pre_i], [Tg.shape_i], [Tg.wt_i], [Tg.amb_i],
  [Tg.w_i, Tg.wt_i], [Tg.amb_i, Tg.wt_i], [Tg.suf_i, Tg.wt_i], [Tg.shape_i, Tg.wt_i],
  [Tg.w_p1], [Tg.w_n1], [Tg.w_p2], [Tg.w_n2], [Tg.wt_n1], [Tg.wt_n2], [Tg.amb_n1], [Tg.suf_n1], [Tg.suf_p1],
  [Tg.t_p1], [Tg.T_t_p1_t_p2], [Tg.t_p1, Tg.w_i], [Tg.t_p1, Tg.wt_i], [Tg.t_p1, Tg.amb_i], [Tg.T_wt_i_wt_n1],
  [Tg.w_i, Tg.w_n1], [Tg.w_p1, Tg.w_i], [Tg.t_p1, Tg.T_wt_n1_wt_i], [Tg.amb_i, Tg.amb_n1], [Tg.t_p1, Tg.suf_i],
  [Tg.w_i, Tg.wt_n1], [Tg.w_i, Tg.T_t_p1_wt_n1], [Tg.T_wt_p1_wt_i_wt_n1],
  [Tg.cl_i], [Tg.cc_i], [Tg.cl_i, Tg.wt_i], [Tg.cl_n1], [Tg.cl_p1], [Tg.cc_n1, Tg.cl_i], [Tg.t_p1, Tg.cl_i], [Tg.cc_p1, Tg.cc_i],
];
if (TEMPLATES.length > TAG_FEATURES) throw new Error(`${TEMPLATES.length} tagger templates, at most ${TAG_FEATURES}`);
const [TA, TB] = [0, 1].map((i) => Int32Array.from(TEMPLATES, (x) => x[i] ?? Tg.none));
const SEED = Int32Array.from(TEMPLATES, (_, k) => Math.imul(k + 1, 0x9e3779b1));
const ATOMS = new Int32Array(Tg.count);

/** Weight rows of token i's features (1-based position); `t` holds the tags decided so far. */
export function tagFeatures(e: Encoded, i: number, out: Int32Array, mask: number): number {
  const { w, wt, suf, suf2, pre, shape, amb, t, cl, cc } = e;
  const X = e.n + 1;
  const p1 = i - 1, p2 = i > 1 ? i - 2 : 0, n1 = i + 1 <= e.n ? i + 1 : X, n2 = i + 2 <= e.n ? i + 2 : X;
  const A = ATOMS;
  A[Tg.w_i] = w[i]; A[Tg.suf_i] = suf[i]; A[Tg.suf2_i] = suf2[i]; A[Tg.pre_i] = pre[i]; A[Tg.shape_i] = shape[i];
  A[Tg.wt_i] = wt[i]; A[Tg.amb_i] = amb[i]; A[Tg.w_p1] = w[p1]; A[Tg.w_n1] = w[n1]; A[Tg.w_p2] = w[p2]; A[Tg.w_n2] = w[n2];
  A[Tg.wt_n1] = wt[n1]; A[Tg.wt_n2] = wt[n2]; A[Tg.amb_n1] = amb[n1]; A[Tg.suf_n1] = suf[n1]; A[Tg.suf_p1] = suf[p1];
  A[Tg.t_p1] = t[p1]; A[Tg.T_t_p1_t_p2] = t[p1] | (t[p2] << 8); A[Tg.T_wt_i_wt_n1] = wt[i] | (wt[n1] << 8);
  A[Tg.T_wt_n1_wt_i] = wt[n1] | (wt[i] << 8); A[Tg.T_t_p1_wt_n1] = t[p1] | (wt[n1] << 8);
  A[Tg.T_wt_p1_wt_i_wt_n1] = wt[p1] | (wt[i] << 8) | (wt[n1] << 16);
  A[Tg.cl_i] = cl[i]; A[Tg.cc_i] = cc[i]; A[Tg.cl_n1] = cl[n1]; A[Tg.cl_p1] = cl[p1]; A[Tg.cc_n1] = cc[n1]; A[Tg.cc_p1] = cc[p1];
  const n = TEMPLATES.length;
  for (let k = 0; k < n; k++) {
    let h = Math.imul(SEED[k] ^ A[TA[k]], 0x5bd1e995); h ^= h >>> 15;
    h = Math.imul(h ^ A[TB[k]], 0x5bd1e995); h ^= h >>> 13;
    out[k] = h & mask;
  }
  return n;
}

/** Tag every token of `e` in place (e.t), with the best class at each position. */
export function tagSentence(m: Scorer, e: Encoded, mask: number, rows = new Int32Array(TAG_FEATURES), scores = new Float32Array(NT)): void {
  e.t[0] = ROOT_TAG;
  for (let i = 1; i <= e.n; i++) {
    e.t[i] = bestOf(m, rows, tagFeatures(e, i, rows, mask), null, scores) + 2;
  }
}

export interface Learner extends Scorer { update(rows: Int32Array, n: number, good: number, bad: number): void; time: number }

/** One training pass over sentences with gold UD tag ids (0-based, per token). Returns accuracy. */
export function trainTagger(p: Learner, data: readonly { enc: Encoded; gold: Int32Array }[], mask: number): number {
  const rows = new Int32Array(TAG_FEATURES), scores = new Float32Array(NT);
  let ok = 0, n = 0;
  for (const { enc, gold } of data) {
    // the sentence's tags are put back afterwards: they may be jackknifed tags the parser will
    // train on, which teacher forcing would otherwise leave replaced by the gold ones
    const kept = enc.t.slice();
    enc.t[0] = ROOT_TAG;
    for (let i = 1; i <= enc.n; i++) {
      const nf = tagFeatures(enc, i, rows, mask);
      p.score(rows, nf, scores);
      let best = 0;
      for (let c = 1; c < NT; c++) if (scores[c] > scores[best]) best = c;
      const g = gold[i - 1];
      n++;
      if (best === g) ok++;
      else p.update(rows, nf, g, best);
      p.time++;
      enc.t[i] = g + 2; // teacher forcing: the next position sees the gold tag
    }
    enc.t.set(kept);
  }
  return ok / n;
}
