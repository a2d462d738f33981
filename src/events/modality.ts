// Modality of an event: what the report says of the action (EVENT-SCHEMA.md).
import type { Modality, Token } from '../doc/types.js';
import type { VerbGroup } from './verb-groups.js';
import { ALLEGED, NO_SIGN_NOUNS, SCOPE_END } from '../lang/en/words.js';

const RANK: Record<Modality, number> = { asserted: 0, intended: 1, possible: 2, alleged: 3, hypothetical: 4, negated: 5 };

/** The stronger of two modalities: negated > hypothetical > alleged > possible > intended > asserted. */
export const stronger = (a: Modality, b: Modality): Modality => (RANK[b] > RANK[a] ? b : a);

/** Modality carried by a verb group's auxiliaries: "did not", "may", "will", "would". */
export function groupModality(g: VerbGroup, conditional: boolean): Modality {
  if (g.negated) return 'negated';
  switch (g.modal) {
    case 'may': case 'might': case 'could': case 'can': return conditional ? 'hypothetical' : 'possible';
    case 'would': return conditional ? 'hypothetical' : 'intended';
    case 'will': case 'shall': return conditional ? 'hypothetical' : 'intended';
    case 'should': case 'must': return 'possible';
    default: return 'asserted';
  }
}


/** Where the cues that reach token head begin: a new clause (", as they did ...", "; ...") leaves the scope of earlier ones. */
function scopeStart(toks: Token[], a: number, head: number): number {
  let s = a;
  for (let k = a; k < head; k++) if (toks[k].text === ';' || (toks[k].text === ',' && SCOPE_END.has(toks[k + 1]?.lower ?? ''))) s = k + 1;
  return s;
}

/** Sentence-wide cues before the event's words: "allegations are circulating that", "no possibility that". */
export function contextModality(toks: Token[], a: number, head: number): Modality {
  let m: Modality = 'asserted';
  for (let k = scopeStart(toks, a, head); k < head; k++) {
    const t = toks[k];
    if (ALLEGED.has(t.lower)) m = stronger(m, 'alleged');
    if ((t.lower === 'accused' || t.lower === 'suspected') && toks[k + 1]?.lower === 'of') m = stronger(m, 'alleged');
    // "There's no possibility that ...", "no evidence that ..." ("denied that ..." is read on the
    // parse, with the denial's own negation: governor.ts)
    if (t.lower === 'no' && /^(possibility|chance|way|evidence)$/.test(toks[k + 1]?.lower ?? '')) m = stronger(m, 'negated');
  }
  return m;
}

/**
 * "gave no sign that the government would reverse ...", "showed no indication of": the absence of
 * a sign reports no act, done or undone, so nothing after it in its clause is coded.
 */
export function noSignBefore(toks: Token[], a: number, head: number): boolean {
  let sign = false;
  for (let k = scopeStart(toks, a, head); k < head; k++) {
    if (toks[k].lower === 'no' && NO_SIGN_NOUNS.has(toks[k + 1]?.lower ?? '')) sign = true;
    // (", and Russia shelled ...": a clause joined after a comma reports on its own)
    else if (toks[k].text === ',' && toks[k + 1]?.lower === 'and') sign = false;
  }
  return sign;
}

/** Is the event inside (or governed by) a condition: "if ...", "unless ...", "in case of"? */
export function isConditional(toks: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const l = toks[k].lower;
    if (l === 'if' || l === 'unless' || (l === 'case' && toks[k - 1]?.lower === 'in') || (l === 'event' && toks[k - 1]?.lower === 'the' && toks[k - 2]?.lower === 'in')) return true;
  }
  return false;
}

