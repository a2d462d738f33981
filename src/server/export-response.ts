// GET /api/export's answer: the row formats streamed as the client reads them, the others
// (Parquet, the networks) written whole.
import type { EventFilter, Store } from '../store/store.js';
import { type ExportFormat } from '../export/formats.js';
import { exporterFor, documentUrls, EXPORT_MEDIA } from '../export/exporter.js';

export async function exportResponse(format: ExportFormat, f: EventFilter, s: Store): Promise<Response> {
  const { type, ext } = EXPORT_MEDIA[format];
  const headers = { 'content-type': type, 'content-disposition': `attachment; filename="dyad-events.${ext}"` };
  const ex = exporterFor(format);
  if (!ex.streamed) {
    for await (const e of s.events(f)) ex.add(e);
    const body = ex.body();
    return new Response(typeof body === 'string' ? body : new Blob([body as BlobPart]), { headers });
  }
  const urls = await documentUrls(format, s);
  const enc = new TextEncoder();
  const rows = s.events(f)[Symbol.asyncIterator]();
  let started = false, cancelled = false;
  // rows are read as the client takes them (pull), so a slow client never makes the server
  // hold the corpus, and one that leaves ends the query (cancel)
  const stream = new ReadableStream<Uint8Array>({
    async pull(ctrl) {
      try {
        if (!started) { started = true; ctrl.enqueue(enc.encode(ex.writer.head())); }
        let chunk = '';
        for (let i = 0; i < 256; i++) {
          const r = await rows.next();
          if (r.done) { ctrl.enqueue(enc.encode(chunk + ex.writer.tail())); ctrl.close(); return; }
          chunk += ex.writer.row(r.value, urls?.get(r.value.doc) ?? null);
        }
        ctrl.enqueue(enc.encode(chunk));
      } catch (e) {
        // a client that left while rows were read: nothing to report
        if (cancelled) return;
        // the status is sent: break the connection, so the file is not taken for whole
        console.error(`dyad serve: export failed: ${(e as Error).message}`);
        ctrl.error(e);
      }
    },
    async cancel() { cancelled = true; await rows.return?.(); },
  });
  return new Response(stream, { headers });
}
