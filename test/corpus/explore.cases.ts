// What the web page explores a corpus with, on every engine: aggregates paged with their totals,
// each place once with its count, facets, full-text search, the version that moves with writes,
// and a document's linked events with the other documents that report them.
import { describe, it, expect } from 'vitest';
import type { Store } from '../../src/store/store.js';
import type { Event } from '../../src/doc/types.js';
import { ingest } from '../../src/ingest/run.js';

const TEXTS = [
  'Russian forces shelled Kharkiv on Monday, officials said.',
  'Turkey condemned Israel on Tuesday, according to Anadolu.',
  'Iran threatened to attack Israel.',
  'Egypt expelled two Israeli diplomats in Cairo on Monday.',
  'China and Russia rejected the proposal by the United States.',
  'Ukraine and Poland signed an agreement on grain transit in Warsaw.',
];

async function* corpus(n: number) {
  for (let i = 0; i < n; i++) {
    yield { record: { id: `ex-${i}`, date: `2023-05-${String(10 + (i % 5)).padStart(2, '0')}`, outlet: `Wire ${i % 3}`, title: `Report ${i}`, text: `${TEXTS[i % TEXTS.length]} ${i % 4 === 0 ? 'Grain prices rose in the harbour.' : ''}` }, origin: 't' };
  }
}

async function allEvents(store: Store): Promise<Event[]> {
  const out: Event[] = [];
  for await (const e of store.events({})) out.push(e);
  return out;
}

