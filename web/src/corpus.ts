// The Corpus view: one set of filters, kept in the address, drives the network, the timeline, the
// map and the facets; every chart element leads to the events behind it.
import { api, h, link, withState, type Page } from './api.js';
import { describeFilters, fillForm, filterQuery, readForm } from './filters.js';
import { drawNetwork, strongest, type ActorRow, type DyadRow } from './network.js';
import { drawTimeline, type TimeRow } from './timeline.js';
import { EventMap, type PlaceRow } from './map.js';
import { navigate } from './router.js';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
let map: EventMap;
interface Facet { rows: { value: string; events: number }[]; total: number }

export function setupCorpus(): void {
  const form = $('filters') as HTMLFormElement;
  map = new EventMap($('map') as unknown as SVGSVGElement);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const q = readForm(form);
    q.set('view', 'corpus');
    navigate(`/?${q}`);
  });
  $('filters-clear').addEventListener('click', () => navigate('/?view=corpus'));
  $('network-size').addEventListener('change', () => void loadCorpus(new URLSearchParams(location.search)));
  $('export-format').addEventListener('change', () => exportLink(new URLSearchParams(location.search)));
  $('map-in').addEventListener('click', () => map.zoomBy(2));
  $('map-out').addEventListener('click', () => map.zoomBy(0.5));
  $('map-reset').addEventListener('click', () => map.reset());
  autocomplete(form.elements.namedItem('actor') as HTMLInputElement);
}

/** Actor names as you type: "Russ" offers Russia (RUS); choosing one puts its code in the field. */
function autocomplete(input: HTMLInputElement): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const v = input.value.trim();
    if (v.length < 2 || /^[A-Z0-9]{3,12}$/.test(v)) return;
    timer = setTimeout(async () => {
      const r = await api<{ actors: { code: string; name: string }[] }>(`/api/actors/search?q=${encodeURIComponent(v)}`).catch(() => ({ actors: [] }));
      $('actor-options').replaceChildren(...r.actors.map((a) => h('option', { value: a.code, label: `${a.name} (${a.code})` })));
    }, 200);
  });
}

function exportLink(params: URLSearchParams): void {
  const format = ($('export-format') as HTMLSelectElement).value;
  const qs = filterQuery(params, { format });
  $('export-link').setAttribute('href', `/api/export${qs}`);
}

export async function loadCorpus(params: URLSearchParams): Promise<void> {
  fillForm($('filters') as HTMLFormElement, params);
  exportLink(params);
  const qs = filterQuery(params);
  const edges = Number(($('network-size') as HTMLSelectElement).value);
  $('corpus-status').textContent = `Showing ${describeFilters(params)}.`;
  const panel = (id: string) => $(id).querySelector('.state') as HTMLElement;
  await Promise.all([
    withState(panel('panel-network'), async () => {
      // enough dyads for the strongest ties, and the actors they join
      const [actors, dyads] = await Promise.all([
        api<{ actors: ActorRow[] } & Page>(`/api/actors${qs || '?'}${qs ? '&' : ''}limit=1000`),
        api<{ dyads: DyadRow[] } & Page>(`/api/dyads${qs || '?'}${qs ? '&' : ''}limit=${Math.max(200, edges * 4)}`),
      ]);
      drawNetwork($('network') as unknown as SVGSVGElement, actors.actors, dyads.dyads, edges, qs);
      $('corpus-status').textContent = `Showing ${describeFilters(params)}: ${actors.total} actors, ${dyads.total} dyads (the ${Math.min(edges, dyads.total)} strongest ties drawn).`;
      tables('network', strongest(dyads.dyads, actors.actors, edges).ties.map((d) => [`${d.source} → ${d.target}`, String(d.events), String(d.goldstein)]), ['dyad', 'events', 'mean Goldstein']);
      return dyads.total > 0;
    }),
    withState(panel('panel-timeline'), async () => {
      const t = await api<{ timeline: TimeRow[]; undated: number } & Page>(`/api/timeline${qs}`);
      drawTimeline($('timeline') as unknown as SVGSVGElement, t.timeline, t.undated, qs, (since, until) => {
        const q = new URLSearchParams(params); q.set('since', since); q.set('until', until); q.set('view', 'corpus');
        navigate(`/?${q}`);
      });
      tables('timeline', t.timeline.map((r) => [r.date, String(r.quad), String(r.events)]), ['date', 'quad class', 'events']);
      return t.timeline.length > 0 || t.undated > 0;
    }),
    withState(panel('panel-map'), async () => {
      const p = await api<{ places: PlaceRow[] } & Page>(`/api/places${qs || '?'}${qs ? '&' : ''}limit=20000`);
      map.show(p.places, qs);
      tables('map', p.places.map((x) => [x.name ?? '', x.country ?? '', x.kind ?? '', String(x.events)]), ['place', 'country', 'kind', 'events']);
      return p.total > 0;
    }, 'No located events.'),
    facets(params, qs),
  ]);
}

/** Outlets, attributions and modalities with their counts; each one narrows the filters. */
async function facets(params: URLSearchParams, qs: string): Promise<void> {
  const box = $('facets');
  try {
    const f = await api<{ outlets: Facet; attributions: Facet; modalities: Facet }>(`/api/facets${qs}`);
    const group = (title: string, field: string, facet: Facet, list: string | null) => {
      if (list) $(list).replaceChildren(...facet.rows.map((r) => h('option', { value: r.value })));
      const items = facet.rows.slice(0, 8).map((r) => {
        const q = new URLSearchParams(params); q.set(field, r.value); q.set('view', 'corpus');
        return h('li', {}, link(`/?${q}`, `${r.value} (${r.events})`));
      });
      return h('div', { class: 'facet' }, h('h3', { text: `${title} (${facet.total})` }), h('ul', {}, ...items));
    };
    $('facets').replaceChildren(group('Outlets', 'outlet', f.outlets, 'outlet-options'), group('Attributed to', 'attribution', f.attributions, 'attribution-options'), group('Modality', 'modality', f.modalities, null));
  } catch (err) {
    box.textContent = `Could not load the facets: ${(err as Error).message}`;
  }
}

/** A chart's data as a table: its text alternative. */
function tables(name: string, rows: string[][], head: string[]): void {
  const box = $('chart-tables');
  let t = box.querySelector<HTMLTableElement>(`table[data-chart="${name}"]`);
  if (!t) { t = h('table', { 'data-chart': name }); box.append(t); }
  t.replaceChildren(h('caption', { text: name }), h('thead', {}, h('tr', {}, ...head.map((x) => h('th', { scope: 'col', text: x })))), h('tbody', {}, ...rows.slice(0, 500).map((r) => h('tr', {}, ...r.map((x) => h('td', { text: x }))))));
}
