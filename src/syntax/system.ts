// Arc-hybrid transition system (Kuhlmann et al. 2011) with its dynamic oracle (Goldberg & Nivre
// 2013). Position 0 is the artificial ROOT, words are 1..n. Exactly one word attaches to ROOT:
// RIGHT onto ROOT is legal only as the very last move, so every parse is a single tree.

export const SHIFT = 0, LEFT = 1, RIGHT = 2;
export type Move = typeof SHIFT | typeof LEFT | typeof RIGHT;

/** Parser configuration. Arrays are indexed by position (0 = ROOT). */
export class State {
  n: number;
  readonly stack: Int32Array;
  sp = 0;
  b = 1;
  readonly head: Int32Array;
  readonly label: Int32Array;
  /** leftmost / second leftmost / rightmost / second rightmost child, 0 when none */
  readonly l1: Int32Array; readonly l2: Int32Array; readonly r1: Int32Array; readonly r2: Int32Array;
  readonly nl: Int32Array; readonly nr: Int32Array;
  /** the labels of each word's left / right children, as bits (label number mod 31) */
  readonly ll: Int32Array; readonly rl: Int32Array;
  readonly inStack: Uint8Array;

  constructor(n: number) {
    this.n = n;
    const m = n + 1;
    this.stack = new Int32Array(m + 1);
    this.head = new Int32Array(m).fill(-1);
    this.label = new Int32Array(m).fill(-1);
    this.l1 = new Int32Array(m); this.l2 = new Int32Array(m); this.r1 = new Int32Array(m); this.r2 = new Int32Array(m);
    this.nl = new Int32Array(m); this.nr = new Int32Array(m);
    this.ll = new Int32Array(m); this.rl = new Int32Array(m);
    this.inStack = new Uint8Array(m);
    this.stack[this.sp++] = 0;
    this.inStack[0] = 1;
  }

  /**
   * This state emptied for a sentence of n words, when its arrays are long enough; else a new one
   * (the decoder parses sentence after sentence in one state rather than allocating twelve arrays each).
   */
  reuse(n: number): State {
    if (n + 1 > this.head.length) return new State(n);
    const m = n + 1;
    this.n = n; this.sp = 0; this.b = 1;
    this.head.fill(-1, 0, m); this.label.fill(-1, 0, m);
    for (const a of [this.l1, this.l2, this.r1, this.r2, this.nl, this.nr, this.ll, this.rl]) a.fill(0, 0, m);
    this.inStack.fill(0, 0, m);
    this.stack[this.sp++] = 0;
    this.inStack[0] = 1;
    return this;
  }

  get done(): boolean { return this.b > this.n && this.sp === 1; }
  s(k: number): number { return this.sp > k ? this.stack[this.sp - 1 - k] : -1; }

  canShift(): boolean { return this.b <= this.n; }
  canLeft(): boolean { return this.sp > 1 && this.b <= this.n; }
  canRight(): boolean {
    if (this.sp < 2) return false;
    // ROOT takes its one dependent last of all
    return this.stack[this.sp - 2] !== 0 || (this.sp === 2 && this.b > this.n);
  }
  legal(move: Move): boolean { return move === SHIFT ? this.canShift() : move === LEFT ? this.canLeft() : this.canRight(); }

  apply(move: Move, lab: number): void {
    if (move === SHIFT) { this.inStack[this.b] = 1; this.stack[this.sp++] = this.b++; return; }
    const d = this.stack[--this.sp];
    this.inStack[d] = 0;
    this.attach(move === LEFT ? this.b : this.stack[this.sp - 1], d, lab);
  }

