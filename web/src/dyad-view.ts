// A dyad over time: both directions of a pair as event counts by quad class with the mean
// Goldstein score, and the events of the pair listed below.
import { api, withState } from './api.js';
import { filterQuery } from './filters.js';
import { drawSeries, type TimeRow } from './timeline.js';
import { showEvents } from './events-view.js';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

export async function loadDyad(a: string, b: string, params: URLSearchParams): Promise<void> {
  $('dyad-title').textContent = `${a} and ${b}`;
  $('dyad-ab-caption').textContent = `${a} → ${b}`;
  $('dyad-ba-caption').textContent = `${b} → ${a}`;
  $('dyad-ab').setAttribute('aria-label', `events from ${a} to ${b} over time`);
  $('dyad-ba').setAttribute('aria-label', `events from ${b} to ${a} over time`);
  const rest = new URLSearchParams(filterQuery(params).slice(1));
  rest.delete('actor'); rest.delete('dyad');
  await withState($('dyad-state'), async () => {
    const s = await api<{ ab: TimeRow[]; ba: TimeRow[] }>(`/api/series?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}${rest.toString() ? `&${rest}` : ''}`);
    drawSeries($('dyad-ab') as unknown as SVGSVGElement, s.ab);
    drawSeries($('dyad-ba') as unknown as SVGSVGElement, s.ba);
    return s.ab.length + s.ba.length > 0;
  }, 'No dated events between these two.');
  const list = new URLSearchParams(params);
  list.set('dyad', `${a}:${b}`);
  await showEvents($('dyad-events'), list, location.pathname);
}
