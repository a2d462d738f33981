// Each word's dependents in a parse, listed once per parse (Sentence keeps them with its parse).
// The tree steps ask for a word's children many times per sentence; scanning every head each
// time is quadratic in its length.
import type { Parse } from '../syntax/parser.js';

/** Word i's dependents (sentence indexes, in sentence order) are list[start[i]] .. list[start[i + 1] - 1]. */
export interface Kids { start: number[]; list: number[] }

/**
 * The dependents of every word of a parse (a counting sort by head; the root's head, -1, is left out).
 * @example const { start, list } = kidsOf(p); list.slice(start[2], start[3]) // word 2's dependents
 */
export function kidsOf(p: Parse): Kids {
  const n = p.head.length;
  // (plain arrays of small integers: a typed array costs more to make than a short sentence's scan)
  const start: number[] = new Array(n + 1).fill(0);
  for (let i = 0; i < n; i++) if (p.head[i] >= 0) start[p.head[i] + 1]++;
  for (let i = 0; i < n; i++) start[i + 1] += start[i];
  const list: number[] = new Array(start[n]).fill(0);
  const fill = start.slice(0, n);
  for (let i = 0; i < n; i++) { const h = p.head[i]; if (h >= 0) list[fill[h]++] = i; }
  return { start, list };
}

