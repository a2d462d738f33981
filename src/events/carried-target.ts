// The target a coordinated clause leaves unsaid: "Norway condemned Iran but did not recall its
// ambassador" (from Iran), "Germany sent tanks to Ukraine but refused to send fighter jets" (to
// Ukraine). The second clause's object is the source's own (its ambassador, jets placed by the
// source's own name), so it is no party to the act; the other party is the one the first clause named.
import type { Mention } from '../doc/types.js';
import type { Sentence } from './sentence.js';
import { headOf, relOf } from './tree.js';

/**
 * Is t the sources' own, with its country found outside its phrase: owned by a possessive that
 * stands for the source ("its ambassador"), or placed by the source's own name ("Germany ...
 * fighter jets")? Named nationals ("Ugandan activists") and groups placed by another place
 * ("protesters in Tel Aviv") are not.
 */
function ownInferred(sx: Sentence, t: Mention, sources: Mention[]): boolean {
  if (t.kind === 'pronoun' || !sources.some((s) => s.country === t.country && s.entity !== t.entity)) return false;
  if (t.rule.endsWith('+possessor')) return true;
  const placedBy = /\+places:([^+]+)$/.exec(t.rule)?.[1];
  return !!placedBy && sx.places.some((p) => p.place.name === placedBy && sources.some((s) => s.tokens[0] <= p.tokens[0] && p.tokens[0] < s.tokens[1]));
}

/**
 * The targets of the act at v, with its own-side targets replaced by the party of the clause it
 * is coordinated with ("X did A to Y but did not B its Z"), or none for a compound subject;
 * unchanged when no other party is found.
 */
export function carriedTarget(sx: Sentence, v: number, sources: Mention[] | null, targets: Mention[]): Mention[] {
  if (!sources?.length || !targets.length || !targets.every((t) => ownInferred(sx, t, sources))) return targets;
  // "Ukraine and Russia swapped prisoners": one member's own people are no target of the
  // compound; its members act on each other
  if (new Set(sources.map((s) => s.country)).size > 1) return [];
  const p = sx.tree();
  if (!p) return targets;
  // up from the act through its governing verbs ("refused to send") to the conjunct
  let x = v;
  for (let guard = 0; guard < 4 && relOf(sx, p, x) === 'xcomp'; guard++) x = headOf(sx, p, x);
  const first = relOf(sx, p, x) === 'conj' ? headOf(sx, p, x) : -1;
  const second = sx.groups.get(x);
  if (first < 0 || first >= x || !sx.groups.has(first) || !second) return targets;
  // the first party of another country after the first conjunct's verb, before the second's
  for (let k = first + 1; k < second.first; k++) {
    const m = sx.targetAt(k);
    if (m && m.country !== '---' && !sources.some((s) => s.country === m.country)) return sx.coordinated(m, second.first);
  }
  return targets;
}
