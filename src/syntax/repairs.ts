// Repairs of parses the model gets wrong in a way that no reading of the words allows.
import type { Parse } from './parser.js';
import { KNOWING_VERBS, OBJECT_PREPOSITIONS, RELATIVE_WORDS, SPEECH_ACT_VERBS, SUBORDINATE } from '../lang/en/words.js';
import { pastForm } from '../lang/en/lemma.js';

/** What a repair reads of a token (a Dyad Token has it). */
export interface RepairToken { text: string; lower: string; pos: string; lemma?: string }

/** The coder's parse: the model's, with the repairs below. Changes parse in place and returns it. */
export function repairParse(toks: readonly RepairToken[], parse: Parse): Parse {
  pairAfterBetween(toks, parse);
  subjectReadAsModifier(toks, parse);
  subjectReadAsObject(toks, parse);
  prepositionReadAsMarker(toks, parse);
  rootAfterRelative(toks, parse);
  auxiliaryVerbAfterRoot(toks, parse);
  transitiveVerbAfterRoot(toks, parse);
  transitiveVerbBeforeParticiple(toks, parse);
  secondSubject(toks, parse);
  reducedRelative(toks, parse);
  speakerGoesOn(toks, parse);
  return parse;
}

/**
 * "Clashes between Sudanese troops and the RSF killed 40": "between" asks for a pair, so the
 * phrase after the "and" that closes the first member is the pair's second member, not a second
 * subject of the verb (as the model often reads it when "the" follows "and"). Changes parse in place.
 */
export function pairAfterBetween(toks: readonly RepairToken[], parse: Parse): void {
  const { head, deprel } = parse;
  for (let i = 0; i < toks.length; i++) {
    if (toks[i].lower !== 'between' || deprel[i] !== 'case') continue;
    const x = head[i];
    if (x <= i) continue;
    // the "and" right after the first member's phrase: every word before it hangs from that member
    let and = x + 1;
    while (and < toks.length && toks[and].lower !== 'and' && under(head, and, x)) and++;
    if (toks[and]?.lower !== 'and') continue;
    // the second member: the first noun after "and" that the model hung outside its own phrase
    let y = and + 1;
    while (y < toks.length && !/^(NOUN|PROPN|PRON|NUM)$/.test(toks[y].pos)) y++;
    while (y + 1 < toks.length && head[y] === y + 1 && /^(compound|flat|amod)/.test(deprel[y])) y++;
    if (y >= toks.length || head[y] === x || under(head, y, x) || !/^(nsubj|obj|obl|conj|nsubj:pass)$/.test(deprel[y])) continue;
    head[y] = x; deprel[y] = 'conj';
    head[and] = y; deprel[and] = 'cc';
  }
}

/** Does k hang, through a few heads, from x? */
function under(head: Int32Array, k: number, x: number): boolean {
  for (let h = head[k], guard = 0; h >= 0 && guard < 6; h = head[h], guard++) if (h === x) return true;
  return false;
}

/**
 * "The militia, which was founded in 2015, attacked a police station": trained on web text, the
 * model often makes the subject the root and the main verb a modifier inside the subject's
 * relative clause (or the relative clause's verb the root: "India, which had close ties with
 * Dhaka, urged calm"). A relative clause of the subject (who/which/that, or a participle) followed
 * by a verb with no subject of its own, after a comma that closes the clause, with an auxiliary
 * ("A diplomat who arrived in 2019 was expelled") or as a past form the parse made a complement
 * ("Student leaders who led the protests demanded"), is that verb's subject. Changes parse in place.
 */
