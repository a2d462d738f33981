// "Iran and the United States resumed talks in Oman", "Armenia and Azerbaijan initialled a peace
// treaty at the White House": when two parties named together meet, talk or agree, a country or
// seat after "in" or "at" is where they did it, not a third party; they act on each other.
import type { Mention } from '../doc/types.js';
import type { Sentence } from './sentence.js';
import { VENUE } from '../lang/en/words.js';

// acts two parties do together (intent, consultation, cooperation): the ones paired both ways
const JOINT = /^0[3-6]/;

/** Is m, found as the target of a joint act by a compound subject, only the place where it was done? */
export function compoundVenue(sx: Sentence, m: Mention, sources: Mention[] | null, code: string): boolean {
  if (!JOINT.test(code) || !sources || new Set(sources.map((s) => s.entity)).size < 2) return false;
  let k = m.tokens[0] - 1;
  if (sx.toks[k]?.lower === 'the') k--;
  return VENUE.has(sx.toks[k]?.lower ?? '');
}
