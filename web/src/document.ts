// The Document view (?view=doc&id=...): a stored document, its title, outlet, date and address
// above its text with each event's evidence highlighted. Everything from the document is set as
// text, never as HTML, and its address becomes a link only when it is http or https.
import { api, type DocumentRecord } from './api.js';
import { render } from './analyze.js';

interface StoredDocument extends Omit<DocumentRecord, 'removed'> {
  title: string | null; outlet: string | null; url: string | null; date: string | null; removed?: DocumentRecord['removed'];
}

/** An address safe to link to: http or https only (never javascript:, data: and the like). */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch { return null; }
}

export async function showDocument(id: string): Promise<void> {
  const meta = document.getElementById('doc-meta')!;
  const status = document.getElementById('analyze-status')!;
  meta.replaceChildren();
  status.textContent = 'Loading…';
  try {
    const d = await api<StoredDocument>(`/api/documents/${encodeURIComponent(id)}`);
    const h = document.createElement('h2');
    h.textContent = d.title || d.id;
    const line = document.createElement('p');
    line.className = 'doc-source';
    line.append([d.outlet, d.date].filter(Boolean).join(' · '));
    const href = safeHref(d.url);
    if (d.url) {
      line.append(line.textContent ? ' · ' : '');
      if (href) {
        const a = document.createElement('a');
        a.href = href; a.rel = 'noopener noreferrer'; a.textContent = d.url;
        line.append(a);
      } else line.append(d.url);
    }
    meta.append(h, line);
    status.textContent = `${d.events.length} events.`;
    render({ ...d, text: d.text ?? '', removed: d.removed ?? [] });
  } catch (err) {
    status.textContent = `Could not load the document: ${(err as Error).message}`;
  }
}
