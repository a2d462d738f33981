// Rows as both engines store and read them.
import type { Event } from '../doc/types.js';
import type { DocumentHit, StoredDocument } from './store.js';

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

export function docRow(r: Record<string, any>): StoredDocument {
  return { id: r.id, origin: r.origin, url: r.url ?? null, title: r.title ?? null, outlet: r.outlet ?? null, date: r.date ?? null, status: r.status, error: r.error ?? null, events: Number(r.events ?? 0), codedAt: r.coded_at ?? null };
}

export function hitRow(r: Record<string, any>): DocumentHit {
  return { id: r.id, title: r.title ?? null, outlet: r.outlet ?? null, date: r.date ?? null, events: Number(r.events ?? 0), snippet: r.snippet ?? '' };
}
