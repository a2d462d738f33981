// Arguments read from the sentence's dependency tree (src/syntax): the subject of a verb, the
// agent of a passive, its objects, and the actors each of those words names. Token indexes here
// are the document's; the parse holds them relative to the sentence's first token.
import type { Mention } from '../doc/types.js';
import type { Parse } from '../syntax/parser.js';
import type { VerbEntry } from '../dictionaries/lexicon.js';
import { CONTENT_NOUNS, DISPATCH_VERBS, HOLDER_VERBS, INTENTION_NOUNS, OBJECT_CONTROL_VERBS, OPTION_NOUNS, CLAUSE_OPENERS } from '../lang/en/words.js';
import { verbLemmas } from '../lang/en/lemma.js';
import { isModifierActor, type Sentence } from './sentence.js';
import { isPositionAdjective } from './sentence-parts.js';
import { RELATIVES } from '../lang/en/words.js';
import { mayBeMissedVerb, nounArgsCould } from './parse-need.js';
import { listAppositions } from './actor-list.js';
import { withTitle } from './title-actor.js';
import { isInstrument } from './instruments.js';
import { misreadRoot } from './misread-root.js';
import { compoundSubjectVerb } from './compound-verb.js';
import { forceNoun } from './act-subject.js';

/** What the tree says about one argument: whether the relation is there, and the actors it names. */
export interface TreeArg { node: number; actors: Mention[] }

// relations inside a noun phrase whose actor speaks for the phrase ("the camp for Congolese refugees")
const INNER = /^(nmod|nmod:poss|compound|amod|appos|flat)$/;

/** Children of document token k with relation `rel` (exact, or its base when `rel` ends with ':'). */
export function children(sx: Sentence, p: Parse, k: number, rel: string): number[] {
  const out: number[] = [];
  const rk = k - sx.a;
  if (rk < 0 || rk >= p.head.length) return out;
  const { start, list } = sx.kids(p);
  const prefix = rel.endsWith(':');
  const base = prefix ? rel.slice(0, -1) : rel;
  for (let j = start[rk]; j < start[rk + 1]; j++) {
    const i = list[j], d = p.deprel[i];
    if (prefix ? d === base || d.startsWith(rel) : d === rel) out.push(i + sx.a);
  }
  return out;
}

export const relOf = (sx: Sentence, p: Parse, k: number): string => p.deprel[k - sx.a] ?? 'dep';
/** The word whose clause k heads: k itself, or for a copula ("was behind", "were illegal") the predicate it joins. */
export const clauseHead = (sx: Sentence, p: Parse, k: number): number => relOf(sx, p, k) === 'cop' ? headOf(sx, p, k) : k;
export const headOf = (sx: Sentence, p: Parse, k: number): number => { const h = p.head[k - sx.a]; return h < 0 ? -1 : h + sx.a; };

/**
 * The actors a noun names: the mention covering it, else one on a word inside its phrase
 * ("the camp for Congolese refugees" when `inner`), and those coordinated with it ("X and Y").
 */
export function actorsOfNode(sx: Sentence, p: Parse, k: number, inner = false): Mention[] {
  const own = nodeActor(sx, p, k, inner);
  const out = own ? [own] : [];
  // conjuncts hang from the head word or from any word of the actor's phrase ("Libyan leader
  // Muammar Gaddafi and Bulgarian President Todor Zhivkov"; "US and British forces")
  const from = [k];
  if (own) for (let w = Math.max(own.tokens[0], sx.a); w < Math.min(own.tokens[1], sx.b); w++) if (w !== k) from.push(w);
  for (const c of children(sx, p, k, 'amod').concat(children(sx, p, k, 'compound'))) {
    // a coordinated modifier is an actor of its own: "US and British forces"
    const x = sx.coveringMention(c);
    if (x && x !== own && children(sx, p, c, 'conj').length && !out.includes(x)) out.push(x);
    from.push(c);
  }
  // conjuncts of conjuncts too: a parser may chain "Mordor, Rohan, Fornost and Bree"
  // (and an apposition that opens such a chain: actor-list.ts)
  for (let i = 0; i < from.length && i < 40; i++) for (const c of children(sx, p, from[i], 'conj').concat(listAppositions(sx, p, from[i]))) {
    if (own && c >= own.tokens[0] && c < own.tokens[1]) continue;
    // ("the African Union and the regional bloc ECOWAS": a title whose name follows in apposition)
    const m = nodeActor(sx, p, c, inner) ?? namedTitle(sx, p, c, inner);
    if (m && !out.includes(m)) out.push(m);
    if (!from.includes(c)) from.push(c);
  }
  return out.sort((x, y) => x.tokens[0] - y.tokens[0]);
}

