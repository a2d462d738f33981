// Where a worker thread's module is: compiled next to this module, or under a TypeScript test
// runner (which runs src/), the one in dist/.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DyadError } from '../errors.js';

/** The compiled `name` (e.g. "analyze-worker.js") of this folder. */
export function workerFile(name: string): string {
  const here = fileURLToPath(import.meta.url);
  const beside = resolve(dirname(here), name);
  if (existsSync(beside)) return beside;
  const built = resolve(dirname(here), '..', '..', 'dist', 'server', name);
  if (existsSync(built)) return built;
  throw new DyadError('E_OPTION', `the server's worker is not built (${built}); run npm run build`);
}
