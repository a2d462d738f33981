// A reader thread of the server (read-pool.ts): opens the corpus once (SQLite read-only) and
// answers reads with their JSON text, and writes exports to files (exportFile).
import { openStore } from '../store/open.js';
import type { Store } from '../store/store.js';
import { readAnswer, type ReadTask } from './read-answers.js';
import { writeExportFile, type ExportCount } from '../export/write-file.js';
import type { ExportTask } from './read-pool.js';

/** One task for a reader thread, with the corpus it reads. */
export interface PoolJob<T> { db: string; cacheMB: number; task: T }
/** A read, or with no task, the opening of the corpus alone. */
export type ReadJob = PoolJob<ReadTask | null>;
/** An export, written to `task.path`. */
export type ExportJob = PoolJob<ExportTask>;

let store: Promise<Store> | null = null;
const opened = (job: PoolJob<unknown>) => (store ??= openStore(job.db, { sqliteCacheMB: job.cacheMB, readonly: true }));

export default async function read(job: ReadJob): Promise<string | null> {
  const s = await opened(job);
  return job.task ? readAnswer(s, job.task) : null;
}

/** Tinypool calls this by name: an export's whole work (query, formatting, writing) in this thread. */
export async function exportFile(job: ExportJob): Promise<ExportCount> {
  const { format, filter, path } = job.task;
  return writeExportFile(await opened(job), format, filter, path);
}
