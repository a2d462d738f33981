// Weapons named as what an actor fires, launches, tests, drops or deploys: the actor dictionaries
// make "missiles" or "drones" military actors (right as doers: "drones struck Kyiv"), but as the
// object of such a verb they are the doer's instruments, never the act's target ("North Korea fired
// two missiles into the sea": no target; "fired rockets at Sderot": Sderot).
import type { Mention } from '../doc/types.js';
import type { Sentence } from './sentence.js';
import { WEAPON_NOUNS, WEAPON_VERBS } from '../lang/en/words.js';

// words that may stand between the verb and its weapon ("fired two ballistic missiles", "launched a barrage of drones")
const BETWEEN = /^(DET|NUM|ADJ|NOUN|PROPN|ADV)$/;

/** Is m a weapon the verb before it (or the passive verb it is subject of) sets on its way? */
export function isInstrument(sx: Sentence, m: Mention): boolean {
  const { toks, a, b } = sx;
  // (the head word comes before any place joined to the phrase: "missiles in Belarus")
  let end = m.tokens[0] + 1;
  while (end < m.tokens[1] && toks[end].pos !== 'ADP') end++;
  if (!WEAPON_NOUNS.has(toks[end - 1].lower)) return false;
  // "fired two ballistic missiles", "launched a barrage of drones"
  for (let k = m.tokens[0] - 1; k >= a && m.tokens[0] - k <= 6; k--) {
    const g = sx.groups.get(k);
    if (g) return !g.passive && WEAPON_VERBS.has(g.lemma);
    if (!BETWEEN.test(toks[k].pos) && toks[k].lower !== 'of' && toks[k].text !== '-') return false;
  }
  // "two missiles were fired into the sea"
  for (let k = m.tokens[1]; k < b && k - m.tokens[1] <= 3; k++) {
    const g = sx.groups.get(k);
    if (g) return g.passive && WEAPON_VERBS.has(g.lemma);
  }
  return false;
}
