// Coding for POST /api/analyze runs in a pool of worker threads, never on the thread that answers
// requests: a long article delays only itself. The pool is bounded (threads and a short queue;
// past it the server says it is busy) and each article has a time budget (past it, the worker is
// stopped and the client told why).
import { availableParallelism } from 'node:os';
import Tinypool from 'tinypool';
import type { InputRecord } from '../doc/types.js';
import type { LoadOptions } from '../dictionaries/lexicon.js';
import type { AnalyzeTask, WorkerError } from './analyze-worker.js';
import type { ActorHit } from './actor-search.js';
import { DyadError, type ErrorCode } from '../errors.js';
import { workerFile } from './worker-file.js';

export interface AnalyzePoolOptions {
  dict?: LoadOptions;
  /** worker threads (default: the cores less one for the server, at least 1, at most 4) */
  threads?: number;
  /** analyses that may wait for a thread; one more is refused as busy */
  queue?: number;
  /** time budget per article, in milliseconds */
  budgetMs?: number;
}

export interface Analyzer {
  /** The Document record of a coded article, as UTF-8 JSON. */
  analyze(rec: InputRecord): Promise<Uint8Array>;
  searchActors(q: string, limit: number): Promise<ActorHit[]>;
  close(): Promise<void>;
}

export class BusyError extends DyadError { constructor(message: string) { super('E_BUSY', message); } }
export class BudgetError extends DyadError { constructor(message: string) { super('E_BUDGET', message); } }

export function createAnalyzePool(opts: AnalyzePoolOptions = {}): Analyzer {
  const threads = opts.threads ?? Math.min(4, Math.max(1, availableParallelism() - 1));
  const queue = opts.queue ?? threads * 4;
  const budgetMs = opts.budgetMs ?? 30_000;
  const dict = opts.dict ?? {};
  const pool = new Tinypool({ filename: workerFile('analyze-worker.js'), minThreads: 1, maxThreads: threads, maxQueue: queue, idleTimeout: 60_000 });

  async function run<T>(task: AnalyzeTask, what: string): Promise<T> {
    if (pool.queueSize >= queue) throw new BusyError(`the server is busy: ${threads} ${what} running and ${pool.queueSize} waiting; try again shortly`);
    const ctrl = new AbortController();
    const timer = setTimeout(() => ctrl.abort(), budgetMs);
    try {
      const out = (await pool.run(task, { signal: ctrl.signal })) as T | WorkerError;
      if (out && typeof out === 'object' && 'error' in out && !Array.isArray(out)) {
        throw new DyadError(out.error.code as ErrorCode, out.error.message, { where: out.error.where });
      }
      return out as T;
    } catch (e) {
      if (ctrl.signal.aborted) throw new BudgetError(`coding took longer than the ${budgetMs / 1000} s budget and was stopped; send a shorter text, or code long documents with dyad code`);
      if (/queue is at limit/i.test((e as Error).message)) throw new BusyError(`the server is busy (${threads} ${what} running, queue full); try again shortly`);
      throw e;
    } finally { clearTimeout(timer); }
  }

  return {
    analyze: (record) => run<Uint8Array>({ kind: 'analyze', record, dict }, 'analyses'),
    searchActors: (q, limit) => run<ActorHit[]>({ kind: 'actors', q, limit, dict }, 'analyses'),
    close: () => pool.destroy(),
  };
}
