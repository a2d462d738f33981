// A reader thread of the server (read-pool.ts): opens the corpus once (SQLite read-only) and
// answers reads with their JSON text.
import { openStore } from '../store/open.js';
import type { Store } from '../store/store.js';
import { readAnswer, type ReadTask } from './read-answers.js';

/** A read, or with no task, the opening of the corpus alone. */
export interface ReadJob { db: string; cacheMB: number; task: ReadTask | null }

let store: Promise<Store> | null = null;

export default async function read(job: ReadJob): Promise<string | null> {
  store ??= openStore(job.db, { sqliteCacheMB: job.cacheMB, readonly: true });
  const s = await store;
  return job.task ? readAnswer(s, job.task) : null;
}
