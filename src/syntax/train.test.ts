import { describe, it, expect } from 'vitest';
import { mixWeights, type ParserWeights } from './train.js';

const w = (a: number[]): ParserWeights => ({ moves: Float32Array.from(a), left: Float32Array.from(a, (x) => 2 * x), right: Float32Array.from(a, (x) => -x) });

describe('mixWeights (parameter mixing)', () => {
  it('is the element-wise mean of the runs, table by table', () => {
    const m = mixWeights([w([1, 0, -3]), w([3, 1, 0]), w([2, 2, 0])]);
    expect([...m.moves]).toEqual([2, 1, -1]);
    expect([...m.left]).toEqual([4, 2, -2]);
    expect([...m.right]).toEqual([-2, -1, 1]);
  });
  it('leaves one run as it is (a one-seed model is unchanged)', () => {
    const one = w([0.1, 0.7]);
    expect(mixWeights([one]).moves).toBe(one.moves);
  });
});