  private attach(h: number, d: number, lab: number): void {
    this.head[d] = h;
    this.label[d] = lab;
    if (d < h) {
      this.nl[h]++;
      this.ll[h] |= 1 << (lab % 31);
      if (this.l1[h] === 0 || d < this.l1[h]) { this.l2[h] = this.l1[h]; this.l1[h] = d; }
      else if (this.l2[h] === 0 || d < this.l2[h]) this.l2[h] = d;
    } else {
      this.nr[h]++;
      this.rl[h] |= 1 << (lab % 31);
      if (d > this.r1[h]) { this.r2[h] = this.r1[h]; this.r1[h] = d; }
      else if (d > this.r2[h]) this.r2[h] = d;
    }
  }
}

/** The gold tree in positions: goldHead[d] for d in 1..n (0 = ROOT), with children lists. */
export class Gold {
  readonly head: Int32Array;
  readonly label: Int32Array;
  readonly kids: number[][];
  constructor(head: ArrayLike<number>, label: ArrayLike<number>) {
    const n = head.length - 1;
    this.head = Int32Array.from(head);
    this.label = Int32Array.from(label);
    this.kids = Array.from({ length: n + 1 }, () => []);
    for (let d = 1; d <= n; d++) this.kids[this.head[d]].push(d);
  }
}

/**
 * Unlabelled cost of a move: gold arcs it makes unreachable (arc-hybrid is arc-decomposable, so
 * this is exact for projective gold trees). Illegal moves cost Infinity.
 */
export function moveCost(st: State, g: Gold, move: Move): number {
  if (!st.legal(move)) return Infinity;
  const s0 = st.s(0), b = st.b;
  if (move === SHIFT) {
    // b can still take s0 as head (by RIGHT later), but no other stack word; nor give them its arc
    let c = 0;
    const h = g.head[b];
    if (h !== s0 && st.inStack[h]) c++;
    for (const d of g.kids[b]) if (st.inStack[d]) c++;
    return c;
  }
  let c = 0;
  for (const d of g.kids[s0]) if (d >= b) c++; // s0's dependents still in the buffer
  const h = g.head[s0];
  if (move === LEFT) { if (h !== b && (h > b || h === st.s(1))) c++; }
  else if (h >= b) c++;
  return c;
}

/** Labelled cost: the unlabelled cost, plus one when the move makes a gold arc with the wrong label. */
export function actionCost(st: State, g: Gold, move: Move, lab: number): number {
  const c = moveCost(st, g, move);
  if (move === SHIFT || c === Infinity) return c;
  const s0 = st.s(0);
  const h = move === LEFT ? st.b : st.s(1);
  return g.head[s0] === h && g.label[s0] !== lab ? c + 1 : c;
}

/** True when no two arcs of the tree cross (heads: 0 = ROOT, positions 1..n). */
export function isProjective(head: ArrayLike<number>): boolean {
  const n = head.length - 1;
  for (let d = 1; d <= n; d++) {
    const lo = Math.min(d, head[d]), hi = Math.max(d, head[d]);
    for (let k = lo + 1; k < hi; k++) {
      let a = k;
      while (a !== 0 && a !== lo && a !== hi && a > 0) a = head[a];
      if (a !== lo && a !== hi) return false; // k is not dominated by the arc's head
    }
  }
  return true;
}

/**
 * Make a tree projective by lifting: a non-projective arc's dependent moves up to its head's
 * head until nothing crosses (labels kept). Returns the number of lifts.
 */
export function projectivise(head: Int32Array): number {
  let lifts = 0;
  for (;;) {
    const d = shortestCrossing(head);
    if (d < 0) return lifts;
    head[d] = head[head[d]];
    lifts++;
  }
}

function shortestCrossing(head: Int32Array): number {
  const n = head.length - 1;
  let best = -1, bestLen = Infinity;
  for (let d = 1; d <= n; d++) {
    const h = head[d];
    const lo = Math.min(d, h), hi = Math.max(d, h);
    if (hi - lo >= bestLen) continue;
    for (let k = lo + 1; k < hi; k++) {
      let a = k;
      while (a !== 0 && a !== h) a = head[a];
      if (a !== h) { best = d; bestLen = hi - lo; break; }
    }
  }
  return best;
}
