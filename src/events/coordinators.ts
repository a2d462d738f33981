// Where the actor joined on the left of a coordinator ends: "Chad and Niger", "Chad, Niger and
// Mali", "Franco-German" (a hyphen joins two states' adjectives), "the United States as well as
// Britain" (a coordinator of several words).
import type { Token } from '../doc/types.js';
import { MULTIWORD_COORDINATORS } from '../lang/en/words.js';
import { hyphenJoins } from '../text/tokens.js';

/** The token before the coordinator that ends at k (past a comma before it), or -1 when k ends none. */
export function joinedBefore(toks: Token[], k: number, joinedSoFar: number): number {
  const w = toks[k]?.lower;
  let j = -1;
  if (w === 'and' || w === 'or' || w === 'nor' || (w === ',' && joinedSoFar > 1)) j = k - 1;
  else if (hyphenJoins(toks, k)) j = k - 1;
  else {
    const c = MULTIWORD_COORDINATORS.find((ws) => ws.every((x, i) => toks[k - ws.length + 1 + i]?.lower === x));
    if (c) j = k - c.length;
  }
  if (j >= 0 && w !== '-' && toks[j]?.text === ',') j--;
  return j;
}
