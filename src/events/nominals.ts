// Nominal events: "Russia's invasion of Ukraine", "talks between Ethiopia and Egypt", "the
// release of three Thai hostages by Hamas". The noun's arguments come from the parse (possessor,
// national adjective, "by" agent; the preposition its dictionary entry names for the target);
// without a parse, from the words around the noun.
import type { Mention, Modality } from '../doc/types.js';
import type { VerbEntry } from '../dictionaries/lexicon.js';
import type { MentionWithGroup } from '../actors/coref.js';
import { gerundNamingAct, type VerbGroup } from './verb-groups.js';
import { matchEntry, pastLabel, type PatternMatch } from './patterns.js';
import { contextModality, noSignBefore } from './modality.js';
import type { Sentence } from './sentence.js';
import { phrasalEnd } from './verb-match.js';
import { eventPlace, eventTime } from './describe.js';
import type { EventSink } from './emit.js';
import { caseOf, headOf, nounArgs, relOf } from './tree.js';
import { ASPECT_VERBS } from '../lang/en/words.js';
import { prospectiveNominal } from './prospect.js';
import { excludedNominal, inPurpose } from './governor.js';
import { subjectOf } from './subjects.js';
import { attributionOf } from './act-attribution.js';
import { agentMeans, FORCE_CODE, meansCode } from './means.js';

/** A nominal event found: its entry, who, on whom, and the last token its words reach (and the modality a governing verb gives it). */
interface Nominal { entry: VerbEntry; sources: Mention[]; targets: Mention[]; end: number; fromGroup: boolean; modality?: Modality }

/** Nominal events of the sentence: each event noun with its arguments, from the parse where there is one. */
export function codeNominals(sx: Sentence, sink: EventSink): void {
  const { a, b } = sx;
  for (let k = a; k < b; k++) {
    const at = nominalAt(sx, k);
    if (!at) continue;
    const { head, adj } = at;
    const found = nominalFound(sx, k, at);
    if (found) {
      // ("condemned what it called Russian aggression": the speaker's label, a claim)
      if (labelled(sx, k)) found.modality ??= 'alleged';
      emitNominal(sx, sink, head, found);
    }
    if (adj) k = head;
  }
}

/** The nominal event the noun phrase at k (found by nominalAt) codes, or null. */
function nominalFound(sx: Sentence, k: number, at: NominalStart): Nominal | null {
  const found = fromParse(sx, at.head, at.entries) ?? fromWords(sx, k, at.entries);
  // (whether it is only hoped for or a purpose is asked last: it reads the parse, which costs more than the rest)
  return found && sx.cx.lex.cameo.get(found.entry.code) && !prospectiveNominal(sx, at.head) && !inPurpose(sx, at.head) ? found : null;
}

/** Does the noun at k head an event noun phrase that is coded on its own ("reaffirmed its commitment to ...")? */
export function codesOwnAct(sx: Sentence, k: number): boolean {
  for (let j = Math.max(sx.a, k - 3); j <= k; j++) {
    const at = nominalAt(sx, j);
    if (at && at.head === k) return !!nominalFound(sx, j, at);
  }
  return false;
}

/** Is the noun at k an event noun of these roots that is coded on its own, with its doer named ("Russia's invasion of Ukraine")? */
export function codedNominalAct(sx: Sentence, k: number, roots: RegExp): boolean {
  const at = nominalAt(sx, k);
  const found = at && at.head === k ? fromParse(sx, k, at.entries) : null;
  return !!found && !found.fromGroup && found.sources.length > 0 && roots.test(found.entry.code.slice(0, 2));
}

interface NominalStart { entries: VerbEntry[]; head: number; adj: boolean }

/**
 * The event noun's entries whose words start at token k, and the head noun of its phrase, or null.
 * What does not change while the sentence is coded is found once for all its words (see
 * nominalStarts); a pattern's words, which grow, are checked each time.
 */
export function nominalAt(sx: Sentence, k: number): NominalStart | null {
  const at = k >= sx.a && k < sx.b ? nominalStarts(sx)[k - sx.a] : null;
  return at && !sx.patternWords.has(k) && !(at.adj && sx.patternWords.has(at.head)) ? at : null;
}

/** Has the sentence an event noun (one no pattern has taken)? */
export function hasNominal(sx: Sentence): boolean {
  for (let k = sx.a; k < sx.b; k++) if (nominalAt(sx, k)) return true;
  return false;
}

