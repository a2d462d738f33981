// Event time: chrono-node on the sentence, anchored on the publication date, plus bare years
// ("in 2019") and season words chrono leaves out; `historical` when clearly before the report.
import * as chrono from 'chrono-node';
import type { TimeRef } from '../doc/types.js';

/** `date` reads a month or day without a year as the last one before the report; `ahead` as the next one. */
export interface TimeMention { start: number; end: number; date: string; ahead: string; precision: TimeRef['precision']; text: string }

const YEAR = /\b(?:in|since|during|of|by|until|before|after)\s+((?:early|late|mid-?)\s*)?((?:19|20)\d{2})\b/gi;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Every time expression in `text` (a sentence starting at `offset` in the document). */
export function findTimes(text: string, offset: number, pubDate: string): TimeMention[] {
  const ref = new Date(`${pubDate}T12:00:00Z`);
  const out: TimeMention[] = [];
  for (const r of chrono.parse(text, { instant: ref, timezone: 0 }, { forwardDate: false })) {
    const s = r.start;
    let d = s.date();
    const yearKnown = s.isCertain('year');
    let ahead = d;
    if (!yearKnown && d.getTime() < ref.getTime() - 7 * 86400000 && !/last|ago|yesterday|previous/i.test(r.text)) ahead = new Date(Date.UTC(d.getUTCFullYear() + 1, d.getUTCMonth(), d.getUTCDate()));
    // a month or day without a year, later than the report: the report means the last one
    if (!yearKnown && d.getTime() > ref.getTime() + 7 * 86400000) d = new Date(Date.UTC(d.getUTCFullYear() - 1, d.getUTCMonth(), d.getUTCDate()));
    const iso = d.toISOString().slice(0, 10);
    const lower = r.text.toLowerCase();
    let precision: TimeRef['precision'] = s.isCertain('day') || s.isCertain('weekday') || /yesterday|today|tonight|week/.test(lower) ? 'day' : s.isCertain('month') || MONTHS.some((m) => lower.includes(m)) || /month/.test(lower) ? 'month' : 'year';
    if (/\bthis year|last year|next year\b/.test(lower)) precision = 'year';
    const text2 = r.text.replace(/[,.;:]+$/, '');
    out.push({ start: offset + r.index, end: offset + r.index + text2.length, date: cut(iso, precision), ahead: cut(ahead.getTime() === s.date().getTime() ? s.date().toISOString().slice(0, 10) : ahead.toISOString().slice(0, 10), precision), precision, text: text2 });
  }
  YEAR.lastIndex = 0;
  for (let m; (m = YEAR.exec(text));) {
    const at = m.index + m[0].length - m[2].length - (m[1]?.length ?? 0);
    if (out.some((x) => x.start <= offset + at && offset + at < x.end)) continue;
    out.push({ start: offset + at, end: offset + m.index + m[0].length, date: m[2], ahead: m[2], precision: 'year', text: text.slice(at, m.index + m[0].length) });
  }
  return out.sort((a, b) => a.start - b.start);
}

const cut = (iso: string, p: TimeRef['precision']) => (p === 'year' ? iso.slice(0, 4) : p === 'month' ? iso.slice(0, 7) : iso);

/** True when the date lies clearly (over a month) before the publication date. */
export function isHistorical(date: string, pubDate: string): boolean {
  const end = date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-28` : date;
  return Date.parse(end) < Date.parse(pubDate) - 31 * 86400000;
}

/** The publication date as the time of an event with no time words. */
export function publicationTime(pubDate: string): TimeRef {
  return { date: pubDate, precision: 'day', text: '', historical: false };
}