/** The actor named in apposition right after a title word with none of its own ("the regional bloc ECOWAS"). */
function namedTitle(sx: Sentence, p: Parse, k: number, inner: boolean): Mention | null {
  const a = children(sx, p, k, 'appos').find((x) => x === k + 1);
  return a === undefined ? null : nodeActor(sx, p, a, inner);
}

function nodeActor(sx: Sentence, p: Parse, k: number, inner: boolean): Mention | null {
  const m = sx.inAttribution(k) ? null : sx.coveringMention(k);
  if (m && !(m.modifier && !isModifierActor(sx.toks, m))) return withTitle(sx, p, k, m);
  // "Israeli helicopters", "Palestinian detainees": a national adjective names the actor when
  // nothing else does
  const adj = nationalAdjective(sx, p, k, 2);
  if (adj) return adj;
  if (!inner) return m;
  // a place named by the word itself stands for its country ("shelled Syunik")
  const place = sx.placeActor(k);
  if (place) return place;
  const { start, list } = sx.kids(p), rk = k - sx.a;
  if (rk >= 0 && rk < p.head.length) for (let j = start[rk]; j < start[rk + 1]; j++) {
    const i = list[j], w = i + sx.a;
    if (!INNER.test(p.deprel[i])) continue;
    const x = nodeActor(sx, p, w, false) ?? sx.coveringMention(w) ?? sx.placeActor(w);
    if (x) return x;
  }
  return m;
}

/** A national adjective among the word's modifiers, or theirs ("Turkish coast guards"). */
function nationalAdjective(sx: Sentence, p: Parse, k: number, depth: number): Mention | null {
  for (const w of children(sx, p, k, 'amod').concat(children(sx, p, k, 'compound'))) {
    const x = sx.coveringMention(w);
    if (x && x.modifier && !sx.inAttribution(w) && !isPositionAdjective(sx.toks, x)) return x;
    const deeper = depth > 1 && !x ? nationalAdjective(sx, p, w, depth - 1) : null;
    if (deeper) return deeper;
  }
  return null;
}

