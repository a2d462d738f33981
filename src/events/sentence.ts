// One sentence as the event coder sees it: its verbs and their groups, and how to find actors in
// it (as subjects, targets, agents of passives, places standing for countries). Built once per
// sentence; the clause rules in subjects.ts and code.ts ask it questions.
import type { Doc, Mention, Sentence as SentenceSpan, Token, TimeRef } from '../doc/types.js';
import type { Lexicon } from '../dictionaries/lexicon.js';
import type { PlaceMention } from '../actors/match.js';
import type { Focus } from '../places/focus.js';
import { agentAlone } from '../actors/context.js';
import { isVerb, verbGroup, type VerbGroup } from './verb-groups.js';
import { isBoundary, pastLabel, type PatternMatch, type SlotContext } from './patterns.js';
import { isConditional } from './modality.js';
import { sentenceAttribution, type SentenceAttribution } from './attribution.js';
import { findTimes, type TimeMention } from './time.js';
import { parseSentence, type Parse } from '../syntax/parser.js';
import { placeBareUncached } from './placing.js';
import { passiveInTree, activeInTree } from './tree.js';
import { addMissedVerbs, markReducedRelatives } from './sentence-verbs.js';
import { kidsOf, type Kids } from './tree-kids.js';
import { asideRegions, followersOf, isModifierActor, isPositionAdjective, namingAs, ownedGroup, standsFor, within } from './sentence-parts.js';
import { DIRECTION, SUBORDINATE } from '../lang/en/words.js';
import { coordinatedAfter, joinedBefore } from './coordinators.js';
import { isInstrument } from './instruments.js';
import { repairGerunds } from './gerund-repair.js';

export { isModifierActor };

// a sentence with none of these has no time words to read
const TIMEISH = /\d|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|day\b|\b(week|weekend|month|year|yesterday|today|tonight|tomorrow)\b/i;
const MODIFIER = /^(DET|ADJ)$/;

/** What stays the same for all sentences of a document. */
export interface DocContext {
  doc: Doc;
  lex: Lexicon;
  covered: Int32Array;                 // token -> index of the mention covering it, or -1
  mentionStart: Map<number, Mention>;
  placeStart: Map<number, PlaceMention>;
  places: PlaceMention[];
  mentionEnds: Map<number, number>;
  /** the last time named in the current paragraph (past events with none of their own share it), and in the story ("two weeks later" counts from it) */
  paragraphTime: TimeRef | null; storyTime: TimeRef | null;
  /** the document's dateline and leading country (src/places/focus.ts) */
  focus: Focus | null;
}

export class Sentence {
  readonly toks: Token[];
  readonly a: number;
  readonly b: number;
  readonly att: SentenceAttribution | null;
  readonly conditional: boolean;
  readonly regions: [number, number][];
  readonly verbs: number[] = [];
  readonly groups = new Map<number, VerbGroup>();
  readonly places: PlaceMention[];
  readonly mentions: Mention[];
  readonly slot: SlotContext;
  /** verbs taken as complements of another verb or as a that-clause's verb: not coded again */
  readonly consumed = new Set<number>();
  /** tokens a verb pattern used as its words: not coded again as nominal events */
  readonly patternWords = new Set<number>();
  /** gerunds that say what another act was about ("accused X of violating ...") */
  readonly contentGerunds = new Set<number>();
  /** infinitives that state a purpose or what is called for ("rejected calls to adopt reforms"): their objects are no acts either */
  readonly purposes = new Set<number>();
  readonly bestCache = new Map<number, PatternMatch | null>();
  readonly subjects = new Map<number, Mention[] | null>();
  private readonly placed = new Map<Mention, Mention | null>();
  private times: TimeMention[] | null = null;
  private parsed: Parse | null | undefined;

