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

// The features are templates over atoms: values read off the state (a word, a tag, a child's
// label, a distance) or tuples of tags. Each state's atoms are computed once, then every template
// is hashed in one loop: extract runs twice per token, and a call per feature cost more than
// the hashing itself.

/** The atoms, by name: `T_` tuples of tags or labels, `lab_` a child's label, `ll_`/`rl_` its labels' sets. */
const enum At {
  none, ws0, ts0, ws1, ts1, wb0, tb0, T_ts0_tb0, T_ts1_ts0, lab_s0l1, lab_s0r1, lab_b0l1, T_lab_s0l1_lab_s0l2,
  T_lab_s0r1_lab_s0r2, T_lab_b0l1_lab_b0l2, T_ts0_t_s0l1_tb0, T_ts1_ts0_t_s0r1, T_ts0_tb0_d0, T_ts1_ts0_d1,
  d0, d1, amb_s0, amb_b0, amb_s1, suf_s0, suf_b0, T_nls0_nrs0, w_s0l1, w_b0l1, T_wt_s0_ts0, T_wt_s0_wt_b0,
  cl_s0, cl_b0, cl_s1, cc_s0, cc_b0, cc_s1, ts2, w_s2, wb1, tb1, wb2, tb2, T_tb0_tb1, T_tb0_tb1_tb2,
  T_ts0_tb0_tb1, T_ts1_ts0_tb0, T_ts2_ts1_ts0, T_ts1_ts0_tb1, T_ts1_tb0, t_s0l1, w_s0r1, t_s0r1, t_s0l2,
  lab_s0l2, t_s0r2, lab_s0r2, t_s1l1, lab_s1l1, t_s1r1, lab_s1r1, lab_s1r2, t_b0l1, t_b0l2, lab_b0l2,
  T_ts0_t_s0r1_tb0, T_ts0_tb0_t_b0l1, T_ts1_ts0_t_s0l1, T_ts1_t_s1r1_ts0, T_ts1_t_s1l1_ts0,
  T_ts0_t_s0l1_t_s0l2, T_ts0_t_s0r1_t_s0r2, T_tb0_t_b0l1_t_b0l2, T_lab_s1l1_lab_s1r1, T_lab_s0l1_lab_s0r1,
  T_lab_s1r1_ts0, T_ts1_d1, T_ts0_d1, nrs0, nls0, nrs1, nls1, nlb0, suf_b1, suf_s1, shape_s0, shape_b0,
  shape_b1, wt_s0, wt_b0, wt_b1, wt_s1, T_wt_b0_tb0, amb_b1, amb_s2, t_b3, T_tb1_tb2_t_b3, T_ts0_tb0_pb, pb,
  T_ts1_ts0_p1, p1, ll_s0, rl_s0, ll_b0, rl_s1, ll_s1, cl_b1, cl_s0l1, cl_s0r1, cl_b0l1, cl_s2, cc_b2,
  /** (how many) */
  count,
}

const tt = (a: number, b: number, c = 0): number => a | (b << 8) | (c << 16);
const kidOf = (a: Int32Array, p: number, X: number): number => (p === X || a[p] === 0 ? X : a[p]);
const labOf = (st: State, p: number, X: number): number => (p === X ? NO_LABEL : st.label[p]);
const setOf = (sets: Int32Array, p: number, X: number): number => (p === X ? -1 : sets[p]);

