// `dyad ingest`: records from the sources are coded in a pool of worker threads (tinypool, one
// per core) and written by this thread, one transaction per batch of documents. A document
// already stored with the same content is not coded again, so a second run, or a run after a
// crash, stores each once. A worker that fails, dies or overruns the time budget fails that
// document (recorded with the reason) and the run goes on; a worker that cannot start (a bad
// dictionary) stops the run with the same one line as coding in this thread would.
import { availableParallelism } from 'node:os';
import { createHash } from 'node:crypto';
import type { Doc, InputRecord } from '../doc/types.js';
import type { Store } from '../store/store.js';
import type { SourceItem } from '../readers/sources.js';
import type { LoadOptions } from '../dictionaries/dict-files.js';
import { contentId } from '../readers/record.js';
import { isDyadError } from '../errors.js';
import { slimDoc } from './slim.js';
import { openPool, type CodingPool } from './pool.js';

/**
 * `replaced`: coded documents that were stored before with other content (among `coded`);
 * `dateAssumed`: coded documents stored without a publication date (today stood in for it).
 */
export interface IngestStats { seen: number; coded: number; replaced: number; unchanged: number; failed: number; events: number; dateAssumed: number; startedAt: number }
/** `timeLimit`: seconds a worker may spend on one document before it is failed (default 60). */
export interface IngestOptions { workers?: number; dict?: LoadOptions; onProgress?: (s: IngestStats) => void; force?: boolean; timeLimit?: number }

/** The hash that says whether a stored document has changed: its content and its metadata. */
export function contentHash(r: InputRecord): string {
  return createHash('sha1').update(JSON.stringify([r.text ?? null, r.html ?? null, r.date ?? null, r.url ?? null, r.title ?? null, r.outlet ?? null])).digest('hex');
}

type Coded = { doc?: Doc; error?: string };
type Code = (rec: InputRecord) => Promise<Coded>;

/** Coding in this thread (`--workers 0`): the same results as the pool, without a time budget. */
async function inThread(dict: LoadOptions): Promise<Code> {
  const { openCoder } = await import('../pipeline/open-coder.js');
  const coder = await openCoder(dict);
  return async (rec) => {
    try { await coder.ready(rec); return { doc: slimDoc(coder.analyze(rec), rec.text !== undefined) }; } catch (e) { return { error: isDyadError(e) ? e.message : `could not be coded: ${(e as Error).message}` }; }
  };
}

export async function ingest(items: AsyncIterable<SourceItem>, store: Store, opts: IngestOptions = {}): Promise<IngestStats> {
  const stats: IngestStats = { seen: 0, coded: 0, replaced: 0, unchanged: 0, failed: 0, events: 0, dateAssumed: 0, startedAt: Date.now() };
  const n = opts.workers ?? Math.max(1, availableParallelism());
  const timeLimit = opts.timeLimit ?? 60;
  let pool: CodingPool | null = null;
  const code: Code = n === 0 ? await inThread(opts.dict ?? {}) : async (rec) => pool!.code(rec);
  if (n > 0) pool = await openPool(n, opts.dict ?? {}, timeLimit);
  const inflight = new Set<Promise<void>>();
  // a failed write stops the run; kept here so no document's promise is left rejected unheard
  let failure: unknown = null;
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
      if (!r.stored) { if (r.reason === 'failed') stats.failed++; else stats.unchanged++; return; }
      stats.coded++; stats.events += batch[i].doc.events.length;
      if (r.reason === 'replaced') stats.replaced++;
      if (!batch[i].doc.dateGiven) stats.dateAssumed++;
    });
  };
  // a few documents queued per worker keep them busy while this thread writes (the time budget
  // counts from when a worker starts a document, so waiting in the queue costs it nothing)
  const limit = Math.max(1, n) * 4;

  const handle = async (rec: InputRecord, origin: string, hash: string): Promise<void> => {
    const res = await code(rec);
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
      const p = handle(rec, item.origin, hash).catch((e) => { failure ??= e; }).finally(() => inflight.delete(p));
      inflight.add(p);
      if (inflight.size >= limit) await Promise.race(inflight);
      if (failure) throw failure;
    }
    await Promise.all(inflight);
    if (failure) throw failure;
    await flush();
  } finally {
    await pool?.close();
  }
  return stats;
}

