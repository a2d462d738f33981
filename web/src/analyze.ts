// The Analyze view: an article's text with each event's evidence highlighted; hovering, focusing
// or selecting an event shows who did what to whom, its code, modality, attribution, time, place
// and the rule that fired. Removed page furniture is shown greyed with its reason.
import { api, type DocumentRecord } from './api.js';
import { renderEventList, renderHighlighted, showEvent } from './highlight.js';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

export function setupAnalyze(): void {
  const form = $('analyze-form') as HTMLFormElement;
  $('upload').addEventListener('change', async (e) => {
    const f = (e.target as HTMLInputElement).files?.[0];
    if (f) ($('article') as HTMLTextAreaElement).value = await f.text();
  });
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const text = ($('article') as HTMLTextAreaElement).value;
    const date = ($('pubdate') as HTMLInputElement).value;
    const status = $('analyze-status');
    if (!text.trim()) { status.textContent = 'Paste an article first.'; return; }
    status.textContent = 'Coding…';
    const isHtml = /^\s*<(!doctype|html|body|article|p|div)/i.test(text);
    try {
      const doc = await api<DocumentRecord>('/api/analyze', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ [isHtml ? 'html' : 'text']: text, ...(date ? { date } : {}) }) });
      status.textContent = `${doc.events.length} events, ${doc.removed.length} lines of page furniture removed.`;
      const view = $('view-analyze');
      const select = (i: number) => showEvent($('event-detail'), view, doc.events, i);
      renderHighlighted($('doc-text'), doc.text, doc.events, doc.removed, select);
      renderEventList($('event-list'), doc.events, select);
      $('event-detail').textContent = doc.events.length ? 'Hover or select an event.' : 'No events in this article.';
    } catch (err) {
      status.textContent = `Could not code it: ${(err as Error).message}`;
    }
  });
}
