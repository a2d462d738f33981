// Rows as both engines store and read them.
import type { Event } from '../doc/types.js';
import type { DocumentHit, EventListing, Evidence, LinkRow, StoredDocument } from './store.js';

/** Longest evidence kept whole (UTF-16 units); a longer span is cut to this much around its trigger. */
export const EVIDENCE_MAX = 600;

/**
 * The words that carry an event (its span of `text`) with the trigger's offsets in them, as JSON;
 * a span longer than EVIDENCE_MAX keeps the trigger and what is nearest it, marked cut with "…".
 * Null when the span does not fit the text.
 * e.g. evidenceOf(e, 'Iran threatened Israel.') → '{"text":"Iran threatened Israel","trigger":[5,15]}'
 */
export function evidenceOf(e: Pick<Event, 'span' | 'trigger'>, text: string): string | null {
  let [s, t] = e.span ?? [0, -1];
  if (!(s >= 0 && t > s && t <= text.length)) return null;
  const [ts, te] = e.trigger?.span ?? [-1, -1];
  const inside = ts >= s && te <= t && te > ts;
  let before = '', after = '';
  if (t - s > EVIDENCE_MAX) {
    // room on each side of the trigger (or from the span's start when there is none)
    const room = Math.max(0, EVIDENCE_MAX - (inside ? te - ts : 0)) >> 1;
    const from = inside ? Math.max(s, ts - room) : s;
    const to = Math.min(t, (inside ? te + room : s + EVIDENCE_MAX));
    if (from > s) { s = from; before = '… '; }
    if (to < t) { t = to; after = ' …'; }
  }
  const ev: Evidence = { text: before + text.slice(s, t) + after, trigger: inside ? [ts - s + before.length, te - s + before.length] : null };
  return JSON.stringify(ev);
}

/** The indexed columns of an event, its evidence from the document's `text`, and the whole record as JSON. */
export function eventRow(e: Event, text: string) {
  return {
    id: e.id, doc: e.doc, sentence: e.sentence, cameo: e.cameo, root: e.root, quad: e.quad, goldstein: e.goldstein,
    plover: e.plover.event || null, sourceCode: e.source?.code ?? null, sourceCountry: e.source?.country ?? null,
    targetCode: e.target?.code ?? null, targetCountry: e.target?.country ?? null, modality: e.modality,
    date: e.when?.date ?? null, lat: e.where?.lat ?? null, lon: e.where?.lon ?? null,
    attribution: e.attribution?.source ?? null, historical: e.when?.historical ? 1 : 0, placeName: e.where?.name ?? null,
    evidence: evidenceOf(e, text), body: JSON.stringify(e),
  };
}

/** The columns of an event list (eventsSql's `columns`). */
export const LISTING_COLUMNS = 'doc, body, evidence';

/** Rows of an event list with their documents' outlets (`docs`: those documents, by documentsById). */
export function listingRows(rows: { body: string; evidence: string | null }[], docs: StoredDocument[]): EventListing[] {
  const outlets = new Map(docs.map((d) => [d.id, d.outlet]));
  return rows.map((r) => {
    const e = JSON.parse(r.body) as Event;
    return { ...e, outlet: outlets.get(e.doc) ?? null, evidence: r.evidence ? (JSON.parse(r.evidence) as Evidence) : null };
  });
}

/** The columns of a document listing: never its text, which may be megabytes. */
export const DOC_COLUMNS = 'id, origin, url, title, outlet, date, date_assumed, status, error, events, coded_at';

export function docRow(r: Record<string, any>): StoredDocument {
  return { id: r.id, origin: r.origin, url: r.url ?? null, title: r.title ?? null, outlet: r.outlet ?? null, date: r.date ?? null, dateAssumed: Number(r.date_assumed ?? 0) === 1, status: r.status, error: r.error ?? null, events: Number(r.events ?? 0), codedAt: r.coded_at ?? null };
}

/** A stored document's text and metadata, for coding it again. */
export function textRow(r: Record<string, any>) {
  return { id: r.id as string, origin: r.origin as string, text: r.text as string, date: (r.date ?? null) as string | null, dateAssumed: Number(r.date_assumed ?? 0) === 1, url: r.url ?? null, title: r.title ?? null, outlet: r.outlet ?? null };
}

/** A row of linkPageSql. */
export function linkRow(r: Record<string, any>): LinkRow {
  return { event: JSON.parse(r.body) as Event, outlet: r.outlet ?? null, url: r.url ?? null, cursor: [r.k1, r.k2, r.k3, r.k4] };
}

/** The keys of linkChanges' unlinked rows whose date linking can read. */
export function unlinkedKeys(rows: { source: string; target: string | null; root: string; event_date: string }[], readable: (date: string) => boolean): string[] {
  return [...new Set(rows.filter((r) => readable(r.event_date)).map((r) => `${r.source}|${r.target ?? '-'}|${r.root}`))];
}

export function hitRow(r: Record<string, any>): DocumentHit {
  return { id: r.id, title: r.title ?? null, outlet: r.outlet ?? null, date: r.date ?? null, events: Number(r.events ?? 0), snippet: r.snippet ?? '' };
}
