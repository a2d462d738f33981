// "It is unclear whether ...", "it remains to be seen", "it was not immediately clear who ...",
// "it is time to ...": an extraposed subject that stands for the clause after it, not for any
// actor named before; resolved to the last country, it would make that country do what the
// clause only wonders about.
import type { Token } from '../doc/types.js';
import { EXTRAPOSING_VERBS, EXTRAPOSITION_WORDS, EXTRAPOSED_CLAUSE_WORDS, RAISING_WORDS } from '../lang/en/words.js';

/** Is the "it" at token i the empty subject of "it + be/remain/seem + adjective/participle + whether/if/that/to ..."? */
export function isDummyIt(toks: Token[], i: number): boolean {
  if (toks[i]?.lower !== 'it') return false;
  let k = i + 1;
  // (auxiliaries and adverbs before the verb: "it may still be", "it has not been")
  while (k < toks.length && k - i <= 3 && (toks[k].pos === 'AUX' || toks[k].pos === 'PART' || toks[k].pos === 'ADV') && !EXTRAPOSING_VERBS.has(toks[k].lemma)) k++;
  if (!EXTRAPOSING_VERBS.has(toks[k]?.lemma ?? '')) return false;
  k++;
  // "it remains to be seen"
  if (toks[k]?.lower === 'to' && toks[k + 1]?.lower === 'be' && toks[k + 2]?.lower === 'seen') return true;
  // "not immediately", "still", "too", "far from"
  while (k < toks.length && (toks[k].pos === 'PART' || toks[k].pos === 'ADV' || toks[k].lower === 'far' || toks[k].lower === 'from')) k++;
  if (!EXTRAPOSITION_WORDS.has(toks[k]?.lower ?? '')) return false;
  const next = toks[k + 1]?.lower ?? '';
  if (next === 'to' && RAISING_WORDS.has(toks[k].lower)) return false;
  return EXTRAPOSED_CLAUSE_WORDS.has(next) || (next === 'yet' && EXTRAPOSED_CLAUSE_WORDS.has(toks[k + 2]?.lower ?? ''));
}
