// The coding pool: tinypool's worker threads, each with a coder opened from the dictionary
// cache. tinypool turns a worker's `error` event into a rejected task and replaces the worker;
// a task that overruns its time budget (counted from when its worker starts coding it) is aborted, which ends its worker (synchronous coding
// cannot be interrupted otherwise) and starts another. Start-up is checked before any document:
// a worker that cannot open its coder stops the run with that one line.
import { Tinypool } from 'tinypool';
import type { Doc, InputRecord } from '../doc/types.js';
import type { LoadOptions } from '../dictionaries/dict-files.js';
import { DyadError } from '../errors.js';
import { warmLexiconCache } from '../dictionaries/cache.js';
import type { WorkerResult, WorkerTask } from './worker.js';

export interface CodingPool {
  /** Code one record: its Doc, or the reason it failed (a coding error, a worker that died, the time budget). */
  code(rec: InputRecord): Promise<{ doc?: Doc; error?: string }>;
  /** Milliseconds each worker took to start (open its coder). */
  startup: number[];
  close(): Promise<void>;
}

export async function openPool(threads: number, dict: LoadOptions, timeLimitSec: number): Promise<CodingPool> {
  // compile the dictionaries once here (a cold cache), not once per worker; an unreadable
  // dictionary fails here with the same line as coding in this thread
  await warmLexiconCache(dict);
  const pool = new Tinypool({ filename: new URL('./worker.js', import.meta.url).href, minThreads: threads, maxThreads: threads, workerData: { dict }, idleTimeout: 60_000,
    // a worker runs a file: flags for an --eval parent (--input-type) would stop it starting
    execArgv: process.execArgv.filter((a) => !a.startsWith('--input-type')) });
  const run = (task: WorkerTask, signal?: AbortSignal) => pool.run(task, signal ? { signal } : {}) as Promise<WorkerResult>;
  let startup: number[];
  try {
    const ready = await Promise.all(Array.from({ length: threads }, () => run({ ping: true })));
    const fatal = ready.find((r): r is { fatal: string } => 'fatal' in r);
    if (fatal) throw new DyadError('E_DICT', fatal.fatal);
    startup = ready.map((r) => ('ms' in r ? Math.round(r.ms) : 0));
  } catch (e) {
    await pool.destroy();
    if (e instanceof DyadError) throw e;
    throw new DyadError('E_WORKER', `the coding workers could not start: ${(e as Error).message}`, { cause: e });
  }
  return {
    startup,
    async code(rec) {
      // the budget starts when the worker starts coding: a worker that replaces an ended one
      // spends its own start-up first, which is no fault of the document
      const started = new Int32Array(new SharedArrayBuffer(4));
      const abort = new AbortController();
      let t0 = 0;
      const clock = setInterval(() => {
        if (!t0 && Atomics.load(started, 0)) t0 = Date.now();
        if (t0 && Date.now() - t0 > timeLimitSec * 1000) abort.abort();
      }, 50);
      try {
        const r = await run({ record: rec, started }, abort.signal);
        if ('doc' in r) return { doc: r.doc };
        if ('error' in r) return { error: r.error };
        if ('fatal' in r) return { error: r.fatal };
        return { error: 'the coding worker gave no result' };
      } catch (e) {
        const err = e as Error;
        if (err?.name === 'AbortError' || err?.name === 'TimeoutError') return { error: `not coded within the time limit of ${timeLimitSec} s per document` };
        return { error: `the coding worker failed on this document: ${err?.message ?? String(e)}` };
      } finally { clearInterval(clock); }
    },
    close: () => pool.destroy(),
  };
}
