// Averaged perceptron over dense rows x classes, trained with the arc-hybrid dynamic oracle
// and error exploration (Goldberg & Nivre 2012/2013). Training-only: the parser ships the
// averaged weights packed by model.ts.
import { State, Gold, moveCost, SHIFT, LEFT, RIGHT } from './system.js';
import { extract, LABEL_FEATURES, type Encoded } from './features.js';
import { addMoves, type Scorer, type ParserScorer } from './model.js';
import { Decoder, bestLegal, moveOf, labelOf } from './decode.js';

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

/** The parser's two tables (see FactoredSparse in model.ts), dense for training. */
export class FactoredPerceptron implements ParserScorer {
  readonly moves: Perceptron;
  readonly actions: Perceptron;
  readonly classes: number;
  private readonly mr = new Int32Array(1024);
  private readonly ar = new Int32Array(LABEL_FEATURES);
  private readonly m = new Float32Array(3);
  constructor(readonly moveBits: number, readonly actionBits: number, L: number) {
    this.classes = 1 + 2 * L;
    this.moves = new Perceptron(1 << moveBits, 3);
    this.actions = new Perceptron(1 << actionBits, this.classes);
  }
  get time(): number { return this.moves.time; }
  private rows(h: Int32Array, n: number): number {
    const mm = (1 << this.moveBits) - 1, am = (1 << this.actionBits) - 1, K = Math.min(n, LABEL_FEATURES);
    for (let i = 0; i < n; i++) this.mr[i] = h[i] & mm;
    for (let i = 0; i < K; i++) this.ar[i] = h[i] & am;
    return K;
  }
  score(h: Int32Array, n: number, out: Float32Array): void {
    const K = this.rows(h, n);
    this.actions.score(this.ar, K, out);
    this.moves.score(this.mr, n, this.m);
    addMoves(out, this.m);
  }
  update(h: Int32Array, n: number, good: number, bad: number, L: number): void {
    const K = this.rows(h, n);
    this.actions.update(this.ar, K, good, bad);
    const mg = moveOf(good, L), mb = moveOf(bad, L);
    if (mg !== mb) this.moves.update(this.mr, n, mg, mb);
  }
  tick(): void { this.moves.time++; this.actions.time++; }
}

export interface TrainSentence { enc: Encoded; gold: Gold }

/**
 * One sentence of training. `explore` is the chance of following the model's own wrong move
 * (so it learns to recover from its mistakes); `rand` is the seeded random source.
 */
export function trainSentence(p: FactoredPerceptron, dec: Decoder, s: TrainSentence, explore: number, rand: () => number): { correct: number; total: number } {
  const st = new State(s.enc.n);
  const { rows, scores, mask, L } = dec;
  let correct = 0, total = 0;
  while (!st.done) {
    const nf = extract(st, s.enc, rows);
    p.score(rows, nf, scores);
    const pred = bestLegal(st, scores, mask, L);
    const costs = [moveCost(st, s.gold, SHIFT), moveCost(st, s.gold, LEFT), moveCost(st, s.gold, RIGHT)];
    const gold = bestZeroCost(st, s.gold, scores, mask, L, costs);
    const predCost = actionCostFrom(st, s.gold, pred, L, costs);
    const goldCost = actionCostFrom(st, s.gold, gold, L, costs);
    total++;
    if (predCost <= goldCost) correct++;
    else p.update(rows, nf, gold, pred, L);
    p.tick();
    const next = predCost <= goldCost || rand() < explore ? pred : gold;
    st.apply(moveOf(next, L), labelOf(next, L));
  }
  return { correct, total };
}

function actionCostFrom(st: State, g: Gold, a: number, L: number, costs: number[]): number {
  const m = moveOf(a, L), c = costs[m];
  if (m === SHIFT || c === Infinity) return c;
  const s0 = st.s(0), h = m === LEFT ? st.b : st.s(1);
  return g.head[s0] === h && g.label[s0] !== labelOf(a, L) ? c + 1 : c;
}

/** The best-scoring action of least cost (zero when the gold tree is projective). */
function bestZeroCost(st: State, g: Gold, scores: Float32Array, mask: Uint8Array, L: number, costs: number[]): number {
  let best = -1, bestCost = Infinity, bestScore = -Infinity;
  for (let a = 0; a <= 2 * L; a++) {
    if (!mask[a]) continue;
    const c = actionCostFrom(st, g, a, L, costs);
    if (c < bestCost || (c === bestCost && scores[a] > bestScore)) { best = a; bestCost = c; bestScore = scores[a]; }
  }
  return best;
}
