// Verb patterns matched on the dependency parse where the words after the verb do not line up
// with them: a passive, a relative clause, coordinated verbs sharing one object, an object that
// names no actor itself. Token indexes are the document's (see tree.ts).
import type { Mention } from '../doc/types.js';
import type { Parse } from '../syntax/parser.js';
import type { Pattern, VerbEntry } from '../dictionaries/lexicon.js';
import type { PatternMatch } from './patterns.js';
import type { Sentence } from './sentence.js';
import { CAUSE_MARKS, GO_BETWEEN_VERBS, LOCATIVE, RELATIVE_OBJECTS, SPEECH_ACT_VERBS, SUBORDINATE, THING_PLACE } from '../lang/en/words.js';
import { actorsOfNode, children, hasByAgent, headOf, placed, relOf } from './tree.js';
import { instrumentKind, isInstrument } from './instruments.js';
import { verbLemmas } from '../lang/en/lemma.js';
import { FORCE_CODE } from './means.js';

type Word = { kind: 'word'; alts: Set<string> };

/** The noun a verb acts on, as the parse shows it, and how it was found. */
interface VerbObject { object: number | undefined; passive: number | undefined; shared: number | undefined }

/**
 * A verb entry's patterns matched on the parse: the passive ("sanctions were imposed on Syria by
 * the EU" for "impose sanctions on +"; "a boat was seized" for "seize +"; "the agreement was
 * signed by X and Y" for "sign * agreement"), the object of a relative clause ("the sanctions that
 * Japan imposed on Russia"), the object coordinated verbs share ("shelled and then captured
 * Soledar"), and an object that names no actor itself ("struck a market in Mekelle"). The
 * pattern's noun is the verb's object (or the passive subject, or the noun the clause describes),
 * its preposition the case word of one of the verb's obliques.
 */
export function treeMatch(sx: Sentence, entry: VerbEntry, v: number): PatternMatch | null {
  const p = sx.tree();
  if (!p || !entry.patterns || entry.style === 'petrarch') return null;
  const vo = verbObject(sx, p, v);
  let best: PatternMatch | null = null;
  for (const pat of entry.patterns) {
    const m = patternOnTree(sx, p, entry, pat, v, vo);
    if (m && (!best || m.literal > best.literal)) best = m;
  }
  return best;
}

function verbObject(sx: Sentence, p: Parse, v: number): VerbObject {
  const passive = children(sx, p, v, 'nsubj:pass')[0];
  const relHead = relativeHead(sx, p, v);
  const own = passive ?? (relHead >= 0 ? relHead : children(sx, p, v, 'obj')[0]);
  // "shelled and then captured Soledar": the object the coordinated verbs share
  const shared = own === undefined ? sharedObjectNode(sx, p, v) : undefined;
  return { object: own ?? shared, passive, shared };
}

/**
 * The noun a relative clause on v describes, when it is the clause's object: "the sanctions that
 * Japan imposed", "the tanker that it had seized". A parser may read the relative "that" as a
 * complementiser ("the claim that Japan imposed sanctions"), but a complement clause is whole:
 * a transitive clause with a subject and no object of its own can only be a relative one.
 */
function relativeHead(sx: Sentence, p: Parse, v: number): number {
  const objs = children(sx, p, v, 'obj');
  if (objs.some((o) => !RELATIVE_OBJECTS.has(sx.toks[o].lower))) return -1;
  const rel = relOf(sx, p, v);
  if (rel === 'acl:relcl') return headOf(sx, p, v);
  // a participle with its "by" agent on the noun is a reduced passive: "the agreement, signed by X
  // and Y" (the agent may hang one level down: "signed in Doha by X")
  if (rel === 'acl' && objs.length === 0 && /(ed|en|wn|t)$/.test(sx.toks[v].lower) && hasByAgent(sx, p, v)) return headOf(sx, p, v);
  const thatMark = children(sx, p, v, 'mark').some((m) => sx.toks[m].lower === 'that');
  return rel === 'acl' && thatMark && children(sx, p, v, 'nsubj').length > 0 ? headOf(sx, p, v) : -1;
}

const isNoun = (sx: Sentence, w: Word, k: number | undefined) => k !== undefined && (w.alts.has(sx.toks[k].lemma) || w.alts.has(sx.toks[k].lower));

