// Notes for `dyad analyze --explain`: why a candidate became an event or did not. Written only
// when the Doc asks for them (doc.explain is set), so coding a corpus pays nothing for them.
import type { Doc, Explanation } from '../doc/types.js';
import type { Sentence } from './sentence.js';

/** Note one decision of the events stage about the sentence (returns nothing, so `return explain(...)` ends a step). */
export function explain(sx: Sentence, verdict: Explanation['verdict'], rule: string, text: string, token?: number): void {
  note(sx.cx.doc, sx.span.i, verdict, rule, text, token);
}

export function note(doc: Doc, sentence: number, verdict: Explanation['verdict'], rule: string, text: string, token?: number, stage = 'events'): void {
  doc.explain?.push({ sentence, stage, verdict, rule, text, ...(token !== undefined ? { token } : {}) });
}
