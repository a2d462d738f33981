// Full-text search over the corpus's documents: the best matches first, each with a snippet whose
// matched words are marked (built as text nodes, never markup), each opening the document view.
import { api, h, link, withState, type Page } from './api.js';
import { navigate } from './router.js';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
interface Hit { id: string; title: string | null; outlet: string | null; date: string | null; events: number; snippet: string }

export function setupSearch(): void {
  $('search-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const q = ($('search-q') as HTMLInputElement).value.trim();
    if (q) navigate(`/search?q=${encodeURIComponent(q)}`);
  });
}

/** Split a snippet at its markers (U+0002 before a match, U+0003 after) into text and <mark>. */
function snippet(s: string): HTMLElement {
  const p = h('p', { class: 'snippet' });
  for (const part of s.split('\u0002')) {
    const [match, rest] = part.includes('\u0003') ? part.split('\u0003') : [null, part];
    if (match !== null) p.append(h('mark', { text: match }));
    p.append(rest ?? '');
  }
  return p;
}

export async function loadSearch(params: URLSearchParams): Promise<void> {
  const q = params.get('q') ?? '';
  ($('search-q') as HTMLInputElement).value = q;
  const box = $('search-results');
  if (!q) { box.replaceChildren(h('p', { class: 'muted', text: 'Give some words to search the documents for.' })); return; }
  const offset = Number(params.get('offset') ?? 0) || 0;
  const state = h('div', { class: 'state', role: 'status' });
  box.replaceChildren(state);
  await withState(state, async () => {
    const r = await api<{ documents: Hit[] } & Page>(`/api/search?q=${encodeURIComponent(q)}&offset=${offset}`);
    const events = new URLSearchParams({ q });
    box.append(h('p', {}, `${r.total} documents. `, link(`/events?${events}`, 'their events')),
      h('ol', { start: String(offset + 1) }, ...r.documents.map((d) => h('li', {}, link(`/documents/${encodeURIComponent(d.id)}`, d.title ?? d.id), ` ${[d.outlet, d.date, `${d.events} events`].filter(Boolean).join(', ')}`, snippet(d.snippet)))));
    if (r.next !== null) box.append(link(`/search?q=${encodeURIComponent(q)}&offset=${r.next}`, 'more →'));
    return r.total > 0;
  }, 'No document holds all these words.');
}
