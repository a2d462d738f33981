// Dyad's own UD tagger, run before the parser: wink-nlp's tags follow other conventions than
// UD's (SCONJ as ADP, adjectives of nationality as PROPN, ...) and are wrong on about one word in
// nine of EWT; an averaged perceptron over the word, its affixes, wink's tag and its neighbours
// gives the parser UD tags. Greedy, left to right; the previous two predicted tags are features.
import { UD_TAGS, ROOT_TAG, type Encoded } from './features.js';
import { bestOf, type Scorer } from './model.js';

export const TAG_FEATURES = 48;
const NT = UD_TAGS.length;

function mix(id: number, a: number, b: number): number {
  let h = Math.imul(id, 0x9e3779b1);
  h = Math.imul(h ^ a, 0x5bd1e995); h ^= h >>> 15;
  h = Math.imul(h ^ b, 0x5bd1e995); h ^= h >>> 13;
  return h;
}

// The feature writer is module state rather than a closure made per token (which showed up as
// garbage-collection time), as in features.ts.
let OUT: Int32Array = new Int32Array(0), K = 0, MASK = 0;
function f(a: number, b = 0): void { OUT[K] = mix(K + 1, a, b) & MASK; K++; }

/** Weight rows of token i's features (1-based position); `t` holds the tags decided so far. */
export function tagFeatures(e: Encoded, i: number, out: Int32Array, mask: number): number {
  const { w, wt, suf, suf2, pre, shape, amb, t, cl, cc } = e;
  const X = e.n + 1;
  const p1 = i - 1, p2 = i > 1 ? i - 2 : 0, n1 = i + 1 <= e.n ? i + 1 : X, n2 = i + 2 <= e.n ? i + 2 : X;
  OUT = out; K = 0; MASK = mask;
  f(0); f(w[i]); f(suf[i]); f(suf2[i]); f(pre[i]); f(shape[i]); f(wt[i]); f(amb[i]);
  f(w[i], wt[i]); f(amb[i], wt[i]); f(suf[i], wt[i]); f(shape[i], wt[i]);
  f(w[p1]); f(w[n1]); f(w[p2]); f(w[n2]); f(wt[n1]); f(wt[n2]); f(amb[n1]); f(suf[n1]); f(suf[p1]);
  f(t[p1]); f(t[p1] | (t[p2] << 8)); f(t[p1], w[i]); f(t[p1], wt[i]); f(t[p1], amb[i]); f(wt[i] | (wt[n1] << 8));
  f(w[i], w[n1]); f(w[p1], w[i]); f(t[p1], wt[n1] | (wt[i] << 8)); f(amb[i], amb[n1]); f(t[p1], suf[i]);
  f(w[i], wt[n1]); f(w[i], t[p1] | (wt[n1] << 8)); f(wt[p1] | (wt[i] << 8) | (wt[n1] << 16));
  f(cl[i]); f(cc[i]); f(cl[i], wt[i]); f(cl[n1]); f(cl[p1]); f(cc[n1], cl[i]); f(t[p1], cl[i]); f(cc[p1], cc[i]);
  return K;
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
