// A participle clause that only tells more of an act its sentence already coded: ", killing 20
// people" after an attack (its toll), "staged rallies ..., demanding his resignation" after a protest
// (its aim: CAMEO codes what a protest demands in the protest's own code, 1411-1454, not as a
// demand of its own).
import type { Mention } from '../doc/types.js';
import type { EventSink } from './emit.js';
import type { Sentence } from './sentence.js';
import type { VerbGroup } from './verb-groups.js';
import { caseOf, children, headOf } from './tree.js';
import { codedNominalAct, codesOwnAct } from './nominals.js';
import { forceNoun } from './act-subject.js';
import { FORCE_CODE } from './means.js';

/** Has the sentence already coded, before the participle at head, an event of these roots by one of the sources? */
function codedBefore(sx: Sentence, sink: EventSink, head: VerbGroup, roots: RegExp, sources: Mention[]): boolean {
  const at = sx.toks[head.head].start;
  return sink.events.some((e) => e.sentence === sx.span.i && roots.test(e.root) && e.trigger.span[0] < at && sources.some((m) => m.code === e.source?.code));
}

/** ", killing 20 people" after an attack its sentence already coded, by the same actor: the same act. */
export function casualtiesOfCodedAttack(sx: Sentence, sink: EventSink, head: VerbGroup, code: string, sources: Mention[]): boolean {
  if (!head.participle || sx.toks[head.first - 1]?.text !== ',' || !FORCE_CODE.test(code)) return false;
  return codedBefore(sx, sink, head, /^(18|19|20)$/, sources);
}

/** "demonstrated in Kirkuk calling for independence": a demand or appeal in a participle after the same actors' protest is its aim. */
export function aimOfCodedProtest(sx: Sentence, sink: EventSink, head: VerbGroup, code: string, obliged: boolean, sources: Mention[]): boolean {
  if (!head.participle || !(obliged || /^(02|10)/.test(code))) return false;
  return codedBefore(sx, sink, head, /^14$/, sources);
}

/**
 * "Clashes between X and Y killed 20 people": a violent verb whose subject is a fight between named
 * sides tells that fight's toll. So does one whose subject is an act of force coded with its doer
 * ("Russia's invasion of Ukraine has displaced millions": RUS 192 UKR, its toll no act of its own,
 * and never one by the party the invasion was of).
 */
export function tollOfNominalFight(sx: Sentence, v: number, code: string): boolean {
  const p = sx.tree();
  if (!p || !FORCE_CODE.test(code)) return false;
  const subj = children(sx, p, v, 'nsubj')[0] ?? fightPhraseBefore(sx, v);
  if (subj !== undefined && codedNominalAct(sx, subj, /^(18|19|20)$/)) return true;
  return subj !== undefined && sidedFight(sx, subj);
}

/** Is the noun at n a fight with its sides named ("between X and Y", "with Y"), coded on the noun itself? */
function sidedFight(sx: Sentence, n: number): boolean {
  const p = sx.tree()!, t = sx.toks[n];
  // (a gerund the parse took for a verb has its sides as obliques: "fighting between X and Y")
  const gerund = t.pos === 'VERB' && t.lower.endsWith('ing');
  if (![...children(sx, p, n, 'nmod'), ...(gerund ? children(sx, p, n, 'obl') : [])].some((m) => /^(between|with)$/.test(caseOf(sx, p, m) ?? ''))) return false;
  return (t.pos === 'NOUN' || gerund || (t.pos === 'PROPN' && n === sx.a)) && forceNoun(sx, n, true);
}

/**
 * "Heavy clashes between Kenyan police and the militia wounded 15": a verb the parse left with no
 * subject (read as a participle) right after a fight's phrase: the fight noun, if every word
 * from it to the verb hangs from it.
 */
function fightPhraseBefore(sx: Sentence, v: number): number | undefined {
  const p = sx.tree()!;
  for (let n = sx.a; n < v; n++) {
    if (!sidedFight(sx, n)) continue;
    let ok = true;
    for (let k = n + 1; k < v && ok; k++) { let h = headOf(sx, p, k), g = 0; while (h !== n && h >= 0 && g++ < 6) h = headOf(sx, p, h); ok = h === n; }
    if (ok) return n;
  }
  return undefined;
}

/**
 * "reaffirmed its commitment to ...", "restated its support for ...": a verb that only restates
 * (an entry of 010 with no pattern of its own) whose object is an act coded on its own noun adds
 * no statement to that act.
 */
export function restatedAct(sx: Sentence, v: number, entry: { code: string; patterns?: unknown } | undefined): boolean {
  if (!entry || entry.code !== '010' || entry.patterns) return false;
  const p = sx.tree();
  return !!p && children(sx, p, v, 'obj').some((o) => codesOwnAct(sx, o));
}