export function rootAfterRelative(toks: readonly RepairToken[], parse: Parse): void {
  const { head, deprel } = parse;
  const found = subjectClause(toks, parse);
  if (!found) return;
  const { subject: r, clause } = found;
  for (let k = clause + 1; k < toks.length; k++) {
    if (toks[k].pos !== 'VERB' || !under(head, k, clause) || !/^(advcl|conj|parataxis|ccomp|dep|xcomp|acl)$/.test(deprel[k])) continue;
    const kids = childIndexes(head, k);
    // ("commanders hit a convoy" read as a participle on the clause's object: a participle takes no object)
    const transitive = deprel[clause] === 'acl:relcl' && /^(advcl|acl|dep|parataxis)$/.test(deprel[k]) && (head[k] === clause || head[head[k]] === clause) && kids.some((c) => c > k && deprel[c] === 'obj');
    if (deprel[k] === 'acl' && (!transitive || /ing$/.test(toks[k].lower))) continue;
    // (the clause's own infinitive: "whose presidents have sought to mediate, expressed ...")
    if (deprel[k] === 'xcomp' && kids.some((c) => c < k && deprel[c] === 'mark' && toks[c].lower === 'to')) continue;
    const taken = objectTakenAsSubject(toks, parse, clause, k);
    // a clause of its own (a subject, "to", "that", "if") or a second verb of the relative clause ("and burned")
    if (kids.some((c) => (c !== taken && OWN_CLAUSE.test(deprel[c])) || (c < k && RELATIVE_WORDS.has(toks[c].lower)))) return;
    // ("A missile strike that killed eight civilians hit Kharkiv": a verb with its own object right
    // after the relative clause is no part of it)
    const closed = toks[k - 1]?.text === ',' || kids.some((c) => c < k && /^aux/.test(deprel[c])) || (deprel[k] === 'xcomp' && /ed$/.test(toks[k].lower)) || transitive || taken >= 0;
    if (!closed) return;
    if (taken >= 0) { head[taken] = clause; deprel[taken] = 'obj'; }
    const old = head.indexOf(-1);
    makeRoot(parse, k, r, kids);
    if (clause === old) { head[clause] = r; deprel[clause] = 'acl:relcl'; }
    return;
  }
}

/**
 * "An air strike that killed three fighters hit a village": the model gives the verb after a
 * relative clause the clause's object as its subject. A subject of k that starts right after the
 * relative clause's verb, which has no object of its own, is that verb's object: its index, else -1.
 */
function objectTakenAsSubject(toks: readonly RepairToken[], parse: Parse, clause: number, k: number): number {
  const { head, deprel } = parse;
  const subj = childIndexes(head, k).find((c) => c < k && deprel[c] === 'nsubj');
  if (subj === undefined || !/^(NOUN|PROPN)$/.test(toks[subj].pos) || toks[clause].pos !== 'VERB' || deprel[clause] !== 'acl:relcl') return -1;
  // (a verb of speech or knowing takes a clause: "officials who said rebels destroyed it")
  const lemma = toks[clause].lemma ?? toks[clause].lower;
  if (SPEECH_ACT_VERBS.has(lemma) || KNOWING_VERBS.has(lemma) || childIndexes(head, clause).some((c) => c !== k && /^(obj|ccomp|xcomp)$/.test(deprel[c]))) return -1;
  // every word between the clause's verb and the subject belongs to the subject's phrase
  for (let j = clause + 1; j < subj; j++) if (head[j] !== subj || !/^(det|nummod|amod|compound)$/.test(deprel[j])) return -1;
  return subj;
}

/**
 * The subject noun and its clause: a root whose relative pronoun follows a noun ("Qatar, which hosts
 * ...": the root is the relative clause's verb, whatever its tag), or a noun root with a relative
 * or participial clause.
 */
function subjectClause(toks: readonly RepairToken[], parse: Parse): { subject: number; clause: number } | null {
  const { head, deprel } = parse;
  const r = head.indexOf(-1);
  if (r < 0) return null;
  const kids = childIndexes(head, r);
  // (the relative word, or the "whose" that opens its phrase: "Brazil and Colombia, whose presidents have sought ...")
  const opening = (c: number) => (RELATIVE_WORDS.has(toks[c].lower) ? c : head.findIndex((h, w) => h === c && w < c && toks[w].lower === 'whose' && deprel[w] === 'nmod:poss'));
  const rel = kids.filter((c) => c < r && /^(nsubj|nsubj:pass|obj)$/.test(deprel[c])).map(opening).find((w) => w >= 0);
  // the noun right before the relative word, past its comma; of a list, its first member
  let before = rel === undefined ? -1 : toks[rel - 1]?.text === ',' ? rel - 2 : rel - 1;
  while (before >= 0 && deprel[before] === 'conj' && head[before] < before) before = head[before];
  if (before >= 0 && head[before] === r && /^(NOUN|PROPN)$/.test(toks[before].pos)) return { subject: before, clause: r };
  if (!/^(NOUN|PROPN|PRON)$/.test(toks[r].pos)) return null;
  const clause = kids.find((c) => c > r && /^acl(:relcl)?$/.test(deprel[c]));
  return clause === undefined ? null : { subject: r, clause };
}

