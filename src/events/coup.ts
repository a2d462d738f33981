// "The army ousted the president", "the junta dissolved parliament": the verbs are those of a
// leadership or institutional change (0831 dismissing leaders, 0834 dissolving an institution),
// which CAMEO files under yielding to demands. Done by the military, or by a junta that took power,
// to the state's own government, legislature or leaders, they are acts of a coup: military rule
// put in the place of constitutional government, whose nearest CAMEO code is 1724 (see the coup
// entries in dictionaries/verbs/17-coerce.yaml for the choice).
import type { Mention } from '../doc/types.js';
import { JUNTA } from '../lang/en/words.js';

const YIELDED = new Set(['0831', '0834']);
// the leaders and institutions a coup puts out; a general dismissing commanders is no coup
const RULERS = new Set(['GOV', 'LEG', 'ELI', '']);
const state = (m: Mention) => /^[A-Z]{3}$/.test(m.country) && m.country !== '---';

/** The code of an act by `src` on `tgt`: a yielding act by the military on its state's rulers is 1724. */
export function coupCode(code: string, src: Mention, tgt: Mention | null): string {
  if (!YIELDED.has(code)) return code;
  const military = src.sector === 'MIL' || JUNTA.test(src.name);
  // (a ruler named: "dismissed two commanders" names none; another state's rulers are no coup's)
  if (!military || !tgt || !RULERS.has(tgt.sector) || (state(src) && state(tgt) && tgt.country !== src.country)) return code;
  return '1724';
}
