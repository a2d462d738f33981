// Averaged perceptron over dense rows x classes, trained with the arc-hybrid dynamic oracle
// and error exploration (Goldberg & Nivre 2012/2013). Training-only: the parser ships the
// averaged weights packed by model.ts.
import { State, Gold, moveCost, SHIFT, LEFT, RIGHT, type Move } from './system.js';
import { extract, LABEL_FEATURES, MAX_FEATURES, type Encoded } from './features.js';
import type { Scorer, ParserScorer } from './model.js';
import { Decoder, bestMove } from './decode.js';

export class Perceptron implements Scorer {
  readonly w: Float32Array;
  /** sum of (time x update), for the averaged weights w - u / time */
  readonly u: Float32Array;
  time = 1;
  constructor(readonly rows: number, readonly classes: number) {
    this.w = new Float32Array(rows * classes);
    this.u = new Float32Array(rows * classes);
  }
  score(rows: Int32Array, n: number, out: Float32Array): void {
    out.fill(0);
    const C = this.classes, w = this.w;
    for (let i = 0; i < n; i++) {
      const base = rows[i] * C;
      for (let c = 0; c < C; c++) out[c] += w[base + c];
    }
  }
  update(rows: Int32Array, n: number, good: number, bad: number): void {
    const C = this.classes, t = this.time;
    for (let i = 0; i < n; i++) {
      const base = rows[i] * C;
      this.w[base + good] += 1; this.u[base + good] += t;
      this.w[base + bad] -= 1; this.u[base + bad] -= t;
    }
  }
  averaged(): Float32Array {
    const out = new Float32Array(this.w.length), t = this.time;
    for (let i = 0; i < out.length; i++) out[i] = this.w[i] - this.u[i] / t;
    return out;
  }
}

/** The parser's tables (see FactoredSparse in model.ts), dense for training. */
export class FactoredPerceptron implements ParserScorer {
  readonly movesP: Perceptron;
  readonly left: Perceptron;
  readonly right: Perceptron;
  private readonly mr = new Int32Array(MAX_FEATURES);
  private readonly lr = new Int32Array(LABEL_FEATURES);
  constructor(readonly moveBits: number, readonly labelBits: number, readonly L: number) {
    this.movesP = new Perceptron(1 << moveBits, 3);
    this.left = new Perceptron(1 << labelBits, L);
    this.right = new Perceptron(1 << labelBits, L);
  }
  private moveRows(h: Int32Array, n: number): Int32Array {
    const mm = (1 << this.moveBits) - 1;
    for (let i = 0; i < n; i++) this.mr[i] = h[i] & mm;
    return this.mr;
  }
  private labelRows(h: Int32Array, n: number): number {
    const lm = (1 << this.labelBits) - 1, K = Math.min(n, LABEL_FEATURES);
    for (let i = 0; i < K; i++) this.lr[i] = h[i] & lm;
    return K;
  }
  moves(h: Int32Array, n: number, out: Float32Array): void { this.movesP.score(this.moveRows(h, n), n, out); }
  labels(h: Int32Array, n: number, dir: 1 | 2, out: Float32Array): void {
    const K = this.labelRows(h, n);
    (dir === LEFT ? this.left : this.right).score(this.lr, K, out);
  }
  updateMove(h: Int32Array, n: number, good: Move, bad: Move): void { this.movesP.update(this.moveRows(h, n), n, good, bad); }
  updateLabel(h: Int32Array, n: number, dir: Move, good: number, bad: number): void {
    const K = this.labelRows(h, n);
    (dir === LEFT ? this.left : this.right).update(this.lr, K, good, bad);
  }
  tick(): void { this.movesP.time++; this.left.time++; this.right.time++; }
}

export interface TrainSentence { enc: Encoded; gold: Gold }

/**
 * One sentence of training. The move is learned from the dynamic oracle's costs; the label of
 * an arc is learned whenever the arc taken is a gold arc. `explore` is the chance of following
 * the model's own wrong move (so it learns to recover from its mistakes); `rand` is the seeded
 * random source.
 */
export function trainSentence(p: FactoredPerceptron, dec: Decoder, s: TrainSentence, explore: number, rand: () => number): { correct: number; total: number } {
  const st = new State(s.enc.n), g = s.gold;
  const { rows, m } = dec;
  let correct = 0, total = 0;
  while (!st.done) {
    const nf = extract(st, s.enc, rows);
    p.moves(rows, nf, m);
    const pred = bestMove(st, m);
    const costs = [moveCost(st, g, SHIFT), moveCost(st, g, LEFT), moveCost(st, g, RIGHT)];
    const gold = cheapest(costs, m);
    const ok = costs[pred] <= costs[gold];
    if (!ok) p.updateMove(rows, nf, gold, pred);
    const move = ok || rand() < explore ? pred : gold;
    let lab = -1, labOk = true;
    if (move !== SHIFT) {
      lab = dec.label(nf, move);
      const s0 = st.s(0), h = move === LEFT ? st.b : st.s(1);
      if (g.head[s0] === h && g.label[s0] !== lab) {
        labOk = false;
        p.updateLabel(rows, nf, move, g.label[s0], lab);
      }
    }
    total++;
    if (ok && labOk) correct++;
    p.tick();
    st.apply(move, lab);
  }
  return { correct, total };
}

/** The move of least cost, the best-scoring one among ties (zero cost when the gold tree is projective). */
function cheapest(costs: number[], m: Float32Array): Move {
  let best: Move = SHIFT;
  for (const mv of [LEFT, RIGHT] as Move[]) if (costs[mv] < costs[best] || (costs[mv] === costs[best] && m[mv] > m[best])) best = mv;
  return best;
}
