// Whether a nominal event is only hoped for or foreseen, or blocked ("vetoed new sanctions"): "the deal will lead to further talks
// between X and Y", "X hopes for talks with Y", "is expected to bring a ceasefire". CAMEO coders
// code no event there (the talks have not happened), and a nominal has no verb group of its own to
// carry the modality, so the governing clause is read from the parse instead.
import type { Sentence } from './sentence.js';
import { children, headOf, relOf } from './tree.js';
import { BLOCKING_VERBS, PROSPECT_MODALS, PROSPECT_WORDS, SCHEDULING_VERBS } from '../lang/en/words.js';
import type { Parse } from '../syntax/parser.js';

// a noun that is an object or oblique of its clause names the clause's result; a subject
// ("talks between X and Y will resume") is left alone: the report may still be of real talks
const RESULT = /^(obj|obl|nmod|iobj|xcomp)/;

/** Is the event noun at k the hoped-for or foreseen result of its clause, or one its clause blocks? Only where the sentence has a parse. */
export function prospectiveNominal(sx: Sentence, k: number): boolean {
  const p = sx.tree();
  if (!p) return false;
  // "a visit by the Chinese president to Moscow is planned for next month": only arranged so far
  if (relOf(sx, p, k) === 'nsubj:pass' && SCHEDULING_VERBS.has(sx.toks[headOf(sx, p, k)]?.lemma ?? '')) return true;
  // up through the noun phrase ("the resumption of talks") to the word that governs it
  let x = k;
  for (let guard = 0; guard < 4; guard++) {
    const rel = relOf(sx, p, x), h = headOf(sx, p, x);
    if (h < 0 || !RESULT.test(rel)) return false;
    if (PROSPECT_WORDS.has(sx.toks[h].lemma)) return true;      // "hopes for talks"
    x = h;
    if (!/^(NOUN|PROPN|PRON|NUM)$/.test(sx.toks[h].pos)) break;
  }
  // "Hungary blocked a package of EU sanctions": what is blocked or vetoed did not happen
  if (BLOCKING_VERBS.has(sx.toks[x].lemma) && /^(obj|nsubj:pass)/.test(relOfChild(sx, p, x, k))) return true;
  // the governing clause and the ones it is the complement of ("is expected to lead to")
  for (let guard = 0; guard < 3; guard++) {
    if (children(sx, p, x, 'aux').some((a) => PROSPECT_MODALS.has(sx.toks[a].lower))) return true;
    const rel = relOf(sx, p, x), h = headOf(sx, p, x);
    if (h < 0 || !/^(ccomp|xcomp|acl)/.test(rel)) return false;
    if (PROSPECT_WORDS.has(sx.toks[h].lemma)) return true;      // "hope that ... lead to talks"
    x = h;
  }
  return false;
}

/** The relation to v of the word on the path up from k that hangs from v directly. */
function relOfChild(sx: Sentence, p: Parse, v: number, k: number): string {
  let x = k;
  for (let guard = 0; guard < 6 && x >= 0 && headOf(sx, p, x) !== v; guard++) x = headOf(sx, p, x);
  return x >= 0 ? relOf(sx, p, x) : '';
}
