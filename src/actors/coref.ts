// Stage "actors.coref": within one document, surnames ("Kim" after "Kim Jong Un"), pronouns
// ("he", "it", "they"), titles with no name ("the Supreme Leader", "the twisted tyrant") and
// pairs ("the two", "the duo") resolve to an actor mentioned before.
import type { Doc, Mention, Token } from '../doc/types.js';
import { leavesFrom } from './leaving.js';
import { resolvePossessed } from './possessed.js';
import { isDummyIt } from './dummy-it.js';
import { shortNameRef } from './short-names.js';
import { descriptorRef } from './descriptors.js';
import { groupBefore, leadSides, noteGroup, type Group } from './pair-groups.js';
import { COUNTRY_NOUNS, INSTITUTION_NOUNS, PAIR_NOUNS, PLURAL_COLLECTIVES, SIDE_NOUNS, STATE_PAIR_NOUNS } from '../lang/en/words.js';
import { FIRST_PERSON, quotationAt, quoteSpeaker } from './quoted.js';

const HE = new Set(['he', 'him', 'his', 'she', 'her']);
const IT = new Set(['it', 'its']);
const THEY = new Set(['they', 'them', 'their']);
const PAIR = new Set(['two', 'duo', 'pair', 'both']);

/** Resolve anaphors and surnames into mentions; adds to doc.mentions, keeping them in order. */
export function resolveCoreference(doc: Doc, reportVerbs: Set<string> = new Set(), surnameCountry: Map<string, string> = new Map()): void {
  const toks = doc.tokens;
  const covered = new Int32Array(toks.length).fill(-1);
  doc.mentions.forEach((m, i) => { for (let t = m.tokens[0]; t < m.tokens[1]; t++) covered[t] = i; });
  // surname forms of people already named in the document
  const surname = new Map<string, Mention>();
  const added: Mention[] = [];
  const replaced = new Set<Mention>();
  const people: Mention[] = [];      // person-like mentions in order
  const groups: Group[] = [];
  let mi = 0;
  const mentions = doc.mentions;
  const lastSentenceSubject = new Map<number, Mention>();
  // people named first in their sentence (likely subjects) are the likeliest antecedents
  const subjects = new Set<Mention>();
  const subjectSeen = new Set<number>();
  // where each sentence's mentions begin, and the last country before each mention: the look-ups
  // below start there instead of scanning the document from its start (quadratic on long ones)
  const ix = indexMentions(mentions, toks, doc.sentences.length);

  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    // advance through existing mentions that start here
    while (mi < mentions.length && mentions[mi].tokens[0] <= i) {
      const m = mentions[mi++];
      if (m.country === '---' && m.sector && isDefiniteTitle(toks, m)) {
        // "the minister", "the president", "the spokesman": the last compatible actor before
        const ref = lastCompatibleRole(people, m, doc) ?? (m.sector === 'GOV' && !INSTITUTION_NOUNS.has(toks[m.tokens[1] - 1].lower) ? lastPersonNotIn(people, subjects, m, doc, ix) : null);
        if (ref) Object.assign(m, { code: ref.code, country: ref.country, sector: ref.sector, entity: ref.entity, kind: ref.kind === 'person' ? 'person' : m.kind, resolvedFrom: ref.name, name: ref.name, rule: `${m.rule}+coref`, evidence: antecedent(doc, ref) });
      }
      if (m.kind === 'person' || (m.country !== '---' && m.kind === 'agent' && isSingularRole(m) && m.sector !== 'CVL')) {
        if (!subjectSeen.has(t.sentence)) subjects.add(m);
        people.push(m);
        if (m.kind === 'person') for (const k of nameParts(toks, m)) surname.set(k, m);
      }
      if (!lastSentenceSubject.has(t.sentence) && !m.modifier && m.country !== '---') lastSentenceSubject.set(t.sentence, m);
      if (!m.modifier) subjectSeen.add(t.sentence);
      noteGroup(toks, mentions, mi - 1, groups);
    }
    if (covered[i] >= 0) continue;
    let ref: Mention | null = null;
    let group: Mention[] | null = null, short = false;
    if (t.pos === 'PROPN' && /^[A-Z]/.test(t.text) && surname.has(t.text)) ref = surname.get(t.text)!;
    // "the Commission" after "the European Commission"
    else if ((ref = shortNameRef(doc, toks, mentions, mi, i))) short = true;
    // "the agency" after "the International Atomic Energy Agency", "the alliance" after "NATO"
    else if ((ref = descriptorRef(toks, mentions, mi, i))) short = true;
    // "the country's east": the last country named before this sentence
    else if (COUNTRY_NOUNS.has(t.lower) && toks[i - 1]?.lower === 'the' && (toks[i + 1]?.lower === "'s" || toks[i - 2]?.lower === 'in' || toks[i - 2]?.lower === 'of')) ref = ix.lastCountry[ix.first[t.sentence]];
    // '"We will not negotiate," the minister said': the quotation's speaker
    else if (t.pos === 'PRON' && FIRST_PERSON.has(t.lower) && (ref = quoteSpeaker(doc, toks, mentions, ix.first[t.sentence], i, reportVerbs))) { /* resolved */ }
    // "they" in a quotation is whoever the speaker speaks of, which the words around do not tell
    else if (t.pos === 'PRON' && THEY.has(t.lower) && quotationAt(doc, toks, i)) { /* left unresolved */ }
    // "it is unclear whether ...", "it remains to be seen": an "it" that stands for no actor
    else if (t.pos === 'PRON' && isDummyIt(toks, i)) { /* left unresolved */ }
    // "Iraq said it would ...", "Annan announced that he will ...": the speaker
    else if (t.pos === 'PRON' && (HE.has(t.lower) || IT.has(t.lower)) && (ref = speakerBefore(toks, mentions, i, reportVerbs, ix, IT.has(t.lower), true))) { /* resolved */ }
    // "the union said it has called off a strike": "it" is a speaker no dictionary knows, not
    // an actor of another clause or sentence
    else if (t.pos === 'PRON' && IT.has(t.lower) && unknownSpeaker(toks, covered, i, reportVerbs)) { /* left unresolved */ }
    // "Palestinian leaders said they would ...": a plural group speaks of itself
    else if (t.pos === 'PRON' && THEY.has(t.lower) && (ref = pluralSpeaker(speakerBefore(toks, mentions, i, reportVerbs, ix), toks))) { /* resolved */ }
    else if (t.pos === 'PRON' && HE.has(t.lower)) ref = salientPerson(people, subjects, toks, t.sentence, i);
    else if (t.pos === 'PRON' && IT.has(t.lower)) ref = firstActorBefore(toks, mentions, t.sentence, i, ix) ?? lastSentenceSubject.get(t.sentence - 1) ?? null;
    else if ((t.pos === 'PRON' && THEY.has(t.lower)) || (PAIR.has(t.lower) && toks[i - 1]?.lower === 'the') || (t.lower === 'both' && PAIR_NOUNS.has(toks[i + 1]?.lower ?? ''))) {
      // ("urged both sides to ...": the sides are the parties named as such, else the lead's two, not the mediators named last)
      const noun = toks[i + 1]?.lower ?? '', states = STATE_PAIR_NOUNS.has(noun);
      const sides = (SIDE_NOUNS.has(noun) || states) && (t.lower === 'both' || toks[i - 1]?.lower === 'the');
      group = sides ? groupBefore(groups, i, t.sentence, true, true) ?? leadSides(doc, mentions, i, states) : null;
      group ??= groupBefore(groups, i, t.sentence, PAIR.has(t.lower));
      if (!group) group = lastTwoPeople(people, subjects) ?? (PAIR.has(t.lower) ? lastTwoSides(mentions, toks, i) : null);
    }
    if (!ref && !group) continue;
    const s = (PAIR.has(t.lower) && toks[i - 1]?.lower === 'the') || COUNTRY_NOUNS.has(t.lower) ? i - 1 : i;
    // the pair's noun belongs to the mention: it heads the phrase the parse makes a subject
    // (a bare "leaders" the dictionaries matched gives way to the pair it names)
    const noun = group && PAIR.has(t.lower) && PAIR_NOUNS.has(toks[i + 1]?.lower ?? '') ? covered[i + 1] : -2;
    if (noun >= 0 && mentions[noun].country === '---' && mentions[noun].tokens[0] === i + 1) replaced.add(mentions[noun]);
    const e = noun === -1 || (noun >= 0 && replaced.has(mentions[noun])) ? i + 1 : i;
    const head = ref ?? group![0];
    const m: Mention = {
      start: toks[s].start, end: toks[e].end, tokens: [s, e + 1], code: head.code, country: head.country, sector: head.sector,
      name: head.name, entity: head.entity, kind: 'pronoun', rule: `coref:${ref ? (short ? 'short-name' : surname.get(t.text) === ref ? 'surname' : 'pronoun') : 'group'}`,
      resolvedFrom: ref ? ref.name : group!.map((g) => g.name).join(' and '),
      evidence: ref ? antecedent(doc, ref) : `antecedents: ${group!.map((g) => antecedent(doc, g).replace(/^antecedent: /, '')).join(' and ')}`,
    };
    if (group) (m as MentionWithGroup).group = group;
    added.push(m);
    if (ref && (ref.kind === 'person')) {
      const p = Object.assign({}, ref, { start: m.start, end: m.end, tokens: m.tokens });
      if (!subjectSeen.has(t.sentence)) subjects.add(p);
      people.push(p);
    }
    subjectSeen.add(t.sentence);
  }
  if (added.length) {
    doc.mentions = [...mentions.filter((m) => !replaced.has(m)), ...added].sort((a, b) => a.start - b.start);
  }
  const states = resolvePossessed(doc);
  if (states.length) doc.mentions = [...doc.mentions, ...states].sort((a, b) => a.start - b.start);
  placeBareAgents(doc);
  surnameAgents(doc, surnameCountry);
}

