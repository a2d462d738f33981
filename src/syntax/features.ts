// Feature extraction: Zhang & Nivre (2011)-style templates for arc-hybrid, hashed straight into
// weight-row numbers (no feature strings are ever built, so parsing allocates almost nothing).
import type { State } from './system.js';

/** The tags Dyad's tagger (wink-nlp) gives: Universal POS. */
export const TAGS = ['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X', 'SPACE'];
const TAG_ID = new Map(TAGS.map((t, i) => [t, i + 2]));
export const ROOT_TAG = 1;
const X_TAG = TAG_ID.get('X')!;
const NO_LABEL = 255;

/** A sentence encoded for the features; position 0 is ROOT and n+1 a "nothing here" slot. */
export interface Encoded {
  n: number; w: Int32Array; suf: Int32Array; suf2: Int32Array; pre: Int32Array; shape: Int32Array; amb: Int32Array;
  /** wink-nlp's tag */
  wt: Int32Array;
  /** the UD tag from Dyad's own tagger (tagger.ts), filled after encoding; the parser's tag */
  t: Int32Array;
  /** punctuation tokens up to and including each position (how many lie between two words) */
  pc: Int32Array;
  /** the word's class and its coarse class (clusters.ts), 0 when it has none */
  cl: Int32Array; cc: Int32Array;
}

/**
 * Word -> the UD tags the treebank gives it (bit mask): an "ambiguity class" that corrects for
 * the run-time tagger following other conventions than UD's. Built from the training words.
 */
export type Lexicon = Map<number, number>;
export const UD_TAGS = ['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X'];

/** Words seen at least `minCount` times, with each tag they carry at least a tenth of the time. */
export function buildLexicon(words: Iterable<{ form: string; upos: string }>, minCount = 3): Lexicon {
  const pairs: [number, number][] = [];
  for (const w of words) pairs.push([fnv(normWord(w.form)), Math.max(0, UD_TAGS.indexOf(w.upos === '_' ? 'X' : w.upos))]);
  return lexiconOf(pairs, minCount);
}

/** The same from (word hash, tag id) pairs. */
export function lexiconOf(pairs: Iterable<[number, number]>, minCount = 3): Lexicon {
  const counts = new Map<number, number[]>();
  for (const [k, t] of pairs) {
    let c = counts.get(k);
    if (!c) counts.set(k, (c = new Array(UD_TAGS.length + 1).fill(0)));
    c[t]++;
    c[UD_TAGS.length]++;
  }
  const lex: Lexicon = new Map();
  for (const [k, c] of [...counts].sort((a, b) => a[0] - b[0])) {
    const total = c[UD_TAGS.length];
    if (total < minCount) continue;
    let mask = 0;
    for (let t = 0; t < UD_TAGS.length; t++) if (c[t] * 10 >= total) mask |= 1 << t;
    lex.set(k, mask);
  }
  return lex;
}

/** The word-class value a word gets (unknown words share one). */
export const ambOf = (lex: Lexicon, w: number): number => lex.get(w) ?? 1 << 21;

/**
 * Word hash (fnv of the normalised form) -> word class 1..COARSE*FINE (0 = no class); the
 * classes are made at training time by clusters.ts.
 */
export type Clusters = Map<number, number>;

/** Classes at the top level, and how many each is split into. */
export const COARSE = 64, FINE = 16;

/** Coarse class of a class number (the top level of the two). */
export const coarseOf = (c: number): number => (c === 0 ? 0 : 1 + Math.floor((c - 1) / FINE));

export function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h | 0;
}

/** Word form as the features see it: lower case, digits folded to 0. */
export const normWord = (s: string): string => s.toLowerCase().replace(/[0-9]/g, '0');

function shapeOf(s: string): string {
  let out = '', last = '', run = 0;
  for (const ch of s.slice(0, 12)) {
    const c = /[A-Z]/.test(ch) ? 'X' : /[a-z]/.test(ch) ? 'x' : /[0-9]/.test(ch) ? 'd' : /\p{L}/u.test(ch) ? 'l' : ch;
    run = c === last ? run + 1 : 1;
    last = c;
    if (run <= 2) out += c;
  }
  return out;
}

/**
 * Per word form, for one model's lexicon and word classes: its hash, affixes, shape, ambiguity
 * class, word class and coarse class (the same words come back all the time).
 */
