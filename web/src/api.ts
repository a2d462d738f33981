// Talking to the Dyad API: JSON in and out, errors turned into messages for the page; and the
// loading, empty and error states every view shows, with a retry.
export async function api<T>(path: string, init?: RequestInit): Promise<T> {
  const r = await fetch(path, init);
  const body = await r.json().catch(() => ({ error: `HTTP ${r.status}` }));
  if (!r.ok) throw new Error(body.error ?? `HTTP ${r.status}`);
  return body as T;
}

export interface Actor { code: string; name: string; text: string; span: [number, number] }
export interface Ev {
  id: string; doc: string; sentence: number; span: [number, number]; trigger: { text: string; span: [number, number] };
  source: Actor | null; target: Actor | null; cameo: string; root: string; quad: number; goldstein: number; label: string;
  modality: string; attribution: { source: string; kind: string } | null; when: { date: string; historical: boolean } | null;
  where: { name: string; country: string | null; lat: number; lon: number } | null; rule: string;
}
/** An event as /api/events lists it: with its document's outlet and its evidence (the trigger's offsets are in the evidence text). */
export interface Listed extends Ev { outlet: string | null; evidence: { text: string; trigger: [number, number] | null } | null }
export interface Removed { span: [number, number]; why: string }
export interface DocumentRecord { id: string; text: string; events: Ev[]; removed: Removed[] }
export interface Page { total: number; limit: number; offset: number; next: number | null }

/**
 * Run `load` with `box` saying what happens: "Loading…", then nothing (or `empty` when `load`
 * says there was nothing), or the error with a Retry button.
 */
export async function withState(box: HTMLElement, load: () => Promise<boolean>, empty = 'Nothing matches these filters.'): Promise<void> {
  box.className = 'state loading';
  box.textContent = 'Loading…';
  try {
    const any = await load();
    box.className = any ? 'state' : 'state empty';
    box.textContent = any ? '' : empty;
  } catch (err) {
    box.className = 'state error';
    box.textContent = `Could not load: ${(err as Error).message} `;
    const retry = document.createElement('button');
    retry.type = 'button';
    retry.textContent = 'Retry';
    retry.addEventListener('click', () => void withState(box, load, empty));
    box.append(retry);
  }
}

/** An element with text content only: document text never becomes markup. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'text') e.textContent = v;
    else if (k === 'class') e.className = v;
    else e.setAttribute(k, v);
  }
  e.append(...children);
  return e;
}

/** A link inside the page (the router follows it without a reload). */
export const link = (href: string, text: string, label?: string) => h('a', { href, 'data-nav': '', ...(label ? { 'aria-label': label } : {}) }, text);

/** Only http(s) URLs become links: a javascript: or data: URL from a document stays text. */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try { const u = new URL(url); return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null; } catch { return null; }
}