/** The subject the tree gives the verb at v, following shared and controlled subjects. */
export function treeSubject(sx: Sentence, p: Parse, v: number, depth = 0): TreeArg | null {
  // (a parse may give a verb two subjects; the one nearest before it is the likelier)
  const subjs = children(sx, p, v, 'nsubj:');
  const subj = subjs.filter((k) => k < v).pop() ?? subjs[0];
  if (subj !== undefined) {
    // "rebels, who attacked ...": the relative pronoun stands for the noun the clause describes
    if (RELATIVES.test(sx.toks[subj].lower) && relOf(sx, p, v) === 'acl:relcl') {
      const n = headOf(sx, p, v);
      return n >= 0 ? { node: n, actors: actorsOfNode(sx, p, n) } : null;
    }
    const own = actorsOfNode(sx, p, subj);
    // "doctors from two American aid groups", "members of the Kurdish party": the group they belong
    // to; an act of force is no group ("the invasion of Ukraine displaced ...": Ukraine is its object)
    if (!own.length && !sx.coveringMention(subj) && !forceNoun(sx, subj)) {
      const of = children(sx, p, subj, 'nmod').find((m) => /^(of|from)$/.test(caseOf(sx, p, m) ?? ''));
      if (of !== undefined) return { node: of, actors: actorsOfNode(sx, p, of) };
    }
    return { node: subj, actors: own };
  }
  if (depth > 4) return null;
  const rel = relOf(sx, p, v), h = headOf(sx, p, v);
  if (h < 0) return null;
  // "Protesters demanding ... clashed": the verb the parse hung below a participle is the main one
  const root = misreadMainVerb(sx, p, v);
  if (root >= 0) return treeSubject(sx, p, root, depth + 1);
  // "met X and signed Y": a coordinated verb shares its subject
  if (rel === 'conj') return treeSubject(sx, p, h, depth + 1);
  // "urged Iran to halt": the object controls; "plans to send": the subject does
  if (rel === 'xcomp') {
    // (only an object that is an actor controls: "opened fire to disperse" is the subject's act)
    // (a finite past form is no complement an object controls: "aircraft using guided missiles killed")
    const finite = sx.toks[v - 1]?.lower !== 'to' && sx.groups.get(v)?.pastSimple;
    const obj = finite ? undefined : children(sx, p, h, 'obj')[0];
    // (a weapon used does not act: "used drones to attack")
    const controller = obj !== undefined ? actorsOfNode(sx, p, obj).filter((m) => !isInstrument(sx, m)) : [];
    return controller.length ? { node: obj!, actors: controller } : treeSubject(sx, p, h, depth + 1);
  }
  // "left open the possibility of sending troops": the option is its holder's, the subject of the verb that governs the noun
  // ("denied plans to invade", "has no intention of attacking": an intention held by the subject of a verb of holding)
  if (rel === 'acl' && /^(obj|obl)/.test(relOf(sx, p, h))) {
    const g = headOf(sx, p, h), w = sx.toks[h].lower;
    const held = OPTION_NOUNS.has(w) || (INTENTION_NOUNS.has(w) && g >= 0 && HOLDER_VERBS.has(sx.toks[g].lemma) && !actorsOfNode(sx, p, h).length);
    if (held && g >= 0) return treeSubject(sx, p, g, depth + 1);
  }
  // "summoned the envoy to protest": the summoner's purpose, however the parse attaches it
  const owner = rel === 'acl' ? objectPurposeOf(sx, p, v) : -1;
  if (owner >= 0) return treeSubject(sx, p, owner, depth + 1);
  // "rebels fighting the government", "troops sent to the border": the noun the clause describes
  if (rel === 'acl') return { node: h, actors: actorsOfNode(sx, p, h) };
  // ", killing 20 people": a participle clause shares the main clause's subject; so does a
  // purpose ("summoned the ambassador to protest": the one who summoned protests)
  if (rel === 'advcl' && (sx.groups.get(v)?.participle || children(sx, p, v, 'mark').some((m) => sx.toks[m].lower === 'to'))) return treeSubject(sx, p, h, depth + 1);
  return null;
}

/**
 * The verb whose subject a "to" infinitive at j serves, when the parse hangs the infinitive on that
 * verb's actor object ("summoned the Afghan ambassador to protest": Pakistan protests), else -1.
 * After a verb whose object does the infinitive ("urged Iran to halt", "sent troops to help",
 * "hired mercenaries to attack") or that opens a frame, the object keeps the act.
 */
export function objectPurposeOf(sx: Sentence, p: Parse, j: number): number {
  if (relOf(sx, p, j) !== 'acl' || !children(sx, p, j, 'mark').some((m) => sx.toks[m].lower === 'to')) return -1;
  const obj = headOf(sx, p, j);
  if (obj < 0 || !/^i?obj$/.test(relOf(sx, p, obj))) return -1;
  const g = headOf(sx, p, obj);
  const lemma = g >= 0 && sx.groups.has(g) ? sx.toks[g].lemma : '';
  if (!lemma || OBJECT_CONTROL_VERBS.has(lemma) || DISPATCH_VERBS.has(lemma) || sx.cx.lex.frames.has(lemma)) return -1;
  return actorsOfNode(sx, p, obj).length ? g : -1;
}

/** The agent of a passive ("by X"), from the tree. */
export function treeAgent(sx: Sentence, p: Parse, v: number): TreeArg | null {
  const a = children(sx, p, v, 'obl:agent')[0];
  return a === undefined ? null : { node: a, actors: actorsOfNode(sx, p, a) };
}

/** The passive subject of v with the actors inside its phrase ("a camp for refugees was shelled"). */
export function treePatient(sx: Sentence, p: Parse, v: number): TreeArg | null {
  const s = children(sx, p, v, 'nsubj:pass')[0];
  return s === undefined ? null : { node: s, actors: actorsOfNode(sx, p, s, true) };
}

/** The direct object of v and the actors it names. */
export function treeObject(sx: Sentence, p: Parse, v: number): TreeArg | null {
  const o = children(sx, p, v, 'obj')[0] ?? children(sx, p, v, 'iobj')[0];
  return o === undefined ? null : { node: o, actors: actorsOfNode(sx, p, o) };
}

