// What the words governing an act's clause say of it: "denied attacking" (negated), "did not deny
// that X attacked" (not negated: the negation is the denial's), "did not rule out sending troops"
// (possible, and no rejection), "is about to restore ties" (intended), "is said to have attacked"
// (alleged), "if X attacks" (hypothetical). Negation belongs to the verb it stands on; a governing
// verb that itself excludes or denies turns that negation around for its complement.
import type { Modality } from '../doc/types.js';
import type { Parse } from '../syntax/parser.js';
import type { Link } from './chains.js';
import type { Sentence } from './sentence.js';
import type { VerbGroup } from './verb-groups.js';
import { stronger } from './modality.js';
import { children, headOf, relOf } from './tree.js';
import { ABANDON_VERBS, CLAIM_VERBS, DENIAL_VERBS, EXCLUDE_VERBS, HEARSAY_PASSIVES, IMMINENT_NOUNS, INTENTION_NOUNS, NEGATING_GOVERNORS, OPTION_NOUNS, PROSPECT_MODALS, QUESTION_OPENERS } from '../lang/en/words.js';

const BE = /^(is|are|was|were|be|been|being|am|'s|'re)$/;

/** Is the verb at h itself negated: "did not rule out", or governed by "refused to" / "failed to"? */
function negatedVerb(sx: Sentence, p: Parse, h: number): boolean {
  if (sx.groups.get(h)?.negated) return true;
  if (children(sx, p, h, 'advmod').some((c) => /^(not|n't|never)$/.test(sx.toks[c].lower))) return true;
  const g = headOf(sx, p, h);
  return g >= 0 && relOf(sx, p, h) === 'xcomp' && NEGATING_GOVERNORS.has(sx.toks[g].lemma);
}

/** "rule out" (with its particle) or "exclude" at h. */
function excludes(sx: Sentence, p: Parse, h: number): boolean {
  const t = sx.toks[h];
  if (!EXCLUDE_VERBS.has(t.lemma)) return false;
  return t.lemma !== 'rule' || children(sx, p, h, 'compound:prt').some((c) => sx.toks[c].lower === 'out') || sx.toks[h + 1]?.lower === 'out';
}

/** Words right before the verb that make it imminent or an open option: "about to", "on the verge of", "the possibility of". */
function leadIn(sx: Sentence, g: VerbGroup): Modality | null {
  const { toks } = sx;
  const b1 = toks[g.first - 1], b2 = toks[g.first - 2], b3 = toks[g.first - 3];
  if (b1?.lower === 'to' && b2?.lower === 'about' && (BE.test(b3?.lower ?? '') || b3?.pos === 'ADV')) return 'intended';
  if (b1?.lower === 'of' && IMMINENT_NOUNS.has(b2?.lower ?? '') && b3?.lower === 'the' && toks[g.first - 4]?.lower === 'on') return 'intended';
  if (b1?.lower === 'of' && OPTION_NOUNS.has(b2?.lower ?? '')) return 'possible';
  // "has no intention of attacking": the intention is the act's; "no" before it negates the act
  if (b1?.lower === 'of' && INTENTION_NOUNS.has(b2?.lower ?? '')) return b3?.lower === 'no' ? 'negated' : 'intended';
  // "has yet to recognise", "stopped short of recognising": the act has not happened
  if (b1?.lower === 'to' && b2?.lower === 'yet' && /^(has|have|had|is|are|was|were)$/.test(b3?.lower ?? '')) return 'negated';
  if (b1?.lower === 'of' && b2?.lower === 'short' && b3?.lemma === 'stop') return 'negated';
  // "is believed to be holding", "are said to be shelling": hearsay about the act, not its purpose
  // (the tagger's "be" before the verb makes "to" the group's left edge, as "have" seldom does)
  const be = BE.test(b3?.lower ?? '') || (b3?.pos === 'ADV' && BE.test(toks[g.first - 4]?.lower ?? ''));
  if (b1?.lower === 'to' && be && b2 && b2.lower !== b2.lemma && HEARSAY_PASSIVES.has(b2.lemma)) return 'alleged';
  return null;
}

/** Is the gerund or infinitive at the head of g a complement these rules read, not a purpose or the content of another act? */
export function openComplement(sx: Sentence, g: VerbGroup): boolean {
  if (leadIn(sx, g)) return true;
  // "rule out sending": a phrasal verb's particle, not a preposition
  const p = sx.tree(), before = g.first - 1;
  return !!p && before >= sx.a && relOf(sx, p, before) === 'compound:prt';
}

/** The modality the clause governing v gives it, through complements and conjuncts. */
export function governorModality(sx: Sentence, v: number): Modality | null {
  const g = sx.groups.get(v);
  let m: Modality | null = g ? leadIn(sx, g) : null;
  if (yesNoQuestion(sx)) m = m ? stronger(m, 'possible') : 'possible';
  const p = sx.tree();
  if (!p) return m;
  const add = (x: Modality | null) => { if (x) m = m ? stronger(m, x) : x; };
  add(heldNounModality(sx, p, v));
  let x = v;
  for (let guard = 0; guard < 3; guard++) {
    // "if X attacks", "unless Y withdraws": a condition, not a report
    if (children(sx, p, x, 'mark').some((c) => /^(if|unless)$/.test(sx.toks[c].lower))) add('hypothetical');
    const rel = relOf(sx, p, x), h = headOf(sx, p, x);
    // "vowed to fight on until Israel stops its offensive": a condition of an act still to come
    if (x === v && h >= 0 && unrealised(sx, p, h) && children(sx, p, x, 'mark').some((c) => /^(until|till)$/.test(sx.toks[c].lower))) add('hypothetical');
    if (h < 0 || !(rel === 'xcomp' || rel === 'ccomp' || rel === 'conj')) break;
    if (rel !== 'conj') { add(governedBy(sx, p, h, rel)); break; }
    x = h;
  }
  return m;
}

/**
 * Is the verb at h still to come: under a modal ("will continue"), an infinitive ("to continue"),
 * or joined to one as its complement or as the verb it complements (a parse hangs "until ..."
 * on "vowed" in "vowed to continue ... until", on "closed" in "will keep the border closed until")?
 */
function unrealised(sx: Sentence, p: Parse, h: number): boolean {
  const own = (v: number): boolean => children(sx, p, v, 'aux').some((c) => PROSPECT_MODALS.has(sx.toks[c].lower)) || children(sx, p, v, 'mark').some((c) => sx.toks[c].lower === 'to');
  if (own(h) || children(sx, p, h, 'xcomp').some(own)) return true;
  const g = headOf(sx, p, h);
  return g >= 0 && relOf(sx, p, h) === 'xcomp' && own(g);
}

/**
 * The act under a noun of option or intention, from the noun and the verb that governs it: "ruled
 * out the possibility of sending troops", "denied plans to invade", "abandoned plans to build" (the
 * act will not happen), "has no plans to attack" (negated), "does not rule out the option of" (possible).
 */
function heldNounModality(sx: Sentence, p: Parse, v: number): Modality | null {
  const noun = headOf(sx, p, v);
  if (relOf(sx, p, v) !== 'acl' || noun < 0) return null;
  const w = sx.toks[noun].lower;
  if (!OPTION_NOUNS.has(w) && !INTENTION_NOUNS.has(w)) return null;
  if (children(sx, p, noun, 'det').some((c) => sx.toks[c].lower === 'no')) return 'negated';
  const gov = headOf(sx, p, noun);
  if (gov < 0) return null;
  const lemma = sx.toks[gov].lemma;
  const refused = excludes(sx, p, gov) || DENIAL_VERBS.has(lemma) || ABANDON_VERBS.has(lemma);
  if (refused) return negatedVerb(sx, p, gov) ? 'possible' : 'negated';
  // "does not have plans to": the negation of the holding verb is the act's
  return lemma === 'have' && negatedVerb(sx, p, gov) ? 'negated' : null;
}

// "Will X attack Y?", "Is X planning to ...?": a question asks whether the act happens; it reports nothing
function yesNoQuestion(sx: Sentence): boolean {
  const last = sx.toks[sx.b - 1]?.text === '?' ? sx.b - 1 : sx.toks[sx.b]?.text === '?' ? sx.b : -1;
  return last >= 0 && QUESTION_OPENERS.has(sx.toks[sx.a]?.lower ?? '');
}

function governedBy(sx: Sentence, p: Parse, h: number, rel: string): Modality | null {
  const lemma = sx.toks[h].lemma;
  // "did not deny that X attacked": the denial is what is negated, not the attack
  if (DENIAL_VERBS.has(lemma)) return negatedVerb(sx, p, h) ? null : 'negated';
  if (excludes(sx, p, h)) return negatedVerb(sx, p, h) ? 'possible' : 'negated';
  if (CLAIM_VERBS.has(lemma) && rel === 'ccomp') return 'alleged';
  // "is said to have attacked", "is believed to be holding": hearsay, unconfirmed
  if (rel === 'xcomp' && HEARSAY_PASSIVES.has(lemma) && children(sx, p, h, 'aux:pass').length > 0) return 'alleged';
  // "is considering sending", "mulls imposing": a frame verb that only sets modality, before a gerund
  if (rel === 'xcomp') for (const f of sx.cx.lex.frames.get(lemma) ?? []) if (f.kind === 'modality' && f.modality && f.verbs.some((w) => w.length === 1 && w[0] === lemma)) return f.modality as Modality;
  return null;
}

/** "is said / believed / reported to have attacked": hearsay in a passive verb before the act. */
export function hearsayModality(sx: Sentence, links: Link[], actionAt: number): Modality | null {
  for (let i = 0; i < links.length - 1 && i < actionAt; i++) if (links[i].g.passive && HEARSAY_PASSIVES.has(sx.toks[links[i].g.head].lemma)) return 'alleged';
  return null;
}

/**
 * An event noun that a verb of exclusion or denial governs, with no actor of its own: "has not ruled
 * out military action against X" (possible), "ruled out / denied an attack on X" (negated). Its
 * actor is the governing verb's subject (a verb group of the sentence).
 */
export function excludedNominal(sx: Sentence, k: number): { verb: number; modality: Modality } | null {
  const p = sx.tree();
  if (!p || !/^(obj|obl)/.test(relOf(sx, p, k))) return null;
  const gov = headOf(sx, p, k);
  if (gov < 0 || !sx.groups.has(gov) || !(excludes(sx, p, gov) || DENIAL_VERBS.has(sx.toks[gov].lemma))) return null;
  return { verb: gov, modality: negatedVerb(sx, p, gov) ? 'possible' : 'negated' };
}

/** Is the word at k in the clause of an infinitive of purpose ("calls to adopt UN reforms"), up through its verbs? What is only called for is no act. */
export function inPurpose(sx: Sentence, k: number): boolean {
  const p = sx.purposes.size ? sx.tree() : null;
  if (!p) return false;
  // (a clause with a subject of its own is no part of the purpose: "to protect the airport, and Peru condemned")
  if (children(sx, p, k, 'nsubj').length) return false;
  for (let x = headOf(sx, p, k), guard = 0; x >= 0 && guard < 3; x = headOf(sx, p, x), guard++) {
    if (sx.purposes.has(x)) return true;
    if (children(sx, p, x, 'nsubj').length) return false;
    if (!sx.groups.has(x) && sx.toks[x].pos !== 'VERB') return false;
  }
  return false;
}

/** "did not rule out", "refused to rule out": no rejection happened; the complement is coded on its own as possible. */
export function notRuledOut(sx: Sentence, links: Link[]): boolean {
  return links.some((l, i) => {
    const t = sx.toks[l.g.head];
    if (!EXCLUDE_VERBS.has(t.lemma) || (t.lemma === 'rule' && sx.toks[l.g.head + 1]?.lower !== 'out')) return false;
    if (l.g.negated || (i > 0 && NEGATING_GOVERNORS.has(sx.toks[links[i - 1].g.head].lemma))) return true;
    // (the parse only where the words leave it open: it costs more than the rest of the coder)
    const p = sx.tree();
    return !!p && negatedVerb(sx, p, l.g.head);
  });
}

/**
 * "promised that Poland would continue to support Ukraine": a clause with its own subject says
 * what is promised, and is coded as its own act (intended); the promise adds no act of the speaker.
 */
export function promisedClause(sx: Sentence, v: number): boolean {
  const p = sx.tree();
  return !!p && children(sx, p, v, 'ccomp').some((c) => sx.groups.has(c) && children(sx, p, c, 'nsubj').length > 0);
}
