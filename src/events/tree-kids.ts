// Each word's dependents in a parse, listed once per parse. The tree steps ask for a word's
// children many times per sentence; scanning every head each time is quadratic in its length.
import type { Parse } from '../syntax/parser.js';

/** Word i's dependents (sentence indexes, in sentence order) are list[start[i]] .. list[start[i + 1] - 1]. */
export interface Kids { start: Int32Array; list: Int32Array }

const made = new WeakMap<Parse, Kids>();

/**
 * The dependents of every word of a parse (a counting sort by head; the root's head, -1, is left out).
 * @example const { start, list } = kidsOf(p); list.subarray(start[2], start[3]) // word 2's dependents
 */
export function kidsOf(p: Parse): Kids {
  let kids = made.get(p);
  if (kids) return kids;
  const n = p.head.length;
  const start = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) if (p.head[i] >= 0) start[p.head[i] + 1]++;
  for (let i = 0; i < n; i++) start[i + 1] += start[i];
  const list = new Int32Array(start[n]);
  const fill = start.slice(0, n);
  for (let i = 0; i < n; i++) { const h = p.head[i]; if (h >= 0) list[fill[h]++] = i; }
  kids = { start, list };
  made.set(p, kids);
  return kids;
}

/** The dependents of word i (sentence index) of a parse, in sentence order. */
export function dependents(p: Parse, i: number): Int32Array {
  const { start, list } = kidsOf(p);
  return i >= 0 && i < p.head.length ? list.subarray(start[i], start[i + 1]) : new Int32Array(0);
}