/** Actors as an event can use them: a bare group given the country of where it acts, if any. */
export function placed(sx: Sentence, actors: Mention[], asSource: boolean): Mention[] {
  const out: Mention[] = [];
  for (const m of actors) {
    const x = m.country === '---' ? sx.placeBare(m, asSource) : m;
    if (x) out.push(x);
  }
  return out;
}

/** The agent ("by X") and the patient (the passive subject) of the passive verb at v, from the parse. */
export function passiveArgs(sx: Sentence, v: number): { agent: Mention[]; patient: Mention[] } | null {
  const p = sx.tree();
  if (!p) return null;
  const a = treeAgent(sx, p, v), s = treePatient(sx, p, v);
  return { agent: a ? placed(sx, a.actors, true) : [], patient: s ? placed(sx, s.actors, false) : [] };
}

/**
 * An event noun's arguments from the parse: the source is its possessor ("Israel's blockade"),
 * its "by" agent ("the release of hostages by Hamas") or its national adjective ("the Russian
 * bombardment"); the target fills the preposition its entry's pattern names ("of Gaza", "on a
 * Russian air base", "between Ethiopia and Egypt"). The entry with the most words matched wins.
 */
export function nounArgs(sx: Sentence, k: number, entries: VerbEntry[]): { entry: VerbEntry; sources: Mention[]; targets: Mention[] } | null {
  // (asked before the parse: with none of the entries' prepositions in the sentence, no target)
  if (!sx.canParse() || !nounArgsCould(entries, sx, k)) return null;
  const p = sx.tree();
  if (!p) return null;
  // (a noun the parse reads as a clause's head has obliques for modifiers: "Talks between X and Y ended")
  const own = children(sx, p, k, 'nmod').concat(children(sx, p, k, 'obl'));
  // a modifier may hang one level down: "a visit by the Chinese president to Moscow"
  const mods = own.concat(own.flatMap((m) => children(sx, p, m, 'nmod')));
  const poss = children(sx, p, k, 'nmod:poss')[0];
  // a "by" agent may hang from the noun or from its object ("the release of hostages by Hamas")
  const by = mods.find((o) => caseOf(sx, p, o) === 'by');
  let sources: Mention[] = poss !== undefined ? actorsOfNode(sx, p, poss) : by !== undefined ? actorsOfNode(sx, p, by) : [];
  // (or on the first word of a compound noun: "a Russian drone attack")
  if (!sources.length) { const adj = nationalAdjective(sx, p, k, 2); if (adj) sources = [adj]; }
  let best: { entry: VerbEntry; sources: Mention[]; targets: Mention[]; literal: number } | null = null;
  for (const entry of entries) for (const pat of entry.patterns ?? []) {
    const first = pat.tokens[0];
    if (!first || first.kind !== 'word' || pat.tokens[pat.tokens.length - 1].kind !== 'target') continue;
    const o = mods.find((m) => m !== by && first.alts.has(caseOf(sx, p, m) ?? ''));
    if (o === undefined) continue;
    const targets = placed(sx, actorsOfNode(sx, p, o, true), false).filter((t) => !sources.includes(t));
    if (targets.length && (!best || pat.literal > best.literal)) best = { entry, sources: placed(sx, sources, true), targets, literal: pat.literal };
  }
  return best;
}

export const caseOf = (sx: Sentence, p: Parse, k: number): string | null => { const c = children(sx, p, k, 'case')[0]; return c === undefined ? null : sx.toks[c].lower; };

/**
 * A passive the parse shows: a passive auxiliary or subject ("got expelled"), or a participle
 * describing a noun with a "by" agent ("aid sent by Turkey", "civilians killed by missiles").
 */
export function passiveInTree(sx: Sentence, p: Parse, v: number): boolean {
  // (a passive subject alone is not enough: a parse may mistake an active subject for one)
  if (children(sx, p, v, 'aux:pass').length || (children(sx, p, v, 'nsubj:pass').length && sx.groups.get(v)!.aux.length > 0)) return true;
  if (!/(ed|en|wn|t)$/.test(sx.toks[v].lower)) return false;
  if (relOf(sx, p, v) === 'acl' && hasByAgent(sx, p, v)) return true;
  if (children(sx, p, v, 'obl:agent').length === 0) return false;
  // a participle the parse made a clause's verb, its "by" agent right after it and no object:
  // "the ceasefire brokered by Qatar ... held" ('brokered' as the root), not "Qatar brokered"
  return sx.toks[v + 1]?.lower === 'by' && sx.groups.get(v)!.aux.length === 0 && children(sx, p, v, 'obj').length === 0;
}

