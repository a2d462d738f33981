// Recompute the linked events of a whole corpus and store them (one transaction).
import type { Event } from '../doc/types.js';
import type { Store } from './store.js';
import { linkEvents } from './link.js';

export async function relink(store: Store): Promise<{ linked: number; related: number }> {
  const outlet = new Map<string, string>();
  for await (const d of store.documents('coded')) {
    // the outlet names the source; without one, the web site; without that, the document itself
    let host = '';
    try { host = d.url ? new URL(d.url).hostname : ''; } catch { host = ''; }
    outlet.set(d.id, d.outlet || host || d.id);
  }
  const events: Event[] = [];
  for await (const e of store.events({})) events.push(e);
  const { linked, related } = linkEvents(events, (doc) => outlet.get(doc) ?? doc);
  await store.replaceLinks(linked, related);
  return { linked: linked.length, related: related.length };
}