// a verb's dependents that make it a clause of its own: a subject, a marker, a conjunction
const OWN_CLAUSE = /^(nsubj|nsubj:pass|expl|mark|cc|csubj)$/;

/**
 * Make verb k the root with `subject` its subject (passive with an aux:pass among `kids`, k's
 * dependents); what hung from the old root after k (the full stop) is k's now.
 */
function makeRoot(parse: Parse, k: number, subject: number, kids: number[]): void {
  const { head, deprel } = parse;
  const old = head.indexOf(-1);
  head[k] = -1; deprel[k] = 'root';
  head[subject] = k; deprel[subject] = kids.some((c) => deprel[c] === 'aux:pass') ? 'nsubj:pass' : 'nsubj';
  for (let j = k + 1; j < head.length; j++) if (head[j] === old) head[j] = k;
}

function childIndexes(head: Int32Array, x: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < head.length; i++) if (head[i] === x) out.push(i);
  return out;
}

/**
 * "Troops stationed along the frontier returned fire", "The talks, hosted by Qatar, ended": the
 * model reads the participle after the subject as the clause's verb and the real verb as its
 * modifier. A root verb with no object or auxiliary right after its subject (or set off by a
 * comma after it), followed by a finite verb that has no subject, marker or conjunction of its
 * own (after the closing comma when the participle opened with one), is a reduced relative
 * clause of that subject. Changes parse in place.
 */
export function reducedRelative(toks: readonly RepairToken[], parse: Parse): void {
  // the clause's verb: the root, or a reported clause's ("..., the military said")
  for (let v = 1; v < toks.length; v++) if (parse.head[v] === -1 || parse.deprel[v] === 'ccomp') reduceAt(toks, parse, v);
}

function reduceAt(toks: readonly RepairToken[], parse: Parse, v: number): void {
  const { head, deprel } = parse;
  // (a participle the tagger calls an adjective too: "personnel armed with knives boarded ...")
  if (!/^(VERB|ADJ)$/.test(toks[v].pos) || !/(ed|en|wn|ht)$/.test(toks[v].lower)) return;
  const own = childIndexes(head, v);
  const commas = toks[v - 1].text === ',';
  // (a subject the model hung on the participle as a compound: "gunmen dressed in police uniforms")
  const subj = own.find((c) => (deprel[c] === 'nsubj' || deprel[c] === 'compound') && c === v - (commas ? 2 : 1));
  if (subj === undefined || own.some((c) => /^(obj|aux|aux:pass|cop|ccomp|mark)$/.test(deprel[c]))) return;
  // (a conjunct with no "and" of its own: the model joined the real verb to the participle)
  const k = own.find((c) => c > v + 1 && toks[c].pos === 'VERB' && /^(advcl|parataxis|dep|xcomp|conj)$/.test(deprel[c]));
  if (k === undefined || /ing$/.test(toks[k].lower) || (toks[k - 1].text === ',') !== commas) return;
  for (let j = v + 1; j < (commas ? k - 1 : k); j++) if (toks[j].pos === 'PUNCT' || toks[j].pos === 'VERB' || toks[j].pos === 'AUX') return;
  if (childIndexes(head, k).some((c) => OWN_CLAUSE.test(deprel[c]))) return;
  head[k] = head[v]; deprel[k] = deprel[v];
  head[subj] = k; deprel[subj] = 'nsubj';
  head[v] = subj; deprel[v] = 'acl';
  for (let j = 0; j < toks.length; j++) if (head[j] === v && (j > k || (commas && j === v - 1))) head[j] = commas && j === v - 1 ? v : k;
}