/** One pattern on the parse, or null. */
function patternOnTree(sx: Sentence, p: Parse, entry: VerbEntry, pat: Pattern, v: number, vo: VerbObject): PatternMatch | null {
  const { object, passive, shared } = vo;
  const words = pat.tokens.filter((t) => t.kind === 'word') as Word[];
  const last = pat.tokens[pat.tokens.length - 1];
  const hasTarget = pat.tokens.some((t) => t.kind === 'target');
  const match = (literal: number, target: Mention[], consumed: number[]): PatternMatch => ({ entry, literal, end: v + 1, target: placed(sx, target, false), consumed: new Set(consumed) });
  // (a weapon fired or deployed is the doer's instrument, no target: "tested missiles")
  const actorsOf = (k: number) => actorsOfNode(sx, p, k, true).filter((m) => !isInstrument(sx, m));
  if (words.length > 2) return null;
  // "sign * agreement": an act named by its object alone, the passive subject or the noun a
  // relative clause describes ("the agreement was signed by X and Y")
  if (!hasTarget) return words.length === 1 && last.kind === 'word' && isNoun(sx, words[0], object) ? match(1, [], [object!]) : null;
  if (last.kind !== 'target') {
    // "seize + * boat", "seize * boat of +": the thing's own modifier names whose it is ("a Greek boat was seized")
    const owner = words.some((w) => isNoun(sx, w, object)) ? actorsOf(object!) : [];
    return owner.length ? match(1, owner, [object!]) : null;
  }
  if (words.length === 0) {
    // "seize +": the passive subject, or an object that is a thing in a place
    if (object === undefined) return null;
    // (an object that names no actor at all, "threatened 'fire and fury'", is no target; struck
    // by force in a place, "hit a school in Zaporizhzhia", it stands in that place's state)
    let target = passive !== undefined ? [] : actorsOf(object);
    if (passive === undefined && !target.length && FORCE_CODE.test(entry.code)) target = placeOfForce(sx, p, v);
    return passive === undefined && target.length === 0 ? null : match(0, target, []);
  }
  const prep = words[words.length - 1];
  const noun = words.length === 2 ? words[0] : null;
  if (noun && !isNoun(sx, noun, object)) return null;
  const consumed = noun ? [object!] : [];
  // "fired on and seized a boat": a stranded particle takes the shared object
  const stranded = !noun && shared !== undefined && strandedPrepositions(sx, p, v).some((c) => prep.alts.has(sx.toks[c].lower));
  const obl = stranded ? shared : obliqueWith(sx, p, v, prep.alts, noun ? object : undefined);
  let target = obl === undefined ? [] : actorsOf(obl);
  // no oblique: the thing's own modifier may name whose it is ("a Greek boat")
  // ("its withdrawal from the treaty": a possessive pronoun is the actor's own, no owner)
  const owner = () => actorsOf(object!).filter((m) => m.kind !== 'pronoun' && !placedBy(sx, p, object!, m.tokens[0]));
  if (!target.length && noun) target = owner();
  // "attacked the French embassy in Niamey": "in" says where the thing stands, its own modifier whose it is
  else if (noun && obl !== undefined && children(sx, p, obl, 'case').some((c) => THING_PLACE.has(sx.toks[c].lower))) {
    // (a bare "an embassy in Tehran" takes its country from that place: no owner word of its own;
    // "its consulate in Damascus" has one, the pronoun that gave the consulate its country)
    const own = owner().filter((m) => m.tokens[0] < object! || m.rule.endsWith('+possessor'));
    if (own.length) target = own;
  }
  // "sent additional forces (to the border)": the doer's own forces sent where no party is named; the act, no target
  // (not aid sent "to" somewhere that is no party, "sent warships to the Sea of Japan": nobody
  // receives it, a deployment entry may code it; with no "to" at all the recipient may be carried:
  // "sent tanks to Ukraine but refused to send jets")
  if (!target.length && noun && ownForce(sx, p, object!) && !(entry.code.startsWith('07') && obl !== undefined)) return match(words.length, [], consumed);
  if (!target.length) return null;
  if (obl !== undefined) consumed.push(obl);
  return match(words.length, target, consumed);
}

/**
 * Is token k inside a phrase on the noun that a preposition other than "of" opens: "drills near
 * Lesbos" says where the drills were, not whose they are or with whom.
 */
function placedBy(sx: Sentence, p: Parse, noun: number, k: number): boolean {
  let x = k;
  for (let guard = 0; guard < 6 && x >= 0 && headOf(sx, p, x) !== noun; guard++) x = headOf(sx, p, x);
  if (x < 0 || headOf(sx, p, x) !== noun || relOf(sx, p, x) !== 'nmod') return false;
  return children(sx, p, x, 'case').some((c) => sx.toks[c].lower !== 'of');
}


/** Is the node k the doer's own forces, set on their way by the verb ("sent its troops")? */
const ownForce = (sx: Sentence, p: Parse, k: number) => actorsOfNode(sx, p, k, true).some((m) => instrumentKind(sx, m) === 'force');