/** The state's atoms into A (A[At.none] stays 0). Missing positions read slot n+1, whose values are all zero. */
function atoms(st: State, e: Encoded, A: Int32Array): void {
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
  // punctuation between the candidate arcs' words
  const pb = s0 !== X && b0 !== X && s0 !== 0 ? Math.min(e.pc[b0 - 1] - e.pc[s0], 3) : 4, p1 = s1 !== X && s1 !== 0 && s0 !== X ? Math.min(e.pc[s0 - 1] - e.pc[s1], 3) : 4;
  A[At.ws0] = ws0; A[At.ts0] = ts0; A[At.ws1] = ws1; A[At.ts1] = ts1; A[At.wb0] = wb0; A[At.tb0] = tb0;
  A[At.T_ts0_tb0] = tt(ts0, tb0); A[At.T_ts1_ts0] = tt(ts1, ts0); A[At.lab_s0l1] = labOf(st, s0l1, X);
  A[At.lab_s0r1] = labOf(st, s0r1, X); A[At.lab_b0l1] = labOf(st, b0l1, X);
  A[At.T_lab_s0l1_lab_s0l2] = tt(labOf(st, s0l1, X), labOf(st, s0l2, X));
  A[At.T_lab_s0r1_lab_s0r2] = tt(labOf(st, s0r1, X), labOf(st, s0r2, X));
  A[At.T_lab_b0l1_lab_b0l2] = tt(labOf(st, b0l1, X), labOf(st, b0l2, X));
  A[At.T_ts0_t_s0l1_tb0] = tt(ts0, t[s0l1], tb0); A[At.T_ts1_ts0_t_s0r1] = tt(ts1, ts0, t[s0r1]);
  A[At.T_ts0_tb0_d0] = tt(ts0, tb0, d0); A[At.T_ts1_ts0_d1] = tt(ts1, ts0, d1); A[At.d0] = d0; A[At.d1] = d1;
  A[At.amb_s0] = amb[s0]; A[At.amb_b0] = amb[b0]; A[At.amb_s1] = amb[s1]; A[At.suf_s0] = suf[s0];
  A[At.suf_b0] = suf[b0]; A[At.T_nls0_nrs0] = tt(nls0, nrs0); A[At.w_s0l1] = w[s0l1]; A[At.w_b0l1] = w[b0l1];
  A[At.T_wt_s0_ts0] = tt(wt[s0], ts0); A[At.T_wt_s0_wt_b0] = tt(wt[s0], wt[b0]); A[At.cl_s0] = cl[s0];
  A[At.cl_b0] = cl[b0]; A[At.cl_s1] = cl[s1]; A[At.cc_s0] = cc[s0]; A[At.cc_b0] = cc[b0]; A[At.cc_s1] = cc[s1];
  A[At.ts2] = ts2; A[At.w_s2] = w[s2]; A[At.wb1] = wb1; A[At.tb1] = tb1; A[At.wb2] = wb2; A[At.tb2] = tb2;
  A[At.T_tb0_tb1] = tt(tb0, tb1); A[At.T_tb0_tb1_tb2] = tt(tb0, tb1, tb2); A[At.T_ts0_tb0_tb1] = tt(ts0, tb0, tb1);
  A[At.T_ts1_ts0_tb0] = tt(ts1, ts0, tb0); A[At.T_ts2_ts1_ts0] = tt(ts2, ts1, ts0);
  A[At.T_ts1_ts0_tb1] = tt(ts1, ts0, tb1); A[At.T_ts1_tb0] = tt(ts1, tb0); A[At.t_s0l1] = t[s0l1];
  A[At.w_s0r1] = w[s0r1]; A[At.t_s0r1] = t[s0r1]; A[At.t_s0l2] = t[s0l2]; A[At.lab_s0l2] = labOf(st, s0l2, X);
  A[At.t_s0r2] = t[s0r2]; A[At.lab_s0r2] = labOf(st, s0r2, X); A[At.t_s1l1] = t[s1l1];
  A[At.lab_s1l1] = labOf(st, s1l1, X); A[At.t_s1r1] = t[s1r1]; A[At.lab_s1r1] = labOf(st, s1r1, X);
  A[At.lab_s1r2] = labOf(st, s1r2, X); A[At.t_b0l1] = t[b0l1]; A[At.t_b0l2] = t[b0l2];
  A[At.lab_b0l2] = labOf(st, b0l2, X); A[At.T_ts0_t_s0r1_tb0] = tt(ts0, t[s0r1], tb0);
  A[At.T_ts0_tb0_t_b0l1] = tt(ts0, tb0, t[b0l1]); A[At.T_ts1_ts0_t_s0l1] = tt(ts1, ts0, t[s0l1]);
  A[At.T_ts1_t_s1r1_ts0] = tt(ts1, t[s1r1], ts0); A[At.T_ts1_t_s1l1_ts0] = tt(ts1, t[s1l1], ts0);
  A[At.T_ts0_t_s0l1_t_s0l2] = tt(ts0, t[s0l1], t[s0l2]); A[At.T_ts0_t_s0r1_t_s0r2] = tt(ts0, t[s0r1], t[s0r2]);
  A[At.T_tb0_t_b0l1_t_b0l2] = tt(tb0, t[b0l1], t[b0l2]);
  A[At.T_lab_s1l1_lab_s1r1] = tt(labOf(st, s1l1, X), labOf(st, s1r1, X));
  A[At.T_lab_s0l1_lab_s0r1] = tt(labOf(st, s0l1, X), labOf(st, s0r1, X));
  A[At.T_lab_s1r1_ts0] = tt(labOf(st, s1r1, X), ts0); A[At.T_ts1_d1] = tt(ts1, d1); A[At.T_ts0_d1] = tt(ts0, d1);
  A[At.nrs0] = nrs0; A[At.nls0] = nls0; A[At.nrs1] = nrs1; A[At.nls1] = nls1; A[At.nlb0] = nlb0; A[At.suf_b1] = suf[b1];
  A[At.suf_s1] = suf[s1]; A[At.shape_s0] = shape[s0]; A[At.shape_b0] = shape[b0]; A[At.shape_b1] = shape[b1];
  A[At.wt_s0] = wt[s0]; A[At.wt_b0] = wt[b0]; A[At.wt_b1] = wt[b1]; A[At.wt_s1] = wt[s1];
  A[At.T_wt_b0_tb0] = tt(wt[b0], tb0); A[At.amb_b1] = amb[b1]; A[At.amb_s2] = amb[s2]; A[At.t_b3] = t[b3];
  A[At.T_tb1_tb2_t_b3] = tt(tb1, tb2, t[b3]); A[At.T_ts0_tb0_pb] = tt(ts0, tb0, pb); A[At.pb] = pb;
  A[At.T_ts1_ts0_p1] = tt(ts1, ts0, p1); A[At.p1] = p1; A[At.ll_s0] = setOf(st.ll, s0, X);
  A[At.rl_s0] = setOf(st.rl, s0, X); A[At.ll_b0] = setOf(st.ll, b0, X); A[At.rl_s1] = setOf(st.rl, s1, X);
  A[At.ll_s1] = setOf(st.ll, s1, X); A[At.cl_b1] = cl[b1]; A[At.cl_s0l1] = cl[s0l1]; A[At.cl_s0r1] = cl[s0r1];
  A[At.cl_b0l1] = cl[b0l1]; A[At.cl_s2] = cl[s2]; A[At.cc_b2] = cc[b2];
}