/** "The Bush administration", "the Obama government": a surname that only one country's leaders bear. */
function surnameAgents(doc: Doc, surnameCountry: Map<string, string>): void {
  const toks = doc.tokens;
  for (const m of doc.mentions) {
    if (m.country !== '---' || m.kind !== 'agent' || m.sector !== 'GOV') continue;
    const prev = toks[m.tokens[0] - 1];
    const c = prev && prev.pos === 'PROPN' ? surnameCountry.get(prev.text) : undefined;
    if (!c) continue;
    Object.assign(m, { start: prev.start, tokens: [m.tokens[0] - 1, m.tokens[1]], code: `${c}GOV`, country: c, name: `${prev.text} ${m.name}`, rule: `${m.rule}+surname` });
  }
}

/** A bare agent followed by "in/of/from" a resolved actor takes its country: "separatists in the country's east". */
function placeBareAgents(doc: Doc): void {
  const toks = doc.tokens;
  const byStart = new Map(doc.mentions.map((m) => [m.tokens[0], m]));
  for (const m of doc.mentions) {
    if (m.country !== '---' || m.kind !== 'agent') continue;
    let k = m.tokens[1];
    // "separatist entities in ...": one head noun may follow the agent word
    if (toks[k]?.pos === 'NOUN' && !byStart.has(k)) k++;
    if (!['in', 'of', 'from'].includes(toks[k]?.lower ?? '') || (toks[k].lower === 'from' && leavesFrom(toks, m.tokens[0]))) continue;
    const r = byStart.get(k + 1);
    if (!r || r.country === '---' || r.modifier || r.sector) continue;
    Object.assign(m, { code: `${r.country}${m.sector}`, country: r.country, name: `${r.name} ${m.name}`, end: m.end, rule: `${m.rule}+${r.rule}` });
  }
}

