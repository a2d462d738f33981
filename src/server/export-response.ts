// GET /api/export's answer. The file is written by a reader thread (read-pool.ts): the query,
// the formatting and, for Parquet and the networks, the whole file in memory never run on the
// thread that answers requests, so a large export holds up no other request. This thread only
// streams the finished file out, from disk, as the client reads it.
import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { EventFilter } from '../store/store.js';
import type { ExportFormat } from '../export/formats.js';
import { EXPORT_MEDIA } from '../export/exporter.js';
import type { Reader } from './read-pool.js';

export async function exportResponse(format: ExportFormat, f: EventFilter, reader: Reader): Promise<Response> {
  const { type, ext } = EXPORT_MEDIA[format];
  const dir = await mkdtemp(join(tmpdir(), 'dyad-export-'));
  const gone = () => rm(dir, { recursive: true, force: true });
  const path = join(dir, `dyad-events.${ext}`);
  let file, size;
  try {
    await reader.exportFile({ format, filter: f, path });
    file = await open(path);
    size = (await file.stat()).size;
  } catch (e) {
    await file?.close();
    await gone();
    throw e;
  }
  // an open file is read to its end after its name is removed: removing it now leaves nothing
  // behind whatever the client does; Windows cannot remove an open file, so there it goes on close
  const now = process.platform !== 'win32';
  if (now) await gone();
  const stream = file.createReadStream();
  stream.once('close', () => { if (!now) void gone(); });
  const headers = { 'content-type': type, 'content-length': String(size), 'content-disposition': `attachment; filename="dyad-events.${ext}"` };
  return new Response(Readable.toWeb(stream) as ReadableStream<Uint8Array>, { headers });
}
