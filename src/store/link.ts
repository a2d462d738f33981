// Linking reports of the same event across documents.
//
// The rule: two event mentions report the same event when they have
//   - the same dyad: source country and target country (the first three letters of the codes);
//   - the same CAMEO root ("19": fighting, whichever 19x code each outlet's words gave);
//   - the same modality: an alleged and an asserted report are never merged, since one says it
//     happened and the other only that someone claims it did; they are linked as `related`;
//   - overlapping times: a day-precise date stands for that day and the day either side
//     (reporting lag), a month for the month, a year for the year;
//   - compatible places: either has none, or both are in the same country.
// Each linked event counts its mentions, articles (documents) and sources (outlets), and when it
// was first and last seen.
import { createHash } from 'node:crypto';
import type { Event } from '../doc/types.js';

export interface LinkedEvent {
  id: string; source: string; target: string | null; root: string; cameo: string; modality: string;
  firstSeen: string; lastSeen: string; mentions: number; articles: number; sources: number;
  placeCountry: string | null; events: string[];
}
export interface Related { a: string; b: string; why: string }

type Item = { e: Event; key: string; start: number; end: number; outlet: string };

const DAY = 86400000;

/** The interval [start, end] (ms) an event's date stands for. */
export function interval(e: Event): [number, number] | null {
  const d = e.when?.date;
  if (!d) return null;
  if (/^\d{4}$/.test(d)) return [Date.UTC(+d, 0, 1), Date.UTC(+d, 11, 31)];
  if (/^\d{4}-\d{2}$/.test(d)) return [Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, 1), Date.UTC(+d.slice(0, 4), +d.slice(5, 7), 0)];
  const t = Date.parse(d);
  return Number.isNaN(t) ? null : [t - DAY, t + DAY];
}

/** What linking groups by: source and target countries and root ("RUS|UKR|19"; "-" for no target). */
export const linkKey = (e: Event) => [e.source?.code.slice(0, 3) ?? '', e.target?.code.slice(0, 3) ?? '-', e.root].join('|');

/** Group event mentions into linked events; `outletOf` names the outlet of a document. */
export function linkEvents(events: Event[], outletOf: (doc: string) => string): { linked: LinkedEvent[]; related: Related[] } {
  const items: Item[] = [];
  for (const e of events) {
    const iv = interval(e);
    if (!e.source || !iv) continue;
    items.push({ e, key: linkKey(e), start: iv[0], end: iv[1], outlet: outletOf(e.doc) });
  }
  // by dyad and root, then modality, then time
  items.sort((x, y) => x.key.localeCompare(y.key) || x.e.modality.localeCompare(y.e.modality) || x.start - y.start || x.e.id.localeCompare(y.e.id));
  const clusters: { index: number; key: string; modality: string; start: number; end: number; place: string | null; items: Item[] }[] = [];
  const open = new Map<string, typeof clusters>(); // key|modality -> clusters still able to grow
  for (const it of items) {
    const k = `${it.key}|${it.e.modality}`;
    const place = it.e.where?.country ?? null;
    const candidates = open.get(k) ?? [];
    const c = candidates.find((x) => x.end >= it.start && (x.place === null || place === null || x.place === place));
    if (c) {
      c.items.push(it);
      c.end = Math.max(c.end, it.end);
      c.place ??= place;
    } else {
      const n = { index: clusters.length, key: it.key, modality: it.e.modality, start: it.start, end: it.end, place, items: [it] };
      clusters.push(n);
      candidates.push(n);
      open.set(k, candidates.filter((x) => x.end >= it.start - 400 * DAY));
    }
  }
  const linked = clusters.map((c) => {
    const es = c.items.map((i) => i.e);
    const dates = es.map((e) => e.when!.date).sort();
    const codes = new Map<string, number>();
    for (const e of es) codes.set(e.cameo, (codes.get(e.cameo) ?? 0) + 1);
    const cameo = [...codes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
    const [source, target] = c.key.split('|');
    return {
      id: 'L' + createHash('sha1').update(es.map((e) => e.id).sort()[0] + c.modality).digest('hex').slice(0, 15),
      source, target: target === '-' ? null : target, root: es[0].root, cameo, modality: c.modality,
      firstSeen: dates[0], lastSeen: dates[dates.length - 1], mentions: es.length,
      articles: new Set(es.map((e) => e.doc)).size, sources: new Set(c.items.map((i) => i.outlet)).size,
      placeCountry: c.place, events: es.map((e) => e.id),
    };
  });
  // the same dyad, root and time, told with another modality: related, not merged
  const related: Related[] = [];
  const byKey = new Map<string, typeof clusters>();
  for (const c of clusters) { const l = byKey.get(c.key) ?? []; l.push(c); byKey.set(c.key, l); }
  for (const list of byKey.values()) {
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) {
      const x = list[i], y = list[j];
      if (x.modality !== y.modality && x.start <= y.end && y.start <= x.end) {
        related.push({ a: linked[x.index].id, b: linked[y.index].id, why: `${x.modality} and ${y.modality} reports of the same act` });
      }
    }
  }
  return { linked, related };
}