const formCaches = new WeakMap<Lexicon, { clusters: Clusters | undefined; forms: Map<string, Int32Array> }>();
function formCodes(forms: Map<string, Int32Array>, text: string, lex: Lexicon, clusters: Clusters | undefined): Int32Array {
  let c = forms.get(text);
  if (c) return c;
  const low = normWord(text), w = fnv(low), k = clusters?.get(w) ?? 0;
  c = Int32Array.of(w, fnv(low.slice(-3)), fnv(low.slice(-2)), fnv(low.slice(0, 2)), fnv(shapeOf(text)), ambOf(lex, w), k, coarseOf(k));
  if (forms.size >= 200_000) forms.clear(); // bounded: a long run of new words cannot grow it forever
  forms.set(text, c);
  return c;
}

/**
 * The sentence encoded; in `into`'s arrays (emptied) when they are long enough, which the parser
 * does sentence after sentence rather than allocating eleven arrays each.
 */
export function encode(tokens: readonly { text: string; pos: string }[], lex: Lexicon, clusters?: Clusters, into?: Encoded): Encoded {
  const n = tokens.length, m = n + 2;
  const a = (): Int32Array => new Int32Array(m);
  const e: Encoded = into && into.w.length >= m ? emptied(into, n) : { n, w: a(), wt: a(), t: a(), suf: a(), suf2: a(), pre: a(), shape: a(), amb: a(), pc: a(), cl: a(), cc: a() };
  e.w[0] = 1; e.wt[0] = ROOT_TAG; e.t[0] = ROOT_TAG; e.suf[0] = 1; e.shape[0] = 1; e.amb[0] = 1 << 20;
  let cache = formCaches.get(lex);
  if (!cache || cache.clusters !== clusters) formCaches.set(lex, (cache = { clusters, forms: new Map() }));
  for (let i = 1; i <= n; i++) {
    const { text, pos } = tokens[i - 1];
    const c = formCodes(cache.forms, text, lex, clusters);
    e.w[i] = c[0]; e.suf[i] = c[1]; e.suf2[i] = c[2]; e.pre[i] = c[3]; e.shape[i] = c[4];
    e.amb[i] = c[5]; e.cl[i] = c[6]; e.cc[i] = c[7];
    e.wt[i] = TAG_ID.get(pos) ?? X_TAG;
    e.pc[i] = e.pc[i - 1] + (pos === 'PUNCT' ? 1 : 0);
  }
  return e;
}

function emptied(e: Encoded, n: number): Encoded {
  e.n = n;
  for (const x of [e.w, e.wt, e.t, e.suf, e.suf2, e.pre, e.shape, e.amb, e.pc, e.cl, e.cc]) x.fill(0, 0, n + 2);
  return e;
}

export const MAX_FEATURES = 192;

const dist = (d: number): number => (d < 5 ? d : d < 8 ? 5 : d < 12 ? 6 : 7);

/** The first LABEL_FEATURES features also score labels (see model.ts); the rest score moves only. */
export const LABEL_FEATURES = 46;

/**
 * Fill `out` with the 32-bit hashes of the state's features and return how many; the scorer
 * masks them to weight rows. Missing positions read slot n+1, whose values are all zero.
 * With `labelsOnly` only the first LABEL_FEATURES (a move that is forced needs its label alone).
 */
// The feature writer is module state rather than closures: extract runs twice per token and
// closures allocated per call showed up as garbage-collection time.
let OUT: Int32Array = new Int32Array(0), K = 0;
function f(a: number, b = 0, c = 0): void {
  let h = Math.imul(K + 1, 0x9e3779b1);
  h = Math.imul(h ^ a, 0x5bd1e995); h ^= h >>> 15;
  h = Math.imul(h ^ b, 0x5bd1e995); h ^= h >>> 13;
  h = Math.imul(h ^ c, 0x5bd1e995); h ^= h >>> 16;
  OUT[K++] = h;
}
const tt = (a: number, b: number, c = 0): number => a | (b << 8) | (c << 16);
const kidOf = (a: Int32Array, p: number, X: number): number => (p === X || a[p] === 0 ? X : a[p]);
const labOf = (st: State, p: number, X: number): number => (p === X ? NO_LABEL : st.label[p]);
const setOf = (sets: Int32Array, p: number, X: number): number => (p === X ? -1 : sets[p]);

