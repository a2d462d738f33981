// The document view: the stored article with every event highlighted as in the Analyze view, its
// page furniture greyed, and its linked events with the other documents that report them.
import { api, h, link, safeUrl, withState, type Ev, type Removed } from './api.js';
import { renderEventList, renderHighlighted, showEvent } from './highlight.js';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

interface Linked { id: string; source: string; target: string | null; cameo: string; modality: string; firstSeen: string; lastSeen: string; mentions: number; articles: number; sources: number; events: string[]; docs: string[] }
interface StoredDoc { id: string; title: string | null; outlet: string | null; date: string | null; url: string | null; text: string | null; removed: Removed[]; events: Ev[]; links: Linked[]; reports: { id: string; title: string | null; outlet: string | null; date: string | null }[] }

export async function loadDocument(id: string): Promise<void> {
  $('document-title').textContent = 'Document';
  $('document-meta').replaceChildren();
  $('document-text').replaceChildren();
  $('document-events').replaceChildren();
  $('document-links').replaceChildren();
  await withState($('document-state'), async () => {
    const d = await api<StoredDoc>(`/api/documents/${encodeURIComponent(id)}`);
    $('document-title').textContent = d.title ?? d.id;
    const url = safeUrl(d.url);
    // an address that is not http(s) is shown as text, never made a link
    const address = url ? [h('a', { href: url, rel: 'noopener noreferrer', target: '_blank', text: 'original' })] : d.url ? [`address (not a web link): ${d.url}`] : [];
    $('document-meta').replaceChildren([d.outlet, d.date].filter(Boolean).join(', ') + (d.outlet || d.date ? '. ' : ''), ...address);
    const view = $('view-document');
    const select = (i: number) => showEvent($('document-detail'), view, d.events, i);
    renderHighlighted($('document-text'), d.text ?? '', d.events, d.removed, select);
    renderEventList($('document-events'), d.events, select);
    links(d);
    // a link to one event (#event-ID) selects it and brings it into view
    const wanted = decodeURIComponent(location.hash.replace(/^#event-/, ''));
    const i = d.events.findIndex((e) => e.id === wanted);
    if (i >= 0) { select(i); $('document-text').querySelector<HTMLElement>(`mark[data-event="${i}"]`)?.focus(); }
    return true;
  }, 'This document has no text.');
}

function links(d: StoredDoc): void {
  const names = new Map(d.reports.map((r) => [r.id, r]));
  const items = d.links.map((l) => {
    const others = l.docs.filter((x) => x !== d.id).map((x) => {
      const r = names.get(x);
      return h('li', {}, link(`/documents/${encodeURIComponent(x)}`, r?.title ?? x), ` ${[r?.outlet, r?.date].filter(Boolean).join(', ')}`);
    });
    return h('li', { class: 'linked' },
      h('strong', { text: `${l.source} → ${l.target ?? '—'} ${l.cameo} (${l.modality})` }),
      h('div', { class: 'muted', text: `${l.mentions} reports in ${l.articles} documents from ${l.sources} outlets; first seen ${l.firstSeen}, last seen ${l.lastSeen}` }),
      others.length ? h('ul', {}, ...others) : h('div', { class: 'muted', text: 'no other document reports it' }));
  });
  $('document-links').replaceChildren(items.length ? h('ul', {}, ...items) : h('p', { class: 'muted', text: 'None of its events is linked yet (run dyad link).' }));
}