export function exploreCases(engine: string, open: (name: string) => Promise<Store>) {
  describe(`explore: ${engine}`, () => {
    it('pages every aggregate with its total, and the pages add up to the whole', async () => {
      const store = await open('explore');
      try {
        await ingest(corpus(36), store, { workers: 0 });
        const events = await allEvents(store);
        const dyads = new Set(events.filter((e) => e.source && e.target).map((e) => `${e.source!.code}>${e.target!.code}`));
        const first = await store.aggregate('dyads', { limit: 2 });
        expect(first.total).toBe(dyads.size);
        expect(first.rows).toHaveLength(2);
        // walk all pages: every dyad once, counts that sum to the events with both sides
        const seen: string[] = [];
        let sum = 0;
        for (let offset = 0; offset < first.total; offset += 2) {
          const page = await store.aggregate('dyads', { limit: 2, offset });
          for (const r of page.rows) { seen.push(`${r.source}>${r.target}`); sum += r.events as number; }
        }
        expect(seen.sort()).toEqual([...dyads].sort());
        expect(sum).toBe(events.filter((e) => e.source && e.target).length);
        // a page past the end still says how many there are
        expect(await store.aggregate('dyads', { limit: 2, offset: 500 })).toEqual({ rows: [], total: dyads.size });
        // the filters apply: one modality, one outlet
        const outlet = await store.aggregate('actors', { outlet: 'Wire 1' });
        expect(outlet.total).toBeGreaterThan(0);
        expect(outlet.total).toBeLessThanOrEqual((await store.aggregate('actors', {})).total);
      } finally { await store.close(); }
    });

    it('lists every located place once with its event count', async () => {
      const store = await open('explore');
      try {
        const located = (await allEvents(store)).filter((e) => e.where);
        const byPlace = new Map<string, number>();
        for (const e of located) byPlace.set(`${e.where!.lat},${e.where!.lon}`, (byPlace.get(`${e.where!.lat},${e.where!.lon}`) ?? 0) + 1);
        const places = await store.aggregate('places', {});
        expect(places.total).toBe(byPlace.size);
        expect(places.total).toBeGreaterThan(1);
        for (const p of places.rows) {
          expect(p.events).toBe(byPlace.get(`${p.lat},${p.lon}`));
          expect(typeof p.name).toBe('string');
        }
        const timeline = await store.aggregate('timeline', {});
        expect(timeline.rows.reduce((n, r) => n + (r.events as number), 0) + ((await store.aggregate('undated', {})).rows[0].events as number)).toBe((await allEvents(store)).length);
      } finally { await store.close(); }
    });

    it('counts outlets, attributions and modalities, and filters by them', async () => {
      const store = await open('explore');
      try {
        const events = await allEvents(store);
        const outlets = await store.aggregate('outlets', {});
        expect(outlets.rows.map((r) => r.value).sort()).toEqual(['Wire 0', 'Wire 1', 'Wire 2']);
        expect(outlets.rows.reduce((n, r) => n + (r.events as number), 0)).toBe(events.length);
        const attributed = events.filter((e) => e.attribution);
        expect(attributed.length).toBeGreaterThan(0);
        const attributions = await store.aggregate('attributions', {});
        expect(attributions.rows.reduce((n, r) => n + (r.events as number), 0)).toBe(attributed.length);
        const who = attributions.rows[0].value as string;
        expect(await store.eventCount({ attribution: who })).toBe(attributed.filter((e) => e.attribution!.source === who).length);
        expect(await store.eventCount({ historical: 'exclude' })).toBe(events.filter((e) => !e.when?.historical).length);
        const sorted: Event[] = [];
        for await (const e of store.events({ sort: 'code', limit: 1000 })) sorted.push(e);
        expect(sorted.map((e) => e.cameo)).toEqual(events.map((e) => e.cameo).sort());
      } finally { await store.close(); }
    });

    it('finds documents by their words, and events by their documents\' words', async () => {
      const store = await open('explore');
      try {
        const hits = await store.searchDocuments('grain harbour', 5, 0);
        // documents 0, 4, 8, ... 32 hold the harbour sentence; 5, 11, ... have grain without harbour
        expect(hits.total).toBe(9);
        expect(hits.rows).toHaveLength(5);
        expect(hits.rows[0].snippet).toMatch(/\u0002[Hh]arbour\u0003|\u0002[Gg]rain\u0003/);
        expect((await store.searchDocuments('grain harbour', 5, 5)).rows).toHaveLength(4);
        // why: quotes and operators are words, not query syntax (and never an error)
        expect(await store.searchDocuments('" OR 1=1 --', 5, 0)).toEqual(await store.searchDocuments('or 1 1', 5, 0));
        expect(await store.eventCount({ q: 'harbour' })).toBeGreaterThan(0);
        const n = await store.eventCount({ q: 'Kharkiv' });
        expect(n).toBe((await allEvents(store)).filter((e) => e.doc.match(/^ex-(\d+)$/) && Number(e.doc.slice(3)) % 6 === 0).length);
      } finally { await store.close(); }
    });

    it('lists events with their outlet and evidence, in the order and pages of events()', async () => {
      const store = await open('explore');
      try {
        const all = await allEvents(store);
        const texts = new Map<string, string>();
        for (const e of all) if (!texts.has(e.doc)) texts.set(e.doc, (await store.document(e.doc))!.text!);
        for (const sort of ['date', 'code', '-date'] as const) {
          const listed = await store.listEvents({ sort, limit: 7, offset: 3 });
          const plain: Event[] = [];
          for await (const e of store.events({ sort, limit: 7, offset: 3 })) plain.push(e);
          expect(listed.map((e) => e.id)).toEqual(plain.map((e) => e.id));
        }
        const listed = await store.listEvents({ limit: 1000 });
        expect(listed).toHaveLength(all.length);
        for (const e of listed) {
          expect(e.outlet).toBe(`Wire ${Number(e.doc.slice(3)) % 3}`);
          expect(e.evidence!.text).toBe(texts.get(e.doc)!.slice(...e.span));
          if (e.evidence!.trigger) expect(e.evidence!.text.slice(...e.evidence!.trigger)).toBe(e.trigger.text);
        }
        expect(listed.some((e) => e.evidence!.trigger)).toBe(true);
      } finally { await store.close(); }
    });

    it('moves its version on with every write, and not with reads', async () => {
      const store = await open('explore');
      try {
        const v1 = await store.version();
        await store.aggregate('actors', {});
        expect(await store.version()).toBe(v1);
        async function* one() { yield { record: { id: 'ex-new', date: '2023-06-01', text: 'Iran threatened to attack Israel.' }, origin: 't' }; }
        await ingest(one(), store, { workers: 0 });
        const v2 = await store.version();
        expect(v2).not.toBe(v1);
        const { relink } = await import('../../src/store/relink.js');
        await relink(store);
        expect(await store.version()).not.toBe(v2);
        // the links of a document name every document that reports the same event
        const links = await store.linksOfDocument('ex-0');
        expect(links.length).toBeGreaterThan(0);
        expect(links.every((l) => l.docs.includes('ex-0'))).toBe(true);
        expect(Math.max(...links.map((l) => l.docs.length))).toBeGreaterThan(1);
        const d = await store.document('ex-0');
        expect(Array.isArray(d!.removed)).toBe(true);
      } finally { await store.close(); }
    });
  });
}
