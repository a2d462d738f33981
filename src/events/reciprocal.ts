// A compound subject acting on itself: "accused each other", "met one another". With no other
// party named, each member acts on each other one. (Two-sided acts named by their object,
// "exchanged fire", "traded accusations", are entries whose back act is their own code.)
import type { Sentence } from './sentence.js';

/** Does the clause from `from` say its compound subject acts on itself? */
export function eachOther(sx: Sentence, from: number): boolean {
  const end = sx.clauseEnd(from);
  for (let k = from; k + 1 < end; k++) {
    const w = sx.toks[k].lower, n = sx.toks[k + 1].lower;
    if ((w === 'each' && n === 'other') || (w === 'one' && n === 'another')) return true;
  }
  return false;
}
