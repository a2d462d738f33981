// Event time: chrono-node on the sentence, anchored on the publication date, plus bare years
// ("in 2019") and season words chrono leaves out; `historical` when clearly before the report.
import * as chrono from 'chrono-node';
import type { TimeRef } from '../doc/types.js';
import { NUMBER_WORDS, WEEKDAY_LIST, MONTH_LIST as MONTHS } from '../lang/en/words.js';

/** `date` reads a month or day without a year as the last one before the report; `ahead` as the next one. */
export interface TimeMention { start: number; end: number; date: string; ahead: string; precision: TimeRef['precision']; text: string }

const YEAR = /\b(?:in|since|during|of|by|until|before|after)\s+((?:early|late|mid-?)\s*)?((?:19|20)\d{2})\b/gi;

// Words around which chrono is run: it is costly on whole sentences, cheap on short windows.
const CUE = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|tomorrow|weekend|(?:last|next|this|past|coming|previous|following)\s+(?:week|month|year|weekend|spring|summer|autumn|fall|winter)|\d+\s+(?:days?|weeks?|months?|years?)\s+(?:ago|earlier|later|before)|\d{1,2}\/\d{1,2}\/\d{2,4}|\d{4}-\d{2}-\d{2})\b/gi;

/** Every time expression in `text` (a sentence starting at `offset` in the document). */
export function findTimes(text: string, offset: number, pubDate: string): TimeMention[] {
  const ref = new Date(`${pubDate}T12:00:00Z`);
  const out: TimeMention[] = [];
  // merge overlapping windows around each cue, then let chrono read only those
  const windows: [number, number][] = [];
  CUE.lastIndex = 0;
  for (let m; (m = CUE.exec(text));) {
    const w: [number, number] = [Math.max(0, m.index - 24), Math.min(text.length, m.index + m[0].length + 24)];
    const last = windows[windows.length - 1];
    if (last && w[0] <= last[1]) last[1] = Math.max(last[1], w[1]); else windows.push(w);
  }
  const results: chrono.ParsedResult[] = [];
  for (const [ws, we] of windows) {
    // the common forms are read directly; chrono reads the rest
    const fast = fastTimes(text, ws, we, ref);
    if (fast) { for (const f of fast) if (!out.some((x) => x.start === offset + f.start)) out.push({ ...f, start: offset + f.start, end: offset + f.end }); continue; }
    // widen to word boundaries so chrono sees whole words
    let a = ws; while (a > 0 && /\S/.test(text[a - 1])) a--;
    let b = we; while (b < text.length && /\S/.test(text[b])) b++;
    for (const r of chrono.parse(text.slice(a, b), { instant: ref, timezone: 0 }, { forwardDate: false })) {
      (r as { index: number }).index += a;
      if (!results.some((x) => x.index === r.index)) results.push(r);
    }
  }
  for (const r of results) {
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

const MONTH_RE = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec';
// "on Monday", "in late May", "May 5, 2021", "5 May", "in March 2020", "last month", "yesterday"
const FAST = new RegExp(
  '\\b(?:(monday|tuesday|wednesday|thursday|friday|saturday|sunday)' +
  '|(?:(early|late|mid)[- ]?)?(' + MONTH_RE + ')\\.?(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?)?(?:,?\\s+((?:19|20)\\d{2}))?' +
  '|(\\d{1,2})(?:st|nd|rd|th)?\\s+(' + MONTH_RE + ')(?:,?\\s+((?:19|20)\\d{2}))?' +
  '|(last|this|next|past|previous|coming)\\s+(week|month|year)' +
  '|(yesterday|today|tonight|tomorrow)' +
  '|(last|this|next|past|coming)\\s+(spring|summer|autumn|fall|winter))\\b', 'gi');
const SEASON_START: Record<string, number> = { spring: 2, summer: 5, autumn: 8, fall: 8, winter: 11 };

/** Read the common time forms in text[ws, we); null when something there needs chrono. */
function fastTimes(text: string, ws: number, we: number, ref: Date): Omit<TimeMention, never>[] | null {
  const out: TimeMention[] = [];
  const part = text.slice(ws, we);
  FAST.lastIndex = 0;
  for (let m; (m = FAST.exec(part));) {
    const start = ws + m.index, end = start + m[0].length;
    const y = ref.getUTCFullYear(), mo = ref.getUTCMonth();
    const iso = (Y: number, M: number, D: number) => new Date(Date.UTC(Y, M, D)).toISOString().slice(0, 10);
    if (m[1]) {
      // a weekday: the last one on or before the report (news speaks of the past week); ahead: the next one
      const want = WEEKDAY_LIST.indexOf(m[1].toLowerCase());
      const back = (ref.getUTCDay() - want + 7) % 7;
      const fwd = (want - ref.getUTCDay() + 7) % 7;
      out.push({ start, end, date: iso(y, mo, ref.getUTCDate() - back), ahead: iso(y, mo, ref.getUTCDate() + fwd), precision: 'day', text: m[0] });
    } else if (m[3] || m[7]) {
      const name = (m[3] ?? m[7]).toLowerCase();
      if (name === 'may' && !m[4] && !m[5] && !m[2] && !/\b(in|of|since|until|by|early|late|mid|during)\s+$/i.test(part.slice(0, m.index))) continue; // the verb "may"
      const M = MONTHS.findIndex((x) => x.startsWith(name.slice(0, 3)));
      const day = m[4] ?? m[6];
      const year = m[5] ?? m[8];
      if (year) { out.push({ start, end, date: day ? iso(+year, M, +day) : `${year}-${String(M + 1).padStart(2, '0')}`, ahead: '', precision: day ? 'day' : 'month', text: m[0] }); out[out.length - 1].ahead = out[out.length - 1].date; continue; }
      // no year: the last such month (or day) before the report, or the next one
      const past = M > mo || (M === mo && day && +day > ref.getUTCDate() + 7) ? y - 1 : y;
      const next = M < mo || (M === mo && day && +day < ref.getUTCDate() - 7) ? y + 1 : y;
      out.push(day
        ? { start, end, date: iso(past, M, +day), ahead: iso(next, M, +day), precision: 'day', text: m[0] }
        : { start, end, date: `${past}-${String(M + 1).padStart(2, '0')}`, ahead: `${next}-${String(M + 1).padStart(2, '0')}`, precision: 'month', text: m[0] });
    } else if (m[9]) {
      const dir = /last|past|previous/i.test(m[9]) ? -1 : /next|coming/i.test(m[9]) ? 1 : 0;
      const unit = m[10].toLowerCase();
      const d = unit === 'week' ? iso(y, mo, ref.getUTCDate() + 7 * dir) : unit === 'month' ? iso(y, mo + dir, 15).slice(0, 7) : String(y + dir);
      out.push({ start, end, date: d, ahead: d, precision: unit === 'week' ? 'day' : unit === 'month' ? 'month' : 'year', text: m[0] });
    } else if (m[12]) {
      // "since last autumn": the month the season starts, in the year that makes it past (or next)
      const M = SEASON_START[m[13].toLowerCase()];
      const dir = /last|past/i.test(m[12]) ? -1 : /next|coming/i.test(m[12]) ? 1 : 0;
      let Y = y;
      if (dir < 0 && M >= mo) Y = y - 1;
      if (dir > 0 && M <= mo) Y = y + 1;
      const d = `${Y}-${String(M + 1).padStart(2, '0')}`;
      out.push({ start, end, date: d, ahead: d, precision: 'month', text: m[0] });
    } else if (m[11]) {
      const k = m[11].toLowerCase();
      const d = iso(y, mo, ref.getUTCDate() + (k === 'yesterday' ? -1 : k === 'tomorrow' ? 1 : 0));
      out.push({ start, end, date: d, ahead: d, precision: 'day', text: m[0] });
    }
  }
  // anything time-like left over in the window ("the end of April", "two weeks ago") goes to chrono
  const rest = part.replace(FAST, ' ');
  CUE.lastIndex = 0;
  return CUE.test(rest) ? null : out;
}

const cut = (iso: string, p: TimeRef['precision']) => (p === 'year' ? iso.slice(0, 4) : p === 'month' ? iso.slice(0, 7) : iso);

/** True when the date lies clearly (over a month) before the publication date. */
export function isHistorical(date: string, pubDate: string): boolean {
  // the last day the date could mean
  const end = date.length === 4 ? `${date}-12-31` : date.length === 7 ? new Date(Date.UTC(+date.slice(0, 4), +date.slice(5, 7), 0)).toISOString().slice(0, 10) : date;
  return Date.parse(end) < Date.parse(pubDate) - 31 * 86400000;
}

/** The publication date as the time of an event with no time words. */
export function publicationTime(pubDate: string): TimeRef {
  return { date: pubDate, precision: 'day', text: '', historical: false };
}

const LATER = new RegExp(`\\b(?:(${[...NUMBER_WORDS.keys()].join('|')}|\\d{1,2})\\s+(day|week|month|year)s?\\s+(?:later|afterwards)|the\\s+(?:next|following)\\s+(day|week|month))\\b`, 'gi');

/** "two weeks later", "the next day" in text: where it is and how far it moves a date, or none. */
export interface Later { start: number; text: string; days: number; months: number }
export function laterPhrases(text: string, offset: number): Later[] {
  const out: Later[] = [];
  LATER.lastIndex = 0;
  for (let m; (m = LATER.exec(text));) {
    const n = m[1] ? (NUMBER_WORDS.get(m[1].toLowerCase()) ?? Number(m[1])) : 1;
    const unit = (m[2] ?? m[3]).toLowerCase();
    out.push({ start: offset + m.index, text: m[0], days: unit === 'day' ? n : unit === 'week' ? 7 * n : 0, months: unit === 'month' ? n : unit === 'year' ? 12 * n : 0 });
  }
  return out;
}

/** A time moved on from `from` by days and months, at the precision `from` has. */
export function movedOn(from: TimeRef, days: number, months: number, text: string, reportDate: string): TimeRef {
  const [y, mo, d] = from.date.split('-').map(Number);
  const t = new Date(Date.UTC(y, (mo ?? 1) - 1 + months, (d ?? 1) + days));
  const date = cut(t.toISOString().slice(0, 10), days && from.precision === 'month' ? 'month' : from.precision);
  return { date, precision: from.precision, text, historical: isHistorical(date, reportDate) };
}
