// The events behind any chart element: a sortable, paged table (date, source → target, code and
// label, modality, attribution, outlet, the sentence with its trigger marked); each row opens the
// document view at that event.
import { api, h, link, withState, type Listed, type Page } from './api.js';
import { describeFilters, filterQuery } from './filters.js';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const PAGE = 50;
const COLUMNS: [string, string | null][] = [['date', 'date'], ['source → target', 'source'], ['code', 'code'], ['modality', 'modality'], ['attribution', null], ['outlet', 'outlet'], ['evidence', null]];

/** The evidence with the trigger words marked, as text nodes (never markup); sent with each event by the server. */
function evidence(e: Listed): HTMLElement {
  const cell = h('span', { class: 'evidence' });
  const ev = e.evidence;
  if (!ev) { cell.textContent = e.trigger.text; return cell; }
  if (ev.trigger) cell.append(ev.text.slice(0, ev.trigger[0]), h('mark', { text: ev.text.slice(...ev.trigger) }), ev.text.slice(ev.trigger[1]));
  else cell.textContent = ev.text;
  return cell;
}

export async function showEvents(box: HTMLElement, params: URLSearchParams, base: string): Promise<void> {
  const sort = params.get('sort') ?? 'date';
  const offset = Number(params.get('offset') ?? 0) || 0;
  const qs = filterQuery(params, { sort, limit: String(PAGE), offset: String(offset) });
  const state = h('div', { class: 'state', role: 'status' });
  box.replaceChildren(state);
  await withState(state, async () => {
    const page = await api<{ events: Listed[] } & Page>(`/api/events${qs}`);
    const here = (over: Record<string, string>) => { const q = new URLSearchParams(params); for (const [k, v] of Object.entries(over)) q.set(k, v); return `${base}?${q}`; };
    const head = h('tr', {}, ...COLUMNS.map(([label, key]) => {
      if (!key) return h('th', { scope: 'col', text: label });
      const dir = sort === key ? 'ascending' : sort === `-${key}` ? 'descending' : 'none';
      const next = sort === key && key === 'date' ? '-date' : key;
      return h('th', { scope: 'col', 'aria-sort': dir }, link(here({ sort: next, offset: '0' }), label, `sort by ${label}`));
    }));
    const rows = page.events.map((e) => h('tr', {},
      h('td', { text: e.when?.date ?? '—' }),
      h('td', { text: `${e.source?.code ?? '—'} → ${e.target?.code ?? '—'}` }),
      h('td', {}, `${e.cameo} `, h('span', { class: 'muted', text: e.label })),
      h('td', { text: e.modality }),
      h('td', { text: e.attribution?.source ?? '—' }),
      h('td', { text: e.outlet ?? '—' }),
      h('td', {}, h('a', { href: `/documents/${encodeURIComponent(e.doc)}#event-${encodeURIComponent(e.id)}`, 'data-nav': '', title: 'open the document at this event' }, evidence(e)))));
    const table = h('table', { class: 'events' }, h('caption', { text: `${page.total} events, ${page.offset + 1}–${page.offset + page.events.length}` }), h('thead', {}, head), h('tbody', {}, ...rows));
    const nav = h('nav', { class: 'pager', 'aria-label': 'pages' });
    if (offset > 0) nav.append(link(here({ offset: String(Math.max(0, offset - PAGE)) }), '← previous'));
    if (page.next !== null) nav.append(link(here({ offset: String(page.next) }), 'next →'));
    box.append(h('div', { class: 'table-wrap' }, table), nav);
    return page.total > 0;
  });
}

export async function loadEventsView(params: URLSearchParams): Promise<void> {
  const charts = new URLSearchParams(filterQuery(params).slice(1));
  charts.set('view', 'corpus');
  $('events-filter').replaceChildren(`Filters: ${describeFilters(params)}. `, link(`/?${charts}`, 'back to the charts'));
  await showEvents($('events-box'), params, '/events');
}
