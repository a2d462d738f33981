// What a document is about, as places go: its dateline ("PESHAWAR, Pakistan (Reuters) -") and
// the country it mentions most, earlier mentions and the headline weighing more. Both are used
// to rank ambiguous place names and to give bare agents ("police", "the army") a country.
import type { Doc, Mention } from '../doc/types.js';
import type { PlaceMention } from '../actors/match.js';

export interface Focus {
  /** country score: mentions weighted by position (the headline and first sentences count most) */
  scores: Map<string, number>;
  /** the country the document is about, when one leads clearly */
  main: string | null;
  /** the dateline's place and country, when the text opens with one */
  dateline: { text: string; country: string; span: [number, number] } | null;
}

const DATELINE = /^\s*([A-Z][A-Z.'’ -]{1,40}[A-Z.])(?:\s*,\s*([A-Z][A-Za-z.' -]{1,40}?))?(?:\s*,?\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})?\s*(?:\([^)\n]{1,40}\)\s*)?(?:[-—–:]|--)\s/;

/** A mention's country for the document's focus, or null (IGOs, NGOs, groups without a country). */
function countryOf(m: Mention): string | null {
  const c = m.country;
  return /^[A-Z]{3}$/.test(c) && c !== '---' && c !== 'IGO' && c !== 'NGO' && c !== 'IMG' ? c : null;
}

/** Score countries by their mentions and places; find the dateline. `skip`: names left out (the one being decided). */
export function documentFocus(doc: Doc, places: PlaceMention[], skip: string | null = null): Focus {
  const scores = new Map<string, number>();
  const add = (c: string | null, tok: number, w = 1) => {
    if (!c) return;
    const s = doc.tokens[tok]?.sentence ?? 0;
    const head = doc.sentences[s]?.kind === 'headline' ? 1.5 : 1;
    scores.set(c, (scores.get(c) ?? 0) + w * head * (1 + 2 / (1 + s)));
  };
  const skipped = (s: number, e: number) => skip !== null && doc.text.slice(s, e).toLowerCase() === skip;
  for (const m of doc.mentions) if (!skipped(m.start, m.end)) add(countryOf(m), m.tokens[0], m.kind === 'country' ? 1 : 0.7);
  for (const p of places) if (p.place.kind !== 'country' && !skipped(p.start, p.end)) add(p.place.country, p.tokens[0], 0.8);
  const dateline = findDateline(doc, places);
  if (dateline) add(dateline.country, 0, 3);
  let main: string | null = null;
  const total = [...scores.values()].reduce((a, b) => a + b, 0);
  const ranked = [...scores].sort((a, b) => b[1] - a[1]);
  // a clear lead: a third of all weight and more than the runner-up
  if (ranked.length && ranked[0][1] >= total / 3 && (ranked.length === 1 || ranked[0][1] > ranked[1][1] * 1.2)) main = ranked[0][0];
  return { scores, main, dateline };
}

/** "KABUL, Afghanistan (AP) —", "BEIJING, June 20 (Xinhua) -", "PESHAWAR -": a place in capitals opening the text (or its first line after a title), before a dash. */
function findDateline(doc: Doc, places: PlaceMention[]): Focus['dateline'] {
  // (or the line after a title: a first line with no closing punctuation)
  const title = /^[^\n]{1,200}?[^.!?:"”\s]\s*\n\s*/.exec(doc.clean);
  let at = 0, m = DATELINE.exec(doc.clean.slice(0, 160));
  if (!m && title) { at = title[0].length; m = DATELINE.exec(doc.clean.slice(at, at + 160)); }
  if (!m) return null;
  const start = at + m.index + m[0].indexOf(m[1]);
  const end = start + m[0].length - m[0].indexOf(m[1]);
  // the dateline's place was found by the place stage (a country, a city, a town)
  const p = places.find((x) => x.start >= start && x.start < end && x.place.country);
  if (!p) return null;
  const country = places.find((x) => x.start > p.start && x.start < end && x.place.kind === 'country')?.place.country ?? p.place.country!;
  return { text: m[0].replace(/\s*(?:--|[-—–:])\s*$/, '').trim(), country, span: [start, end] };
}
