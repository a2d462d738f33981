// Training the parser on a UD treebank: Dyad's tokens and tags, the gold tree carried over to
// them, non-projective trees made projective by lifting, then epochs of the averaged
// perceptron with the dynamic oracle. Deterministic for a given seed.
import type { UdSentence } from './conllu.js';
import { dyadTokens, projectTree, wordToToken } from './align.js';
import { encode, UD_TAGS, LABEL_FEATURES, type Encoded, type Lexicon, type Clusters } from './features.js';
import { Gold, projectivise } from './system.js';
import { FactoredPerceptron, trainSentence, type TrainSentence } from './perceptron.js';
import { Decoder } from './decode.js';
import { packModel, packRows, unpackModel, type ModelHeader, type ParserScorer } from './model.js';

export interface Prepared { sentences: { enc: Encoded; head: Int32Array; label: string[]; upos: Int32Array }[]; dropped: number; lifted: number }

/** Treebank sentences as Dyad would tokenise and tag them, with the tree projected onto them. */
export function prepare(ud: readonly UdSentence[], lex: Lexicon, clusters?: Clusters): Prepared {
  const out: Prepared = { sentences: [], dropped: 0, lifted: 0 };
  for (const s of ud) {
    const toks = dyadTokens(s.text);
    const p = projectTree(s.words, toks);
    if (!p) { out.dropped++; continue; }
    if (projectivise(p.head) > 0) out.lifted++;
    out.sentences.push({ enc: encode(toks, lex, clusters), head: p.head, label: p.label, upos: tagIds(p.upos.slice(1)) });
  }
  return out;
}

export const tagIds = (tags: string[]): Int32Array => Int32Array.from(tags, (t) => Math.max(0, UD_TAGS.indexOf(t === '_' ? 'X' : t)));

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
  lexicon: Lexicon;
  clusters: Clusters;
  dev: { enc: Encoded; words: UdSentence['words'] }[];
  epochs: number;
  moveBits: number;
  labelBits: number;
  tagBits: number;
  /** the tagger's packed rows, shipped in the same file */
  taggerRows: Buffer;
  seed: number;
  /** weights smaller than this are dropped when packing */
  prune: number;
  onProgress?: (epoch: number, done: number, total: number) => void;
  onEpoch?: (epoch: number, trainAcc: number, dev: { uas: number; las: number }, sec: number) => void;
  /** called with each new best model, so an interrupted run still leaves one */
  onBest?: (model: Buffer, epoch: number) => void;
  /** called with each epoch's averaged float weights */
  onWeights?: (epoch: number, w: ParserWeights) => void;
}

/** The parser's averaged float weights: move rows x 3, left-label and right-label rows x labels. */
export interface ParserWeights { moves: Float32Array; left: Float32Array; right: Float32Array }

type Best = { model: Buffer; bestEpoch: number; dev: { uas: number; las: number }; weights: ParserWeights };

export function parserHeader(o: Pick<TrainOptions, 'train' | 'moveBits' | 'labelBits' | 'tagBits'>, trainedOn: string): ModelHeader {
  return { version: 2, moveBits: o.moveBits, labelBits: o.labelBits, tagBits: o.tagBits, ...labelSet(o.train), trainedOn };
}

/** The shipped file: the parser's weights pruned and quantised, with the tagger rows, lexicon and word classes. */
export function packParser(header: ModelHeader, o: Pick<TrainOptions, 'lexicon' | 'clusters' | 'taggerRows' | 'prune'>, w: ParserWeights): Buffer {
  const L = header.labels.length, lr = 1 << header.labelBits;
  const blocks = [packRows(w.moves, 1 << header.moveBits, 3, o.prune), packRows(w.left, lr, L, o.prune), packRows(w.right, lr, L, o.prune), o.taggerRows];
  return packModel(header, o.lexicon, o.clusters, blocks);
}

/**
 * Parameter mixing: the mean of the weights of runs that differ only in their seed (one model,
 * so parsing costs what one run's model costs). Summed in the order given.
 */
export function mixWeights(ws: readonly ParserWeights[]): ParserWeights {
  const mean = (k: keyof ParserWeights): Float32Array => {
    if (ws.length === 1) return ws[0][k];
    const out = new Float64Array(ws[0][k].length);
    for (const w of ws) { const a = w[k]; for (let i = 0; i < a.length; i++) out[i] += a[i]; }
    return Float32Array.from(out, (x) => x / ws.length);
  };
  return { moves: mean('moves'), left: mean('left'), right: mean('right') };
}

/** Dev scores of a packed model (gold words, the tags already in each `enc`). */
export function scoreModel(model: Buffer, dev: TrainOptions['dev']): { uas: number; las: number } {
  const m = unpackModel(model, LABEL_FEATURES);
  return scoreDev(m.parser, m.header, dev, new Map(m.header.labels.map((l, i) => [l, i])));
}

/** Train and return the packed model of the epoch that scored best on dev (LAS), with its float weights. */
export function trainParser(o: TrainOptions, trainedOn: string): Best {
  const header = parserHeader(o, trainedOn), ls = header;
  const id = new Map(ls.labels.map((l, i) => [l, i]));
  const data: TrainSentence[] = o.train.sentences.map((s) => ({ enc: s.enc, gold: new Gold(s.head, s.label.map((l) => id.get(l) ?? 0)) }));
  const p = new FactoredPerceptron(o.moveBits, o.labelBits, ls.labels.length);
  const dec = new Decoder(p, ls.leftOk, ls.rightOk);
  const rand = mulberry32(o.seed);
  let best: Best | undefined;
  for (let epoch = 1; epoch <= o.epochs; epoch++) {
    const t0 = Date.now();
    shuffle(data, rand);
    let correct = 0, total = 0;
    data.forEach((s, i) => {
      const r = trainSentence(p, dec, s, epoch === 1 ? 0 : 0.9, rand);
      correct += r.correct; total += r.total;
      if (i % 200 === 0) o.onProgress?.(epoch, i, data.length);
    });
    const weights = { moves: p.movesP.averaged(), left: p.left.averaged(), right: p.right.averaged() };
    const model = packParser(header, o, weights);
    const devScore = scoreDev(unpackModel(model, LABEL_FEATURES).parser, ls, o.dev, id);
    o.onEpoch?.(epoch, correct / total, devScore, (Date.now() - t0) / 1000);
    o.onWeights?.(epoch, weights);
    if (!best || devScore.las > best.dev.las) {
      best = { model, bestEpoch: epoch, dev: devScore, weights };
      o.onBest?.(best.model, epoch);
    }
  }
  if (!best) throw new Error('trainParser: no epochs');
  return best;
}

/** Dev scores of the packed model (what ships), on gold words with tags already in `enc`. */
function scoreDev(m: ParserScorer, ls: Pick<ModelHeader, 'labels' | 'leftOk' | 'rightOk'>, dev: TrainOptions['dev'], id: Map<string, number>): { uas: number; las: number } {
  const dec = new Decoder(m, ls.leftOk, ls.rightOk);
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