/** Where an anaphor's referent was named: "antecedent: “Pakistan's foreign minister” (sentence 1)". */
function antecedent(doc: Doc, ref: Mention): string {
  return `antecedent: “${doc.text.slice(ref.start, ref.end)}” (sentence ${doc.tokens[ref.tokens[0]].sentence + 1})`;
}

/**
 * "The minister" after "Pakistan's foreign minister", "the spokesman" after "the Iranian foreign
 * ministry spokesman": the last actor in the previous three sentences whose words hold the title's
 * head word, of the same sector; not one named in the same sentence (that is someone else).
 */
function lastCompatibleRole(people: Mention[], m: Mention, doc: Doc): Mention | null {
  const toks = doc.tokens;
  const head = toks[m.tokens[1] - 1].lower;
  const sentence = toks[m.tokens[0]].sentence;
  for (let k = people.length - 1; k >= 0; k--) {
    const p = people[k];
    const s = toks[p.tokens[0]].sentence;
    if (s === sentence || p === m || p.country === '---') continue;
    if (sentence - s > 3) break;
    const words = toks.slice(p.tokens[0], p.tokens[1]).map((t) => t.lower);
    if (words.includes(head) && p.sector === m.sector) return p;
  }
  return null;
}

function lastCountryBefore(mentions: Mention[], toks: Token[], sentence: number): Mention | null {
  let best: Mention | null = null;
  for (const m of mentions) {
    if (toks[m.tokens[0]].sentence >= sentence) break;
    if (m.kind === 'country' && !m.modifier && !m.sector) best = m;
  }
  return best;
}

