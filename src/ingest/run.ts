// `dyad ingest`: records from the sources are coded in a pool of worker threads (one per core)
// and written by this thread, one transaction per document. A document already stored with the
// same content is not coded again, so a second run, or a run after a crash, stores each once.
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { createHash } from 'node:crypto';
import type { Doc, InputRecord } from '../doc/types.js';
import type { Store } from '../store/store.js';
import type { SourceItem } from '../readers/sources.js';
import { createCoder } from '../pipeline/analyze.js';
import type { LoadOptions } from '../dictionaries/lexicon.js';
import { contentId } from '../readers/record.js';
import { isDyadError } from '../errors.js';
import { slimDoc } from './slim.js';

/** `replaced`: coded documents that were stored before with other content (among `coded`) */
export interface IngestStats { seen: number; coded: number; replaced: number; unchanged: number; failed: number; events: number; startedAt: number }
export interface IngestOptions { workers?: number; dict?: LoadOptions; onProgress?: (s: IngestStats) => void; force?: boolean }

/** The hash that says whether a stored document has changed: its content and its metadata. */
export function contentHash(r: InputRecord): string {
  return createHash('sha1').update(JSON.stringify([r.text ?? null, r.html ?? null, r.date ?? null, r.url ?? null, r.title ?? null, r.outlet ?? null])).digest('hex');
}

export async function ingest(items: AsyncIterable<SourceItem>, store: Store, opts: IngestOptions = {}): Promise<IngestStats> {
  const stats: IngestStats = { seen: 0, coded: 0, replaced: 0, unchanged: 0, failed: 0, events: 0, startedAt: Date.now() };
  const n = opts.workers ?? Math.max(1, availableParallelism());
  const coder = n === 0 ? createCoder(opts.dict ?? {}) : null;
  const pool = n === 0 ? [] : Array.from({ length: n }, () => new Worker(new URL('./worker.js', import.meta.url), { workerData: { dict: opts.dict ?? {} } }));
  const waiting = new Map<number, { resolve: (r: { doc?: Doc; error?: string }) => void }>();
  for (const w of pool) w.on('message', (m: { n: number; doc?: Doc; error?: string }) => { waiting.get(m.n)?.resolve(m); waiting.delete(m.n); });
  let next = 0;
  const inflight = new Set<Promise<void>>();
  // coded documents are written in small batches, each batch one transaction
  const BATCH = 16;
  let pending: { doc: Doc; origin: string; hash: string }[] = [];
  const flush = async () => {
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    const results = await store.putCodedBatch(batch, opts.force);
    // a document the store refused is marked failed there, alone: its batch is stored
    results.forEach((r, i) => {
      if (r.stored) { stats.coded++; if (r.reason === 'replaced') stats.replaced++; stats.events += batch[i].doc.events.length; } else if (r.reason === 'failed') stats.failed++; else stats.unchanged++;
    });
  };
  const limit = Math.max(1, n) * 4;

  const handle = async (rec: InputRecord, origin: string, hash: string): Promise<void> => {
    let res: { doc?: Doc; error?: string };
    if (coder) {
      try { res = { doc: slimDoc(coder.analyze(rec), rec.text !== undefined) }; } catch (e) { res = { error: isDyadError(e) ? e.message : `could not be coded: ${(e as Error).message}` }; }
    } else {
      const id = next++;
      res = await new Promise((resolve) => { waiting.set(id, { resolve }); pool[id % pool.length].postMessage({ n: id, record: rec }); });
    }
    if (res.doc) {
      // the worker sends back no text for a text record: this thread has it
      if (!res.doc.text) res.doc.text = rec.text ?? '';
      pending.push({ doc: res.doc, origin, hash });
      if (pending.length >= BATCH) await flush();
    } else {
      stats.failed++;
      await store.putFailed(rec.id ?? contentId(rec), origin, res.error ?? 'unknown error');
    }
    opts.onProgress?.(stats);
  };

  try {
    for await (const item of items) {
      stats.seen++;
      if ('failed' in item) {
        stats.failed++;
        await store.putFailed(item.id, item.origin, item.failed.message);
        opts.onProgress?.(stats);
        continue;
      }
      const rec = item.record.id ? item.record : { ...item.record, id: contentId(item.record) };
      const hash = contentHash(rec);
      // unchanged since it was stored: nothing to do (this is what makes a second run idempotent)
      if (!opts.force && (await store.codedHash(rec.id!)) === hash) { stats.unchanged++; opts.onProgress?.(stats); continue; }
      const p = handle(rec, item.origin, hash).finally(() => inflight.delete(p));
      inflight.add(p);
      if (inflight.size >= limit) await Promise.race(inflight);
    }
    await Promise.all(inflight);
    await flush();
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return stats;
}
