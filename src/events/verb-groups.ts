// Verb groups: which tokens act as verbs (repairing common tagger slips such as "plans" tagged
// as a noun after its subject), their auxiliaries, negation, modals, voice and complements.
import type { Token, Mention } from '../doc/types.js';
import type { Frame, Lexicon } from '../dictionaries/lexicon.js';
import { MODALS, NEG, NOUN_PHRASE_PREPS } from '../lang/en/words.js';

export interface VerbGroup {
  head: number;          // token index of the main verb
  first: number;         // first token of the group (auxiliaries, negation)
  lemma: string;
  aux: string[];         // auxiliary lemmas in order
  negated: boolean;
  modal: string | null;  // may, might, could, will, would, shall, should, must, can
  passive: boolean;
  /** passive by the words alone (a bare participle after a noun: "aid sent to Gaza"), which the parse may overrule */
  passiveGuessed?: boolean;
  participle: boolean;   // -ing form heading a participial clause (", threatening to ...")
  pastSimple: boolean;   // a simple past form: "severed"
}

const AUXLIKE = new Set(['AUX', 'PART', 'ADV']);
// tags the tagger gives known verbs by mistake
const REPAIRABLE = new Set(['NOUN', 'ADV', 'ADJ', 'PROPN', 'ADP']);

/** Is token k a verb? Trusts the tagger for VERB, and repairs known verbs tagged otherwise. */
/**
 * "the downing of the jet by Turkish fighters": a form in -ing after a determiner and before "of"
 * names the act (a nominal event); it is no verb.
 */
export function gerundNamingAct(toks: Token[], k: number): boolean {
  return toks[k - 1]?.pos === 'DET' && toks[k].lower.endsWith('ing') && toks[k + 1]?.lower === 'of';
}

export function isVerb(toks: Token[], k: number, lex: Lexicon, actorEnds: Map<number, number>): boolean {
  const t = toks[k];
  const prev = toks[k - 1];
  // "is ready to", "was willing to": the adjective of a "be X to" frame heads the group
  if (t.pos === 'ADJ' || t.pos === 'VERB') {
    if (toks[k + 1]?.lower === 'to' && prev && (prev.lemma === 'be' || (prev.pos === 'ADV' && toks[k - 2]?.lemma === 'be')) && beFrame(lex, t)) return true;
  }
  // possessed nouns mis-tagged as verbs: "with Albania's help"
  if (t.pos === 'VERB' && prev && (prev.lower === "'s" || prev.text === '’s' || /^(his|her|its|their|our|my|your)$/.test(prev.lower))) return false;
  // "has talks with": after "have" a form in -s is a plural noun, not a verb
  if (t.pos === 'VERB' && prev?.lemma === 'have' && /[^s]s$/.test(t.lower)) return false;
  if (t.pos === 'VERB') {
    if (gerundNamingAct(toks, k)) return false;
    // "Russian-occupied", "the occupied territories": participles used as adjectives
    if (prev && (prev.text === '-' || prev.pos === 'DET') && toks[k + 1] && /^(NOUN|PROPN|ADJ)$/.test(toks[k + 1].pos)) return false;
    // "arrested four suspected militants": after a count, before its noun (not a date: "on March 3 attacked villages")
    if (prev?.pos === 'NUM' && !/^\d{4}$/.test(prev.lower) && !/^(ADP|PROPN)$/.test(toks[k - 2]?.pos ?? '') && /(ed|en)$/.test(t.lower) && toks[k + 1]?.pos === 'NOUN') return false;
    return true;
  }
  // "had a phone call with", "has talks with": "have" before its object is the main verb, not an auxiliary
  // (not before a participle the tagger did not know: "have retaken")
  const next = toks[k + 1];
  if (t.pos === 'AUX' && t.lemma === 'have' && next && (/^(DET|NUM)$/.test(next.pos) || (/^(NOUN|ADJ)$/.test(next.pos) && !/(ed|en|wn)$/.test(next.lower)) || /[^s]s$/.test(next.lower)) && lex.verbs.has('have')) return true;
  // "was behind the bombing", "is optimistic about": a copula before no verb is the clause's verb, for the entries of "be"
  // ("is ready to" is the adjective's frame, read from the adjective)
  if (t.pos === 'AUX' && t.lemma === 'be' && next && (next.pos === 'ADJ' || next.lower === 'behind') && lex.verbs.has('be') && !beFrame(lex, next)) return true;
  if (!REPAIRABLE.has(t.pos)) return false;
  const known = lex.verbs.has(t.lemma) || lex.frames.has(t.lemma) || lex.verbs.has(t.lower) || lex.frames.has(t.lower) || (t.lower.endsWith('ed') && lex.verbs.has(t.lemma + 'e'));
  if (!known || !prev) return false;
  // ("the soldiers had orders to prevent ...": after "have" a noun in -s is what is had)
  if (prev.lemma === 'have' && /[^s]s$/.test(t.lower)) return false;
  if (prev.pos === 'AUX' || (prev.pos === 'PART' && prev.lower !== "'s") || NEG.has(prev.lower)) return true;
  // right after its subject, in a finite form: "North Korea plans to", "Russia backs" (an actor
  // after a preposition is no subject: "a package of EU sanctions against Moscow")
  // ("Chinese coast guard ships fired": a word in -s with a verb right after it heads the subject)
  if (actorEnds.has(k) && /(s|ed)$/.test(t.lower) && !NOUN_PHRASE_PREPS.has(toks[actorEnds.get(k)! - 1]?.lower ?? '') && !(t.lower.endsWith('s') && /^(VERB|AUX)$/.test(toks[k + 1]?.pos ?? ''))) return true;
  // a plain form after coordinated subjects, before its object: "Fornost and Gondor welcome a resumption"
  if (actorEnds.has(k) && toks[k + 1] && /^(DET|PROPN|NUM)$/.test(toks[k + 1].pos) && coordinatedBefore(toks, k)) return true;
  return false;
}

