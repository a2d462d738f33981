// Small questions about a sentence's words that need no Sentence: asides, modifiers, ranges.
import type { Mention, Token } from '../doc/types.js';
import { RELATIVE } from '../lang/en/words.js';


/** A country adjective acts as an actor only when it heads a phrase on its own ("the Russian-North Korean alliance" does not). */
export function isModifierActor(toks: Token[], m: Mention): boolean {
  const next = toks[m.tokens[1]];
  return !next || !/^(NOUN|PROPN|ADJ)$/.test(next.pos);
}

/**
 * Asides set off by commas, which a subject is never inside: relative clauses (", which has a rail
 * connection to Russia,") and appositives (", a key U.S. ally in the war,").
 */
export function asideRegions(toks: Token[], a: number, b: number): [number, number][] {
  const out: [number, number][] = [];
  for (let k = a; k < b; k++) {
    if (toks[k].text === ',' && /^(a|an|the)$/.test(toks[k + 1]?.lower ?? '')) {
      let e = k + 2;
      while (e < b && toks[e].text !== ',' && toks[e].pos !== 'VERB' && toks[e].pos !== 'AUX') e++;
      if (toks[e]?.text === ',' && e - k <= 12) { out.push([k, e]); continue; }
    }
    if (toks[k].text === ',' && RELATIVE.has(toks[k + 1]?.lower ?? '')) {
      let e = k + 2;
      while (e < b && toks[e].text !== ',' && toks[e].text !== ';') e++;
      out.push([k, Math.min(e, b - 1)]);
    }
  }
  return out;
}

/** A pronoun that stands for the sources themselves ("welcomed their resumption of ties"). */
export function standsFor(m: Mention, sources: Mention[] | null): boolean {
  if (m.kind !== 'pronoun' || !sources) return false;
  const members = (m as Mention & { group?: Mention[] }).group ?? [];
  return sources.some((x) => x.entity === m.entity || members.includes(x));
}

/**
 * The items (sorted by start, as mentions and places are) lying wholly in tokens a..b: found by
 * binary search, so a long document does not scan all its mentions for every sentence.
 */
export function within<T extends { tokens: [number, number] }>(items: T[], a: number, b: number): T[] {
  let lo = 0, hi = items.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (items[mid].tokens[0] < a) lo = mid + 1; else hi = mid; }
  const out: T[] = [];
  for (let i = lo; i < items.length && items[i].tokens[0] < b; i++) if (items[i].tokens[1] <= b) out.push(items[i]);
  return out;
}
