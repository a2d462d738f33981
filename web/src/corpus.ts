// The Corpus view: one set of filters, kept in the URL, drives the network, timeline and map.
import { api } from './api.js';
import { drawMap, drawNetwork, drawTimeline } from './charts.js';

const FIELDS = ['actor', 'dyad', 'code', 'modality', 'since', 'until'];

export function setupCorpus(): void {
  const form = document.getElementById('filters') as HTMLFormElement;
  const params = new URLSearchParams(location.search);
  for (const f of FIELDS) { const input = form.elements.namedItem(f) as HTMLInputElement | null; if (input && params.get(f)) input.value = params.get(f)!; }
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const q = new URLSearchParams();
    for (const f of FIELDS) { const v = (form.elements.namedItem(f) as HTMLInputElement).value.trim(); if (v) q.set(f, v); }
    q.set('view', 'corpus');
    history.pushState(null, '', `?${q}`);
    void loadCorpus();
  });
  window.addEventListener('popstate', () => void loadCorpus());
}

export async function loadCorpus(): Promise<void> {
  const q = new URLSearchParams(location.search);
  q.delete('view');
  const qs = q.toString() ? `?${q}` : '';
  const status = document.getElementById('corpus-status')!;
  status.textContent = 'Loading…';
  try {
    const [actors, dyads, timeline, places] = await Promise.all([
      api<{ actors: { code: string; events: number }[] }>(`/api/actors${qs}`),
      api<{ dyads: { source: string; target: string; events: number; goldstein: number }[] }>(`/api/dyads${qs}`),
      api<{ timeline: { date: string; quad: number; events: number }[] }>(`/api/timeline${qs}`),
      api<{ places: { lat: number; lon: number; quad: number; name: string; label: string; doc: string }[] }>(`/api/places${qs}`),
    ]);
    drawNetwork(document.getElementById('network') as unknown as SVGSVGElement, actors.actors, dyads.dyads);
    drawTimeline(document.getElementById('timeline') as unknown as SVGSVGElement, timeline.timeline);
    drawMap(document.getElementById('map') as unknown as SVGSVGElement, places.places);
    const n = timeline.timeline.reduce((s, r) => s + r.events, 0);
    status.textContent = `${n} events, ${actors.actors.length} actors, ${dyads.dyads.length} dyads, ${places.places.length} located.`;
  } catch (err) {
    status.textContent = `Could not load the corpus: ${(err as Error).message}`;
  }
}
