// Tests on the words alone of whether a step that reads the dependency parse could find anything
// there. Parsing a sentence costs more than the rest of the coder together, and most sentences
// of a report that name an actor hold no event: each test here is a necessary condition of its
// step's success, so answering "no" never changes what the step would have found.
//
// The side tests rest on the parse being projective (arc-hybrid: every word's subtree is one
// unbroken stretch of the sentence). A preposition's phrase then lies wholly on the side of
// its head where the preposition is, and so does every actor the tree can find in it.
import type { Pattern, VerbEntry } from '../dictionaries/lexicon.js';
import type { Token } from '../doc/types.js';
import { verbLike } from '../lang/en/lemma.js';

type Alts = Set<string>;
/**
 * What one pattern needs among the sentence's words to match on the tree (see treeMatch in
 * tree-match.ts): nothing it can name (`free`: "seize +" takes the verb's object), its noun (`first`:
 * "impose sanctions on +"), its preposition with an actor on that side of the verb (`sided`:
 * "respond to +"), or one of its words (`any`: "seize + * boat", "sign * agreement").
 */
type Need = { kind: 'never' } | { kind: 'free' } | { kind: 'first' | 'sided' | 'any'; words: Alts[] };

const needs = new WeakMap<Pattern, Need>();

function needOf(p: Pattern): Need {
  let n = needs.get(p);
  if (n) return n;
  const words = p.tokens.flatMap((t) => (t.kind === 'word' ? [t.alts] : []));
  const last = p.tokens[p.tokens.length - 1];
  // (treeMatch tries only patterns with at most two words; one with no target slot needs its
  // one word as the object's noun: "sign * agreement")
  if (words.length > 2) n = { kind: 'never' };
  else if (!p.tokens.some((t) => t.kind === 'target')) n = words.length === 1 && last.kind === 'word' ? { kind: 'any', words } : { kind: 'never' };
  // a pattern that does not end in its target needs one of its words as the object's noun
  else if (last.kind !== 'target') n = words.length ? { kind: 'any', words } : { kind: 'never' };
  else if (words.length === 0) n = { kind: 'free' };
  // one that ends in it needs its noun as the object ("looted homes in Tigray": the object's own
  // modifier may name the target), or with no noun its preposition as an oblique's case word
  else n = { kind: words.length === 2 ? 'first' : 'sided', words };
  needs.set(p, n);
  return n;
}

/** What any of a verb's entries needs among a sentence's words to match on the tree. */
export interface TreeNeed { free: boolean; words: Set<string>; sided: Set<string> }

/** The needs of a verb's entries together: built once per verb form (verb-match.ts keeps it with the entries). */
export function treeNeedOf(entries: VerbEntry[]): TreeNeed {
  const need: TreeNeed = { free: false, words: new Set(), sided: new Set() };
  for (const e of entries) if (e.patterns && e.style !== 'petrarch') for (const p of e.patterns) {
    const n = needOf(p);
    if (n.kind === 'free') need.free = true;
    else if (n.kind === 'first') for (const w of n.words[0]) need.words.add(w);
    else if (n.kind === 'sided') for (const w of n.words[0]) need.sided.add(w);
    else if (n.kind === 'any') for (const alts of n.words) for (const w of alts) need.words.add(w);
  }
  return need;
}

/** A sentence as the side tests see it: its words, and how many of them can name an actor. */
export interface Sides {
  toks: Token[]; a: number; b: number; forms(): Set<string>;
  /** tokens in [a, k) inside a mention or a place */
  actorTokensBefore(k: number): number;
}

/** Is there a word that can name an actor on the side of token `pivot` where token `at` lies? */
export function actorOnSide(sx: Sides, pivot: number, at: number): boolean {
  if (at < pivot) return sx.actorTokensBefore(pivot) > 0;
  return sx.actorTokensBefore(sx.b) - sx.actorTokensBefore(pivot + 1) > 0;
}

/** Is one of `words` (lower case) in the sentence, other than at `pivot`, with an actor on its side of the pivot? */
function sidedWord(sx: Sides, pivot: number, words: Set<string>): boolean {
  if (words.size === 0) return false;
  for (let q = sx.a; q < sx.b; q++) if (q !== pivot && words.has(sx.toks[q].lower) && actorOnSide(sx, pivot, q)) return true;
  return false;
}

/**
 * Could treeMatch match one of the entries' patterns on the verb at v? "impose sanctions on +"
 * cannot, on the tree or off it, in a sentence without "sanctions"; "respond to +" cannot
 * where no actor is on the side of the verb where "to" is ("has not responded to the request").
 * @example treeMatchCould(treeNeedOf(entries), sentence, verb)
 */
export function treeMatchCould(need: TreeNeed, sx: Sides, v: number): boolean {
  if (need.free) return true;
  // (a sentence has a few dozen forms; a verb's entries may name hundreds of words, one entry a few)
  const forms = sx.forms();
  const [few, many] = need.words.size < forms.size ? [need.words, forms] : [forms, need.words];
  for (const w of few) if (many.has(w)) return true;
  return sidedWord(sx, v, need.sided);
}

const entryNeeds = new WeakMap<VerbEntry, TreeNeed>();

/** One entry's needs, kept with the entry. */
export function entryTreeNeed(e: VerbEntry): TreeNeed {
  let n = entryNeeds.get(e);
  if (!n) { n = treeNeedOf([e]); entryNeeds.set(e, n); }
  return n;
}

/**
 * Could nounArgs find a target for one of the event noun at k's entries? Each pattern it reads
 * starts with the preposition of the noun's modifier ("of +", "between +"): one must be in the
 * sentence with an actor on its side of the noun ("criticism at home" names no one).
 * @example nounArgsCould(lex.nouns.get('invasion')!, sentence, k)
 */
export function nounArgsCould(entries: VerbEntry[], sx: Sides, k: number): boolean {
  let preps = nounPreps.get(entries);
  if (!preps) {
    preps = new Set<string>();
    for (const e of entries) for (const p of e.patterns ?? []) {
      const first = p.tokens[0];
      if (first?.kind === 'word' && p.tokens[p.tokens.length - 1].kind === 'target') for (const w of first.alts) preps.add(w);
    }
    nounPreps.set(entries, preps);
  }
  return sidedWord(sx, k, preps);
}

/** Each event noun's entries -> the prepositions its patterns start with (the entries are the lexicon's, built once). */
const nounPreps = new WeakMap<VerbEntry[], Set<string>>();

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
