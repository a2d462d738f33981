// "The WHO warned that hospitals had stopped functioning": a warning about what is or was so is no
// threat (CAMEO 13 needs something the speaker may do, or will befall the one warned). A warning
// whose clause says what will, would or could happen, or that names who is warned, stays one.
// "warned against a trade war", with nobody warned, advises against what it names: no threat.
import type { Sentence } from './sentence.js';
import { children, complementVerbs } from './tree.js';
import type { Token } from '../doc/types.js';
import { ADVICE_VERBS, HARM_VERBS, PUBLIC_SECTORS } from '../lang/en/words.js';
import { subjectOf } from './subjects.js';

/**
 * Does the verb of warning at v only report a fact (a that-clause with no modal or future), or a
 * harm with no doer to the public or to things ("warned that children could die of hunger", "that
 * the hospital could run out of fuel")?
 */
export function warnsOfFact(sx: Sentence, v: number): boolean {
  if (sx.toks[v].lemma !== 'warn' || !sx.canParse()) return false;
  const clauses = complementVerbs(sx, v, 'ccomp');
  if (clauses.length > 0) return clauses.every((c) => {
    const g = sx.groups.get(c);
    return !!g && ((g.modal === null && !g.aux.includes('will') && sx.toks[g.first - 1]?.lower !== 'to') || harmToPublic(sx, c));
  });
  // "warned that the law was incompatible with ...": a clause of "be" and what something is
  const p = sx.tree()!;
  const said = children(sx, p, v, 'ccomp');
  return said.length > 0 && said.every((c) => {
    const kids = [...children(sx, p, c, 'cop'), ...children(sx, p, c, 'aux')];
    return kids.some((k) => sx.toks[k].lemma === 'be') && kids.every((k) => sx.toks[k].lemma === 'be' || sx.toks[k].lemma === 'have');
  });
}

/** Is the clause of c a harm verb whose subject is no actor, or the public ("children could die")? */
function harmToPublic(sx: Sentence, c: number): boolean {
  if (!HARM_VERBS.has(sx.toks[c].lemma)) return false;
  const subj = subjectOf(sx, c);
  return !subj || subj.every((m) => PUBLIC_SECTORS.has(m.sector) && m.kind !== 'country');
}

/** Does the verb at v warn against something with nobody named as warned ("warned against a trade war")? No threat's pattern applies. */
export const warnsAgainst = (toks: Token[], v: number): boolean => ADVICE_VERBS.has(toks[v].lemma) && toks[v + 1]?.lower === 'against';