const startsOf = new WeakMap<Sentence, (NominalStart | null)[]>();
// (the sentence asked about last, before the map: the calls come sentence by sentence)
let lastSentence: Sentence | null = null, lastStarts: (NominalStart | null)[] = [];

/** For each word of the sentence, the event noun opening there (patterns' words not yet set aside). */
function nominalStarts(sx: Sentence): (NominalStart | null)[] {
  if (sx === lastSentence) return lastStarts;
  let out = startsOf.get(sx);
  if (!out) {
    out = [];
    for (let k = sx.a; k < sx.b; k++) out.push(nominalStart(sx, k));
    startsOf.set(sx, out);
  }
  lastSentence = sx; lastStarts = out;
  return out;
}

function nominalStart(sx: Sentence, k: number): NominalStart | null {
  const { toks, cx } = sx;
  const t = toks[k];
  // (an entry of several words may open with an adjective: "military action")
  const adj = t.pos === 'ADJ';
  if ((!nounLike(sx, k) && !adj) || sx.inAttribution(k) || cx.covered[k] >= 0) return null;
  const byLemma = cx.lex.nouns.get(t.lemma), byForm = t.lemma !== t.lower ? cx.lex.nouns.get(t.lower) : undefined;
  if (!byLemma && !byForm) return null;
  let entries = [...(byLemma ?? []), ...(byForm ?? [])].filter((e) => phrasalEnd(toks, k, e.words) >= 0 && (!adj || e.words.length > 1));
  if (entries.length === 0) return null;
  // the longest phrase that matches ("missile strike", not "missile" alone), whose head noun, its
  // last word, carries its arguments in the parse
  const longest = Math.max(...entries.map((e) => e.words.length));
  if (longest > 1) entries = entries.filter((e) => e.words.length === longest);
  const head = longest > 1 ? phrasalEnd(toks, k, entries[0].words) - 1 : k;
  if (longest > 1 && !nounLike(sx, head)) return null;
  return { entries, head, adj: longest > 1 };
}

/**
 * A noun, or a word the tagger read otherwise that stands as one: a capitalised noun opening the
 * sentence read as a name ("Talks between X and Y ended"), a gerund before "between" ("Fighting
 * between X and Y resumed"), after a preposition of time before "with" ("after fighting with X"),
 * or between a determiner and "of" ("the downing of the jet").
 */
function nounLike(sx: Sentence, k: number): boolean {
  const t = sx.toks[k];
  const gerund = t.pos === 'VERB' && t.lower.endsWith('ing');
  return t.pos === 'NOUN' || (t.pos === 'PROPN' && k === sx.a) || (gerund && sx.toks[k + 1]?.lower === 'between') || (gerund && gerundNamingAct(sx.toks, k))
    || (gerund && sx.toks[k + 1]?.lower === 'with' && /^(after|during|amid|following)$/.test(sx.toks[k - 1]?.lower ?? ''));
}

/** The noun's arguments as the parse gives them; null when the parse has none to give. */
function fromParse(sx: Sentence, k: number, entries: VerbEntry[]): Nominal | null {
  const args = nounArgs(sx, k, entries);
  if (!args) return null;
  const { entry, sources, targets } = args;
  // "talks between Ethiopia and Egypt": the parties are each other's source and target
  if (sources.length === 0 && targets.length === 2) return { entry, sources: targets, targets: [], end: Math.max(...targets.map((m) => m.tokens[1])), fromGroup: true };
  if (targets.length === 0) return null;
  if (sources.length === 0) {
    // "has not ruled out military action against X": the actor of the verb that excludes it;
    // "retook the town after fighting with X": the side whose act the fight came with
    const ex = excludedNominal(sx, k);
    const fight = /^19/.test(entry.code) && !!entry.patterns?.some((pt) => pt.tokens[0]?.kind === 'word' && pt.tokens[0].alts.has('with'));
    const verb = ex?.verb ?? (fight ? clauseOfFight(sx, k) : undefined);
    const holder = verb !== undefined ? subjectOf(sx, verb)?.filter((m) => !targets.includes(m)) : null;
    return holder?.length ? { entry, sources: holder, targets, end: Math.max(k + 1, ...targets.map((m) => m.tokens[1])), fromGroup: false, modality: ex?.modality } : null;
  }
  return { entry, sources, targets, end: Math.max(k + 1, ...targets.map((m) => m.tokens[1])), fromGroup: false };
}