export function extract(st: State, e: Encoded, out: Int32Array, labelsOnly = false): number {
  const X = e.n + 1, { w, t } = e;
  const s0 = st.sp > 0 ? st.stack[st.sp - 1] : X, s1 = st.sp > 1 ? st.stack[st.sp - 2] : X, s2 = st.sp > 2 ? st.stack[st.sp - 3] : X;
  const b0 = st.b <= e.n ? st.b : X, b1 = st.b + 1 <= e.n ? st.b + 1 : X, b2 = st.b + 2 <= e.n ? st.b + 2 : X, b3 = st.b + 3 <= e.n ? st.b + 3 : X;
  const s0l1 = kidOf(st.l1, s0, X), s0l2 = kidOf(st.l2, s0, X), s0r1 = kidOf(st.r1, s0, X), s0r2 = kidOf(st.r2, s0, X);
  const s1l1 = kidOf(st.l1, s1, X), s1r1 = kidOf(st.r1, s1, X), s1r2 = kidOf(st.r2, s1, X), b0l1 = kidOf(st.l1, b0, X), b0l2 = kidOf(st.l2, b0, X);
  const ws0 = w[s0], ws1 = w[s1], wb0 = w[b0], wb1 = w[b1], wb2 = w[b2];
  const ts0 = t[s0], ts1 = t[s1], ts2 = t[s2], tb0 = t[b0], tb1 = t[b1], tb2 = t[b2];
  const d0 = s0 !== X && b0 !== X ? dist(b0 - s0) : 0, d1 = s0 !== X && s1 !== X && s1 !== 0 ? dist(s0 - s1) : 0;
  const nrs0 = s0 === X ? 0 : st.nr[s0], nls0 = s0 === X ? 0 : st.nl[s0], nrs1 = s1 === X ? 0 : st.nr[s1], nls1 = s1 === X ? 0 : st.nl[s1];
  const nlb0 = b0 === X ? 0 : st.nl[b0];
  const { suf, shape, wt, amb, cl, cc } = e;
  OUT = out; K = 0;
  // label block: the two candidate arcs' words, tags, children's labels and distance
  f(0); f(ws0); f(ts0); f(ws0, ts0); f(ws1, ts1); f(ts1); f(wb0, tb0); f(tb0); f(wb0); f(ws1);
  f(tt(ts0, tb0)); f(tt(ts1, ts0)); f(ws0, tt(ts0, tb0), wb0); f(ws1, tt(ts1, ts0), ws0); f(ws0, wb0); f(ws1, ws0);
  f(labOf(st, s0l1, X)); f(labOf(st, s0r1, X)); f(labOf(st, b0l1, X)); f(ts0, tt(labOf(st, s0l1, X), labOf(st, s0l2, X))); f(ts0, tt(labOf(st, s0r1, X), labOf(st, s0r2, X))); f(tb0, tt(labOf(st, b0l1, X), labOf(st, b0l2, X)));
  f(tt(ts0, t[s0l1], tb0)); f(tt(ts1, ts0, t[s0r1])); f(tt(ts0, tb0, d0)); f(tt(ts1, ts0, d1)); f(ws0, d0); f(ws0, d1);
  f(amb[s0]); f(amb[b0]); f(amb[s1]); f(amb[s0], amb[b0]); f(amb[s1], amb[s0]); f(suf[s0]); f(suf[b0], tb0); f(ts0, tt(nls0, nrs0));
  f(w[s0l1], ts0); f(w[b0l1], tb0); f(tt(wt[s0], ts0)); f(tt(wt[s0], wt[b0]));
  f(cl[s0]); f(cl[b0]); f(cl[s1]); f(cc[s0], cc[b0]); f(cc[s1], cc[s0]); f(cl[s0], tt(ts0, tb0));
  if (K !== LABEL_FEATURES) throw new Error(`label block has ${K} features`);
  if (labelsOnly) return K;
  // unigrams
  f(ts2); f(w[s2], ts2); f(wb1); f(tb1); f(wb1, tb1); f(wb2, tb2); f(tb2);
  // s0-b0 and s1-s0: the two candidate arcs
  f(ws0, tt(ts0, tb0)); f(wb0, tt(ts0, tb0));
  f(ws0, ts0, wb0); f(ws0, wb0, tb0); f(tt(tb0, tb1)); f(wb0, wb1); f(wb0, tb1); f(tb0, wb1);
  f(ws1, tt(ts1, ts0)); f(ws0, tt(ts1, ts0));
  f(ws1, ts1, ws0); f(ws1, ws0, ts0);
  // tag trigrams
  f(tt(tb0, tb1, tb2)); f(tt(ts0, tb0, tb1)); f(tt(ts1, ts0, tb0)); f(tt(ts2, ts1, ts0)); f(tt(ts1, ts0, tb1));
  f(ws0, tt(ts1, tb0)); f(wb0, tt(ts1, ts0)); f(ws1, tt(ts0, tb0));
  // children of s0, s1, b0
  f(w[s0l1]); f(t[s0l1]); f(w[s0r1]); f(t[s0r1]);
  f(t[s0l2]); f(labOf(st, s0l2, X)); f(t[s0r2]); f(labOf(st, s0r2, X));
  f(t[s1l1]); f(labOf(st, s1l1, X)); f(t[s1r1]); f(labOf(st, s1r1, X)); f(labOf(st, s1r2, X)); f(w[b0l1]); f(t[b0l1]); f(t[b0l2]); f(labOf(st, b0l2, X));
  f(tt(ts0, t[s0r1], tb0)); f(tt(ts0, tb0, t[b0l1])); f(tt(ts1, ts0, t[s0l1]));
  f(tt(ts1, t[s1r1], ts0)); f(tt(ts1, t[s1l1], ts0)); f(tt(ts0, t[s0l1], t[s0l2])); f(tt(ts0, t[s0r1], t[s0r2])); f(tt(tb0, t[b0l1], t[b0l2]));
  f(ts1, tt(labOf(st, s1l1, X), labOf(st, s1r1, X)));
  f(ws0, tt(labOf(st, s0l1, X), labOf(st, s0r1, X))); f(ws1, tt(labOf(st, s1r1, X), ts0)); f(wb0, labOf(st, b0l1, X));
  // distance and valency
  f(ts0, d0); f(wb0, d0); f(tb0, d0); f(ws0, wb0, d0);
  f(ws1, ws0, d1); f(ws0, tt(ts1, d1)); f(ws1, tt(ts0, d1));
  f(ws0, nrs0); f(ts0, nrs0); f(ws0, nls0); f(ts0, nls0); f(ws1, nrs1); f(ts1, nrs1); f(ts1, nls1); f(wb0, nlb0); f(tb0, nlb0);
  // suffixes and shapes, for words the treebank never had
  f(suf[b0]); f(suf[b1]); f(suf[s1]); f(shape[s0]); f(shape[b0]); f(shape[b1]);
  f(suf[s0], ts0); f(suf[s0], suf[b0]); f(suf[s1], suf[s0]); f(shape[b0], tb0, ts0);
  // wink-nlp's tags beside Dyad's own
  f(wt[s0]); f(wt[b0]); f(wt[b1]); f(wt[s1]); f(tt(wt[b0], tb0));
  // the treebank's tags for the word (ambiguity classes), alone and against the tagger's
  f(amb[b1]); f(amb[s0], ts0); f(amb[b0], tb0); f(amb[s1], ts1);
  f(amb[b0], amb[b1]); f(amb[s0], amb[b0], tt(ts0, tb0)); f(amb[s1], amb[s0], tt(ts1, ts0));
  f(amb[s0], wb0); f(ws0, amb[b0]); f(amb[s1], ws0); f(ws1, amb[s0]); f(amb[s2], amb[s1], amb[s0]); f(amb[s0], amb[b0], amb[b1]);
  // further lookahead, punctuation between the candidate arcs' words, and the labels each word already has
  const pb = s0 !== X && b0 !== X && s0 !== 0 ? Math.min(e.pc[b0 - 1] - e.pc[s0], 3) : 4, p1 = s1 !== X && s1 !== 0 && s0 !== X ? Math.min(e.pc[s0 - 1] - e.pc[s1], 3) : 4;
  f(t[b3]); f(tt(tb1, tb2, t[b3])); f(tt(ts0, tb0, pb)); f(ws0, pb); f(wb0, pb); f(tt(ts1, ts0, p1)); f(ws1, p1);
  f(ts0, setOf(st.ll, s0, X)); f(ts0, setOf(st.rl, s0, X)); f(tb0, setOf(st.ll, b0, X)); f(ts1, setOf(st.rl, s1, X)); f(ws0, setOf(st.rl, s0, X)); f(ts1, setOf(st.ll, s1, X));
  // word classes in place of words (for words seen rarely or never)
  f(cl[s0], cl[b0]); f(cl[s1], cl[s0]); f(cc[s0], tt(ts0, tb0), cc[b0]); f(cc[s1], tt(ts1, ts0), cc[s0]); f(cl[b0], cl[b1]); f(cl[b1]); f(cc[b0], tb1);
  f(cl[s0l1], ts0); f(cl[s0r1], ts0); f(cl[b0l1], tb0); f(cc[s0], cc[b0], d0); f(cl[s2], ts2); f(cc[b2]);
  return K;
}