/**
 * The "by" agent the words give the passive verb at v, unless the parse makes it another verb's
 * agent: in "prisoners released from Israeli jails, on the first day of a truce mediated by Qatar",
 * Qatar mediated; it released no one.
 */
export function wordAgent(sx: Sentence, v: number): Mention[] | null {
  const found = sx.findBy(v + 1);
  const p = found?.length ? sx.tree() : null;
  if (!p || !found) return found;
  const m = found[0];
  for (let k = m.tokens[0]; k < m.tokens[1]; k++) {
    const h = headOf(sx, p, k);
    if (h >= m.tokens[0] && h < m.tokens[1]) continue;
    return relOf(sx, p, k) === 'obl:agent' && h !== v ? null : found;
  }
  return found;
}

/** Does the parse give the verb at v an active subject of its own, as a clause's head? */
export function activeInTree(sx: Sentence, p: Parse, v: number): boolean {
  // (a clause of its own with its subject: the root, a reported clause, or a verb joined by its own
  // conjunction: "Modi met Putin, and the two leaders pledged to ...")
  const rel = relOf(sx, p, v);
  // (or one a subordinating word opens: "in Zvecan, where protesters clashed with the troops")
  const opened = (rel === 'advcl' || rel === 'acl:relcl') && [...children(sx, p, v, 'mark'), ...children(sx, p, v, 'advmod'), ...children(sx, p, children(sx, p, v, 'nsubj')[0] ?? -1, 'advmod')].some((k) => k < v && CLAUSE_OPENERS.has(sx.toks[k].lower));
  return (rel === 'root' || rel === 'ccomp' || opened || (rel === 'conj' && children(sx, p, v, 'cc').length > 0)) && children(sx, p, v, 'nsubj').length > 0;
}

/** Does the participle at v have a "by" phrase, as its agent or one level down ("signed in Doha by X")? */
export function hasByAgent(sx: Sentence, p: Parse, v: number): boolean {
  if (children(sx, p, v, 'obl:agent').length > 0) return true;
  return children(sx, p, v, 'obl').some((o) => children(sx, p, o, 'nmod').some((n) => caseOf(sx, p, n) === 'by'));
}

/** The verb that reports the clause holding v ("Syria said two soldiers were killed"), if the parse shows one. */
export function reportingVerb(sx: Sentence, v: number): number | undefined {
  const p = sx.tree();
  if (!p) return undefined;
  let x = v;
  for (let guard = 0; guard < 4 && x >= 0; guard++) {
    const rel = relOf(sx, p, x), h = headOf(sx, p, x);
    if (h < 0) return undefined;
    if ((rel === 'ccomp' || rel === 'parataxis') && sx.cx.lex.reportVerbs.has(sx.toks[h].lemma)) return h;
    if (rel !== 'conj' && rel !== 'xcomp') return undefined;
    x = h;
  }
  return undefined;
}

/**
 * Predicates the tagger missed: a word the parse gives a subject, an object or an auxiliary, that
 * has no copula and whose verb lemma has an event entry ("Saudi warships blockaded Hodeidah",
 * "rebels retook the town", "police shot three protesters"). Each is returned with that lemma.
 */
export function missedVerbs(sx: Sentence, p: Parse, hasEntry: (lemma: string) => boolean): { k: number; lemma: string }[] {
  const out: { k: number; lemma: string }[] = [];
  const kids = sx.kids(p);
  for (let i = 0; i < p.head.length; i++) {
    const k = i + sx.a, t = sx.toks[k];
    if (!mayBeMissedVerb(k > sx.a ? sx.toks[k - 1] : undefined, t) || sx.coveringMention(k)) continue;
    const deps = new Set<string>();
    for (let j = kids.start[i]; j < kids.start[i + 1]; j++) deps.add(p.deprel[kids.list[j]]);
    // a subject or an auxiliary makes a predicate; an object alone only for a past form heading a
    // clause ("rebels retook the town"), not for a participle before its noun ("starving civilians")
    // (a gerund with its object complementing a verb is one, however tagged: "began bombing Lebanon", "denied killing civilians")
    const clause = t.lower.endsWith('ing') ? p.deprel[i] === 'xcomp' : t.pos !== 'ADJ' && /^(root|conj|ccomp|xcomp|advcl|parataxis)$/.test(p.deprel[i]);
    if (compoundSubjectVerb(sx, p, i)) { const lemma = verbLemmas(t.lower).find(hasEntry); if (lemma) out.push({ k, lemma }); continue; }
    if (deps.has('cop') || deps.has('det') || !(deps.has('nsubj') || deps.has('nsubj:pass') || deps.has('aux') || deps.has('aux:pass') || (deps.has('obj') && clause))) continue;
    const lemma = verbLemmas(t.lower).find(hasEntry);
    if (lemma) out.push({ k, lemma });
  }
  return out;
}

