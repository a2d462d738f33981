// A group named with "from" and a place after a word of leaving ("the withdrawal of its troops
// from Kosovo") or a possessor ("their forces from Chad") is leaving that place: the place is
// neither its owner (actors.match) nor where it acts (events placing).
import type { Token } from '../doc/types.js';
import { LEAVING_WORDS, POSSESSIVE_DETERMINERS } from '../lang/en/words.js';

/**
 * "the withdrawal of its troops from Kosovo", "pulled their forces from Chad": troops leaving a
 * place, or owned by a possessor, are not from there ("troops from Chad" alone are Chad's).
 */
export function leavesFrom(toks: Token[], start: number): boolean {
  if (POSSESSIVE_DETERMINERS.has(toks[start - 1]?.lower ?? '')) return true;
  for (let k = start - 1; k >= 0 && start - k <= 5 && toks[k].sentence === toks[start].sentence; k--) if (LEAVING_WORDS.has(toks[k].lemma) || LEAVING_WORDS.has(toks[k].lower)) return true;
  return false;
}