export interface MentionWithGroup extends Mention { group?: Mention[] }

function isDefiniteTitle(toks: Token[], m: Mention): boolean {
  const before = toks[m.tokens[0] - 1];
  const first = toks[m.tokens[0]];
  return first.lower === 'the' || before?.lower === 'the' || (before?.pos === 'ADJ' && toks[m.tokens[0] - 2]?.lower === 'the');
}

function isSingularRole(m: Mention): boolean {
  // ("the police" is many people: "police arrested his aides" is no policeman's)
  return m.kind === 'person' || (m.kind === 'agent' && !/s$/.test(m.name) && !PLURAL_COLLECTIVES.has(m.name.split(' ').pop()!.toLowerCase()));
}

function lastPersonNotIn(people: Mention[], subjects: Set<Mention>, m: Mention, doc: Doc, ix: MentionIndex): Mention | null {
  const sentence = doc.tokens[m.tokens[0]].sentence;
  // entities named elsewhere in the same sentence are someone else ("To win over the Supreme Leader, Putin ...")
  const same = new Set<string>();
  for (let k = ix.first[sentence]; k < ix.first[sentence + 1]; k++) {
    const x = doc.mentions[k];
    if (x !== m && x.kind === 'person') same.add(x.entity);
  }
  // people are in text order: the walk back stops at the first one more than 3 sentences back
  const near = (p: Mention) => sentence - doc.tokens[p.tokens[0]].sentence <= 3;
  // (a title of government is no opposition leader's or rebel's: "the interior minister said" after "opposition leader Ousmane Sonko")
  const ok = (p: Mention) => p.kind === 'person' && !same.has(p.entity) && (p.sector === m.sector || p.sector === '');
  for (let k = people.length - 1; k >= 0 && near(people[k]); k--) if (subjects.has(people[k]) && ok(people[k])) return people[k];
  for (let k = people.length - 1; k >= 0 && near(people[k]); k--) if (ok(people[k])) return people[k];
  return null;
}

/** "they" with no group before it: the last two people of different countries, subjects first (looking back a bounded way). */
function lastTwoPeople(people: Mention[], subjects: Set<Mention>): Mention[] | null {
  const distinct: Mention[] = [];
  const from = Math.max(0, people.length - LOOK_BACK);
  for (const subject of [true, false]) {
    for (let k = people.length - 1; k >= from && distinct.length < 2; k--) {
      const p = people[k];
      if (subjects.has(p) === subject && p.country !== '---' && !distinct.some((d) => d.entity === p.entity || d.country === p.country)) distinct.unshift(p);
    }
  }
  return distinct.length === 2 ? distinct : null;
}

/**
 * "Armenia accused Azerbaijan of ..., and the two sides traded fire": the last two actors of
 * different countries named in this sentence or the one before.
 */
function lastTwoSides(mentions: Mention[], toks: Token[], i: number): Mention[] | null {
  const out: Mention[] = [];
  const from = toks[i].sentence - 1;
  for (let k = mentions.length - 1; k >= 0 && out.length < 2; k--) {
    const m = mentions[k];
    if (m.tokens[0] >= i || m.modifier || m.kind === 'pronoun' || m.country.length !== 3 || m.country === '---') continue;
    if (toks[m.tokens[0]].sentence < from) break;
    if (!out.some((x) => x.country === m.country)) out.unshift(m);
  }
  return out.length === 2 ? out : null;
}

/** How many earlier people "they" may reach back over: bounds the cost per pronoun. */
const LOOK_BACK = 200;

interface MentionIndex { first: Int32Array; lastCountry: (Mention | null)[] }

/**
 * `first[s]`: the index of the first mention in sentence s or later (mentions are in text order);
 * `lastCountry[k]`: the last plain country mention before mention k (k = mentions.length: before the end).
 */
