// Tests on the words alone of whether a step that reads the dependency parse could find anything
// there. Parsing a sentence costs more than the rest of the coder together, and most sentences
// of a report that name an actor hold no event: each test here is a necessary condition of its
// step's success, so answering "no" never changes what the step would have found.
import type { Pattern, VerbEntry } from '../dictionaries/lexicon.js';
import type { Token } from '../doc/types.js';
import { verbLike } from '../lang/en/lemma.js';

type Alts = Set<string>;
/**
 * What one pattern needs among the sentence's words to match on the tree (see treeMatch in
 * tree.ts): nothing it can name (`free`: "seize +" takes the verb's object), its first word
 * (`first`: "impose sanctions on +", "condemn attacks on +"), or one of its words (`any`:
 * "seize + * boat").
 */
type Need = { kind: 'never' } | { kind: 'free' } | { kind: 'first' | 'any'; words: Alts[] };

const needs = new WeakMap<Pattern, Need>();

function needOf(p: Pattern): Need {
  let n = needs.get(p);
  if (n) return n;
  const words = p.tokens.flatMap((t) => (t.kind === 'word' ? [t.alts] : []));
  const last = p.tokens[p.tokens.length - 1];
  // (treeMatch tries only patterns with a target slot and at most two words)
  if (words.length > 2 || !p.tokens.some((t) => t.kind === 'target')) n = { kind: 'never' };
  // a pattern that does not end in its target needs one of its words as the object's noun
  else if (last.kind !== 'target') n = words.length ? { kind: 'any', words } : { kind: 'never' };
  else if (words.length === 0) n = { kind: 'free' };
  // one that ends in it needs its noun as the object ("looted homes in Tigray": the object's own
  // modifier may name the target), or with no noun its preposition as an oblique's case word
  else n = { kind: 'first', words };
  needs.set(p, n);
  return n;
}

const present = (alts: Alts, forms: Set<string>) => {
  for (const w of alts) if (forms.has(w)) return true;
  return false;
};

/** What any of a verb's entries needs among a sentence's words to match on the tree. */
export interface TreeNeed { free: boolean; words: Set<string> }

/** The needs of a verb's entries together: built once per verb form (verb-match.ts keeps it with the entries). */
export function treeNeedOf(entries: VerbEntry[]): TreeNeed {
  const need: TreeNeed = { free: false, words: new Set() };
  for (const e of entries) if (e.patterns && e.style !== 'petrarch') for (const p of e.patterns) {
    const n = needOf(p);
    if (n.kind === 'free') need.free = true;
    else if (n.kind === 'first') for (const w of n.words[0]) need.words.add(w);
    else if (n.kind === 'any') for (const alts of n.words) for (const w of alts) need.words.add(w);
  }
  return need;
}

/**
 * Could treeMatch match one of the entries' patterns in a sentence with these word forms (lower
 * case and lemmas)? "impose sanctions on +" cannot, on the tree or off it, in a sentence
 * without "sanctions".
 * @example treeMatchCould(treeNeedOf(entries), new Set(['sanctions', 'sanction', 'on']))
 */
export function treeMatchCould(need: TreeNeed, forms: Set<string>): boolean {
  if (need.free) return true;
  // (a sentence has a few dozen forms; a verb's entries may name hundreds of words, one entry a few)
  const [few, many] = need.words.size < forms.size ? [need.words, forms] : [forms, need.words];
  for (const w of few) if (many.has(w)) return true;
  return false;
}

const entryNeeds = new WeakMap<VerbEntry, TreeNeed>();

/** One entry's needs, kept with the entry. */
export function entryTreeNeed(e: VerbEntry): TreeNeed {
  let n = entryNeeds.get(e);
  if (!n) { n = treeNeedOf([e]); entryNeeds.set(e, n); }
  return n;
}

/**
 * Could nounArgs find a target for one of an event noun's entries? Each pattern it reads starts
 * with the preposition of the noun's modifier ("of +", "between +"): one must be in the sentence.
 * @example nounArgsCould(lex.nouns.get('invasion')!, new Set(['russia', "'s", 'invasion', 'of', 'ukraine']))
 */
export function nounArgsCould(entries: VerbEntry[], words: Set<string>): boolean {
  for (const e of entries) for (const p of e.patterns ?? []) {
    const first = p.tokens[0];
    if (first?.kind === 'word' && p.tokens[p.tokens.length - 1].kind === 'target' && present(first.alts, words)) return true;
  }
  return false;
}

// after these a word opens or continues a noun phrase ("the talks", "their meeting", "in peace
// talks"), never a predicate; relative "which" and "that", which the tagger also reads as
// determiners, are not among them ("Lithuania, which shares(NOUN) a border")
const NOUN_PHRASE_WORDS = new Set(['the', 'a', 'an', 'its', 'their', 'our', 'his', 'my', 'your']);

/**
 * Could token t be a predicate the tagger missed, by its words alone (tree.ts `missedVerbs` then
 * asks the parse)? An adjective, noun or name with a verb's ending, not right after an article,
 * a possessive or a preposition: "Saudi warships blockaded(ADJ) Hodeidah", not "the talks".
 * `prev` is the token before it in its sentence.
 * @example mayBeMissedVerb({ lower: 'warships', pos: 'NOUN' }, { lower: 'blockaded', pos: 'ADJ' }) // true
 */
export function mayBeMissedVerb(prev: Pick<Token, 'lower' | 'pos'> | undefined, t: Pick<Token, 'lower' | 'pos'>): boolean {
  if (t.pos !== 'ADJ' && t.pos !== 'NOUN' && t.pos !== 'PROPN') return false;
  if (!verbLike(t.lower)) return false;
  return !prev || !(prev.pos === 'ADP' || NOUN_PHRASE_WORDS.has(prev.lower));
}
