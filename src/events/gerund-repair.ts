// "denied bombing civilians": a tagger that reads the gerund as a noun leads the parse to make it
// a modifier of the noun after it (bombing:compound>civilians, civilians:obj>denied) or a clause
// of another kind (burning:advcl>denied). After a verb that takes a gerund as its object, with a
// noun phrase after it, the gerund is that verb's complement and the noun phrase its object; the
// parse is set right once, so that the act's subject, its negation by "denied" and its object are
// read from the tree as for a well-parsed "denied killing civilians".
import type { Token } from '../doc/types.js';
import type { Parse } from '../syntax/parser.js';
import { GERUND_OBJECT_VERBS } from '../lang/en/words.js';

const OBJECT_START = /^(DET|NUM|PROPN|PRON|ADJ|NOUN)$/;

/** Is token k a gerund right after a verb that takes one ("denied", "admitted"), before a noun phrase? */
function gerundComplement(toks: Token[], k: number, b: number): boolean {
  const prev = toks[k - 1];
  return k + 1 < b && toks[k].lower.endsWith('ing') && prev?.pos === 'VERB' && GERUND_OBJECT_VERBS.has(prev.lemma) && OBJECT_START.test(toks[k + 1].pos);
}

/** The parse of the sentence [a, b) with such gerunds made the complement of the verb before them (in place). */
export function repairGerunds(toks: Token[], a: number, b: number, p: Parse | null): Parse | null {
  if (!p) return p;
  for (let i = 1; i < p.head.length; i++) {
    const v = i - 1;
    if (!gerundComplement(toks, a + i, b) || (p.head[i] === v && p.deprel[i] === 'xcomp')) continue;
    const n = p.head[i];
    // "bombing civilians" read as one noun phrase, the object of "denied": the noun is the gerund's
    if ((p.deprel[i] === 'compound' || p.deprel[i] === 'amod') && n > i && p.head[n] === v) { p.head[n] = i; p.deprel[n] = 'obj'; }
    else if (p.head[i] !== v) continue;
    p.head[i] = v;
    p.deprel[i] = 'xcomp';
  }
  return p;
}