/**
 * "The army said jihadists had ambushed a patrol, and accused Niamey of sheltering them": an act of
 * speech joined by ", and" to the verb of a reported clause (or, in the past, to the infinitive of
 * what was urged or of a purpose inside the report), with no subject of its own, goes on with the
 * speaker: it is the reporting verb's conjunct, not the reported one's. Changes parse in place.
 */
export function speakerGoesOn(toks: readonly RepairToken[], parse: Parse): void {
  const { head, deprel } = parse;
  for (let k = 0; k < toks.length; k++) {
    if (deprel[k] !== 'conj' || !SPEECH_ACT_VERBS.has(toks[k].lemma ?? '')) continue;
    const kids = childIndexes(head, k);
    const and = kids.find((c) => c < k && toks[c].lower === 'and');
    if (and === undefined || kids.some((c) => /^(nsubj|nsubj:pass|expl)$/.test(deprel[c]))) continue;
    const h = head[k];
    const speech = (x: number): boolean => x >= 0 && x < k && SPEECH_ACT_VERBS.has(toks[x].lemma ?? '');
    // (the infinitive of what is urged hangs from the verb, or from its object: "asked lenders to ease")
    const near = deprel[h] === 'acl' && /^i?obj$/.test(deprel[head[h]] ?? '') ? head[head[h]] : head[h];
    // "urged allies to supply weapons and accused Moscow of ...": a past form joined to the bare
    // infinitive of what is urged is no part of it (an act of speech joined to one, "to condemn ...
    // and demand ...", may be)
    const tensed = /^(xcomp|acl)$/.test(deprel[h]) && toks[h - 1]?.lower === 'to' && !SPEECH_ACT_VERBS.has(toks[h].lemma ?? '') && toks[k].lower !== toks[k].lemma && toks[h].lower === toks[h].lemma;
    // (or a past form joined to an infinitive deeper in the report, which it cannot be the conjunct
    // of: "said the measures were needed to safeguard security and accused the United States ...")
    const infinitive = /ed$/.test(toks[k].lower) && childIndexes(head, h).some((c) => deprel[c] === 'mark' && toks[c].lower === 'to');
    const above = infinitive ? speakerAbove(toks, parse, h) : -1;
    const r = ((deprel[h] === 'ccomp' && toks[and - 1]?.text === ',') || tensed) && speech(near) ? near : speech(above) ? above : -1;
    if (r < 0) continue;
    head[k] = r;
    if (toks[and - 1]?.text === ',' && head[and - 1] === h) head[and - 1] = k;
  }
}

/** The verb of speech a few clauses above h (through complements), or -1. */
function speakerAbove(toks: readonly RepairToken[], parse: Parse, h: number): number {
  for (let x = h, g = 0; x >= 0 && g < 4; x = parse.head[x], g++) if (x !== h && SPEECH_ACT_VERBS.has(toks[x].lemma ?? '')) return x;
  return -1;
}

/**
 * "Myanmar's military denied burning villages": the model reads "military" as an adjective on the
 * verb, so the verb has no subject. A verb takes no adjective or compound modifier in UD: such a
 * modifier right before a verb that has no subject is its subject, and the determiner or
 * possessor the model hung on the verb before it belongs to that subject. Changes parse in place.
 */
