// Training the parser on a UD treebank: Dyad's tokens and tags, the gold tree carried over to
// them, non-projective trees made projective by lifting, then epochs of the averaged
// perceptron with the dynamic oracle. Deterministic for a given seed.
import type { UdSentence } from './conllu.js';
import { dyadTokens, projectTree, wordToToken } from './align.js';
import { encode, type Encoded } from './features.js';
import { Gold, projectivise } from './system.js';
import { Perceptron, trainSentence, type TrainSentence } from './perceptron.js';
import { Decoder } from './decode.js';
import { packModel, type ModelHeader, type Scorer } from './model.js';

export interface Prepared { sentences: { enc: Encoded; head: Int32Array; label: string[] }[]; dropped: number; lifted: number }

/** Treebank sentences as Dyad would tokenise and tag them, with the tree projected onto them. */
export function prepare(ud: readonly UdSentence[]): Prepared {
  const out: Prepared = { sentences: [], dropped: 0, lifted: 0 };
  for (const s of ud) {
    const toks = dyadTokens(s.text);
    const p = projectTree(s.words, toks);
    if (!p) { out.dropped++; continue; }
    if (projectivise(p.head) > 0) out.lifted++;
    out.sentences.push({ enc: encode(toks), head: p.head, label: p.label });
  }
  return out;
}

/** Gold words with the tags Dyad's tagger gives them (setting "gold tokens, Dyad tags"). */
export function goldTokensDyadTags(s: UdSentence): { text: string; pos: string }[] {
  const toks = dyadTokens(s.text);
  const map = wordToToken(s.words, toks);
  return s.words.map((w, i) => ({ text: w.form, pos: map[i] >= 0 ? toks[map[i]].pos : 'X' }));
}

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The label set and which directions each label is seen in (sorted, so the same every run). */
export function labelSet(p: Prepared): Pick<ModelHeader, 'labels' | 'leftOk' | 'rightOk'> {
  const labels = [...new Set(p.sentences.flatMap((s) => s.label.slice(1)))].sort();
  const id = new Map(labels.map((l, i) => [l, i]));
  const leftOk = labels.map(() => false), rightOk = labels.map(() => false);
  for (const s of p.sentences) {
    for (let d = 1; d < s.head.length; d++) (d < s.head[d] ? leftOk : rightOk)[id.get(s.label[d])!] = true;
  }
  return { labels, leftOk, rightOk };
}

export interface TrainOptions {
  train: Prepared;
  dev: { enc: Encoded; words: UdSentence['words'] }[];
  epochs: number;
  rowBits: number;
  seed: number;
  /** weights whose size is under this share of their row's largest are dropped when packing */
  prune: number;
  onProgress?: (epoch: number, done: number, total: number) => void;
  onEpoch?: (epoch: number, trainAcc: number, dev: { uas: number; las: number }, sec: number) => void;
}

/** Train and return the packed model of the epoch that scored best on dev (LAS). */
export function trainParser(o: TrainOptions, trainedOn: string): { model: Buffer; bestEpoch: number; dev: { uas: number; las: number } } {
  const ls = labelSet(o.train);
  const header: ModelHeader = { version: 1, rowBits: o.rowBits, ...ls, trainedOn };
  const id = new Map(ls.labels.map((l, i) => [l, i]));
  const data: TrainSentence[] = o.train.sentences.map((s) => ({ enc: s.enc, gold: new Gold(s.head, s.label.map((l) => id.get(l) ?? 0)) }));
  const p = new Perceptron(1 << o.rowBits, 1 + 2 * ls.labels.length);
  const mask = (1 << o.rowBits) - 1;
  const dec = new Decoder(p, ls.leftOk, ls.rightOk, mask);
  const rand = mulberry32(o.seed);
  let best: { model: Buffer; bestEpoch: number; dev: { uas: number; las: number } } = { model: Buffer.alloc(0), bestEpoch: 0, dev: { uas: 0, las: -1 } };
  for (let epoch = 1; epoch <= o.epochs; epoch++) {
    const t0 = Date.now();
    shuffle(data, rand);
    let correct = 0, total = 0;
    data.forEach((s, i) => {
      const r = trainSentence(p, dec, s, epoch === 1 ? 0 : 0.9, rand);
      correct += r.correct; total += r.total;
      if (i % 200 === 0) o.onProgress?.(epoch, i, data.length);
    });
    const avg = p.averaged();
    const devScore = scoreDev(new DenseScorer(avg, p.classes), ls, mask, o.dev, id);
    o.onEpoch?.(epoch, correct / total, devScore, (Date.now() - t0) / 1000);
    if (devScore.las > best.dev.las) best = { model: packModel(header, avg, o.prune), bestEpoch: epoch, dev: devScore };
  }
  return best;
}

class DenseScorer implements Scorer {
  constructor(readonly w: Float32Array, readonly classes: number) {}
  score(rows: Int32Array, n: number, out: Float32Array): void {
    out.fill(0);
    const C = this.classes;
    for (let i = 0; i < n; i++) for (let c = 0, b = rows[i] * C; c < C; c++) out[c] += this.w[b + c];
  }
}

function scoreDev(m: Scorer, ls: Pick<ModelHeader, 'labels' | 'leftOk' | 'rightOk'>, mask: number, dev: TrainOptions['dev'], id: Map<string, number>): { uas: number; las: number } {
  const dec = new Decoder(m, ls.leftOk, ls.rightOk, mask);
  let u = 0, l = 0, n = 0;
  for (const s of dev) {
    const st = dec.parse(s.enc);
    s.words.forEach((w, i) => {
      n++;
      if (st.head[i + 1] !== w.head + 1) return;
      u++;
      if (st.label[i + 1] === id.get(w.deprel)) l++;
    });
  }
  return { uas: u / n, las: l / n };
}

function shuffle<T>(xs: T[], rand: () => number): void {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
}
