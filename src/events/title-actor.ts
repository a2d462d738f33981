// A person's name under their title: "Bree President Romendacil", "Kenya's Deputy Prime Minister
// Odhiambo". A UD parse makes the name the head and the title its nmod:desc or compound, so the
// subject word is the name; a name the dictionaries know only by its country ("Romendacil": BRE)
// would then lose the role its title gives (BREGOV). The title's actor is the more exact one.
import type { Mention } from '../doc/types.js';
import type { Parse } from '../syntax/parser.js';
import type { Sentence } from './sentence.js';
import { children } from './tree.js';

const TITLE_RELS = ['nmod:desc', 'compound', 'flat'];

/** The title's actor for the name m at k, when it says the same country with a role m lacks; else m. */
export function withTitle(sx: Sentence, p: Parse, k: number, m: Mention): Mention {
  if (m.sector || m.modifier) return m;
  for (const rel of TITLE_RELS) for (const c of children(sx, p, k, rel)) {
    const t = sx.coveringMention(c);
    if (t && t !== m && t.sector && t.country === m.country && t.tokens[1] <= m.tokens[0] && !sx.inAttribution(c)) return t;
  }
  return m;
}