/** Does a speaker's label ("what it called", "what they described as") open the noun phrase ending at k? */
function labelled(sx: Sentence, k: number): boolean {
  for (let j = Math.max(sx.a, k - 6); j < k; j++) { const e = pastLabel(sx.toks, j); if (e > j && e <= k) return true; }
  return false;
}

/** The verb of the clause a fight noun is said in with "after", "during" or "amid": "retook the village after fierce fighting with X". */
function clauseOfFight(sx: Sentence, k: number): number | undefined {
  const p = sx.tree();
  // (a gerund read as a verb has its preposition as a marker, not a case: the word before its adjectives)
  let b = k - 1;
  while (b > sx.a && /^(ADJ|DET)$/.test(sx.toks[b].pos)) b--;
  if (!p || !/^(after|during|following|amid|amidst)$/.test(caseOf(sx, p, k) ?? (b >= sx.a ? sx.toks[b].lower : ''))) return undefined;
  let x = headOf(sx, p, k);
  for (let guard = 0; guard < 3 && x >= 0; guard++, x = headOf(sx, p, x)) if (sx.groups.has(x)) return x;
  return undefined;
}

/** The noun's arguments from the words around it: a possessor or "by X" as source, the pattern's slot as target. */
function fromWords(sx: Sentence, k: number, entries: VerbEntry[]): Nominal | null {
  let best: PatternMatch | null = null;
  for (const e of entries) {
    const m = matchEntry(e, phrasalEnd(sx.toks, k, e.words), sx.slot);
    if (m && (!best || m.literal > best.literal)) best = m;
  }
  // "their initial encounter": a meeting of a pair needs no named target
  if (!best) {
    const meeting = entries.find((e) => e.code.startsWith('04') && e.words.length === 1);
    const pair = sx.possessorOf(k);
    if (!meeting || !pair || !pair.some((m) => (m as MentionWithGroup).group)) return null;
    best = { entry: meeting, literal: 0, end: k + 1, target: [], consumed: new Set() };
  }
  const sources = sx.possessorOf(k) ?? sx.findBy(best.end);
  if (!sources) return null;
  const fromGroup = sources.some((m) => (m as MentionWithGroup).group);
  return { entry: best.entry, sources: sources.flatMap((m) => (m as MentionWithGroup).group ?? [m]), targets: best.target, end: best.end, fromGroup };
}

function emitNominal(sx: Sentence, sink: EventSink, k: number, n: Nominal): void {
  const { toks, a, b } = sx;
  const t = toks[k];
  const sources = n.sources;
  const targets = n.targets.flatMap((m) => (m as MentionWithGroup).group ?? [m]);
  if (targets.length === 0 && !(n.fromGroup && sources.length === 2)) return;
  if (noSignBefore(toks, a, k)) return;
  const g: VerbGroup = { head: k, first: k, lemma: t.lemma, aux: [], negated: false, modal: null, passive: false, participle: false, pastSimple: false };
  const startTok = Math.min(k, ...sources.map((m) => m.tokens[0]).filter((x) => x >= a));
  const endTok = Math.min(b, Math.max(k + 1, n.end, ...targets.map((m) => m.tokens[1]).filter((x) => x <= b)));
  const span: [number, number] = [toks[startTok].start, toks[endTok - 1].end];
  const pairs: [Mention, Mention | null][] = targets.length === 0
    ? [[sources[0], sources[1]], [sources[1], sources[0]]]
    : sources.flatMap((src) => targets.filter((x) => x.entity !== src.entity).map((x) => [src, x] as [Mention, Mention]));
  const when = eventTime(sx, aspectVerb(sx, k) ?? g);
  const where = eventPlace(sx, k);
  for (const [src, tgt] of pairs) sink.emit({ sentence: sx.span.i, span, trigger: { text: t.text, span: [t.start, t.end] }, src, tgt, code: FORCE_CODE.test(n.entry.code) ? meansCode(n.entry.code, agentMeans(sx, k)) : n.entry.code, modality: n.modality ?? contextModality(toks, a, k), attribution: attributionOf(sx, k, sources), when, where, quantity: null, rule: n.entry.id, confidence: 0.6 });
}

/** The verb whose subject the event noun at k is, when that verb only says when it ran ("the invasion began in 2022"). */
function aspectVerb(sx: Sentence, k: number): VerbGroup | null {
  const p = sx.tree();
  if (!p || !/^nsubj/.test(relOf(sx, p, k))) return null;
  const v = headOf(sx, p, k);
  const g = sx.groups.get(v);
  return g && ASPECT_VERBS.has(sx.toks[v].lemma) ? g : null;
}
