// Dyad's version, read once from package.json (the cache key and `dyad --version`).
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

let version: string | undefined;
export function dyadVersion(): string {
  if (version === undefined) {
    try { version = String(JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', 'package.json'), 'utf8')).version); } catch { version = 'unknown'; }
  }
  return version;
}
