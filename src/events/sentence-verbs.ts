// Two repairs to a sentence's verbs, made once when the Sentence is built: the verbs the tagger
// read as adjectives or nouns (found on the parse), and participles that are reduced relatives.
import type { Sentence } from './sentence.js';
import { missedVerbs } from './tree.js';
import { pastForm, verbLemmas } from '../lang/en/lemma.js';
import { mayBeMissedVerb } from './parse-need.js';
import { CLAUSE_OPENERS, RELATIVE_OBJECTS } from '../lang/en/words.js';

const OBJECT_START = /^(DET|PROPN|NOUN|NUM|PRON|ADJ)$/;
const NOUN_PHRASE = /^(DET|PROPN|NOUN|ADJ)$/;

/** Verbs the tagger read as adjectives or nouns, found by the parse (only where a word could be one). */
export function addMissedVerbs(sx: Sentence): void {
  if (!sx.canParse()) return;
  const { toks, a, b, cx, verbs } = sx;
  const { lex } = cx;
  const has = (w: string) => lex.verbs.has(w) || lex.frames.has(w);
  // (a word inside an actor's name or the attribution, or one already read as a verb, is never
  // taken: no parse is asked for it)
  let candidate = false;
  for (let k = a; k < b && !candidate; k++) {
    candidate = mayBeMissedVerb(k > a ? toks[k - 1] : undefined, toks[k]) && cx.covered[k] < 0 && !sx.inAttribution(k) && !verbs.includes(k) && verbLemmas(toks[k].lower).some(has);
  }
  const parse = candidate ? sx.tree() : null;
  if (!parse) return;
  for (const { k, lemma } of missedVerbs(sx, parse, has)) {
    if (verbs.includes(k) || sx.inAttribution(k)) continue;
    // the repair is the tagger's, made on the token so every later step reads a verb
    toks[k].pos = 'VERB';
    toks[k].lemma = lemma;
    verbs.push(k);
  }
  verbs.sort((x, y) => x - y);
}

/**
 * Participles after a noun once the clause has its verb are reduced relatives, so passive
 * ("West Africans ordered out of Nigeria", "a resolution written by the US"); a participle with
 * an object after it is active ("said Russian forces shelled Kharkiv").
 */
export function markReducedRelatives(sx: Sentence): void {
  const { toks, verbs, groups } = sx;
  for (const v of verbs) {
    const g = groups.get(v)!;
    const prev = toks[g.first - 1];
    const next = toks[v + 1];
    const objectless = !next || !OBJECT_START.test(next.pos);
    const earlier = verbs.filter((x) => x < v && !groups.get(x)!.participle && toks[x - 1]?.lower !== 'to');
    const afterReport = earlier.length > 0 && sx.cx.lex.reportVerbs.has(toks[earlier[earlier.length - 1]].lemma);
    if (g.aux.length === 0 && /(ed|en|wn)$/.test(toks[v].lower) && prev && (prev.pos === 'NOUN' || prev.pos === 'PROPN') && earlier.length > 0 && objectless && !afterReport && !relativeSubject(sx, g.first - 1)) g.passive = g.passiveGuessed = true;
    // a headline's past form after its subject is a passive with its "was" left out ("Opposition
    // leader arrested as protests spread"): headlines tell past acts in the present tense
    else if (g.aux.length === 0 && earlier.length === 0 && headline(sx) && pastForm(toks[v].lower) && toks[v].lower !== toks[v].lemma && prev && (prev.pos === 'NOUN' || prev.pos === 'PROPN') && objectless) g.passive = true;
  }
}

/** A line with no closing punctuation: a headline or a title, written in headline style. */
const headline = (sx: Sentence): boolean => sx.toks[sx.b - 1].pos !== 'PUNCT' && /\w$/.test(sx.toks[sx.b - 1].text);

/** Is the noun phrase ending at k the subject of a relative or subordinate clause ("the sanctions that Japan imposed")? */
function relativeSubject(sx: Sentence, k: number): boolean {
  const { toks, a } = sx;
  let j = k;
  while (j > a && k - j < 5 && NOUN_PHRASE.test(toks[j].pos)) j--;
  // (or of a clause a subordinating word opens: "in Zvecan, where protesters clashed with ...")
  return (RELATIVE_OBJECTS.has(toks[j].lower) || CLAUSE_OPENERS.has(toks[j].lower)) && j < k;
}
