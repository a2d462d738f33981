// Talking to the Dyad API: JSON in and out, errors turned into messages for the page.
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
export interface DocumentRecord { id: string; text: string; events: Ev[]; removed: { span: [number, number]; why: string }[] }
