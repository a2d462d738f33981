// Weapons named as what an actor fires, launches, tests, drops or deploys: the actor dictionaries
// make "missiles" or "drones" military actors (right as doers: "drones struck Kyiv"), but as the
// object of such a verb they are the doer's instruments, never the act's target ("North Korea fired
// two missiles into the sea": no target; "fired rockets at Sderot": Sderot). So are the doer's own
// forces, a bare "troops" or "jets" sent, deployed, scrambled or mobilised ("Russia is sending troops
// to Belarus": Belarus; "Taiwan scrambled jets": no target).
import type { Mention } from '../doc/types.js';
import type { Sentence } from './sentence.js';
import { FORCE_SECTORS, FORCE_VERBS, POSSESSIVE_DETERMINERS, WEAPON_NOUNS, WEAPON_VERBS } from '../lang/en/words.js';

// words that may stand between the verb and its weapon ("fired two ballistic missiles", "launched a barrage of drones")
const BETWEEN = /^(DET|NUM|ADJ|NOUN|PROPN|ADV)$/;

/** Is m a weapon or own force the verb before it (or the passive verb it is subject of) sets on its way? */
export function isInstrument(sx: Sentence, m: Mention): boolean {
  return instrumentKind(sx, m) !== null;
}

/** What m is to the verb that sets it on its way: the doer's own 'force', a 'weapon', or neither (null). */
export function instrumentKind(sx: Sentence, m: Mention): 'force' | 'weapon' | null {
  const { toks, a, b } = sx;
  // (the head word comes before any place joined to the phrase: "missiles in Belarus")
  let end = m.tokens[0] + 1;
  while (end < m.tokens[1] && toks[end].pos !== 'ADP') end++;
  const weapon = WEAPON_NOUNS.has(toks[end - 1].lower);
  // a force the phrase gives no country, or whose country is a possessive ("its reservists"), is the
  // doer's own (a named one, "Russian troops", may be faced)
  const force = FORCE_SECTORS.has(m.sector) && (m.country === '---' || m.rule.endsWith('+possessor'));
  if (!weapon && !force) return null;
  const sets = (lemma: string) => force && FORCE_VERBS.has(lemma) ? 'force' : weapon && WEAPON_VERBS.has(lemma) ? 'weapon' : null;
  // "fired two ballistic missiles", "launched a barrage of drones"
  for (let k = m.tokens[0] - 1; k >= a && m.tokens[0] - k <= 6; k--) {
    const g = sx.groups.get(k);
    if (g) return g.passive ? null : sets(g.lemma);
    if (!BETWEEN.test(toks[k].pos) && toks[k].lower !== 'of' && toks[k].text !== '-' && !POSSESSIVE_DETERMINERS.has(toks[k].lower)) return null;
  }
  // "two missiles were fired into the sea"
  for (let k = m.tokens[1]; k < b && k - m.tokens[1] <= 3; k++) {
    const g = sx.groups.get(k);
    if (g) return g.passive ? sets(g.lemma) : null;
  }
  return null;
}
