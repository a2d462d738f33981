// An export written to a file: what `dyad export` writes, and what the server's reader threads
// write for /api/export, so the two give the same file. The row formats are written a row at a
// time and Parquet a row group at a time, so a corpus is never held in memory (the actor network,
// an aggregate, is the exception).
import { createWriteStream } from 'node:fs';
import type { EventFilter, Store } from '../store/store.js';
import type { ExportFormat } from './formats.js';

/** What was written: events, and events the format leaves out (GeoJSON: one with no place). */
export interface ExportCount { events: number; skipped: number }

/** Write the events `filter` selects as `format` to `path` (created or replaced). */
export async function writeExportFile(store: Store, format: ExportFormat, filter: EventFilter, path: string): Promise<ExportCount> {
  if (format === 'parquet') {
    const { writeParquetFile } = await import('./parquet.js');
    return { events: await writeParquetFile(store.events(filter), path), skipped: 0 };
  }
  const out = createWriteStream(path);
  try {
    const count = await writeText(store, format, filter, out);
    await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
    return count;
  } catch (e) {
    out.destroy();
    throw e;
  }
}

async function writeText(store: Store, format: Exclude<ExportFormat, 'parquet'>, filter: EventFilter, out: NodeJS.WritableStream): Promise<ExportCount> {
  const { exporterFor, documentUrls } = await import('./exporter.js');
  const ex = exporterFor(format);
  let events = 0, skipped = 0;
  if (!ex.streamed) {
    for await (const e of store.events(filter)) { ex.add(e); events++; }
    await write(out, ex.body());
    return { events, skipped };
  }
  const urls = await documentUrls(format, store);
  await write(out, ex.writer.head());
  // a format may leave an event out: what is counted is what was written
  for await (const e of store.events(filter)) {
    const row = ex.writer.row(e, urls?.get(e.doc) ?? null);
    if (row) { await write(out, row); events++; } else skipped++;
  }
  await write(out, ex.writer.tail());
  return { events, skipped };
}

/** Write, waiting for the stream to drain when its buffer is full (memory stays bounded). */
export async function write(out: NodeJS.WritableStream, s: string | Uint8Array): Promise<void> {
  if (s.length && !out.write(s)) await new Promise((r) => out.once('drain', r));
}
