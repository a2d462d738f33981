// Stage "places": towns from the world gazetteer for capitalised names no dictionary knows, and
// a choice among places sharing a name ("Tripoli": Libya's or Lebanon's), ranked as geocoders
// do: the document's countries, "X, Y" and "X in Y", the feature (capital, seat of a province)
// and population. Every chosen place says why. Common words that are also town names ("Police",
// "Reading", "Split") need a capital letter away from the sentence start, and small towns need context.
import type { Doc, Token } from '../doc/types.js';
import type { Lexicon, Place } from '../dictionaries/lexicon.js';
import type { PlaceMention } from '../actors/match.js';
import { fold, loadGazetteer, splitName, type Gazetteer, type Town } from './gazetteer.js';
import { documentFocus, type Focus } from './focus.js';
import { COMMON_WORDS } from './stoplist.js';
import { hyphenJoins } from '../text/tokens.js';
import { CALENDAR_WORDS } from '../lang/en/words.js';

const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'from', 'to', 'into', 'around', 'across', 'toward', 'towards', 'inside']);
const PLACE_NOUNS = new Set(['city', 'town', 'village', 'district', 'province', 'region', 'port', 'suburb', 'capital']);
const FEATURE_BONUS: Record<string, number> = { PPLC: 2.5, PPLA: 1.2, PPLA2: 0.5, PPLG: 0.5, PPLX: -1.5, PPLH: -3, PPLQ: -3, PPLW: -3 };

interface Candidate { town: number; len: number }
interface Scored { town: Town; score: number; why: string[] }

/** Add gazetteer towns to the places found by the dictionaries, and settle ambiguous names. */
export function resolvePlaces(doc: Doc, lex: Lexicon, places: PlaceMention[], gaz: Gazetteer = loadGazetteer()): { places: PlaceMention[]; focus: Focus } {
  let focus = documentFocus(doc, places);
  const covered = new Uint8Array(doc.tokens.length);
  for (const m of doc.mentions) for (let k = m.tokens[0]; k < m.tokens[1]; k++) covered[k] = 1;
  for (const p of places) for (let k = p.tokens[0]; k < p.tokens[1]; k++) covered[k] = 1;
  const nameParts = personNameParts(doc);
  const found: PlaceMention[] = [];
  for (let i = 0; i < doc.tokens.length; i++) {
    if (covered[i] || !startsName(doc.tokens[i]) || nameParts.has(doc.tokens[i].text)) continue;
    // inside a run of capitalised words ("Mobile World Congress"): not the start of a town's name
    const prev = doc.tokens[i - 1];
    if (prev && prev.sentence === doc.tokens[i].sentence && i > doc.sentences[prev.sentence].tokens[0] && prev.pos === 'PROPN' && /^[A-Z]/.test(prev.text)) continue;
    const cands = candidatesAt(doc.tokens, i, gaz);
    if (!cands.length) continue;
    const len = cands[0].len;
    if (!admissible(doc, i, len, cands, gaz, places)) continue;
    const towns = cands.map((c) => gaz.town(c.town));
    if (elsewhere(towns, focus)) continue;
    const best = rank(doc, lex, i, len, towns, focus, places);
    found.push(townMention(doc, i, len, best));
    i += len - 1;
  }
  // the dictionaries' own places with a namesake elsewhere: the document may mean the other one
  const decided = new Map<string, PlaceMention>();
  const all = [...places.filter((p) => !wordNotPlace(doc, p)).map((p) => reconsider(doc, lex, p, gaz, places, decided)), ...found].sort((a, b) => a.start - b.start);
  focus = documentFocus(doc, all);
  return { places: all, focus };
}

/** A dictionary place whose one word is a common word, at a sentence's start or not a proper noun, with no "in" before it ("Split between two factions"). */
function wordNotPlace(doc: Doc, p: PlaceMention): boolean {
  if (p.tokens[1] - p.tokens[0] !== 1 || p.place.kind === 'country' || p.place.kind === 'region') return false;
  const t = doc.tokens[p.tokens[0]];
  if (!COMMON_WORDS.has(t.lower) || LOCATIVE.has(doc.tokens[p.tokens[0] - 1]?.lower ?? '')) return false;
  return p.tokens[0] === doc.sentences[t.sentence].tokens[0] || t.pos !== 'PROPN';
}

/** Surnames and given names of the people the document names: "Khan" is not a town here. */
function personNameParts(doc: Doc): Set<string> {
  const out = new Set<string>();
  for (const m of doc.mentions) if (m.kind === 'person') for (let k = m.tokens[0]; k < m.tokens[1]; k++) out.add(doc.tokens[k].text);
  return out;
}

function startsName(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  return ((c >= 65 && c <= 90) || (c >= 192 && c <= 222)) && t.text.length > 1 && (t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'X');
}

