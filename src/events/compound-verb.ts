// A clause's past-tense verb the parse read as the head noun of a compound with its subject:
// "Gunmen shot(NOUN) dead a journalist" (gunmen:compound>shot), "The army retook(NOUN) Kidal"
// (The:det>retook, army:compound>retook). missedVerbs (tree.ts) needs a subject or an object on
// the parse; here the subject is a compound, so the word's form and neighbours decide.
import type { Parse } from '../syntax/parser.js';
import type { Sentence } from './sentence.js';
import { pastForm } from '../lang/en/lemma.js';
import { VERB_RESULT_WORDS, VERBAL_RESULT_WORDS } from '../lang/en/words.js';

const OBJECT_START = /^(DET|NUM|PROPN|PRON|ADJ)$/;

/**
 * Is the word at parse index i a past form right after its subject (an actor or a plural noun)
 * that is the clause's verb? So it is before "dead" or "down" and an object, or in a sentence with
 * no other verb, or where it heads its clause with that noun as its compound and an object or a
 * particle after it (any determiner it has stands before the noun: the subject's own).
 */
export function compoundSubjectVerb(sx: Sentence, p: Parse, i: number): boolean {
  const k = i + sx.a, toks = sx.toks, prev = toks[k - 1], next = toks[k + 1];
  if (i === 0 || !prev || !next || k + 1 >= sx.b || !pastForm(toks[k].lower) || !/^(NOUN|PROPN)$/.test(prev.pos)) return false;
  const subject = prev.lower !== prev.lemma || sx.mentions.some((m) => m.tokens[1] === k);
  if (!subject) return false;
  // "shot dead two soldiers", "shot down a drone": a verb however the parse reads it
  if (VERBAL_RESULT_WORDS.has(next.lower) && OBJECT_START.test(toks[k + 2]?.pos ?? '')) return true;
  // a sentence with no other verb has its verb here, whatever the parse makes of it ("The army
  // retook(NOUN) Timbuktu" read as army:compound>retook:compound>Timbuktu)
  if (!sx.verbs.length && OBJECT_START.test(next.pos)) return true;
  if (!/^(root|conj|ccomp|parataxis)$/.test(p.deprel[i]) || p.head[i - 1] !== i || p.deprel[i - 1] !== 'compound') return false;
  if (!(OBJECT_START.test(next.pos) || VERB_RESULT_WORDS.has(next.lower))) return false;
  // nothing else of its own before it but the subject's determiner and modifiers
  for (let j = 0; j < i - 1; j++) if (p.head[j] === i && !/^(det|amod|compound|nmod:poss|case)$/.test(p.deprel[j])) return false;
  return true;
}
