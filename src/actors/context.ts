// Country from context for an agent whose phrase names none ("police", "the army", "the foreign
// minister"): after the place in its own clause (src/events/sentence.ts), the dateline, then the
// country the document is about. The document's lead is counted without the agent's own sentence,
// so the other actor of the same event never lends its country ("Foreign Minister Qureshi met his
// Chinese counterpart" is not China's minister), and the sentence itself must not outweigh it.
// When nothing decides, the agent stands alone (and a group fought by a state is on that state's
// ground: src/events/default-targets.ts, placing.ts).
import type { Doc, Mention } from '../doc/types.js';
import type { Focus } from '../places/focus.js';
import { POSSESSIVE_DETERMINERS, TRAVEL_VERBS } from '../lang/en/words.js';

export interface ContextCountry { country: string; rule: string; evidence: string }

const cache = new WeakMap<Focus, Map<number, ContextCountry | null>>();
const tallies = new WeakMap<Focus, Tally>();

/** The dateline's country, else the document's leading country outside sentence `sentence`. */
export function contextCountry(doc: Doc, focus: Focus | null, sentence: number, places: TalliedPlace[] = []): ContextCountry | null {
  if (!focus) return null;
  let bySentence = cache.get(focus);
  if (!bySentence) { bySentence = new Map(); cache.set(focus, bySentence); }
  if (bySentence.has(sentence)) return bySentence.get(sentence)!;
  let res: ContextCountry | null = null;
  if (focus.dateline) res = { country: focus.dateline.country, rule: `dateline:${focus.dateline.country}`, evidence: `country from the dateline "${focus.dateline.text}"` };
  else {
    const lead = leadOutside(doc, focus, sentence, places);
    if (lead) res = { country: lead, rule: `document:${lead}`, evidence: `country the document is about (${lead}, most mentioned outside this sentence)` };
  }
  bySentence.set(sentence, res);
  return res;
}

/** Countries mentioned outside one sentence, earlier ones weighing more; the clear leader or null. */
function leadOutside(doc: Doc, focus: Focus, sentence: number, places: TalliedPlace[]): string | null {
  // the document's tallies once, by sentence, so each sentence subtracts its own
  let t = tallies.get(focus);
  if (!t) {
    const tally: Tally = { total: new Map(), bySentence: new Map() };
    for (const m of doc.mentions) {
      // ("French President Macron arrived in Nairobi": a visitor's country is not where the story is)
      if (!/^[A-Z]{3}$/.test(m.country) || m.country === '---' || m.country === 'IGO' || m.country === 'NGO' || visiting(doc, m.tokens[1])) continue;
      count(tally, doc.tokens[m.tokens[0]].sentence, m.country, 1);
    }
    // places no actor covers ("arrived in Nairobi", "clashes in Goma") say where the story is
    const covered = new Set(doc.mentions.map((m) => m.start));
    for (const p of places) if (p.place.country && p.place.kind !== 'country' && !covered.has(p.start)) count(tally, doc.tokens[p.tokens[0]].sentence, p.place.country, 0.8);
    tallies.set(focus, t = tally);
  }
  const own = t.bySentence.get(sentence);
  const outside = clearLead(new Map([...t.total].map(([c, v]) => [c, v - (own?.get(c) ?? 0)] as [string, number])));
  // nor does a lead that the agent's own sentence outweighs ("Burmese troops captured ..." then
  // "Sudanese soldiers seized ..."): the one other sentence's country is not where this one happens
  return outside && (!own || topOf(t.total) === outside) ? outside : null;
}

