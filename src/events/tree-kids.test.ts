// Dependents listed once per parse must be what a scan of every head gives, in sentence order.
import { describe, it, expect } from 'vitest';
import type { Parse } from '../syntax/parser.js';
import { kidsOf } from './tree-kids.js';

// "Russian forces shelled Kharkiv ." : forces <- shelled (root) -> Kharkiv, "." ; Russian <- forces
const p: Parse = { head: Int32Array.from([1, 2, -1, 2, 2]), deprel: ['amod', 'nsubj', 'root', 'obj', 'punct'] };
const scan = (q: Parse, i: number) => [...q.head.keys()].filter((k) => q.head[k] === i);
const dependents = (q: Parse, i: number) => { const { start, list } = kidsOf(q); return list.slice(start[i], start[i + 1]); };

describe('kidsOf', () => {
  it('gives each word its dependents in sentence order', () => {
    for (let i = 0; i < p.head.length; i++) expect([...dependents(p, i)]).toEqual(scan(p, i));
    expect([...dependents(p, 2)]).toEqual([1, 3, 4]);
  });
  it('leaves out the root\'s head', () => {
    expect(kidsOf(p).list.length).toBe(p.head.length - 1);
  });
  it('agrees with the scan on random trees', () => {
    for (let seed = 1; seed < 50; seed++) {
      const n = 1 + (seed % 17);
      const head = Int32Array.from({ length: n }, (_, i) => (i === 0 ? -1 : (i * seed * 7) % i));
      const q: Parse = { head, deprel: Array.from({ length: n }, () => 'dep') };
      for (let i = 0; i < n; i++) expect([...dependents(q, i)]).toEqual(scan(q, i));
    }
  });
});
