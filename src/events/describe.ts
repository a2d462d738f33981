// What an event carries besides its actors and code: when, where and how many.
import type { PlaceRef, Quantity, TimeRef } from '../doc/types.js';
import type { PlaceMention } from '../actors/match.js';
import type { VerbGroup } from './verb-groups.js';
import type { Sentence } from './sentence.js';
import { isHistorical, laterPhrases, movedOn, publicationTime, type Later } from './time.js';
import { timeInOtherClause } from './time-clause.js';
import { APPROX, PLACE_PREPS, PLACE_PREPS_BEFORE_THE } from '../lang/en/words.js';


/**
 * The nearest time words before the trigger, or after it within its clause; a past act with none
 * takes the paragraph's last time; otherwise the publication date. `future` reads a month or day
 * without a year as the next one (plans), not the last one.
 */
export function eventTime(sx: Sentence, g: VerbGroup, future = false): TimeRef {
  const { toks, verbs, consumed, cx } = sx;
  const at = toks[g.head];
  const clauseStop = toks[sx.clauseEnd(g.head + 1)]?.start ?? sx.span.end;
  let best = null as ReturnType<Sentence['timesOf']>[number] | null;
  let dist = Infinity;
  let elsewhere = false;
  const dateline = cx.focus?.dateline?.span;
  for (const t of sx.timesOf()) {
    // ("DOHA, Jan 20 (Reuters) - Hamas released hostages on Sunday": the dateline dates the report)
    if (dateline && t.start >= dateline[0] && t.start < dateline[1]) continue;
    if (t.start >= at.end && t.start > clauseStop) continue; // a later clause: "..., as they did in 2017"
    // a later coordinated verb has its own time: "praised the deal and promised ... by April"
    if (t.start >= at.end && verbs.some((v) => v > g.head && toks[v].end <= t.start && toks[v - 1]?.lower !== 'to' && !consumed.has(v))) continue;
    const d = t.start >= at.end ? t.start - at.end : at.start - t.end;
    if (d >= dist) continue;
    if (timeInOtherClause(sx, tokenAt(sx, t.start), g.head)) elsewhere = true;
    else { dist = d; best = t; }
  }
  // "Tehran launched drones at Israel two weeks later": the last time the story gave, moved on
  const later = best ? null : laterPhrases(cx.doc.clean.slice(sx.span.start, clauseStop), sx.span.start).pop();
  if (later && cx.storyTime) return (cx.paragraphTime = cx.storyTime = moved(cx, cx.storyTime, later));
  if (best) {
    // with no publication date given, "today" stands in for it: a later date would be a guess on a guess
    // ("agreed on Thursday to hold talks": the day of a past verb is behind, whatever is intended)
    const date = future && cx.doc.dateGiven && !saidOfPast(sx, best.start) ? best.ahead : best.date;
    const ref: TimeRef = { date, precision: best.precision, text: best.text, historical: isHistorical(date, cx.doc.date), span: [best.start, best.end] };
    cx.paragraphTime = ref;
    cx.storyTime = ref;
    return ref;
  }
  // ("The army said militants had attacked a post on Saturday and accused Kabul ...": a time this
  // sentence gave another clause's act is not the paragraph's time for this one)
  const ownSentence = elsewhere && cx.paragraphTime?.span && cx.paragraphTime.span[0] >= sx.span.start && cx.paragraphTime.span[0] < sx.span.end;
  if (g.pastSimple && cx.paragraphTime && !ownSentence) return { ...cx.paragraphTime };
  return publicationTime(cx.doc.date);
}

/** The story's last time moved on by "two weeks later", with the phrase's span. */
const moved = (cx: Sentence['cx'], from: TimeRef, later: Later): TimeRef =>
  ({ ...movedOn(from, later.days, later.months, later.text, cx.doc.date), span: [later.start, later.start + later.text.length] });

/** Is the time word at character c in the phrase of a verb in the simple past (the last verb before it)? */
function saidOfPast(sx: Sentence, c: number): boolean {
  const k = tokenAt(sx, c);
  let v = -1;
  for (const x of sx.verbs) if (x < k && x > v) v = x;
  const g = v >= 0 ? sx.groups.get(v) : undefined;
  return !!g && g.pastSimple && !g.modal;
}

/** The sentence's token that starts at or covers character offset c. */
function tokenAt(sx: Sentence, c: number): number {
  let k = sx.a;
  while (k + 1 < sx.b && sx.toks[k + 1].start <= c) k++;
  return k;
}

/** The place named after a locative preposition, preferring the first one after the trigger. */
export function eventPlace(sx: Sentence, head: number): PlaceRef | null {
  const { toks } = sx;
  let best: PlaceMention | null = null;
  for (const p of sx.places) {
    const prep = toks[p.tokens[0] - 1]?.lower ?? '';
    const prep2 = toks[p.tokens[0] - 2]?.lower ?? '';
    if (!PLACE_PREPS.has(prep) && !(prep === 'the' && PLACE_PREPS_BEFORE_THE.has(prep2))) continue;
    // a country named as an actor is not where the act happened, unless "in" says so
    const m = sx.coveringMention(p.tokens[0]);
    if (m && m.kind === 'country' && p.place.kind === 'country' && prep !== 'in') continue;
    if (!best || (p.tokens[0] > head && (best.tokens[0] < head || p.tokens[0] < best.tokens[0]))) best = p;
  }
  if (!best) return null;
  return placeRef(best);
}

/** An event's place with its precision (GDELT geo types: country, first-level division, town) and division. */
export function placeRef(p: PlaceMention): PlaceRef {
  const k = p.place.kind;
  const precision = k === 'country' ? 'country' : k === 'region' ? 'adm1' : k === 'sea' || k === 'area' ? 'area' : 'town';
  return {
    name: p.place.name, country: p.place.country, lat: p.place.lat, lon: p.place.lon, text: p.text, span: [p.start, p.end], kind: k,
    precision, adm1: p.place.adm1 ?? null, division: k === 'region' ? p.place.name : null, ...(p.why ? { why: p.why } : {}), ...(p.place.geonames ? { geonames: p.place.geonames } : {}),
  };
}

/** "up to 500 troops", "100,000 'volunteer' troops": the first counted noun after the trigger in its clause. */
export function eventQuantity(sx: Sentence, head: number): Quantity | null {
  const { toks, cx } = sx;
  const end = sx.clauseEnd(head + 1);
  for (let k = head + 1; k < end; k++) {
    const t = toks[k];
    if (t.pos !== 'NUM' || !/^[\d,.]+$/.test(t.text) || /^(19|20)\d\d$/.test(t.text)) continue;
    let j = k + 1;
    while (j < end && (/^["“”']$/.test(toks[j].text) || toks[j].pos === 'ADJ')) j++;
    const unit = toks[j];
    if (!unit || !/^(NOUN|PROPN)$/.test(unit.pos)) continue;
    let s = k;
    if (toks[k - 1]?.lower === 'to' && toks[k - 2]?.lower === 'up') s = k - 2;
    else if (APPROX.test(toks[k - 1]?.lower ?? '')) s = k - 1;
    else if (toks[k - 1]?.lower === 'than' && /^(more|fewer|less)$/.test(toks[k - 2]?.lower ?? '')) s = k - 2;
    else if (toks[k - 1]?.lower === 'least' && toks[k - 2]?.lower === 'at') s = k - 2;
    const value = Number(t.text.replace(/,/g, ''));
    if (!Number.isFinite(value)) continue;
    return { value, unit: unit.lower, text: cx.doc.text.slice(toks[s].start, unit.end), span: [toks[s].start, unit.end] };
  }
  return null;
}
