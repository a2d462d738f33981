// Rows as both engines store and read them.
import type { Event } from '../doc/types.js';
import type { DocumentHit, LinkRow, StoredDocument } from './store.js';

/** The indexed columns of an event, and the whole record as JSON. */
export function eventRow(e: Event) {
  return {
    id: e.id, doc: e.doc, sentence: e.sentence, cameo: e.cameo, root: e.root, quad: e.quad, goldstein: e.goldstein,
    plover: e.plover.event || null, sourceCode: e.source?.code ?? null, sourceCountry: e.source?.country ?? null,
    targetCode: e.target?.code ?? null, targetCountry: e.target?.country ?? null, modality: e.modality,
    date: e.when?.date ?? null, lat: e.where?.lat ?? null, lon: e.where?.lon ?? null,
    attribution: e.attribution?.source ?? null, historical: e.when?.historical ? 1 : 0, placeName: e.where?.name ?? null,
    body: JSON.stringify(e),
  };
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
