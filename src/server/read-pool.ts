// The server's reads (event pages, counts, aggregates, documents, search) run in a small pool of
// reader threads, each with its own connection to the corpus (read-only for SQLite), never on
// the thread that answers requests: a slow query delays only the requests that wait for it, and
// the JSON of an answer is written where it was read. Exports are written to a file there too
// (query, formatting and all), which the requests' thread only streams out. Each read has a time
// budget.
import { availableParallelism } from 'node:os';
import Tinypool from 'tinypool';
import type { EventFilter, Store } from '../store/store.js';
import type { ExportFormat } from '../export/formats.js';
import { writeExportFile, type ExportCount } from '../export/write-file.js';
import { readAnswer, type ReadTask } from './read-answers.js';
import type { ExportJob, ReadJob } from './read-worker.js';
import { BusyError } from './analyze-pool.js';
import { workerFile } from './worker-file.js';

/**
 * An export of the events `filter` selects, as `format`, to the file `path`. One stopped past its
 * budget ends its reader's thread midway; Node closes the descriptors a worker opened when it
 * exits (Worker `trackUnmanagedFds`, on by default), so its file is not left open (export-pool.test.ts).
 */
export interface ExportTask { format: ExportFormat; filter: EventFilter; path: string }

/** Reads answers; see read-answers.ts. */
export interface Reader {
  read(task: ReadTask): Promise<string | null>;
  /** writes an export's file (see export-response.ts, which sends it) */
  exportFile(task: ExportTask): Promise<ExportCount>;
  /** reads under way or waiting */
  pending(): number;
  /** when (Date.now()) a read last started or ended */
  lastRead(): number;
  /** resolves once every reader has opened the corpus */
  ready(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Counts the reads and exports under way, and notes when one last started or ended: the
 * server warms its cache only while the readers are otherwise idle.
 */
function counted(read: (task: ReadTask) => Promise<string | null>, exportFile: (task: ExportTask) => Promise<ExportCount>) {
  let n = 0, last = 0;
  const count = <T, R>(f: (task: T) => Promise<R>) => async (task: T): Promise<R> => {
    n++; last = Date.now();
    try { return await f(task); } finally { n--; last = Date.now(); }
  };
  return { read: count(read), exportFile: count(exportFile), pending: () => n, lastRead: () => last };
}

/** Reads in this thread, on `store` (tests, the library). */
export function inThreadReader(store: Store): Reader {
  const reads = counted((task) => readAnswer(store, task), (t) => writeExportFile(store, t.format, t.filter, t.path));
  return { ...reads, ready: async () => {}, close: async () => {} };
}

export interface ReadPoolOptions {
  /** the corpus: a SQLite file or a postgres:// URL (as --db) */
  db: string;
  /** reader threads (default: the cores, at least 2, at most 4) */
  threads?: number;
  /** SQLite page cache of each reader, in MB */
  cacheMB?: number;
  /** time budget per read, in milliseconds */
  budgetMs?: number;
  /** reads that may wait for a thread; one more is refused as busy */
  queue?: number;
  /** time budget per export, in milliseconds (a whole corpus takes far longer than a page) */
  exportBudgetMs?: number;
}

export function createReadPool(opts: ReadPoolOptions): Reader {
  const threads = opts.threads ?? Math.min(4, Math.max(2, availableParallelism()));
  const queue = opts.queue ?? 2000;
  // every thread at once, so the first requests do not wait for one to start
  const pool = new Tinypool({ filename: workerFile('read-worker.js'), minThreads: threads, maxThreads: threads, maxQueue: queue, idleTimeout: Infinity });
  const run = budgeted(pool, threads, queue);
  const job = <T>(task: T) => ({ db: opts.db, cacheMB: opts.cacheMB ?? 64, task });
  // an export holds its thread for as long as it takes: some threads are kept for the page's reads
  // exports at once: the threads less one, at least one; one more is refused as busy
  const maxExports = Math.max(1, threads - 1);
  let exporting = 0;
  const exportFile = async (task: ExportTask): Promise<ExportCount> => {
    if (exporting >= maxExports) throw new BusyError(`the server is busy (${exporting} exports running); try again shortly`);
    exporting++;
    try { return await run<ExportJob, ExportCount>(job(task), 'exportFile', opts.exportBudgetMs ?? 600_000, 'the export'); } finally { exporting--; }
  };
  return {
    ...counted((task) => run<ReadJob, string | null>(job(task), 'default', opts.budgetMs ?? 30_000, 'the query'), exportFile),
    // as many opening reads at once as there are threads: one each (a thread takes one at a time)
    ready: async () => { await Promise.all(Array.from({ length: threads }, () => pool.run(job(null)))); },
    close: () => pool.destroy(),
  };
}

/** Runs a task of the pool within its time budget; past it, or with the queue full, a BusyError (503). */
function budgeted(pool: Tinypool, threads: number, queue: number) {
  return async <J, R>(job: J, name: string, budgetMs: number, what: string): Promise<R> => {
    const ctrl = new AbortController();
    const timer = setTimeout(() => ctrl.abort(), budgetMs);
    try {
      return (await pool.run(job, { name, signal: ctrl.signal })) as R;
    } catch (e) {
      if (ctrl.signal.aborted) throw new BusyError(`${what} took longer than ${budgetMs / 1000} s and was stopped; narrow the filters and try again`);
      if (/queue is at limit/i.test((e as Error).message)) throw new BusyError(`the server is busy (${threads} readers running, ${queue} reads waiting); try again shortly`);
      throw e;
    } finally { clearTimeout(timer); }
  };
}