  constructor(readonly cx: DocContext, readonly span: SentenceSpan) {
    const { doc, lex, covered } = cx;
    this.toks = doc.tokens;
    [this.a, this.b] = span.tokens;
    const { toks, a, b } = this;
    this.places = within(cx.places, a, b);
    this.mentions = within(doc.mentions, a, b);
    this.att = sentenceAttribution(toks, a, b, doc.mentions, doc.text, cx.lex.reportVerbs);
    this.conditional = isConditional(toks, a, b);
    this.regions = asideRegions(toks, a, b);
    // verbs of this sentence, outside the attribution phrase
    for (let k = a; k < b; k++) {
      if (this.inAttribution(k)) continue;
      if (covered[k] >= 0 && toks[k].pos !== 'VERB') continue;
      if (isVerb(toks, k, lex, cx.mentionEnds)) this.verbs.push(k);
    }
    addMissedVerbs(this);
    for (const v of this.verbs) this.groups.set(v, verbGroup(toks, v, a));
    markReducedRelatives(this);

    this.slot = { toks, start: a, end: b, mentionAt: (k) => this.targetAt(k), coordinated: (m, end) => this.coordinated(m, end), groupEndingAt: (k) => this.groupEndingAt(k), placeAt: (k) => this.inAttribution(k) || !cx.placeStart.has(k) ? null : this.placeActor(k), has: (w) => this.words().has(w), eventNoun: (k) => lex.nouns.has(toks[k].lemma) || lex.nouns.has(toks[k].lower),
      actorEndsAt: (k) => this.mentions.some((m) => m.tokens[1] === k + 1) };
  }

  private wordSet: Set<string> | null = null;
  private formSet: Set<string> | null = null;
  /** The sentence's words in lower case, gathered when a pattern first asks. */
  words(): Set<string> {
    if (!this.wordSet) { this.wordSet = new Set(); for (let k = this.a; k < this.b; k++) this.wordSet.add(this.toks[k].lower); }
    return this.wordSet;
  }

  /** Its words in lower case and their lemmas (after the tagger's repairs), for the tests of parse-need.ts. */
  forms(): Set<string> {
    if (!this.formSet) { this.formSet = new Set(this.words()); for (let k = this.a; k < this.b; k++) this.formSet.add(this.toks[k].lemma); }
    return this.formSet;
  }

  /** Time words of the sentence, read once and only if the sentence has any. */
  timesOf(): TimeMention[] {
    const { doc } = this.cx;
    return (this.times ??= TIMEISH.test(doc.clean.slice(this.span.start, this.span.end)) ? findTimes(doc.clean.slice(this.span.start, this.span.end), this.span.start, doc.date) : []);
  }

  private voiceRead = new Set<number>();
  /** Is the verb at v passive? The parse knows passives the words alone do not show ("got expelled", "aid sent by Turkey"), and overrules a guess from the words with an active subject ("soldiers deployed along the border fired"). */
  isPassive(v: number): boolean {
    const g = this.groups.get(v)!;
    if ((!g.passive || g.passiveGuessed) && !this.voiceRead.has(v)) {
      this.voiceRead.add(v);
      const parse = this.tree();
      if (parse && passiveInTree(this, parse, v)) g.passive = true;
      else if (parse && g.passiveGuessed && activeInTree(this, parse, v)) g.passive = false;
    }
    return g.passive;
  }

  private actorCounts: number[] | null = null;
  /** How many tokens in [a, k) lie inside a mention or a place (parse-need.ts asks, by side of a word). */
  actorTokensBefore(k: number): number {
    if (!this.actorCounts) {
      const { a, b, cx } = this;
      const inPlace = new Uint8Array(b - a);
      for (const p of this.places) for (let q = Math.max(a, p.tokens[0]); q < Math.min(b, p.tokens[1]); q++) inPlace[q - a] = 1;
      const counts = (this.actorCounts = new Array(b - a + 1).fill(0));
      for (let q = a; q < b; q++) counts[q - a + 1] = counts[q - a] + (cx.covered[q] >= 0 || inPlace[q - a] ? 1 : 0);
    }
    return this.actorCounts[Math.max(0, Math.min(k, this.b) - this.a)];
  }

  private kidList: Kids | null = null;
  /** The dependents of each word of the sentence's parse p (tree-kids.ts), listed on first use. */
  kids(p: Parse): Kids {
    return (this.kidList ??= kidsOf(p));
  }

  /** Can the sentence have a parse? (the syntax stage parses only sentences that can hold an event) */
  canParse(): boolean {
    return this.cx.doc.parses ? this.cx.doc.parses.canHold(this.span.i) : true;
  }

  /** The sentence's dependency parse (from the syntax stage, else parsed now). */
  tree(): Parse | null {
    if (this.parsed === undefined) this.parsed = repairGerunds(this.toks, this.a, this.b, this.cx.doc.parses ? this.cx.doc.parses.at(this.span.i) : parseSentence(this.toks.slice(this.a, this.b)));
    return this.parsed;
  }

  inAttribution(k: number): boolean {
    return !!this.att && k >= this.att.tokens[0] && k < this.att.tokens[1];
  }

  clauseEnd(from: number): number {
    let k = from;
    while (k < this.b && !isBoundary(this.toks[k])) k++;
    return k;
  }

