// Dyad's tokens against the treebank's words. The parser is trained on Dyad's own tokens and
// tags, so that it sees in training what it will see at run time: where the two tokenisations
// differ ("gonna" is one Dyad token and two UD words; a URL is one UD word and several Dyad
// tokens), the gold tree is carried over to Dyad's tokens by character overlap.
import { tagText } from '../text/wink.js';
import { alignTokens } from '../text/align.js';
import type { UdWord } from './conllu.js';

export interface SpanToken { text: string; pos: string; start: number; end: number }

/** Dyad's tokens and tags for a text, as the pipeline's tokenize() makes them (spaces dropped). */
export function dyadTokens(text: string): SpanToken[] {
  const raw = tagText(text);
  const spans = alignTokens(text, raw.text);
  const out: SpanToken[] = [];
  raw.text.forEach((t, k) => {
    if (raw.pos[k] === 'SPACE' || /^\s+$/.test(t)) return;
    out.push({ text: t, pos: raw.pos[k], start: spans[k][0], end: spans[k][1] });
  });
  return out;
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }): number =>
  Math.min(a.end, b.end) - Math.max(a.start, b.start);

/** For each UD word, the Dyad token overlapping it most (-1 when none): gives gold words Dyad tags. */
export function wordToToken(words: readonly UdWord[], toks: readonly SpanToken[]): Int32Array {
  const out = new Int32Array(words.length).fill(-1);
  let j0 = 0;
  words.forEach((w, i) => {
    while (j0 < toks.length && toks[j0].end <= w.start) j0++;
    let best = 0;
    for (let j = j0; j < toks.length && toks[j].start < Math.max(w.end, w.start + 1); j++) {
      const o = overlap(w, toks[j]) || (toks[j].start === w.start ? 0.5 : 0);
      if (o > best) { best = o; out[i] = j; }
    }
  });
  return out;
}

export interface Projected { head: Int32Array; label: string[]; /** UD tag of each token (its group's highest word) */ upos: string[] }

/**
 * The UD tree carried over to Dyad's tokens (positions 1..m, head 0 = ROOT). Words and tokens
 * that overlap form groups; a group's first token takes the arc of the group's highest word,
 * and any further token of the group attaches to it as `goeswith` (UD's relation for one word
 * written in pieces). Null when some word or token has no partner.
 */
export function projectTree(words: readonly UdWord[], toks: readonly SpanToken[]): Projected | null {
  const n = words.length, m = toks.length;
  const group = unionGroups(words, toks);
  if (!group) return null;
  const depth = depths(words);
  const rep = new Map<number, number>(); // group -> its first token
  const top = new Map<number, number>(); // group -> its highest word
  for (let j = 0; j < m; j++) if (!rep.has(group[n + j])) rep.set(group[n + j], j);
  for (let i = 0; i < n; i++) {
    const g = group[i], cur = top.get(g);
    if (cur === undefined || depth[i] < depth[cur]) top.set(g, i);
  }
  const head = new Int32Array(m + 1), label: string[] = new Array(m + 1).fill('_'), upos: string[] = new Array(m + 1).fill('_');
  for (let j = 0; j < m; j++) {
    const g = group[n + j], r = rep.get(g)!;
    upos[j + 1] = words[top.get(g)!].upos;
    if (r !== j) { head[j + 1] = r + 1; label[j + 1] = 'goeswith'; continue; }
    const w = words[top.get(g)!];
    head[j + 1] = w.head < 0 ? 0 : rep.get(group[w.head])! + 1;
    label[j + 1] = w.head < 0 ? 'root' : w.deprel;
  }
  return head.slice(1).filter((h) => h === 0).length === 1 ? { head, label, upos } : null;
}

/** Groups of overlapping words and tokens (words 0..n-1, tokens n..n+m-1), by union-find. */
function unionGroups(words: readonly UdWord[], toks: readonly SpanToken[]): Int32Array | null {
  const n = words.length, m = toks.length;
  const parent = Int32Array.from({ length: n + m }, (_, i) => i);
  const find = (x: number): number => { while (parent[x] !== x) x = parent[x] = parent[parent[x]]; return x; };
  const hit = new Uint8Array(n + m);
  let j0 = 0;
  for (let i = 0; i < n; i++) {
    const w = words[i];
    while (j0 < m && toks[j0].end <= w.start) j0++;
    for (let j = j0; j < m && toks[j].start < w.end; j++) {
      if (overlap(w, toks[j]) <= 0) continue;
      parent[find(i)] = find(n + j);
      hit[i] = hit[n + j] = 1;
    }
  }
  if (hit.includes(0)) return null;
  return parent.map((_, i) => find(i));
}

function depths(words: readonly UdWord[]): Int32Array {
  const d = new Int32Array(words.length);
  words.forEach((_, i) => {
    let k = 0;
    for (let a = i; words[a].head >= 0 && k <= words.length; a = words[a].head) k++;
    d[i] = k;
  });
  return d;
}
