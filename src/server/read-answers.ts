// What the read routes compute from the store, each answer as JSON text: the same whether it runs
// in a reader thread (read-pool.ts, as dyad serve does) or in the thread that answers requests
// (tests, the library). Serialising where the query ran keeps the requests' thread free of both.
import type { EventFilter, Store } from '../store/store.js';
import { AGGREGATE_PAGE, type AggregateKind } from '../store/aggregate-sql.js';

/** One read: a route's answer from its parsed parameters. */
export type ReadTask =
  /** a page of events (one more than the limit is read, to know whether there is a next page) */
  | { kind: 'events'; filter: EventFilter; limit: number; offset: number }
  /** how many events the filter selects */
  | { kind: 'count'; filter: EventFilter }
  | { kind: 'aggregate'; name: 'actors' | 'dyads' | 'places'; filter: EventFilter }
  | { kind: 'timeline'; filter: EventFilter }
  | { kind: 'facets'; filter: EventFilter }
  | { kind: 'series'; filter: EventFilter; a: string; b: string }
  | { kind: 'search'; q: string; limit: number; offset: number }
  | { kind: 'document'; id: string }
  | { kind: 'link'; id: string };

/** A page's bookkeeping: where the next page starts, or null at the end. */
function pageOf(kind: AggregateKind, f: EventFilter, rows: number, total: number) {
  const { size, max } = AGGREGATE_PAGE[kind];
  const limit = Math.min(f.limit ?? size, max);
  const offset = f.offset ?? 0;
  return { total, limit, offset, next: offset + rows < total && rows > 0 ? offset + rows : null };
}

/**
 * The answer to `task` as JSON text; null when what it names does not exist (a 404). An events
 * task answers `{"events": [...], "more": bool}`, the page without its total (counted apart, so
 * one count serves every page of a selection).
 */
export async function readAnswer(s: Store, task: ReadTask): Promise<string | null> {
  switch (task.kind) {
    case 'events': {
      const events = await s.listEvents({ ...task.filter, limit: task.limit + 1, offset: task.offset });
      return JSON.stringify({ events: events.slice(0, task.limit), more: events.length > task.limit });
    }
    case 'count':
      return JSON.stringify(await s.eventCount(task.filter));
    case 'aggregate': {
      const page = await s.aggregate(task.name, task.filter);
      return JSON.stringify({ [task.name]: page.rows, ...pageOf(task.name, task.filter, page.rows.length, page.total) });
    }
    case 'timeline': {
      const [page, undated] = await Promise.all([s.aggregate('timeline', task.filter), s.aggregate('undated', task.filter)]);
      return JSON.stringify({ timeline: page.rows, undated: undated.rows[0]?.events ?? 0, ...pageOf('timeline', task.filter, page.rows.length, page.total) });
    }
    case 'facets': {
      const [outlets, attributions, modalities] = await Promise.all([s.aggregate('outlets', task.filter), s.aggregate('attributions', task.filter), s.aggregate('modalities', task.filter)]);
      return JSON.stringify({ outlets, attributions, modalities });
    }
    case 'series': {
      const both = { ...task.filter, actor: undefined, dyad: undefined, limit: AGGREGATE_PAGE.timeline.max, offset: 0 };
      const [ab, ba] = await Promise.all([s.aggregate('timeline', { ...both, dyad: [task.a, task.b] }), s.aggregate('timeline', { ...both, dyad: [task.b, task.a] })]);
      return JSON.stringify({ a: task.a, b: task.b, ab: ab.rows, ba: ba.rows });
    }
    case 'search': {
      const { limit, offset } = task;
      const hits = await s.searchDocuments(task.q, limit, offset);
      return JSON.stringify({ documents: hits.rows, total: hits.total, limit, offset, next: offset + hits.rows.length < hits.total ? offset + hits.rows.length : null });
    }
    case 'document': {
      const d = await s.document(task.id);
      if (!d) return null;
      const events = [];
      for await (const e of s.events({ doc: task.id })) events.push(e);
      const links = await s.linksOfDocument(task.id);
      // the other documents that report the same events, named for the page
      const others = [...new Set(links.flatMap((l) => l.docs))].filter((x) => x !== task.id);
      const reports = (await s.documentsById(others)).sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
      return JSON.stringify({ ...d, events, links, reports: reports.map((r) => ({ id: r.id, title: r.title, outlet: r.outlet, date: r.date, url: r.url })) });
    }
    case 'link': {
      const l = await s.linkedById(task.id);
      return l ? JSON.stringify(l) : null;
    }
  }
}