/** The templates, each the atoms it hashes together (at most three); the label block comes first. */
const LABEL_TEMPLATES: At[][] = [
  // label block: the two candidate arcs' words, tags, children's labels and distance
  [], [At.ws0], [At.ts0], [At.ws0, At.ts0], [At.ws1, At.ts1], [At.ts1], [At.wb0, At.tb0], [At.tb0], [At.wb0],
  [At.ws1],
  [At.T_ts0_tb0], [At.T_ts1_ts0], [At.ws0, At.T_ts0_tb0, At.wb0], [At.ws1, At.T_ts1_ts0, At.ws0], [At.ws0, At.wb0],
  [At.ws1, At.ws0],
  [At.lab_s0l1], [At.lab_s0r1], [At.lab_b0l1], [At.ts0, At.T_lab_s0l1_lab_s0l2], [At.ts0, At.T_lab_s0r1_lab_s0r2],
  [At.tb0, At.T_lab_b0l1_lab_b0l2],
  [At.T_ts0_t_s0l1_tb0], [At.T_ts1_ts0_t_s0r1], [At.T_ts0_tb0_d0], [At.T_ts1_ts0_d1], [At.ws0, At.d0], [At.ws0, At.d1],
  [At.amb_s0], [At.amb_b0], [At.amb_s1], [At.amb_s0, At.amb_b0], [At.amb_s1, At.amb_s0], [At.suf_s0],
  [At.suf_b0, At.tb0], [At.ts0, At.T_nls0_nrs0],
  [At.w_s0l1, At.ts0], [At.w_b0l1, At.tb0], [At.T_wt_s0_ts0], [At.T_wt_s0_wt_b0],
  [At.cl_s0], [At.cl_b0], [At.cl_s1], [At.cc_s0, At.cc_b0], [At.cc_s1, At.cc_s0], [At.cl_s0, At.T_ts0_tb0],
];
const MOVE_TEMPLATES: At[][] = [
  // unigrams
  [At.ts2], [At.w_s2, At.ts2], [At.wb1], [At.tb1], [At.wb1, At.tb1], [At.wb2, At.tb2], [At.tb2],
  // s0-b0 and s1-s0: the two candidate arcs
  [At.ws0, At.T_ts0_tb0], [At.wb0, At.T_ts0_tb0],
  [At.ws0, At.ts0, At.wb0], [At.ws0, At.wb0, At.tb0], [At.T_tb0_tb1], [At.wb0, At.wb1], [At.wb0, At.tb1],
  [At.tb0, At.wb1],
  [At.ws1, At.T_ts1_ts0], [At.ws0, At.T_ts1_ts0],
  [At.ws1, At.ts1, At.ws0], [At.ws1, At.ws0, At.ts0],
  // tag trigrams
  [At.T_tb0_tb1_tb2], [At.T_ts0_tb0_tb1], [At.T_ts1_ts0_tb0], [At.T_ts2_ts1_ts0], [At.T_ts1_ts0_tb1],
  [At.ws0, At.T_ts1_tb0], [At.wb0, At.T_ts1_ts0], [At.ws1, At.T_ts0_tb0],
  // children of s0, s1, b0
  [At.w_s0l1], [At.t_s0l1], [At.w_s0r1], [At.t_s0r1],
  [At.t_s0l2], [At.lab_s0l2], [At.t_s0r2], [At.lab_s0r2],
  [At.t_s1l1], [At.lab_s1l1], [At.t_s1r1], [At.lab_s1r1], [At.lab_s1r2], [At.w_b0l1], [At.t_b0l1], [At.t_b0l2],
  [At.lab_b0l2],
  [At.T_ts0_t_s0r1_tb0], [At.T_ts0_tb0_t_b0l1], [At.T_ts1_ts0_t_s0l1],
  [At.T_ts1_t_s1r1_ts0], [At.T_ts1_t_s1l1_ts0], [At.T_ts0_t_s0l1_t_s0l2], [At.T_ts0_t_s0r1_t_s0r2],
  [At.T_tb0_t_b0l1_t_b0l2],
  [At.ts1, At.T_lab_s1l1_lab_s1r1],
  [At.ws0, At.T_lab_s0l1_lab_s0r1], [At.ws1, At.T_lab_s1r1_ts0], [At.wb0, At.lab_b0l1],
  // distance and valency
  [At.ts0, At.d0], [At.wb0, At.d0], [At.tb0, At.d0], [At.ws0, At.wb0, At.d0],
  [At.ws1, At.ws0, At.d1], [At.ws0, At.T_ts1_d1], [At.ws1, At.T_ts0_d1],
  [At.ws0, At.nrs0], [At.ts0, At.nrs0], [At.ws0, At.nls0], [At.ts0, At.nls0], [At.ws1, At.nrs1], [At.ts1, At.nrs1],
  [At.ts1, At.nls1], [At.wb0, At.nlb0], [At.tb0, At.nlb0],
  // suffixes and shapes, for words the treebank never had
  [At.suf_b0], [At.suf_b1], [At.suf_s1], [At.shape_s0], [At.shape_b0], [At.shape_b1],
  [At.suf_s0, At.ts0], [At.suf_s0, At.suf_b0], [At.suf_s1, At.suf_s0], [At.shape_b0, At.tb0, At.ts0],
  // wink-nlp's tags beside Dyad's own
  [At.wt_s0], [At.wt_b0], [At.wt_b1], [At.wt_s1], [At.T_wt_b0_tb0],
  // the treebank's tags for the word (ambiguity classes), alone and against the tagger's
  [At.amb_b1], [At.amb_s0, At.ts0], [At.amb_b0, At.tb0], [At.amb_s1, At.ts1],
  [At.amb_b0, At.amb_b1], [At.amb_s0, At.amb_b0, At.T_ts0_tb0], [At.amb_s1, At.amb_s0, At.T_ts1_ts0],
  [At.amb_s0, At.wb0], [At.ws0, At.amb_b0], [At.amb_s1, At.ws0], [At.ws1, At.amb_s0], [At.amb_s2, At.amb_s1, At.amb_s0],
  [At.amb_s0, At.amb_b0, At.amb_b1],
  // further lookahead, punctuation between the candidate arcs' words, and the labels each word already has
  [At.t_b3], [At.T_tb1_tb2_t_b3], [At.T_ts0_tb0_pb], [At.ws0, At.pb], [At.wb0, At.pb], [At.T_ts1_ts0_p1],
  [At.ws1, At.p1],
  [At.ts0, At.ll_s0], [At.ts0, At.rl_s0], [At.tb0, At.ll_b0], [At.ts1, At.rl_s1], [At.ws0, At.rl_s0],
  [At.ts1, At.ll_s1],
  // word classes in place of words (for words seen rarely or never)
  [At.cl_s0, At.cl_b0], [At.cl_s1, At.cl_s0], [At.cc_s0, At.T_ts0_tb0, At.cc_b0], [At.cc_s1, At.T_ts1_ts0, At.cc_s0],
  [At.cl_b0, At.cl_b1], [At.cl_b1], [At.cc_b0, At.tb1],
  [At.cl_s0l1, At.ts0], [At.cl_s0r1, At.ts0], [At.cl_b0l1, At.tb0], [At.cc_s0, At.cc_b0, At.d0], [At.cl_s2, At.ts2],
  [At.cc_b2],
];
if (LABEL_TEMPLATES.length !== LABEL_FEATURES) throw new Error(`label block has ${LABEL_TEMPLATES.length} features`);
const TEMPLATES = [...LABEL_TEMPLATES, ...MOVE_TEMPLATES];
if (TEMPLATES.length > MAX_FEATURES) throw new Error(`${TEMPLATES.length} feature templates, at most ${MAX_FEATURES}`);
/** each template's atoms (At.none where it has fewer than three) and its seed */
const [TA, TB, TC] = [0, 1, 2].map((i) => Int32Array.from(TEMPLATES, (x) => x[i] ?? At.none));
const SEED = Int32Array.from(TEMPLATES, (_, k) => Math.imul(k + 1, 0x9e3779b1));
const ATOMS = new Int32Array(At.count);

/**
 * Fill `out` with the 32-bit hashes of the state's features and return how many; the scorer
 * masks them to weight rows. With `labelsOnly` only the first LABEL_FEATURES (a move that is
 * forced needs its label alone).
 */
export function extract(st: State, e: Encoded, out: Int32Array, labelsOnly = false): number {
  const A = ATOMS;
  atoms(st, e, A);
  const n = labelsOnly ? LABEL_FEATURES : TEMPLATES.length;
  for (let k = 0; k < n; k++) {
    let h = Math.imul(SEED[k] ^ A[TA[k]], 0x5bd1e995); h ^= h >>> 15;
    h = Math.imul(h ^ A[TB[k]], 0x5bd1e995); h ^= h >>> 13;
    h = Math.imul(h ^ A[TC[k]], 0x5bd1e995); h ^= h >>> 16;
    out[k] = h;
  }
  return n;
}