/**
 * Does m stand apart from the clause headed by `own`: as the subject of another clause ("Norway
 * criticised X, and Sweden ..."), or inside a clause set against it ("expressed concern, while
 * Washington reaffirmed its commitments to Manila")? A clause that governs own (its reporting
 * verb) and own's conditions ("threatened to ban voting if Hamas ran": the threat is aimed at
 * Hamas) are not apart.
 */
export function inOtherClause(sx: Sentence, m: Mention, own: number): boolean {
  const p = sx.tree();
  if (!p) return false;
  const governsOwn = (v: number): boolean => { for (let x = own, g = 0; x >= 0 && g < 8; x = headOf(sx, p, x), g++) if (x === v) return true; return false; };
  const marked = (v: number, re: RegExp): boolean => children(sx, p, v, 'mark').some((c) => re.test(sx.toks[c].lower));
  for (let k = m.tokens[0]; k < m.tokens[1]; k++) {
    const h = headOf(sx, p, k);
    if (h >= m.tokens[0] && h < m.tokens[1]) continue;
    // the clause it stands in: the nearest verb above its head word
    // ("India, which had close ties with Dhaka, urged calm", "India, an ally of Dhaka, ...": what describes an actor names no party)
    const describesActor = (x: number, rel: RegExp): boolean => rel.test(relOf(sx, p, x)) && !!sx.coveringMention(headOf(sx, p, x));
    let c = h, described = describesActor(k, /^appos$/);
    for (let g = 0; c >= 0 && !sx.groups.has(c) && g < 12; g++) { described ||= describesActor(c, /^appos$/); c = headOf(sx, p, c); }
    if (described || (c >= 0 && c !== own && describesActor(c, /^acl/))) return true;
    // ("China backed the plan, while India offered ...": a clause set against the rest stands
    // apart from what governs it, however the parse hangs it)
    if (c >= 0 && c !== own && marked(own, /^(while|whereas|although|though)$/)) return true;
    if (c < 0 || c === own || governsOwn(c)) return false;
    if (/^nsubj/.test(relOf(sx, p, k)) && h === c) return !marked(c, /^(if|unless)$/);
    return marked(c, /^(while|whereas|although|though)$/);
  }
  return false;
}

/** Verbs of the clauses the verb at v governs as `rel` ("demanded that X withdraw": ccomp); never the sentence's main verb misread below it. */
export function complementVerbs(sx: Sentence, v: number, rel: string): number[] {
  const p = sx.tree();
  return p ? children(sx, p, v, rel).filter((c) => sx.groups.has(c) && misreadMainVerb(sx, p, c) < 0) : [];
}

/** misread-root.ts on this tree: the participial root whose subject the verb at v has, or -1. */
export function misreadMainVerb(sx: Sentence, p: Parse, v: number): number {
  const subjectOf = (k: number) => children(sx, p, k, 'nsubj')[0] ?? children(sx, p, k, 'nsubj:pass')[0];
  return misreadRoot(sx, p, v, { head: (k) => headOf(sx, p, k), rel: (k) => relOf(sx, p, k), subjectOf });
}

/** Verbs of the clauses that complete the object noun of the verb at v ("an admission that X murdered"). */
export function objectClauseVerbs(sx: Sentence, v: number): number[] {
  const p = sx.tree();
  if (!p) return [];
  // (a parse may read the "that" of a noun of content as a relative pronoun: "an admission that X killed Y")
  const clauses = (o: number) => [...children(sx, p, o, 'acl'), ...children(sx, p, o, 'ccomp'), ...(CONTENT_NOUNS.has(sx.toks[o].lemma) ? children(sx, p, o, 'acl:relcl') : [])];
  return children(sx, p, v, 'obj').flatMap(clauses).filter((c) => sx.groups.has(c) && sx.toks[c - 1]?.lower !== 'to' && misreadMainVerb(sx, p, c) < 0);
}
