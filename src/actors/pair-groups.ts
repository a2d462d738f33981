// Coordinated actors ("China and Russia", "Colombia and the ELN") form groups that "they" and
// "the two sides" refer to. A pair named as the parties of an act between them ("talks between
// X and Y", "X and Y clashed") is what "the two sides" means, over a later pair of mediators or
// speakers ("Qatar and Egypt mediated a new round of talks. The two sides agreed ...").
import type { Doc, Mention, Token } from '../doc/types.js';
import { PARTY_VERBS } from '../lang/en/words.js';

export interface Group { at: number; sentence: number; members: Mention[]; parties: boolean }

/** How many sentences back a pair named as parties is still what "the two sides" means. */
const PARTIES_REACH = 2;

/** Note the group that mention k closes with the one before it, if they are joined by "and"/"or". */
export function noteGroup(toks: Token[], mentions: Mention[], k: number, groups: Group[]): void {
  const m = mentions[k];
  const prev = mentions[k - 1];
  if (!prev || m.modifier || prev.modifier || m.country === '---' || prev.country === '---') return;
  const between = toks.slice(prev.tokens[1], m.tokens[0]).map((t) => t.lower);
  if (!(between[0] === 'and' || between[0] === 'or') || !(between.length === 1 || (between.length === 2 && between[1] === 'the'))) return;
  groups.push({ at: m.tokens[1], sentence: toks[m.tokens[0]].sentence, members: [prev, m], parties: namedAsParties(toks, prev, m) });
}

/** "between X and Y", or the subject of a verb of what parties do to each other ("X and Y clashed"). */
function namedAsParties(toks: Token[], a: Mention, b: Mention): boolean {
  let s = a.tokens[0] - 1;
  if (toks[s]?.lower === 'the') s--;
  if (toks[s]?.lower === 'between') return true;
  let k = b.tokens[1];
  while (k < toks.length && k - b.tokens[1] < 3 && /^(AUX|ADV|PART)$/.test(toks[k].pos)) k++;
  return toks[k]?.pos === 'VERB' && PARTY_VERBS.has(toks[k].lemma);
}

/**
 * The group a pronoun or pair at token i (in `sentence`) stands for: the last group before it;
 * for a pair ("the two sides"), the last pair named as parties not long before, if any.
 */
export function groupBefore(groups: Group[], i: number, sentence: number, pair: boolean, partiesOnly = false): Mention[] | null {
  let g = groups.length - 1;
  while (g >= 0 && groups[g].at > i) g--;
  if (g < 0) return null;
  if (pair) for (let h = g; h >= 0 && groups[h].sentence >= sentence - PARTIES_REACH; h--) if (groups[h].parties) return groups[h].members;
  return partiesOnly ? null : groups[g].members;
}

/**
 * "Sudan's army accused the RSF ... Griffiths urged both sides to ...": with no pair named as
 * parties nearby, the sides are the story's: the first two actors of different countries or bodies
 * in its lead (its first two body sentences), before the token at i; of two countries for "the two
 * countries".
 */
export function leadSides(doc: Doc, mentions: Mention[], i: number, countries = false): Mention[] | null {
  const body = doc.sentences.filter((s) => s.kind === 'body').slice(0, 2);
  if (!body.length) return null;
  const end = Math.min(i, body[body.length - 1].tokens[1]), out: Mention[] = [];
  for (const m of mentions) {
    if (m.tokens[0] >= end || out.length === 2) break;
    if (m.tokens[0] < body[0].tokens[0] || m.kind === 'pronoun' || m.country.length !== 3 || m.country === '---') continue;
    if (!out.some((x) => x.code === m.code || (x.country === m.country && ((!x.sector && !m.sector) || countries)))) out.push(m);
  }
  return out.length === 2 ? out : null;
}