export function subjectReadAsModifier(toks: readonly RepairToken[], parse: Parse): void {
  const { head, deprel } = parse;
  for (let m = 0; m + 1 < toks.length; m++) {
    const v = head[m];
    // (only on the root, or after a subordinating word the model took for the noun's preposition,
    // "after Kosovo police raided ...": deeper in a misparsed sentence the word is as likely an object's)
    if (v !== m + 1 || (deprel[m] !== 'amod' && deprel[m] !== 'compound') || !/^(NOUN|ADJ|PROPN)$/.test(toks[m].pos)) continue;
    const opener = deprel.findIndex((r, k) => k < m && head[k] === m && r === 'case' && SUBORDINATE.has(toks[k].lower));
    if (deprel[v] !== 'root' && (opener < 0 || toks[v].pos !== 'VERB')) continue;
    // (the head is a verb by its tag, by taking an object or a clause, which no noun takes, or as
    // a past form at the root of a sentence with no verb: "accused", "shot" are still tagged nouns
    // when the sentence is parsed)
    const verbal = toks[v].pos === 'VERB' || deprel.some((r, k) => head[k] === v && /^(obj|xcomp|ccomp)$/.test(r)) || (pastForm(toks[v].lower) && !toks.some((t) => t.pos === 'VERB'));
    if (!verbal) continue;
    if (deprel.some((r, k) => head[k] === v && /^(nsubj|csubj|expl)/.test(r))) continue;
    deprel[m] = 'nsubj';
    for (let k = 0; k < m; k++) if (head[k] === v && /^(det|nmod:poss|amod|compound)$/.test(deprel[k])) head[k] = m;
    if (opener >= 0) { head[opener] = v; deprel[opener] = 'mark'; }
  }
}

/**
 * "vowed to retaliate after Poland expelled its diplomats": the model reads "after Poland" as a
 * prepositional phrase and the verb right after it as a complement of the verb before, so that the
 * complement takes that verb's subject. A subordinating word, a noun and a finite verb with no
 * subject of its own are a clause: the noun is the verb's subject, the word its marker.
 */
export function subjectReadAsObject(toks: readonly RepairToken[], parse: Parse): void {
  const { head, deprel } = parse;
  for (let m = 1; m + 1 < toks.length; m++) {
    const v = m + 1;
    if (deprel[m] !== 'obl' || !/^(NOUN|PROPN)$/.test(toks[m].pos) || toks[v].pos !== 'VERB' || /ing$/.test(toks[v].lower) || head[v] !== head[m]) continue;
    const opener = childIndexes(head, m).find((k) => deprel[k] === 'case' && SUBORDINATE.has(toks[k].lower));
    if (opener === undefined || childIndexes(head, v).some((k) => /^(nsubj|csubj|expl)/.test(deprel[k]))) continue;
    head[m] = v; deprel[m] = 'nsubj';
    head[opener] = v; deprel[opener] = 'mark';
    deprel[v] = 'advcl';
  }
}

/**
 * "issued a warrant for Russian President Vladimir Putin, accusing him of ...": the model makes
 * the preposition the participle's marker and its object the participle's subject. A participle
 * set off by a comma takes no subject from before the comma; that noun is the preposition's
 * object on the verb the participle hangs from, and the participle keeps that verb's subject.
 */
export function prepositionReadAsMarker(toks: readonly RepairToken[], parse: Parse): void {
  const { head, deprel } = parse;
  for (let v = 1; v < toks.length; v++) {
    if (toks[v].pos !== 'VERB' || !/ing$/.test(toks[v].lower) || toks[v - 1].text !== ',' || head[v] < 0) continue;
    const kids = childIndexes(head, v);
    const mark = kids.find((c) => c < v && deprel[c] === 'mark' && OBJECT_PREPOSITIONS.has(toks[c].lower));
    const subj = kids.find((c) => c < v - 1 && deprel[c] === 'nsubj');
    if (mark === undefined || subj === undefined || subj < mark) continue;
    head[subj] = head[v]; deprel[subj] = 'obl';
    head[mark] = subj; deprel[mark] = 'case';
  }
}

/**
 * "Talks between Serbia and Kosovo are scheduled for Monday": the model makes the subject noun the
 * root and the verb, with its auxiliary, a conjunct of it. A noun root with such a verb after it
 * (an auxiliary of its own, no subject, no conjunction) is that verb's subject. Changes parse in place.
 */