/** Is there an "and" among the few words before k (a coordinated, so plural, subject)? */
function coordinatedBefore(toks: Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 6; j--) {
    if (toks[j].lower === 'and') return true;
    if (toks[j].sentence !== toks[k].sentence || toks[j].pos === 'VERB' || toks[j].pos === 'AUX') return false;
  }
  return false;
}

const beFrameIndex = new WeakMap<Lexicon, Map<string, Frame[]>>();

/** The "be X to" frames ("be ready to", "be willing to") whose X is this word; indexed once per lexicon. */
export function beFrames(lex: Lexicon, t: Token): Frame[] {
  let index = beFrameIndex.get(lex);
  if (!index) {
    index = new Map();
    for (const f of lex.frames.get('be') ?? []) for (const w of f.verbs) if (w[0] === 'be' && w[1]) index.set(w[1], [...(index.get(w[1]) ?? []), f]);
    beFrameIndex.set(lex, index);
  }
  const a = index.get(t.lower) ?? [], b = t.lemma !== t.lower ? index.get(t.lemma) ?? [] : [];
  return b.length ? [...new Set([...a, ...b])] : a;
}

const beFrame = (lex: Lexicon, t: Token) => beFrames(lex, t).length > 0;

/** Build the group for the verb at `head`: auxiliaries and adverbs to its left. */
export function verbGroup(toks: Token[], head: number, from: number): VerbGroup {
  let first = head;
  const aux: string[] = [];
  let negated = false;
  let modal: string | null = null;
  for (let k = head - 1; k >= from; k--) {
    const t = toks[k];
    if (!AUXLIKE.has(t.pos) && !NEG.has(t.lower)) break;
    if (t.pos === 'PART' && t.lower === 'to') break;
    if (t.pos === 'ADV' && !NEG.has(t.lower) && toks[k - 1] && !AUXLIKE.has(toks[k - 1].pos)) { first = k; continue; }
    first = k;
    // "not only condemned ... but also": "not only" adds, it does not deny
    if (NEG.has(t.lower)) negated ||= !(t.lower === 'not' && toks[k + 1]?.lower === 'only');
    else if (t.pos === 'AUX') {
      const l = t.lemma === 'wo' ? 'will' : t.lemma === 'ca' ? 'can' : t.lemma;
      aux.unshift(l);
      if (MODALS.has(t.lower) || MODALS.has(l)) modal ??= l;
    }
  }
  const t = toks[head];
  const passive = aux.length > 0 && aux[aux.length - 1] === 'be' && t.lower !== t.lemma && /(ed|en|wn|ne|t)$/.test(t.lower) && !t.lower.endsWith('ing');
  const participle = t.lower.endsWith('ing') && aux.length === 0;
  const pastSimple = aux.length === 0 && /ed$/.test(t.lower) || (aux.length === 0 && t.lower !== t.lemma && !/(s|ing)$/.test(t.lower));
  return { head, first, lemma: t.lemma, aux, negated, modal, passive, participle, pastSimple };
}

/** Token index just past the actor mention ending at k, for quick "right after a subject" checks. */
/**
 * Where each mention ends (the token after it), with where it starts. A bare national adjective
 * is left out: it is no subject, so the word in -s after it is its noun ("Iranian exiles",
 * "protect Belarusian exiles"), not a verb.
 */
export function mentionEnds(mentions: Mention[]): Map<number, number> {
  const s = new Map<number, number>();
  for (const m of mentions) if (!m.modifier) s.set(m.tokens[1], m.tokens[0]);
  return s;
}
