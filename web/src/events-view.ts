// The events behind any chart element: a sortable, paged table (date, source → target, code and
// label, modality, attribution, outlet, the sentence with its trigger marked); each row opens the
// document view at that event.
import { api, h, link, withState, type Ev, type Page } from './api.js';
import { describeFilters, filterQuery } from './filters.js';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const PAGE = 50;
const COLUMNS: [string, string | null][] = [['date', 'date'], ['source → target', 'source'], ['code', 'code'], ['modality', 'modality'], ['attribution', null], ['outlet', 'outlet'], ['evidence', null]];

interface DocText { text: string | null; outlet: string | null }
const docs = new Map<string, Promise<DocText>>();
/** A document's text and outlet, fetched once per page view for the evidence column. */
const docOf = (id: string) => { let d = docs.get(id); if (!d) { d = api<DocText>(`/api/documents/${encodeURIComponent(id)}`); docs.set(id, d); } return d; };

/** The evidence sentence with the trigger words marked, as text nodes (never markup). */
function evidence(e: Ev, text: string | null): HTMLElement {
  const cell = h('span', { class: 'evidence' });
  if (!text) { cell.textContent = e.trigger.text; return cell; }
  const [s, t] = e.span, [ts, te] = e.trigger.span;
  if (ts >= s && te <= t) cell.append(text.slice(s, ts), h('mark', { text: text.slice(ts, te) }), text.slice(te, t));
  else cell.textContent = text.slice(s, t);
  return cell;
}

export async function showEvents(box: HTMLElement, params: URLSearchParams, base: string): Promise<void> {
  const sort = params.get('sort') ?? 'date';
  const offset = Number(params.get('offset') ?? 0) || 0;
  const qs = filterQuery(params, { sort, limit: String(PAGE), offset: String(offset) });
  const state = h('div', { class: 'state', role: 'status' });
  box.replaceChildren(state);
  await withState(state, async () => {
    const page = await api<{ events: Ev[] } & Page>(`/api/events${qs}`);
    const texts = await Promise.all(page.events.map((e) => docOf(e.doc).catch(() => ({ text: null, outlet: null }))));
    const here = (over: Record<string, string>) => { const q = new URLSearchParams(params); for (const [k, v] of Object.entries(over)) q.set(k, v); return `${base}?${q}`; };
    const head = h('tr', {}, ...COLUMNS.map(([label, key]) => {
      if (!key) return h('th', { scope: 'col', text: label });
      const dir = sort === key ? 'ascending' : sort === `-${key}` ? 'descending' : 'none';
      const next = sort === key && key === 'date' ? '-date' : key;
      return h('th', { scope: 'col', 'aria-sort': dir }, link(here({ sort: next, offset: '0' }), label, `sort by ${label}`));
    }));
    const rows = page.events.map((e, i) => h('tr', {},
      h('td', { text: e.when?.date ?? '—' }),
      h('td', { text: `${e.source?.code ?? '—'} → ${e.target?.code ?? '—'}` }),
      h('td', {}, `${e.cameo} `, h('span', { class: 'muted', text: e.label })),
      h('td', { text: e.modality }),
      h('td', { text: e.attribution?.source ?? '—' }),
      h('td', { text: texts[i].outlet ?? '—' }),
      h('td', {}, h('a', { href: `/documents/${encodeURIComponent(e.doc)}#event-${encodeURIComponent(e.id)}`, 'data-nav': '', title: 'open the document at this event' }, evidence(e, texts[i].text)))));
    const table = h('table', { class: 'events' }, h('caption', { text: `${page.total} events, ${page.offset + 1}–${page.offset + page.events.length}` }), h('thead', {}, head), h('tbody', {}, ...rows));
    const nav = h('nav', { class: 'pager', 'aria-label': 'pages' });
    if (offset > 0) nav.append(link(here({ offset: String(Math.max(0, offset - PAGE)) }), '← previous'));
    if (page.next !== null) nav.append(link(here({ offset: String(page.next) }), 'next →'));
    box.append(h('div', { class: 'table-wrap' }, table), nav);
    return page.total > 0;
  });
}

export async function loadEventsView(params: URLSearchParams): Promise<void> {
  docs.clear();
  const charts = new URLSearchParams(filterQuery(params).slice(1));
  charts.set('view', 'corpus');
  $('events-filter').replaceChildren(`Filters: ${describeFilters(params)}. `, link(`/?${charts}`, 'back to the charts'));
  await showEvents($('events-box'), params, '/events');
}
