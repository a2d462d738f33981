// Recompute the linked events of a corpus and store them (one transaction): over the whole corpus,
// or only where something changed since the last linking.
//
// Memory stays flat in corpus size: events are read in key order (dyad countries and root, the
// events_link index), a page at a time, each with its document's outlet from the documents'
// columns; one key's events are linked and written before the next key is read.
//
// Incremental linking is exact because linking never crosses keys (see link.ts): recomputing
// every key that gained an event, or lost one, from all of that key's events gives what a
// whole-corpus run would. A key gains an event when an event that could be linked is in no linked
// event yet; it loses one when a linked event names an event that is gone (its document was coded
// again). The one change this cannot see is a document coded again with the same events at other
// dates, so ingest links the whole corpus when it replaced documents.
import type { Event } from '../doc/types.js';
import type { LinkRow, Store } from './store.js';
import { linkEvents, linkKey, type LinkedEvent, type Related } from './link.js';

/** `keys`: how many dyad-and-root keys an incremental run linked again */
export type RelinkResult = { mode: 'full'; linked: number; related: number } | { mode: 'incremental'; linked: number; related: number; keys: number };

const PAGE = 1000;

export async function relink(store: Store, opts: { incremental?: boolean } = {}): Promise<RelinkResult> {
  if (opts.incremental) {
    const changes = await store.linkChanges();
    // never linked yet: the whole corpus in one pass is faster than key by key
    if (changes.linked > 0) {
      const keys = new Set([...changes.staleKeys, ...changes.unlinked]);
      // when the changes touch much of the corpus, one pass over all of it is cheaper
      if (keys.size <= Math.max(10, changes.keys / 4)) {
        const r = await linkInto(store, [...keys], async function* () { for (const key of keys) yield* keyGroups(store, key); });
        return { mode: 'incremental', ...r, keys: keys.size };
      }
    }
  }
  return { mode: 'full', ...(await linkInto(store, undefined, () => keyGroups(store, null))) };
}

/** Link each group of events (one key) and write the result, a few thousand linked events at a time, in one transaction. */
async function linkInto(store: Store, keys: string[] | undefined, groups: () => AsyncIterable<LinkRow[]>): Promise<{ linked: number; related: number }> {
  const w = await store.beginLinks(keys);
  let linked: LinkedEvent[] = [], related: Related[] = [];
  const total = { linked: 0, related: 0 };
  try {
    for await (const rows of groups()) {
      const outlets = new Map(rows.map((r) => [r.event.doc, outletOf(r)]));
      const part = linkEvents(rows.map((r) => r.event), (doc) => outlets.get(doc) ?? doc);
      linked.push(...part.linked); related.push(...part.related);
      total.linked += part.linked.length; total.related += part.related.length;
      if (linked.length >= 2000) { await w.add(linked, related); linked = []; related = []; }
    }
    await w.add(linked, related);
    await w.commit();
  } catch (e) { await w.abort(); throw e; }
  return total;
}

/** The outlet of a document: its outlet, else its web site, else the document itself. */
function outletOf(r: LinkRow): string {
  if (r.outlet) return r.outlet;
  try { if (r.url) return new URL(r.url).hostname || r.event.doc; } catch { /* not a URL */ }
  return r.event.doc;
}

/** Events in key order, one key's events at a time (all keys, or one). */
async function* keyGroups(store: Store, key: string | null): AsyncIterable<LinkRow[]> {
  let after: string[] | null = null;
  let group: LinkRow[] = [];
  let current = '';
  for (;;) {
    const page = await store.linkPage(after, key, PAGE);
    for (const r of page) {
      const k = linkKey(r.event as Event);
      if (k !== current && group.length) { yield group; group = []; }
      current = k;
      group.push(r);
    }
    if (page.length < PAGE) break;
    after = page[page.length - 1].cursor;
  }
  if (group.length) yield group;
}