/** Towns whose name matches the tokens from i, longest first (all of that length). */
function candidatesAt(toks: Token[], i: number, gaz: Gazetteer): Candidate[] {
  let best: Candidate[] = [];
  for (const v of gaz.startingWith(fold(toks[i].text))) {
    const parts = splitName(gaz.name(v));
    if (parts.length < (best[0]?.len ?? 1)) continue;
    let ok = true;
    for (let k = 0; k < parts.length && ok; k++) {
      const t = toks[i + k];
      ok = !!t && t.sentence === toks[i].sentence && fold(t.text) === fold(parts[k]);
    }
    if (!ok) continue;
    if (parts.length > (best[0]?.len ?? 0)) best = [];
    best.push({ town: v, len: parts.length });
  }
  return best;
}

/** Is this capitalised name a place here, or a word, a person, part of a longer name? */
function admissible(doc: Doc, i: number, len: number, cands: Candidate[], gaz: Gazetteer, places: PlaceMention[]): boolean {
  const toks = doc.tokens;
  const t = toks[i];
  const sent = doc.sentences[t.sentence];
  const before = toks[i - 1], after = toks[i + len];
  const capital = (x: Token | undefined) => !!x && x.sentence === t.sentence && /^[A-Z]/.test(x.text) && x.pos === 'PROPN';
  // a month or a weekday alone is a date ("brokered in March": March, Cambridgeshire is not meant)
  if (len === 1 && CALENDAR_WORDS.has(t.lower)) return false;
  // part of a longer name ("Mobile World Congress", "Shah Mehmood Qureshi")
  if ((i > sent.tokens[0] && capital(before)) || capital(after)) return false;
  // half of a compound: "Franco-German relations", "al-Raya"
  if (hyphenJoins(toks, i - 1) || hyphenJoins(toks, i + len)) return false;
  const pop = Math.max(...cands.map((c) => gaz.town(c.town).population));
  const context = LOCATIVE.has(before?.lower ?? '') || (before?.lower === 'of' && PLACE_NOUNS.has(toks[i - 2]?.lower ?? '')) || (after?.text === ',' && placeAt(places, i + len + 1));
  const word = len === 1 && (COMMON_WORDS.has(t.lower) || t.lower === t.lemma && t.pos !== 'PROPN');
  // a sentence's first word is capitalised anyway: only a dateline or a known big place there
  if (i === sent.tokens[0] || /^["“'‘(]$/.test(before?.text ?? '')) {
    const dateline = i === 0 && /^[A-Z]{3,}$/.test(t.text);
    if (!dateline && (word || pop < 500000)) return false;
  }
  if (word) return context && pop >= 20000;
  if (t.pos !== 'PROPN' && !context) return false;
  return context || pop >= 15000 || len > 1;
}

// a small town the document would not be about
const SMALL_TOWN = 100000;

/**
 * "drills near Crete" in a report about Greece and Turkey: a name that several small towns share,
 * none in a country the document names, is more likely a place the gazetteer lacks (an island, a
 * region) than a town abroad; it is left unplaced. A document that names no country decides nothing.
 */
function elsewhere(towns: Town[], focus: Focus): boolean {
  if (towns.length < 2 || focus.scores.size === 0) return false;
  return towns.every((t) => !focus.scores.has(t.country) && t.population < SMALL_TOWN);
}

const placeAt = (places: PlaceMention[], k: number) => places.some((p) => p.tokens[0] === k && (p.place.kind === 'country' || p.place.kind === 'region'));

/** Score the towns sharing a name; the best one says why it won. */
function rank(doc: Doc, lex: Lexicon, i: number, len: number, towns: Town[], focus: Focus, places: PlaceMention[]): Scored {
  const toks = doc.tokens;
  const total = [...focus.scores.values()].reduce((a, b) => a + b, 0) || 1;
  // "Tripoli, Lebanon", "Hyderabad in Pakistan": the country named right after
  const next = toks[i + len]?.text === ',' ? i + len + 1 : toks[i + len]?.lower === 'in' ? i + len + 1 : -1;
  const named = next >= 0 ? (places.find((p) => p.tokens[0] === next || (toks[next]?.lower === 'the' && p.tokens[0] === next + 1)) ?? null) : null;
  const others = new Map<string, number>();
  for (const p of places) if (p.place.country && p.place.kind !== 'country' && (p.tokens[0] < i || p.tokens[0] >= i + len)) others.set(p.place.country, (others.get(p.place.country) ?? 0) + 1);
  let best: Scored | null = null;
  for (const town of towns) {
    const why: string[] = [];
    let score = Math.log10(town.population + 10);
    const f = FEATURE_BONUS[town.feature] ?? 0;
    score += f;
    if (town.feature === 'PPLC') why.push('a national capital');
    else if (town.feature === 'PPLA') why.push('seat of a first-level division');
    const share = (focus.scores.get(town.country) ?? 0) / total;
    if (share > 0) { score += 5 * share; if (share >= 0.25) why.push(`the document is about ${countryName(lex, town.country)}`); }
    if (focus.dateline?.country === town.country) { score += 2; why.push('the dateline is in the same country'); }
    if (named && named.place.country === town.country) { score += 20; why.push(`"${doc.text.slice(toks[i].start, named.end)}"`); }
    const near = others.get(town.country) ?? 0;
    if (near) { score += Math.min(2, 0.7 * near); why.push(`${near} other place${near > 1 ? 's' : ''} named in ${countryName(lex, town.country)}`); }
    if (!best || score > best.score) best = { town, score, why };
  }
  best!.why.push(`population ${best!.town.population.toLocaleString('en-US')}`);
  if (towns.length > 1) best!.why.push(`chosen among ${towns.length} places of that name`);
  return best!;
}

const countryName = (lex: Lexicon, c: string) => lex.countries.get(c)?.name ?? c;

function townPlace(t: Town): Place {
  return { name: t.name, country: t.country, lat: Math.round(t.lat * 1e4) / 1e4, lon: Math.round(t.lon * 1e4) / 1e4, kind: t.feature === 'PPLC' ? 'capital' : 'town', adm1: t.adm1 ? `${t.cc}.${t.adm1}` : undefined, population: t.population, geonames: t.id };
}

function townMention(doc: Doc, i: number, len: number, s: Scored): PlaceMention {
  const toks = doc.tokens;
  return { tokens: [i, i + len], start: toks[i].start, end: toks[i + len - 1].end, place: townPlace(s.town), text: doc.text.slice(toks[i].start, toks[i + len - 1].end), why: `gazetteer: ${s.why.join('; ')}` };
}

/**
 * A dictionary place with namesakes in the gazetteer: kept, and given its division and population,
 * unless the document points clearly at a namesake elsewhere (Tripoli in a report about Lebanon).
 */
function reconsider(doc: Doc, lex: Lexicon, p: PlaceMention, gaz: Gazetteer, places: PlaceMention[], decided: Map<string, PlaceMention>): PlaceMention {
  // a name is decided once per document ("Moscow" named ten times is one question)
  const key = `${p.text.toLowerCase()}|${p.place.name}|${p.tokens[1] - p.tokens[0]}`;
  const done = decided.get(key);
  if (done) return { ...done, tokens: p.tokens, start: p.start, end: p.end, text: p.text };
  const r = reconsiderOnce(doc, lex, p, gaz, places);
  decided.set(key, r);
  return r;
}

function reconsiderOnce(doc: Doc, lex: Lexicon, p: PlaceMention, gaz: Gazetteer, places: PlaceMention[]): PlaceMention {
  if (p.place.kind === 'country' || p.place.kind === 'region' || p.place.kind === 'sea' || p.place.kind === 'area') return { ...p, why: p.why ?? `dictionary: ${p.place.kind}` };
  const cands = candidatesAt(doc.tokens, p.tokens[0], gaz).filter((c) => c.len === p.tokens[1] - p.tokens[0]);
  const towns = cands.map((c) => gaz.town(c.town)).filter((t) => t.population >= 20000 || t.country === p.place.country);
  const own = towns.filter((t) => t.country === p.place.country).sort((a, b) => b.population - a.population)[0];
  const enrich = (x: PlaceMention): PlaceMention => own ? { ...x, place: { ...x.place, adm1: own.adm1 ? `${own.cc}.${own.adm1}` : undefined, population: own.population, geonames: own.id } } : x;
  if (towns.length <= 1 || !own) return enrich({ ...p, why: p.why ?? 'dictionary place' });
  // the name being decided does not vote for its own country
  const f = documentFocus(doc, places, p.text.toLowerCase());
  const rest = places.filter((x) => x.text.toLowerCase() !== p.text.toLowerCase());
  const best = rank(doc, lex, p.tokens[0], p.tokens[1] - p.tokens[0], towns, f, rest);
  // the dictionary's place is the default: a namesake must be clearly preferred by the document
  const ownScore = rank(doc, lex, p.tokens[0], p.tokens[1] - p.tokens[0], [own], f, rest);
  if (best.town.country !== p.place.country && best.score > ownScore.score + 1.5 && best.why.some((w) => /document is about|^"|other place/.test(w))) {
    return { ...townMention(doc, p.tokens[0], p.tokens[1] - p.tokens[0], best), replaced: p.place.country ?? undefined };
  }
  return enrich({ ...p, why: `dictionary place; ${ownScore.why.join('; ')}` });
}
