// The server's reads (event pages, counts, aggregates, documents, search) run in a small pool of
// reader threads, each with its own connection to the corpus (read-only for SQLite), never on
// the thread that answers requests: a slow query delays only the requests that wait for it, and
// the JSON of an answer is written where it was read. Each read has a time budget.
import { availableParallelism } from 'node:os';
import Tinypool from 'tinypool';
import type { Store } from '../store/store.js';
import { readAnswer, type ReadTask } from './read-answers.js';
import type { ReadJob } from './read-worker.js';
import { BusyError } from './analyze-pool.js';
import { workerFile } from './worker-file.js';

/** Reads answers; see read-answers.ts. */
export interface Reader {
  read(task: ReadTask): Promise<string | null>;
  /** reads under way or waiting */
  pending(): number;
  /** when (Date.now()) a read last started or ended */
  lastRead(): number;
  /** resolves once every reader has opened the corpus */
  ready(): Promise<void>;
  close(): Promise<void>;
}

/** Counts the reads of `read` under way, and notes when one last started or ended. */
function counted(read: (task: ReadTask) => Promise<string | null>) {
  let n = 0, last = 0;
  return {
    read: async (task: ReadTask) => {
      n++; last = Date.now();
      try { return await read(task); } finally { n--; last = Date.now(); }
    },
    pending: () => n,
    lastRead: () => last,
  };
}

/** Reads in this thread, on `store` (tests, the library). */
export function inThreadReader(store: Store): Reader {
  return { ...counted((task) => readAnswer(store, task)), ready: async () => {}, close: async () => {} };
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
}

export function createReadPool(opts: ReadPoolOptions): Reader {
  const threads = opts.threads ?? Math.min(4, Math.max(2, availableParallelism()));
  const budgetMs = opts.budgetMs ?? 30_000;
  const queue = opts.queue ?? 2000;
  // every thread at once, so the first requests do not wait for one to start
  const pool = new Tinypool({ filename: workerFile('read-worker.js'), minThreads: threads, maxThreads: threads, maxQueue: queue, idleTimeout: Infinity });
  const job = (task: ReadTask | null): ReadJob => ({ db: opts.db, cacheMB: opts.cacheMB ?? 64, task });
  return {
    ...counted(async (task) => {
      const ctrl = new AbortController();
      const timer = setTimeout(() => ctrl.abort(), budgetMs);
      try {
        return (await pool.run(job(task), { signal: ctrl.signal })) as string | null;
      } catch (e) {
        if (ctrl.signal.aborted) throw new BusyError(`the query took longer than ${budgetMs / 1000} s and was stopped; narrow the filters and try again`);
        if (/queue is at limit/i.test((e as Error).message)) throw new BusyError(`the server is busy (${threads} readers running, ${queue} reads waiting); try again shortly`);
        throw e;
      } finally { clearTimeout(timer); }
    }),
    // as many opening reads at once as there are threads: one each (a thread takes one at a time)
    ready: async () => { await Promise.all(Array.from({ length: threads }, () => pool.run(job(null)))); },
    close: () => pool.destroy(),
  };
}
