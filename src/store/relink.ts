// Recompute the linked events of a corpus and store them (one transaction): over the whole corpus,
// or only where something changed since the last linking.
//
// Incremental linking is exact because linking never crosses keys (dyad countries and root, see
// link.ts): recomputing every key that gained an event, or lost one, from all of that key's
// events gives what a whole-corpus run would. A key gains an event when an event that could be
// linked is in no linked event yet; it loses one when a linked event names an event that is gone
// (its document was coded again). The one change this cannot see is a document coded again with
// the same events at other dates, so ingest links the whole corpus when it replaced documents.
import type { Event } from '../doc/types.js';
import type { Store } from './store.js';
import { interval, linkEvents, linkKey } from './link.js';

/** `keys`: how many dyad-and-root keys an incremental run linked again */
export type RelinkResult = { mode: 'full'; linked: number; related: number } | { mode: 'incremental'; linked: number; related: number; keys: number };

export async function relink(store: Store, opts: { incremental?: boolean } = {}): Promise<RelinkResult> {
  if (opts.incremental) {
    const changes = await store.linkChanges();
    // never linked yet: the whole corpus in one pass is faster than key by key
    if (changes.linked > 0) {
      const keys = new Set(changes.staleKeys);
      for (const e of changes.unlinked) if (e.source && interval(e)) keys.add(linkKey(e));
      // when the changes touch much of the corpus, one pass over all of it is cheaper
      if (keys.size <= Math.max(10, changes.keys / 4)) {
        const events: Event[] = [];
        for (const key of keys) for await (const e of eventsOfKey(store, key)) events.push(e);
        const outlets = keys.size ? await outletsOf(store) : new Map<string, string>();
        const { linked, related } = linkEvents(events, (doc) => outlets.get(doc) ?? doc);
        await store.replaceLinks(linked, related, [...keys]);
        return { mode: 'incremental', linked: linked.length, related: related.length, keys: keys.size };
      }
    }
  }
  const events: Event[] = [];
  for await (const e of store.events({})) events.push(e);
  const outlets = await outletsOf(store);
  const { linked, related } = linkEvents(events, (doc) => outlets.get(doc) ?? doc);
  await store.replaceLinks(linked, related);
  return { mode: 'full', linked: linked.length, related: related.length };
}

/** The outlet of each coded document: its outlet, else its web site, else the document itself. */
async function outletsOf(store: Store): Promise<Map<string, string>> {
  const outlet = new Map<string, string>();
  for await (const d of store.documents('coded')) {
    let host = '';
    try { host = d.url ? new URL(d.url).hostname : ''; } catch { host = ''; }
    outlet.set(d.id, d.outlet || host || d.id);
  }
  return outlet;
}

/** The events of one key ("RUS|UKR|19"), through the indexed filters, checked exactly. */
async function* eventsOfKey(store: Store, key: string): AsyncIterable<Event> {
  const [source, target, root] = key.split('|');
  const filter = target === '-' ? { actor: source, code: root } : { dyad: [source, target] as [string, string], code: root };
  for await (const e of store.events(filter)) if (e.source && linkKey(e) === key) yield e;
}
