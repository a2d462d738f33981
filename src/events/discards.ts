// PETRARCH-style discards: a phrase that stops coding of its sentence, or of the whole story
// (sports results, weather). Phrases are looked up by their first word.
import type { Doc } from '../doc/types.js';
import type { Lexicon } from '../dictionaries/lexicon.js';

const discardIndex = new WeakMap<Lexicon['discards'], Map<string, Lexicon['discards']>>();

/** Does a discard phrase of this scope occur in tokens a..b? Phrases are looked up by their first word. */
export function discarded(toks: Doc['tokens'], a: number, b: number, discards: Lexicon['discards'], scope: 'story' | 'sentence'): boolean {
  let index = discardIndex.get(discards);
  if (!index) {
    index = new Map();
    for (const d of discards) if (d.words.length) index.set(d.words[0], [...(index.get(d.words[0]) ?? []), d]);
    discardIndex.set(discards, index);
  }
  for (let k = a; k < b; k++) {
    const ds = index.get(toks[k].lower);
    if (!ds) continue;
    for (const d of ds) {
      if (d.scope !== scope || k + d.words.length > b) continue;
      let j = 1;
      while (j < d.words.length && toks[k + j].lower === d.words[j]) j++;
      if (j === d.words.length) return true;
    }
  }
  return false;
}
