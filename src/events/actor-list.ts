// A comma list of actors that a parse reads as an apposition: in "A, the B, C and D welcomed ...",
// a parser may hang "the B" from A as an appos and C and D from B as its conjuncts. An apposition
// that opens a coordination of actors is a member of the list, not another name for A (a real
// apposition, "A, the capital of B, ...", has no actor conjuncts of its own).
import type { Mention } from '../doc/types.js';
import type { Parse } from '../syntax/parser.js';
import type { Sentence } from './sentence.js';
import { children } from './tree.js';

/** The appositions of k that head a coordination of actors, to be read as conjuncts of k. */
export function listAppositions(sx: Sentence, p: Parse, k: number): number[] {
  return children(sx, p, k, 'appos').filter((c) => sx.coveringMention(c) !== null
    && children(sx, p, c, 'conj').some((d) => sx.coveringMention(d) !== null));
}

/**
 * Is m, inside the comma-set aside r, a member of a list rather than an apposition? ", the Y, and
 * Z" with Y a name: "Mordor, the Shire, and Gondor welcomed" (a description, ", a key ally, and",
 * or a title, ", the NATO member, and", is still an aside).
 */
export function listMemberAside(sx: Sentence, m: Mention, r: [number, number]): boolean {
  const { toks } = sx;
  const close = r[1];
  return toks[r[0] + 1]?.lower === 'the' && toks[close]?.text === ',' && m.tokens[1] === close
    && toks[close - 1].pos === 'PROPN' && /^(and|or)$/.test(toks[close + 1]?.lower ?? '');
}

/**
 * The actor before a described list member: "Hungary, the largest NATO member in the region, and
 * Poland condemned": from Poland, back over ", and" and the comma-set description to Hungary.
 */
export function beforeDescription(sx: Sentence, m: Mention): Mention | null {
  const { toks } = sx;
  let k = m.tokens[0] - 1;
  while (k >= sx.a && /^(DET|ADJ)$/.test(toks[k].pos) && sx.cx.covered[k] < 0) k--;
  if (!/^(and|or)$/.test(toks[k]?.lower ?? '') || toks[k - 1]?.text !== ',') return null;
  const r = sx.regions.find((x) => x[1] === k - 1);
  if (!r || r[0] <= sx.a) return null;
  const prev = sx.coveringMention(r[0] - 1);
  return prev && !prev.modifier && prev.country !== '---' && prev.tokens[1] === r[0] && !sx.inAttribution(r[0] - 1) ? prev : null;
}