function indexMentions(mentions: Mention[], toks: Token[], sentences: number): MentionIndex {
  const first = new Int32Array(sentences + 2).fill(mentions.length);
  for (let k = mentions.length - 1; k >= 0; k--) first[toks[mentions[k].tokens[0]].sentence] = k;
  for (let s = sentences; s >= 0; s--) first[s] = Math.min(first[s], first[s + 1]);
  const lastCountry: (Mention | null)[] = new Array(mentions.length + 1);
  let best: Mention | null = null;
  for (let k = 0; k <= mentions.length; k++) {
    lastCountry[k] = best;
    const m = mentions[k];
    if (m && m.kind === 'country' && !m.modifier && !m.sector) best = m;
  }
  return { first, lastCountry };
}

/** "he": a person named earlier in this sentence, else the last sentence's subject, else the last person. */
function salientPerson(people: Mention[], subjects: Set<Mention>, toks: Token[], sentence: number, i: number): Mention | null {
  for (let k = people.length - 1; k >= 0; k--) {
    const p = people[k];
    if (toks[p.tokens[0]].sentence === sentence && p.tokens[0] < i) return p;
    if (toks[p.tokens[0]].sentence < sentence) break;
  }
  for (let k = people.length - 1; k >= 0; k--) {
    const p = people[k];
    if (subjects.has(p) && sentence - toks[p.tokens[0]].sentence <= 2) return p;
  }
  return people[people.length - 1] ?? null;
}

function nameParts(toks: Token[], m: Mention): string[] {
  const out: string[] = [];
  for (let k = m.tokens[0]; k < m.tokens[1]; k++) {
    const x = toks[k];
    if (x.pos === 'PROPN' && /^[A-Z][a-z]{2,}/.test(x.text)) out.push(x.text);
  }
  // the name words, not the title before it: only parts that belong to the person's name
  return out.filter((w) => m.name.includes(w));
}

function pluralSpeaker(m: Mention | null, toks: Token[]): Mention | null {
  const head = m ? toks[m.tokens[1] - 1].lower : '';
  return m && m.kind === 'agent' && (/s$/.test(head) || PLURAL_COLLECTIVES.has(head)) ? m : null;
}

/** A group named in the plural ("troops in South Sudan", "opposition supporters"): never "it". */
function pluralGroup(m: Mention, toks: Token[]): boolean {
  if (m.kind !== 'agent') return false;
  let h = m.tokens[0];
  while (h + 1 < m.tokens[1] && toks[h + 1].pos !== 'ADP') h++;
  return toks[h].pos === 'NOUN' && (toks[h].lemma !== toks[h].lower || /[^su]s$/.test(toks[h].lower));
}

/**
 * The subject of a reporting verb right before a pronoun: "X said (that) it ...". A group no
 * country places yet ("the army said it killed ...") speaks of itself too, for "it" and "they":
 * the pronoun stands for the group wherever the events stage places it.
 */
function speakerBefore(toks: Token[], mentions: Mention[], i: number, reportVerbs: Set<string>, ix: MentionIndex, singular = false, joinedVerb = false): Mention | null {
  const bare = !HE.has(toks[i].lower);
  const v = reportVerbBefore(toks, i, reportVerbs);
  if (v < 0) return null;
  // "The army accused the RSF of looting and said it would ...": a report verb joined by "and" to
  // an earlier verb has that verb's subject ("he", "it"; a plural "they" may take in the parties
  // of the first clause too, and is left to the nearest speaker)
  const joined = joinedVerb ? coordinatedSubject(toks, mentions, v, ix) : null;
  if (joined) return singular && pluralGroup(joined, toks) ? null : joined;
  let best: Mention | null = null;
  for (let k = ix.first[toks[i].sentence]; k < mentions.length; k++) {
    const m = mentions[k];
    if (m.tokens[1] > v) break;
    if (toks[m.tokens[0]].sentence !== toks[i].sentence || m.modifier || (singular && pluralGroup(m, toks)) || inRelativeAside(toks, m, v)) continue;
    if (m.country === '---' && !(bare && m.kind === 'agent' && m.sector)) continue;
    // ("Houthi rebels in Yemen said they ...": where a group is belongs to its phrase, it is not the speaker)
    if (best?.kind === 'agent' && m.kind === 'country' && best.tokens[1] === m.tokens[0] - 1 && /^(in|from|inside|across)$/.test(toks[best.tokens[1]].lower)) continue;
    best = m;
  }
  // a speaker far from the verb is likely not its subject
  return best && v - best.tokens[1] <= 8 ? best : null;
}