export function auxiliaryVerbAfterRoot(toks: readonly RepairToken[], parse: Parse): void {
  const { head, deprel } = parse;
  const r = head.indexOf(-1);
  if (r < 0 || !/^(NOUN|PROPN)$/.test(toks[r].pos)) return;
  const k = childIndexes(head, r).find((c) => c > r && toks[c].pos === 'VERB' && /^(conj|parataxis|dep)$/.test(deprel[c]));
  if (k === undefined) return;
  const kids = childIndexes(head, k);
  if (!kids.some((c) => c < k && /^aux/.test(deprel[c])) || kids.some((c) => /^(nsubj|nsubj:pass|expl|cc|mark)$/.test(deprel[c]))) return;
  makeRoot(parse, k, r, kids);
}

/**
 * "The African Union and the regional bloc ECOWAS expressed concern": the model makes the first
 * noun the root and the verb, with its object, a participle on the last conjunct. A sentence with a
 * noun root and no verb of its own has its verb there: a past form with an object, no clause
 * words of its own, hung on the root's phrase with nothing but that phrase before it, is the
 * root, and the noun its subject. Changes parse in place.
 */
export function transitiveVerbAfterRoot(toks: readonly RepairToken[], parse: Parse): void {
  const { head, deprel } = parse;
  const r = head.indexOf(-1);
  if (r < 0 || !/^(NOUN|PROPN)$/.test(toks[r].pos)) return;
  const k = transitiveAcl(toks, parse, r, 0);
  if (k >= 0) makeRoot(parse, k, r, childIndexes(head, k));
}

/**
 * "An Israeli air strike destroyed the building, killing two commanders, media said": in a clause
 * the model heads with a participle in -ing, the subject's transitive past form is the clause's
 * verb, and the participle its modifier. Changes parse in place.
 */
export function transitiveVerbBeforeParticiple(toks: readonly RepairToken[], parse: Parse): void {
  const { head, deprel } = parse;
  for (let n = 0; n < toks.length; n++) {
    const h = head[n];
    if (deprel[n] !== 'nsubj' || h <= n || !/ing$/.test(toks[h].lower) || childIndexes(head, h).some((c) => /^aux/.test(deprel[c]))) continue;
    const k = transitiveAcl(toks, parse, n, n);
    if (k < 0 || k > h) continue;
    head[k] = head[h]; deprel[k] = deprel[h];
    head[n] = k;
    head[h] = k; deprel[h] = 'advcl';
  }
}

/**
 * A past form with an object, no clause words of its own, hung on the phrase of noun n with nothing
 * but that phrase between `from` and it (or words that modify it): its index, else -1.
 */
function transitiveAcl(toks: readonly RepairToken[], parse: Parse, n: number, from: number): number {
  const { head, deprel } = parse;
  const k = toks.findIndex((t, i) => i > n && t.pos === 'VERB' && deprel[i] === 'acl' && (head[i] === n || under(head, head[i], n)));
  if (k < 0 || !pastForm(toks[k].lower)) return -1;
  const kids = childIndexes(head, k);
  if (!kids.some((c) => c > k && deprel[c] === 'obj') || kids.some((c) => OWN_CLAUSE.test(deprel[c]) || /^aux/.test(deprel[c]))) return -1;
  for (let j = from; j < k; j++) if (j !== n && head[j] !== k && !under(head, j, n)) return -1;
  return k;
}

/**
 * "The European Union and the regional bloc ASEAN welcomed the deal": the model gives the verb two
 * subjects, one on each side of the "and". A verb takes one subject in UD: the second, with the
 * conjunction hung on it, is the first one's conjunct. Changes parse in place.
 */
export function secondSubject(toks: readonly RepairToken[], parse: Parse): void {
  const { head, deprel } = parse;
  for (let v = 0; v < toks.length; v++) {
    const subs = childIndexes(head, v).filter((c) => c < v && /^nsubj/.test(deprel[c]));
    if (subs.length !== 2) continue;
    const [a, b] = subs;
    const cc = childIndexes(head, b).find((c) => c > a && c < b && deprel[c] === 'cc');
    if (cc === undefined) continue;
    deprel[a] = childIndexes(head, v).some((c) => deprel[c] === 'aux:pass') ? 'nsubj:pass' : 'nsubj';
    head[b] = a; deprel[b] = 'conj';
  }
}
