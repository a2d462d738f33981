// Modality of an event: what the report says of the action (EVENT-SCHEMA.md).
import type { Modality, Token } from '../doc/types.js';
import type { VerbGroup } from './verb-groups.js';
import { ALLEGED, SCOPE_END } from '../lang/en/words.js';

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


/** Sentence-wide cues before the event's words: "allegations are circulating that", "no possibility that". */
export function contextModality(toks: Token[], a: number, head: number): Modality {
  let m: Modality = 'asserted';
  for (let k = a; k < head; k++) {
    const t = toks[k];
    // a new clause (", as they did ...", "; ...") leaves the scope of earlier cues
    if (t.text === ';' || (t.text === ',' && SCOPE_END.has(toks[k + 1]?.lower ?? ''))) { m = 'asserted'; continue; }
    if (ALLEGED.has(t.lower)) m = stronger(m, 'alleged');
    if ((t.lower === 'accused' || t.lower === 'suspected') && toks[k + 1]?.lower === 'of') m = stronger(m, 'alleged');
    // "There's no possibility that ...", "no evidence that ..." ("denied that ..." is read on the
    // parse, with the denial's own negation: governor.ts)
    if (t.lower === 'no' && /^(possibility|chance|way|evidence|sign|indication)$/.test(toks[k + 1]?.lower ?? '')) m = stronger(m, 'negated');
  }
  return m;
}

/** Is the event inside (or governed by) a condition: "if ...", "unless ...", "in case of"? */
export function isConditional(toks: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const l = toks[k].lower;
    if (l === 'if' || l === 'unless' || (l === 'case' && toks[k - 1]?.lower === 'in') || (l === 'event' && toks[k - 1]?.lower === 'the' && toks[k - 2]?.lower === 'in')) return true;
  }
  return false;
}

