// Greedy decoding: at each step the best-scoring legal action. Actions are numbered
// 0 = SHIFT, 1..L = LEFT with label a-1, L+1..2L = RIGHT with label a-L-1.
import { State, SHIFT, LEFT, RIGHT, type Move } from './system.js';
import { extract, MAX_FEATURES, type Encoded } from './features.js';
import type { ParserScorer } from './model.js';

export const moveOf = (a: number, L: number): Move => (a === 0 ? SHIFT : a <= L ? LEFT : RIGHT);
export const labelOf = (a: number, L: number): number => (a === 0 ? -1 : a <= L ? a - 1 : a - L - 1);

/** Which actions may ever be taken: labels never seen in a direction are masked out. */
export function actionMask(leftOk: boolean[], rightOk: boolean[]): Uint8Array {
  const L = leftOk.length, m = new Uint8Array(1 + 2 * L);
  m[0] = 1;
  for (let l = 0; l < L; l++) { m[1 + l] = leftOk[l] ? 1 : 0; m[1 + L + l] = rightOk[l] ? 1 : 0; }
  return m;
}

/** Best action among the legal ones in state `st` (by the scores already computed). */
export function bestLegal(st: State, scores: Float32Array, mask: Uint8Array, L: number): number {
  const okS = st.canShift(), okL = st.canLeft(), okR = st.canRight();
  let best = -1, bestScore = -Infinity;
  if (okS) { best = 0; bestScore = scores[0]; }
  if (okL) for (let a = 1; a <= L; a++) if (mask[a] && scores[a] > bestScore) { best = a; bestScore = scores[a]; }
  if (okR) for (let a = L + 1; a <= 2 * L; a++) if (mask[a] && scores[a] > bestScore) { best = a; bestScore = scores[a]; }
  return best;
}

/** Scratch buffers reused across sentences (parsing allocates only the state). */
export class Decoder {
  readonly rows = new Int32Array(MAX_FEATURES);
  readonly scores: Float32Array;
  readonly mask: Uint8Array;
  readonly L: number;
  constructor(readonly model: ParserScorer, leftOk: boolean[], rightOk: boolean[]) {
    this.L = leftOk.length;
    this.mask = actionMask(leftOk, rightOk);
    this.scores = new Float32Array(model.classes);
  }

  parse(e: Encoded): State {
    const st = new State(e.n);
    while (!st.done) {
      const nf = extract(st, e, this.rows);
      this.model.score(this.rows, nf, this.scores);
      const a = bestLegal(st, this.scores, this.mask, this.L);
      st.apply(moveOf(a, this.L), labelOf(a, this.L));
    }
    return st;
  }
}
