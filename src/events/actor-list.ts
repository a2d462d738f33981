// A comma list of actors that a parse reads as an apposition: in "A, the B, C and D welcomed ...",
// a parser may hang "the B" from A as an appos and C and D from B as its conjuncts. An apposition
// that opens a coordination of actors is a member of the list, not another name for A (a real
// apposition, "A, the capital of B, ...", has no actor conjuncts of its own).
import type { Parse } from '../syntax/parser.js';
import type { Sentence } from './sentence.js';
import { children } from './tree.js';

/** The appositions of k that head a coordination of actors, to be read as conjuncts of k. */
export function listAppositions(sx: Sentence, p: Parse, k: number): number[] {
  return children(sx, p, k, 'appos').filter((c) => sx.coveringMention(c) !== null
    && children(sx, p, c, 'conj').some((d) => sx.coveringMention(d) !== null));
}