/** The state of the place where the verb's force struck: "hit a school in Zaporizhzhia" (Ukraine). */
function placeOfForce(sx: Sentence, p: Parse, v: number): Mention[] {
  const obl = obliqueWith(sx, p, v, THING_PLACE, undefined);
  const place = obl === undefined ? null : sx.placeActor(obl);
  return place ? [place] : [];
}

/** The verb's oblique (or its object's nominal modifier) whose case word is one of `alts`. */
function obliqueWith(sx: Sentence, p: Parse, v: number, alts: Set<string>, object: number | undefined): number | undefined {
  const cands = children(sx, p, v, 'obl').concat(object !== undefined ? children(sx, p, object, 'nmod') : []);
  return cands.find((o) => children(sx, p, o, 'case').some((c) => alts.has(sx.toks[c].lower)));
}

/**
 * The object a verb shares with the verbs coordinated with it, when it has none of its own:
 * "arrested and later released a British journalist", "fired on and seized a patrol boat",
 * "arrested, charged and deported two activists" (a parser chains the conjuncts one under the
 * next, so the whole coordination is searched). A later conjunct's object is the shared one
 * (the object stands after the last verb); an earlier one's is taken only when none follows.
 */
export function sharedObjectNode(sx: Sentence, p: Parse, v: number): number | undefined {
  const stranded = strandedPrepositions(sx, p, v);
  // (a verb with an addressee or a clause of its own, "urged allies to send arms and accused
  // Moscow", shares no object)
  if (children(sx, p, v, 'obj').length || children(sx, p, v, 'obl').some((o) => !stranded.includes(o)) || ['iobj', 'xcomp', 'ccomp'].some((r) => children(sx, p, v, r).length)) return undefined;
  let top = v;
  for (let guard = 0; guard < 8 && relOf(sx, p, top) === 'conj' && headOf(sx, p, top) >= 0; guard++) top = headOf(sx, p, top);
  const all = [top];
  for (let i = 0; i < all.length && all.length < 12; i++) for (const c of children(sx, p, all[i], 'conj')) if (!all.includes(c)) all.push(c);
  const verbs = all.filter((o) => o !== v && sx.groups.has(o));
  for (const o of [...verbs.filter((x) => x > v), ...verbs.filter((x) => x < v).reverse()]) {
    const obj = children(sx, p, o, 'obj')[0];
    if (obj !== undefined) return obj;
  }
  return undefined;
}

/** Prepositions left without their noun after v ("fired on and seized X"), as particles or (misread) bare obliques. */
function strandedPrepositions(sx: Sentence, p: Parse, v: number): number[] {
  const { start } = sx.kids(p);
  const bare = (o: number) => sx.toks[o].pos === 'ADP' && start[o - sx.a + 1] === start[o - sx.a];
  return children(sx, p, v, 'compound:prt').concat(children(sx, p, v, 'obl').filter(bare));
}

/** The actors of the object v shares with its coordinated verbs (sharedObjectNode), placed. */
export function sharedObject(sx: Sentence, v: number): Mention[] {
  const p = sx.tree();
  const obj = p ? sharedObjectNode(sx, p, v) : undefined;
  return obj === undefined ? [] : placed(sx, actorsOfNode(sx, p!, obj, true).filter((m) => !isInstrument(sx, m)), false);
}

/**
 * Actors other than those of a go-between ("agreed to reopen the border after talks mediated by
 * Saudi Arabia", "resume talks brokered by the EU"): the one who brought the parties together is
 * not the party they act on; the parties of a compound then act on each other.
 */
export function isGoBetween(sx: Sentence, v: number, m: Mention): boolean {
  const p = sx.tree();
  if (!p) return false;
  for (let k = m.tokens[0]; k < m.tokens[1]; k++) {
    if (relOf(sx, p, k) !== 'obl:agent') continue;
    const h = headOf(sx, p, k);
    // (the tagger may take the participle for a noun and leave its form as the lemma: "talks mediated by")
    if (h !== v && h >= 0 && [sx.toks[h].lemma, ...verbLemmas(sx.toks[h].lower)].some((l) => GO_BETWEEN_VERBS.has(l))) return true;
  }
  return false;
}

/**
 * Does the verb at v name whom it addresses, an actor or not ("told reporters", "urged donors to
 * send aid", "asked lenders to ease terms", "appealed to donors")? Then no other actor is its target.
 */
