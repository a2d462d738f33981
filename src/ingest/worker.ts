// A coding worker (a tinypool task module): opens a coder once, from the dictionary cache, then
// codes the records it is given. Every failure comes back as a value, never as a throw: a coder
// that cannot be opened is `fatal` (the run stops with that one line), a record that cannot be
// coded is an `error` (that document is recorded as failed and the run goes on).
import { workerData } from 'node:worker_threads';
import type { Doc, InputRecord } from '../doc/types.js';
import type { Coder } from '../pipeline/analyze.js';
import type { LoadOptions } from '../dictionaries/dict-files.js';
import { openCoder } from '../pipeline/open-coder.js';
import { isDyadError } from '../errors.js';
import { slimDoc } from './slim.js';

/** `started`: shared with the pool, set when coding begins, so the time budget counts coding, not start-up */
export type WorkerTask = { ping: true } | { record: InputRecord; started?: Int32Array };
export type WorkerResult = { ready: true; ms: number } | { doc: Doc } | { error: string } | { fatal: string };

const started = performance.now();
// tinypool passes [its own data, ours]
const dict = ((Array.isArray(workerData) ? workerData[1] : workerData)?.dict ?? {}) as LoadOptions;
let coder: Promise<Coder> | null = null;

const message = (e: unknown) => (isDyadError(e) ? e.message : `could not be coded: ${(e as Error)?.message ?? String(e)}`);

export default async function code(task: WorkerTask): Promise<WorkerResult> {
  coder ??= openCoder(dict);
  let c: Coder;
  try { c = await coder; } catch (e) { return { fatal: isDyadError(e) ? e.message : `the coding worker could not start: ${(e as Error)?.message ?? String(e)}` }; }
  if ('ping' in task) return { ready: true, ms: performance.now() - started };
  if (task.started) Atomics.store(task.started, 0, 1);
  try {
    await c.ready(task.record);
    return { doc: slimDoc(c.analyze(task.record), task.record.text !== undefined) };
  } catch (e) {
    return { error: message(e) };
  }
}
