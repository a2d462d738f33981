// Time words inside a relative or reported clause date that clause's act, not the sentence's: in
// "The M23, which seized the province last year, said government forces had shelled civilian
// areas", "last year" is when the province was seized; in "The army said jihadists had ambushed a
// patrol on Friday, and accused Niamey of sheltering them", Friday is the ambush's day, not the
// accusation's. Read from the parse: asked for where a relative word comes before the later of the
// two, else only if the sentence was parsed already (no sentence is parsed for this alone).
import type { Sentence } from './sentence.js';
import { RELATIVE } from '../lang/en/words.js';

const OWN_CLAUSE = /^(acl(:relcl)?|ccomp)$/;

/** Is document token k (a time word) inside a relative, participial or reported clause that does not hold the trigger? */
export function timeInOtherClause(sx: Sentence, k: number, trigger: number): boolean {
  const hi = Math.max(k, trigger);
  let relative = false;
  for (let j = sx.a; j <= hi && !relative; j++) relative = RELATIVE.has(sx.toks[j].lower);
  const p = relative ? sx.tree() : sx.cx.doc.parses?.peek(sx.span.i) ?? null;
  if (!p) return false;
  const n = p.head.length;
  // the clause a relative word opens: labelled as a noun's clause, or (where the parse has it
  // wrong) any word with a relative pronoun among its own dependents
  const opensClause = (j: number): boolean => {
    if (OWN_CLAUSE.test(p.deprel[j])) return true;
    for (let d = 0; d < n; d++) if (p.head[d] === j && RELATIVE.has(sx.toks[d + sx.a].lower)) return true;
    return false;
  };
  let clause = -1;
  for (let j = k - sx.a, steps = 0; j >= 0 && steps < n; j = p.head[j], steps++) {
    if (j === trigger - sx.a) return false;
    if (opensClause(j)) { clause = j; break; }
  }
  if (clause < 0) return false;
  // the trigger is inside that clause when the clause's head is among its ancestors
  for (let j = trigger - sx.a, steps = 0; j >= 0 && steps < n; j = p.head[j], steps++) if (j === clause) return false;
  return true;
}
