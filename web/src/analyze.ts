// The Analyze view: an article's text with each event's evidence highlighted; hovering or
// selecting an event shows who did what to whom, its code, modality, attribution, time, place
// and the rule that fired. Removed page furniture is shown greyed with its reason.
import { api, type DocumentRecord, type Ev } from './api.js';

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
      render(doc);
    } catch (err) {
      status.textContent = `Could not code it: ${(err as Error).message}`;
    }
  });
}

export function render(doc: DocumentRecord): void {
  const box = $('doc-text');
  box.replaceChildren();
  // cut points: event spans and removed spans; evidence spans may overlap, so marks never nest
  const marks = doc.events.map((e, i) => ({ start: e.span[0], end: e.span[1], i })).sort((a, b) => a.start - b.start || b.end - a.end);
  const removed = [...doc.removed].sort((a, b) => a.span[0] - b.span[0]);
  let at = 0;
  const put = (to: number) => { if (to > at) box.append(doc.text.slice(at, to)); at = Math.max(at, to); };
  const pieces = [...marks.map((m) => ({ kind: 'event' as const, start: m.start, end: m.end, i: m.i })), ...removed.map((r) => ({ kind: 'removed' as const, start: r.span[0], end: r.span[1], why: r.why }))].sort((a, b) => a.start - b.start);
  for (const p of pieces) {
    if (p.start < at) continue;
    put(p.start);
    if (p.kind === 'removed') {
      const s = document.createElement('span');
      s.className = 'removed'; s.dataset.why = p.why; s.textContent = doc.text.slice(p.start, p.end); s.title = `removed: ${p.why}`;
      box.append(s);
    } else {
      const m = document.createElement('mark');
      m.className = 'ev'; m.dataset.event = String(p.i); m.textContent = doc.text.slice(p.start, p.end);
      m.addEventListener('mouseenter', () => select(doc.events, p.i));
      m.addEventListener('click', () => select(doc.events, p.i));
      box.append(m);
    }
    at = p.end;
  }
  put(doc.text.length);
  const list = $('event-list');
  list.replaceChildren(...doc.events.map((e, i) => {
    const li = document.createElement('li');
    li.dataset.event = String(i);
    li.textContent = `${e.source?.code ?? '—'} → ${e.target?.code ?? '—'}  ${e.cameo} ${e.label} (${e.modality})`;
    li.addEventListener('click', () => select(doc.events, i));
    li.addEventListener('mouseenter', () => select(doc.events, i));
    return li;
  }));
  $('event-detail').textContent = doc.events.length ? 'Hover or select an event.' : 'No events in this article.';
}

function select(events: Ev[], i: number): void {
  const e = events[i];
  document.querySelectorAll('.active').forEach((x) => x.classList.remove('active'));
  document.querySelectorAll(`[data-event="${i}"]`).forEach((x) => x.classList.add('active'));
  const rows: [string, string][] = [
    ['source → target', `${e.source ? `${e.source.name} (${e.source.code})` : '—'} → ${e.target ? `${e.target.name} (${e.target.code})` : '—'}`],
    ['code', `${e.cameo} ${e.label}; Goldstein ${e.goldstein}`],
    ['modality', e.modality],
    ['attribution', e.attribution ? `${e.attribution.source} (${e.attribution.kind})` : '—'],
    ['when', e.when ? `${e.when.date}${e.when.historical ? ' (historical)' : ''}` : '—'],
    ['where', e.where ? `${e.where.name}${e.where.country ? ', ' + e.where.country : ''}` : '—'],
    ['rule', e.rule],
  ];
  const dl = document.createElement('dl');
  for (const [k, v] of rows) { const dt = document.createElement('dt'); dt.textContent = k; const dd = document.createElement('dd'); dd.textContent = v; dd.dataset.field = k; dl.append(dt, dd); }
  $('event-detail').replaceChildren(dl);
}
