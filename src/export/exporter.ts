// From a format name to what writes it, for the CLI and the API alike. Row formats stream one
// event at a time; the network formats need every event before they can write (Parquet is
// written in row groups by parquet.ts, see write-file.ts).
import type { Event } from '../doc/types.js';
import type { Store } from '../store/store.js';
import { Network, csvWriter, gdeltWriter, geojsonWriter, jsonlWriter, type ExportFormat, type Writer } from './formats.js';

export type Exporter =
  | { streamed: true; writer: Writer }
  | { streamed: false; add(e: Event): void; body(): string | Uint8Array };

export const EXPORT_MEDIA: Record<ExportFormat, { type: string; ext: string }> = {
  jsonl: { type: 'application/x-ndjson', ext: 'jsonl' },
  csv: { type: 'text/csv', ext: 'csv' },
  gdelt: { type: 'text/tab-separated-values', ext: 'tsv' },
  geojson: { type: 'application/geo+json', ext: 'geojson' },
  graphml: { type: 'application/xml', ext: 'graphml' },
  gexf: { type: 'application/xml', ext: 'gexf' },
  parquet: { type: 'application/vnd.apache.parquet', ext: 'parquet' },
};

export function exporterFor(format: Exclude<ExportFormat, 'parquet'>): Exporter {
  switch (format) {
    case 'graphml':
    case 'gexf': { const net = new Network(); return { streamed: false, add: (e) => net.add(e), body: () => (format === 'graphml' ? net.graphml() : net.gexf()) }; }
    case 'csv': return { streamed: true, writer: csvWriter() };
    case 'gdelt': return { streamed: true, writer: gdeltWriter() };
    case 'geojson': return { streamed: true, writer: geojsonWriter() };
    case 'jsonl': return { streamed: true, writer: jsonlWriter() };
  }
}

/** Documents' URLs by id, read only for GDELT, the one format whose rows carry them. */
export async function documentUrls(format: ExportFormat, store: Store): Promise<Map<string, string | null> | null> {
  if (format !== 'gdelt') return null;
  const urls = new Map<string, string | null>();
  for await (const d of store.documents('coded')) urls.set(d.id, d.url);
  return urls;
}
