import { describe, it, expect } from 'vitest';
import { clusterWords, coarseOf, COARSE, FINE } from './clusters.js';
import { fnv, normWord, encode } from './features.js';
import { mulberry32 } from './train.js';

const letters = (i: number): string => i.toString(26).replace(/[0-9]/g, (d) => 'qrstuvwxyz'[+d]);

/** 4 groups of words whose vectors point in 4 clearly different directions, with a little noise. */
function groups(n: number, dims = 8): { words: string[]; vecs: Float32Array } {
  const rand = mulberry32(7), words: string[] = [], vecs = new Float32Array(4 * n * dims);
  for (let g = 0; g < 4; g++) for (let i = 0; i < n; i++) {
    const at = (g * n + i) * dims;
    words.push(`${'abcd'[g]}${letters(i)}`); // (digits would fold to 0 in the word's hash)
    for (let d = 0; d < dims; d++) vecs[at + d] = (d === g ? 10 : 0) + rand() - 0.5;
  }
  return { words, vecs };
}

describe('word classes', () => {
  it('never puts words of different groups in one class, and is the same on every run', () => {
    const a = groups(300), b = groups(300);
    const ca = clusterWords(a.words, a.vecs, 8, { iterations: 5, rand: mulberry32(1) });
    const cb = clusterWords(b.words, b.vecs, 8, { iterations: 5, rand: mulberry32(1) });
    expect([...ca]).toEqual([...cb]);
    const groupOf = new Map<number, number>();
    a.words.forEach((w, i) => {
      const c = ca.get(fnv(normWord(w)))!;
      expect(c).toBeGreaterThan(0);
      expect(c).toBeLessThanOrEqual(COARSE * FINE);
      const g = Math.floor(i / 300);
      expect(groupOf.get(coarseOf(c)) ?? g).toBe(g);
      groupOf.set(coarseOf(c), g);
    });
  });
  it('keeps the class of the more frequent spelling when two words fold to one form', () => {
    const words = ['Paris', 'paris'], vecs = new Float32Array([1, 0, 0, 1]);
    const c = clusterWords(words, vecs, 2, { iterations: 2, rand: mulberry32(1) });
    expect(c.size).toBe(1);
  });
  it('reaches the encoded sentence: a word with a class gets it, others get 0', () => {
    const clusters = new Map([[fnv(normWord('troops')), 17]]);
    const e = encode([{ text: 'Troops', pos: 'NOUN' }, { text: 'xyzzy', pos: 'NOUN' }], new Map(), clusters);
    expect([e.cl[1], e.cc[1], e.cl[2], e.cc[2]]).toEqual([17, coarseOf(17), 0, 0]);
  });
});