export function namedAddressee(sx: Sentence, v: number): boolean {
  const p = sx.tree();
  // (only verbs of speech address anyone: "threatened to stop negotiations to reduce arms" does not)
  if (!p || !SPEECH_ACT_VERBS.has(sx.toks[v].lemma)) return false;
  const noun = (c: number) => /^(NOUN|PROPN)$/.test(sx.toks[c].pos);
  const toDo = (x: number, rel: string) => children(sx, p, x, rel).some((c) => sx.toks[c - 1]?.lower === 'to');
  // ("appealed to donors for funds", "called on lenders to ease terms": the addressee after its preposition)
  const addressed = (o: number) => noun(o) && children(sx, p, o, 'case').some((c) => /^(to|on|upon)$/.test(sx.toks[c].lower));
  return children(sx, p, v, 'iobj').some(noun) || children(sx, p, v, 'obj').some((c) => noun(c) && (toDo(v, 'xcomp') || toDo(c, 'acl'))) || children(sx, p, v, 'obl').some(addressed);
}

/** The actors an apposition names for an object that names none itself: "met Anna Berg, Sweden's prime minister". */
export function appositiveObject(sx: Sentence, v: number): Mention[] {
  const p = sx.tree();
  const o = p ? children(sx, p, v, 'obj')[0] : undefined;
  if (o === undefined || sx.coveringMention(o)) return [];
  for (const ap of children(sx, p!, o, 'appos')) {
    const actors = actorsOfNode(sx, p!, ap);
    if (actors.length) return placed(sx, actors, false);
  }
  return [];
}

/**
 * The doer a relative clause on the object names, for a reaction to an act, which is aimed at its
 * doer: "condemned the drills that Turkey conducted", "welcomed the decision Tokyo announced".
 */
export function relativeDoer(sx: Sentence, v: number): Mention[] {
  const p = sx.tree();
  const o = p ? children(sx, p, v, 'obj')[0] : undefined;
  if (o === undefined || sx.coveringMention(o)) return [];
  for (const r of children(sx, p!, o, 'acl:relcl')) {
    // (a clause a subordinating word opens is no relative clause, however the parse hangs it:
    // "backed the plan, while India offered ...")
    if (children(sx, p!, r, 'mark').some((c) => SUBORDINATE.has(sx.toks[c].lower))) continue;
    // (a pronoun there is most often the speaker: "condemned what it called Russian aggression")
    const actors = namedSubject(sx, p!, r);
    if (actors.length) return actors;
  }
  return [];
}

/** The actors the subject of the clause headed by c names, pronouns left out, placed as targets. */
function namedSubject(sx: Sentence, p: Parse, c: number): Mention[] {
  const s = children(sx, p, c, 'nsubj')[0];
  const actors = s === undefined ? [] : actorsOfNode(sx, p, s).filter((m) => m.kind !== 'pronoun');
  return actors.length ? placed(sx, actors, false) : [];
}

/**
 * The doer of the act an "after" or "because" clause tells, for a hostile reaction that names no
 * target: "Russia vowed to retaliate after Poland expelled its diplomats" (Poland). The clause
 * hangs from any verb of the act's chain.
 */
export function causeDoer(sx: Sentence, verbs: number[]): Mention[] {
  // (the parse is asked for only if the sentence has a word that opens such a clause)
  const words = sx.words();
  if (![...CAUSE_MARKS].some((w) => words.has(w))) return [];
  const p = sx.tree();
  if (!p) return [];
  for (const v of verbs) for (const c of children(sx, p, v, 'advcl')) {
    if (!children(sx, p, c, 'mark').some((k) => CAUSE_MARKS.has(sx.toks[k].lower))) continue;
    const actors = namedSubject(sx, p, c);
    if (actors.length) return actors;
  }
  return [];
}

/**
 * The place a "where" clause describes, as the state an act of force in it is aimed at: "the
 * town of Kupiansk, where Russian forces launched an offensive" (Ukraine).
 */
export function whereAntecedent(sx: Sentence, v: number): Mention[] {
  const p = sx.tree();
  // (a parser may hang the clause as "acl" or "parataxis"; its "where" still marks it)
  if (!p || !/^(acl|acl:relcl|parataxis)$/.test(relOf(sx, p, v)) || !children(sx, p, v, 'advmod').some((c) => sx.toks[c].lower === 'where')) return [];
  const h = headOf(sx, p, v);
  for (const k of [h, ...children(sx, p, h, 'nmod'), ...children(sx, p, h, 'appos')]) {
    const place = sx.placeActor(k);
    if (place) return [place];
  }
  return [];
}

/** Is m named as where something was done ("an agreement signed in Barbados"), no party to what is said near it? */
export const whereDone = (sx: Sentence, m: Mention): boolean => LOCATIVE.test(sx.toks[m.tokens[0] - 1]?.lower ?? '') && sx.toks[m.tokens[0] - 2]?.pos === 'VERB';
