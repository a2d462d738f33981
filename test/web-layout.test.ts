// The actor network's layout: deterministic, inside its box, and tied actors drawn closer.
import { describe, it, expect } from 'vitest';
import { forceLayout } from '../web/src/layout.js';

const ids = ['UKR', 'RUS', 'POL', 'USA', 'CHN', 'IRN', 'ISR', 'TUR', 'EGY', 'JPN'];
const edges = [{ a: 'UKR', b: 'RUS', w: 40 }, { a: 'UKR', b: 'POL', w: 12 }, { a: 'USA', b: 'CHN', w: 9 }, { a: 'IRN', b: 'ISR', w: 20 }, { a: 'ISR', b: 'TUR', w: 5 }, { a: 'EGY', b: 'ISR', w: 2 }];
const box = { x0: 40, y0: 30, x1: 540, y1: 390 };

describe('network layout', () => {
  it('draws the same data the same way, inside the box', () => {
    const a = forceLayout(ids, edges, box), b = forceLayout(ids, edges, box);
    expect([...a]).toEqual([...b]);
    for (const [x, y] of a.values()) {
      expect(x).toBeGreaterThanOrEqual(box.x0 - 1e-9); expect(x).toBeLessThanOrEqual(box.x1 + 1e-9);
      expect(y).toBeGreaterThanOrEqual(box.y0 - 1e-9); expect(y).toBeLessThanOrEqual(box.y1 + 1e-9);
    }
  });
  it('puts actors with events between them closer than actors with none', () => {
    const p = forceLayout(ids, edges, box);
    const dist = (u: string, v: string) => Math.hypot(p.get(u)![0] - p.get(v)![0], p.get(u)![1] - p.get(v)![1]);
    const tied = edges.map((e) => dist(e.a, e.b));
    const tiedSet = new Set(edges.flatMap((e) => [`${e.a}:${e.b}`, `${e.b}:${e.a}`]));
    const untied = ids.flatMap((u, i) => ids.slice(i + 1).filter((v) => !tiedSet.has(`${u}:${v}`)).map((v) => dist(u, v)));
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean(tied)).toBeLessThan(mean(untied) * 0.7);
  });
});
