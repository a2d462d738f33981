import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { State, Gold, actionCost, moveCost, projectivise, isProjective, SHIFT, LEFT, RIGHT, type Move } from './system.js';

/** Follow zero-cost actions only (the static oracle drawn from the dynamic one). */
function oracleParse(head: number[], label: number[]): State {
  const g = new Gold(head, label);
  const st = new State(head.length - 1);
  while (!st.done) {
    const m = ([LEFT, RIGHT, SHIFT] as Move[]).find((mv) => actionCost(st, g, mv, mv === SHIFT ? -1 : g.label[st.s(0)]) === 0);
    if (m === undefined) throw new Error('no zero-cost action');
    st.apply(m, m === SHIFT ? -1 : g.label[st.s(0)]);
  }
  return st;
}

/** A random projective tree over 1..n (head 0 = ROOT): each span splits around its head. */
function projectiveTree(n: number, rand: () => number): number[] {
  const head = new Array(n + 1).fill(0);
  const build = (lo: number, hi: number, parent: number): void => {
    if (lo > hi) return;
    const h = lo + Math.floor(rand() * (hi - lo + 1));
    head[h] = parent;
    build(lo, h - 1, h); build(h + 1, hi, h);
  };
  build(1, n, 0);
  return head;
}

describe('arc-hybrid oracle', () => {
  // "She gave him the book yesterday ." with UD-like arcs (1-based, 0 = ROOT)
  const head = [0, 2, 0, 2, 5, 2, 2, 2];
  const label = [0, 1, 2, 3, 4, 5, 6, 7];
  it('rebuilds a hand-made tree exactly, labels included', () => {
    const st = oracleParse(head, label);
    expect(Array.from(st.head.slice(1))).toEqual(head.slice(1));
    expect(Array.from(st.label.slice(1))).toEqual(label.slice(1));
  });
  it('rebuilds a passive with a by-agent and a coordination', () => {
    // "The deal was signed by Kim and Putin" : deal<-signed(root), The<-deal, was<-signed, by<-Kim, Kim<-signed, and<-Putin, Putin<-Kim
    const h = [0, 2, 4, 4, 0, 6, 4, 8, 6];
    expect(Array.from(oracleParse(h, h.map((_, i) => i)).head.slice(1))).toEqual(h.slice(1));
  });
  it('rebuilds any random projective tree (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 40 }), fc.integer(), (n, seed) => {
      let s = seed >>> 0;
      const rand = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
      const h = projectiveTree(n, rand);
      expect(Array.from(oracleParse(h, h.map(() => 3)).head.slice(1))).toEqual(h.slice(1));
    }), { numRuns: 200 });
  });
  it('charges for a wrong move: shifting a word whose head is lower in the stack', () => {
    const g = new Gold([0, 3, 3, 0], [0, 0, 0, 0]); // 1 <- 3, 2 <- 3
    const st = new State(3);
    st.apply(SHIFT, -1); st.apply(SHIFT, -1); // stack ROOT 1 2, buffer 3
    expect(moveCost(st, g, SHIFT)).toBe(3);   // 3 would lose both dependents and its root arc
    expect(moveCost(st, g, LEFT)).toBe(0);    // 2 <- 3
    expect(moveCost(st, g, RIGHT)).toBe(1);   // 1 -> 2 loses 2 <- 3
  });
  it('always ends in one tree with one root, whatever legal moves are taken', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 30 }), fc.array(fc.integer({ min: 0, max: 2 }), { maxLength: 100 }), (n, moves) => {
      const st = new State(n);
      let k = 0;
      while (!st.done) {
        let m = (moves[k++ % Math.max(1, moves.length)] ?? 0) as Move;
        if (!st.legal(m)) m = ([SHIFT, LEFT, RIGHT] as Move[]).find((x) => st.legal(x))!;
        st.apply(m, 0);
      }
      const roots = Array.from(st.head.slice(1)).filter((h) => h === 0);
      expect(roots.length).toBe(1);
      expect(Array.from(st.head.slice(1)).every((h) => h >= 0 && h <= n)).toBe(true);
    }), { numRuns: 200 });
  });
});

describe('projectivise', () => {
  it('lifts a crossing arc to the head of its head', () => {
    // 1 <- 3, 2 <- 0 (root), 3 <- 2, 4 <- 1: the arc 3->1 spans its own head 2; lifting 1 onto 2
    // then leaves 1->4 spanning 2 and 3, so 4 is lifted onto 2 as well
    const head = Int32Array.from([0, 3, 0, 2, 1]);
    expect(isProjective(head)).toBe(false);
    expect(projectivise(head)).toBeGreaterThan(0);
    expect(isProjective(head)).toBe(true);
    expect(Array.from(head)).toEqual([0, 2, 0, 2, 2]);
  });
  it('leaves projective trees alone', () => {
    const head = Int32Array.from([0, 2, 0, 2, 5, 2]);
    expect(projectivise(head)).toBe(0);
  });
});
