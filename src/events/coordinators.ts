// Actors joined by coordinators: where the actor joined on the left of a coordinator ends ("Chad
// and Niger", "Chad, Niger and Mali", "Franco-German": a hyphen joins two states' adjectives, "the
// United States as well as Britain": a coordinator of several words), and the actors joined on the right.
import type { Mention, Token } from '../doc/types.js';
import type { Sentence } from './sentence.js';
import { MULTIWORD_COORDINATORS, POSSESSIVE } from '../lang/en/words.js';
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

/** m and the actors joined to it on the right: "Russia and China", "Iran, Iraq and Syria", "an Israeli peace group and the PLO". */
export function coordinatedAfter(sx: Sentence, m: Mention, end: number): Mention[] {
  const { toks, cx } = sx;
  const out = [m];
  let k = m.tokens[1];
  // (a national adjective is joined at the end of its noun phrase: "an Israeli peace movement and")
  if (m.modifier) while (k < end && /^(NOUN|PROPN)$/.test(toks[k].pos) && cx.covered[k] < 0) k++;
  // (members after a bare comma must be closed by "and"/"or": in "If X attacks A, B would intervene" B is none)
  let bare = 0;
  for (;;) {
    let j = k;
    if (toks[j]?.text === ',') j++;
    const joined = j;
    if (toks[j] && (toks[j].lower === 'and' || toks[j].lower === 'or')) j++;
    else if (toks[j]?.lower === 'as' && toks[j + 1]?.lower === 'well' && toks[j + 2]?.lower === 'as') j += 3; // "as well as"
    if (j === k || j >= end) break;
    const bareJoin = j === joined;
    // "to Sudan and to Chad": the preposition said again
    if (j > k && toks[j]?.pos === 'ADP' && toks[j].lower === toks[m.tokens[0] - 1]?.lower) j++;
    j = sx.pastModifiers(j, end);
    let n = cx.mentionStart.get(j);
    // "Kagame and his party": the possessive stands before the member, it is none itself
    const owned = n && n.kind === 'pronoun' && POSSESSIVE.test(toks[j].lower) ? cx.mentionStart.get(sx.pastModifiers(n.tokens[1], end)) : undefined;
    if (owned) n = owned;
    if (!n || n.country === '---' || (toks[k]?.text === ',' && toks[k + 1]?.lower !== 'and' && cx.lex.reportVerbs.has(toks[n.tokens[1]]?.lemma ?? ''))) break; // ("Bosnia, the minister said": a speaker)
    // ("to protect civilians, U.S. and Saudi mediators said": who tells it is no member)
    if (sx.inAttribution(n.tokens[0])) break;
    // ("sanctions against Moscow, and Orban said ...": after ", and" one actor with a verb of its own opens a new clause)
    if (out.length === 1 && toks[k]?.text === ',' && sx.groups.has(n.tokens[1] + (toks[n.tokens[1]]?.pos === 'AUX' ? 1 : 0))) break;
    out.push(n);
    bare = bareJoin ? bare + 1 : 0;
    k = n.tokens[1];
  }
  // (", and with strings attached, Cuba": a list left open by ", and" is still one)
  const open = /^(and|or)$/.test(toks[k]?.lower ?? '') || (toks[k]?.text === ',' && /^(and|or)$/.test(toks[k + 1]?.lower ?? ''));
  return bare && !open ? out.slice(0, out.length - bare) : out;
}