  /** The mention covering token k, if any. */
  coveringMention(k: number): Mention | null {
    const i = this.cx.covered[k];
    return i >= 0 ? this.cx.doc.mentions[i] : null;
  }

  /** The actor starting at token k: a mention, or a place standing for its country as a target. */
  mentionAt(k: number): Mention | null {
    if (this.inAttribution(k)) return null;
    const m = this.cx.mentionStart.get(k);
    if (m && !(m.modifier && !isModifierActor(this.toks, m))) return m;
    return this.placeActorAt(k);
  }

  /** As a target a national adjective stands for its country ("beat up Palestinian detainees"); a bare group is placed. */
  targetAt(k: number): Mention | null {
    const m = this.mentionAt(k);
    if (m && isInstrument(this, m)) return null;
    if (m && m.country === '---') return this.placeBare(followersOf(this.toks, m, (e) => this.cx.mentionStart.get(e)) ?? m); // (the junta's supporters)
    if (m) return ownedGroup(this.toks, m, (e) => this.cx.mentionStart.get(e)) ?? this.borderOwner(m) ?? m;
    const x = this.cx.mentionStart.get(k);
    return x && x.modifier && !this.inAttribution(k) && !isPositionAdjective(this.toks, x) ? x : null;
  }

  /** "villages near Macedonia's border with Bulgaria": the place is the owner's (a pronoun owner, "its border with Y", leaves Y). */
  private borderOwner(m: Mention): Mention | null {
    const { toks } = this;
    const k = m.tokens[0];
    if (toks[k - 1]?.lower !== 'with' || !/^(border|borders|frontier|boundary)$/.test(toks[k - 2]?.lower ?? '') || !/^'?s?'$|^'s$/.test(toks[k - 3]?.lower ?? '')) return null;
    const owner = this.coveringMention(k - 4);
    return owner && owner.kind !== 'pronoun' && owner.country !== '---' ? this.countryOnly(owner) : null;
  }

  /**
   * A place after a preposition of direction, or as a verb's direct object, stands for its country:
   * "sent troops to the Donetsk region", "shelled Kharkiv" ("in Warsaw" says where, not to whom).
   */
  private placeActorAt(k: number): Mention | null {
    const { toks, a, groups, cx } = this;
    const p = cx.placeStart.get(k);
    if (!p || !p.place.country || cx.covered[k] >= 0) return null;
    let j = k - 1;
    while (j >= a && j > k - 5 && !groups.has(j) && (toks[j].pos === 'DET' || toks[j].pos === 'ADJ' || toks[j].pos === 'VERB' || toks[j].text === '-' || toks[j].pos === 'PROPN')) j--;
    if (!DIRECTION.has(toks[j]?.lower ?? '') && !(toks[j]?.pos === 'VERB' && groups.has(j))) return null;
    return this.placeActor(k);
  }

  /** The place starting at token k (the head word of its phrase, for the parse) as an actor standing for its country. */
  placeActor(k: number): Mention | null {
    const { cx } = this;
    const p = cx.placeStart.get(k) ?? this.places.find((x) => x.tokens[0] <= k && k < x.tokens[1]);
    if (!p || !p.place.country || cx.covered[p.tokens[0]] >= 0) return null;
    const c = cx.lex.countries.get(p.place.country);
    return { start: p.start, end: p.end, tokens: p.tokens, code: p.place.country, country: p.place.country, sector: '', name: c?.name ?? p.place.country, entity: `place:${p.place.name}`, kind: 'place', rule: `places:${p.place.name}` };
  }

  /** m and the actors joined to it on the right: "Russia and China", "Iran, Iraq and Syria". */
  coordinated(m: Mention, end: number): Mention[] { return coordinatedAfter(this, m, end); }

  /** m and the actors joined to it on the left; a bare comma joins only after an "and"/"or". */
  expandLeft(m: Mention): Mention[] {
    const { toks, a } = this;
    const out = [m];
    let k = this.beforeModifiers(m.tokens[0] - 1);
    for (;;) {
      const j = joinedBefore(toks, k, out.length);
      if (j < 0) break;
      const prev = j >= a ? this.coveringMention(j) : null;
      if (!prev || prev.modifier || prev.country === '---') break;
      // ("sanctions on Iran, and Australia has recalled ...": an actor after a verb, before ", and", ends the clause before)
      if (out.length === 1 && toks[j + 1]?.text === ',' && this.verbs.some((v) => v >= a && v < prev.tokens[0])) break;
      out.unshift(prev);
      k = this.beforeModifiers(prev.tokens[0] - 1);
    }
    return out;
  }

  /** Past up to three determiners and adjectives from k ("and the evil awful Gondor"). */
  pastModifiers(k: number, end: number): number {
    let j = k;
    while (j < end && j - k < 3 && MODIFIER.test(this.toks[j].pos) && !this.cx.mentionStart.has(j)) j++;
    return j;
  }

  /** Back past up to three determiners and adjectives before token k (inclusive). */
  private beforeModifiers(k: number): number {
    let j = k;
    while (j >= this.a && k - j < 3 && MODIFIER.test(this.toks[j].pos) && this.cx.covered[j] < 0) j--;
    return j;
  }

  /** The actor ending at token k with those joined to it on its left, or null. */
  groupEndingAt(k: number): Mention[] | null {
    const m = this.mentions.find((x) => x.tokens[1] === k + 1 && !this.inAttribution(x.tokens[0]));
    return m ? this.expandLeft(m) : null;
  }

  /** Give a bare group ("protesters", "President Yoweri Museveni") the country of where it acts, if the sentence says. */
  placeBare(m: Mention, asSource = false): Mention | null {
    if (!this.placed.has(m)) this.placed.set(m, placeBareUncached(this, m));
    const placed = this.placed.get(m)!;
    // a source that nothing places acts alone ("GOV", "COP"), as CAMEO allows; so does a group as a
    // target, until the act decides (default-targets.ts aloneTargets). With PETRARCH's dictionaries
    // alone (no frames loaded) PETRARCH's rule holds instead: an actor with no country ("---GOV") is
    // no event's source ("the army said it killed ...": a pronoun standing for a group acts alone too)
    const kinds = asSource ? /^(agent|person|pronoun)$/ : /^agent$/;
    const alone = this.cx.lex.frames.size > 0 && kinds.test(m.kind) && !!m.sector;
    return placed ?? (alone ? agentAlone(m) : null);
  }

  /** The country alone, as the target of domestic acts ("Nigerian authorities jailed ..." -> NGA). */
  countryOnly(m: Mention): Mention {
    const c = this.cx.lex.countries.get(m.country);
    return { ...m, code: m.country, sector: '', name: c?.name ?? m.country, entity: `country:${m.country}`, kind: 'country' };
  }

  /** The possessor or national adjective of the noun at k: "Russia's expulsion", "the Russian attack". */
  possessorOf(k: number): Mention[] | null {
    const { toks, a, cx } = this;
    let j = k - 1;
    while (j >= a && k - j <= 4 && (toks[j].pos === 'ADJ' || (toks[j].pos === 'NOUN' && cx.covered[j] < 0) || toks[j].lower === 'the')) j--;
    if (j < a) return null;
    if (toks[j].lower === "'s" || toks[j].text === "'" || toks[j].text === '’s') {
      const m = this.coveringMention(j - 1);
      return m && !this.inAttribution(j - 1) ? this.expandLeft(m) : null;
    }
    for (let q = k - 1; q > j; q--) { const m = this.coveringMention(q); if (m?.modifier) return [m]; }
    if (/^(his|her|their|its)$/.test(toks[j].lower)) { const m = this.coveringMention(j); if (m) return [m]; }
    return null;
  }

  /** The agent of a passive: "by X", which may come after an aside ("..., much of it embezzled, by officials"). */
  findBy(from: number): Mention[] | null {
    const { toks, b, groups } = this;
    let end = from;
    while (end < b && toks[end].text !== ';' && !(groups.has(end) && !groups.get(end)!.participle && toks[end - 1]?.lower !== 'to' && !/^(been|be)$/.test(toks[end - 1]?.lower ?? ''))) end++;
    for (let k = from; k < end; k++) if (toks[k].lower === 'by') {
      for (let j = k + 1; j < Math.min(end, k + 5); j++) {
        // ("displaced by hostilities in Congo": past the agent's own phrase a place says where, not who)
        if (j > k + 1 && toks[j].pos === 'ADP' && toks[j].lower !== 'of') break;
        const m = this.mentionAt(j);
        const placed = m && m.country === '---' ? this.placeBare(m) : m;
        if (placed) return placed === m ? this.coordinated(m, b) : [placed];
      }
    }
    return null;
  }

  /** The first actor after `from` in its clause, and those joined to it. */
  firstActorAfter(from: number, sources: Mention[] | null): Mention[] {
    const end = this.clauseEnd(from);
    for (let k = pastLabel(this.toks, from); k < end; k++) {
      if (k > from && ((this.groups.has(k) && this.toks[k - 1]?.lower !== 'to') || namingAs(this.toks, k))) break;
      const m = this.targetAt(k);
      if (m && m.country !== '---' && !(sources ?? []).includes(m) && !standsFor(m, sources)) return this.coordinated(m, this.b);
    }
    return [];
  }

  /** A pronoun in the clause after `from` that stands for the sources ("delayed their meeting"). */
  selfReferenceAfter(from: number, sources: Mention[] | null): boolean {
    const end = this.clauseEnd(from);
    return this.mentions.some((m) => m.tokens[0] >= from && m.tokens[0] < end && standsFor(m, sources));
  }

  /**
   * The first actor after `from` in the sentence, as PETRARCH finds a target anywhere in the verb
   * phrase ("rescheduled his trip in the White Downs"); not into a subordinate clause ("while ...").
   */
  anyActorAfter(from: number, sources: Mention[] | null): Mention[] {
    let stop = this.b;
    for (let k = from; k < this.b; k++) if (SUBORDINATE.has(this.toks[k].lower) && this.toks[k].pos !== 'ADP') { stop = k; break; }
    for (const m of this.mentions) {
      if (m.tokens[0] < from || m.tokens[0] >= stop || m.country === '---' || m.modifier && !isModifierActor(this.toks, m) || this.inAttribution(m.tokens[0])) continue;
      if ((sources ?? []).some((x) => x === m || x.entity === m.entity) || standsFor(m, sources)) continue;
      return this.coordinated(m, this.b);
    }
    return [];
  }

  /** The nearest other actor in the sentence, for statements and frames that name their addressee elsewhere; not one `skip` rules out. */
  nearestOther(at: number, sources: Mention[] | null, skip?: (m: Mention) => boolean): Mention[] {
    let best: Mention | null = null;
    let dist = Infinity;
    for (const n of this.mentions) {
      if (n.modifier || n.country === '---' || n.kind === 'pronoun' || skip?.(n)) continue;
      const m = this.borderOwner(n) ?? n;
      if (this.inAttribution(m.tokens[0]) || (sources ?? []).some((x) => x === m || x.entity === m.entity || x.country === m.country)) continue;
      const d = Math.abs(m.tokens[0] - at);
      if (d < dist) { dist = d; best = m; }
    }
    return best ? [best] : [];
  }

  /** The subject of a that-clause right after a verb (time words may stand between); its verb is not coded again. */
  thatClauseSubject(from: number): Mention[] | null {
    const { toks, b, cx } = this;
    let k = from;
    while (k < b && k - from < 4 && toks[k].lower !== 'that' && (toks[k].pos === 'PROPN' || toks[k].pos === 'NOUN' || toks[k].pos === 'ADV' || toks[k].pos === 'ADP')) k++;
    if (toks[k]?.lower !== 'that') return null;
    let j = k + 1;
    if (toks[j]?.lower === 'the') j++;
    const m = cx.mentionStart.get(j) ?? cx.mentionStart.get(k + 1);
    if (!m || m.country === '---' || m.modifier) return null;
    const all = this.coordinated(m, b);
    const v = this.verbs.find((x) => x >= all[all.length - 1].tokens[1]);
    if (v !== undefined) this.consumed.add(v);
    return all;
  }

  /** Is the verb at x a reporting verb with a clause after it ("said (on Monday) that ...", "said Iran had ...")? */
  reportsClause(x: number): boolean {
    const { toks, b, groups, cx } = this;
    if (!cx.lex.reportVerbs.has(toks[x].lemma) || !toks[x + 1]) return false;
    if (groups.has(x + 2) || cx.mentionStart.has(x + 1)) return true;
    for (let k = x + 1; k < Math.min(b, x + 5); k++) {
      if (toks[k].lower === 'that') return true;
      if (!/^(PROPN|NOUN|ADV|ADP|NUM|DET)$/.test(toks[k].pos)) break;
    }
    return false;
  }

  /** The last reporting verb before token k, if one governs it. */
  reportVerbBefore(k: number): number | undefined {
    return this.verbs.filter((x) => x < k && this.reportsClause(x)).pop();
  }

  /** The last finite (not participle) verb before v. */
  mainVerbBefore(v: number): number | undefined {
    return this.verbs.filter((x) => x < v && !this.groups.get(x)!.participle).pop();
  }
}