/** The country with the most weight in a tally, clear or not. */
function topOf(scores: Map<string, number>): string | undefined {
  return [...scores].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** The country that clearly leads a tally (half the weight and half again the next one's), or null. */
function clearLead(scores: Map<string, number>): string | null {
  const ranked = [...scores].filter(([, v]) => v > 1e-9).sort((a, b) => b[1] - a[1]);
  if (!ranked.length) return null;
  const total = ranked.reduce((a, b) => a + b[1], 0);
  return ranked[0][1] >= total / 2 && (ranked.length === 1 || ranked[0][1] > 1.5 * ranked[1][1]) ? ranked[0][0] : null;
}

interface Tally { total: Map<string, number>; bySentence: Map<number, Map<string, number>> }
/** A place as the tally reads it. */
export interface TalliedPlace { start: number; tokens: [number, number]; place: { country: string | null; kind: string } }

/** Add a mention of country c in sentence s, earlier sentences weighing more. */
function count(t: Tally, s: number, c: string, weight: number): void {
  const w = weight * (1 + 2 / (1 + s));
  t.total.set(c, (t.total.get(c) ?? 0) + w);
  const own = t.bySentence.get(s) ?? new Map<string, number>();
  own.set(c, (own.get(c) ?? 0) + w);
  t.bySentence.set(s, own);
}

/** Does the verb right after an actor (past an auxiliary) say it travels: "Macron arrived in", "the minister is visiting"? */
function visiting(doc: Doc, k: number): boolean {
  const toks = doc.tokens;
  const v = toks[k]?.pos === 'AUX' ? k + 1 : k;
  return TRAVEL_VERBS.has(toks[v]?.lemma ?? '');
}

/** Does m name a state (or an IGO/NGO), so that its country alone can stand for it? Not an agent alone ("COP") or an unplaced one. */
export function hasCountry(m: Mention): boolean {
  return m.country.length === 3 && m.country !== '---';
}

/** The agent alone, as CAMEO allows when no country is known: "COP", "REB", "GOV". */
export function agentAlone(m: Mention): Mention {
  return { ...m, code: m.sector, country: '', rule: `${m.rule}+alone`, evidence: 'no country in the phrase, clause, dateline or document: the agent alone' };
}

/**
 * "police in Peshawar", "the deputy governor of the Tyumen region", "rebels from Bentiu": a bare
 * agent followed by a place in its own phrase takes the place's country, before any event is coded.
 */
export function placeInPhrase(doc: Doc, places: { tokens: [number, number]; text: string; place: { country: string | null; kind: string } }[]): void {
  const toks = doc.tokens;
  const at = new Map(places.map((p) => [p.tokens[0], p]));
  for (const m of doc.mentions) {
    if (m.country !== '---' || (m.kind !== 'agent' && m.kind !== 'person') || !m.sector) continue;
    // ("destroyed its consulate in Damascus": an owner's pronoun says whose it is, coreference gives its country)
    if (POSSESSIVE_DETERMINERS.has(toks[m.tokens[0] - 1]?.lower ?? '')) continue;
    let k = m.tokens[1];
    if (!['in', 'of', 'from'].includes(toks[k]?.lower ?? '')) continue;
    k++;
    if (toks[k]?.lower === 'the') k++;
    const p = at.get(k);
    if (!p || !p.place.country || p.place.kind === 'country' || doc.mentions.some((x) => x.tokens[0] === k)) continue;
    Object.assign(m, { code: `${p.place.country}${m.sector}`, country: p.place.country, rule: `${m.rule}+places:${p.text}`, evidence: `country from the place "${p.text}" in its phrase` });
  }
}

/**
 * Mentions inside the dateline are dropped; one that runs past it ("KABUL - Police" read as
 * Kabul's police) keeps only its words after the dateline, without the country it took from there.
 */
export function outsideDateline(doc: Doc, span: [number, number]): void {
  const toks = doc.tokens;
  doc.mentions = doc.mentions.filter((m) => {
    if (m.start >= span[1] || m.end <= span[0]) return true;
    if (m.end <= span[1] || m.kind !== 'agent' || !m.sector) return false;
    let k = m.tokens[0];
    while (k < m.tokens[1] && toks[k].start < span[1]) k++;
    Object.assign(m, { start: toks[k].start, tokens: [k, m.tokens[1]], code: `---${m.sector}`, country: '---', name: doc.text.slice(toks[k].start, m.end) });
    return true;
  });
}