/** Is m inside ", which ... ," (or "who") closed before v: "The Philippines, which has disputes with China, said it ..."? */
function inRelativeAside(toks: Token[], m: Mention, v: number): boolean {
  let open = -1;
  for (let k = m.tokens[0] - 1; k >= 0 && toks[k].sentence === toks[m.tokens[0]].sentence; k--) {
    if (toks[k].text !== ',') continue;
    if (/^(which|who|whose)$/.test(toks[k + 1]?.lower ?? '')) open = k;
    break;
  }
  if (open < 0) return false;
  for (let k = m.tokens[1]; k < v; k++) if (toks[k].text === ',') return true;
  return false;
}

/** The subject of the verb that the verb at v is joined to by "and" ("accused X of ... and (later) said"): the actor opening the sentence before its first verb. */
function coordinatedSubject(toks: Token[], mentions: Mention[], v: number, ix: MentionIndex): Mention | null {
  let c = v - 1;
  while (c > 0 && toks[c].pos === 'ADV') c--;
  if (toks[c]?.lower !== 'and') return null;
  const s = toks[v].sentence;
  let first = -1;
  for (let k = c - 1; k >= 0 && toks[k].sentence === s; k--) if (toks[k].pos === 'VERB') first = k;
  if (first < 0) return null;
  for (let k = ix.first[s]; k < mentions.length; k++) {
    const m = mentions[k];
    if (m.tokens[1] > first || toks[m.tokens[0]].sentence !== s) break;
    if (!m.modifier && m.country !== '---') return m;
  }
  return null;
}

/** The nearest report verb before token i in its sentence, back over at most `reach` tokens that `pass` lets by; else -1. */
function reportVerbBack(toks: Token[], i: number, reportVerbs: Set<string>, reach: number, pass: (k: number) => boolean): number {
  let v = i - 1;
  while (v > 0 && i - v <= reach && toks[v].sentence === toks[i].sentence && !reportVerbs.has(toks[v].lemma) && pass(v)) v--;
  return toks[v] && reportVerbs.has(toks[v].lemma) && toks[v].sentence === toks[i].sentence ? v : -1;
}

/** The report verb whose clause the pronoun at i opens ("said on Wednesday that it", "announced Thursday they"), else -1. */
function reportVerbBefore(toks: Token[], i: number, reportVerbs: Set<string>): number {
  return reportVerbBack(toks, i, reportVerbs, 5, (k) => toks[k].pos !== 'VERB');
}

/**
 * "The union said it", "Acme Corp announced that it had ended its strike": the pronoun is in the
 * clause of a report whose subject, right before the verb, is a name or noun no actor covers.
 */
function unknownSpeaker(toks: Token[], covered: Int32Array, i: number, reportVerbs: Set<string>): boolean {
  // (no actor named between the report and the pronoun: "said Iraq would expel its envoy")
  const v = reportVerbBack(toks, i, reportVerbs, 12, (k) => covered[k] < 0);
  if (v < 0 || covered[v] >= 0) return false;
  let s = v - 1;
  // ("the union has said", "the company also said")
  while (s > 0 && (toks[s].pos === 'AUX' || toks[s].pos === 'ADV')) s--;
  const subj = toks[s];
  return v > 0 && !!subj && subj.sentence === toks[i].sentence && covered[s] < 0 && (subj.pos === 'NOUN' || subj.pos === 'PROPN') && (subj.pos === 'PROPN' || subj.lemma === subj.lower);
}

/** The sentence's first country or organisation before token i: the likeliest antecedent of "it". */
function firstActorBefore(toks: Token[], mentions: Mention[], sentence: number, i: number, ix: MentionIndex): Mention | null {
  for (let k = ix.first[sentence]; k < mentions.length; k++) {
    const m = mentions[k];
    if (m.tokens[0] >= i) break;
    if (toks[m.tokens[0]].sentence !== sentence) continue;
    if (m.modifier || m.country === '---' || m.kind === 'person' || m.kind === 'pronoun' || pluralGroup(m, toks)) continue;
    return m;
  }
  return null;
}
