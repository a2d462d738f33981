#!/usr/bin/env node
// Part of the build (npm install, npm run build): compile the bundled dictionaries into the cache
// (src/dictionaries/cache.ts), so the first command after install does not pay for it.
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const t = performance.now();
const { warmLexiconCache, cacheDir } = await import(pathToFileURL(join(dist, 'dictionaries', 'cache.js')).href);
// the cache only saves time: a failure here is reported and the install goes on (the first
// command compiles the dictionaries, and says what is wrong with them)
try {
  await warmLexiconCache({});
  console.log(`dictionaries compiled into ${cacheDir()} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
} catch (e) {
  console.warn(`dictionaries not cached: ${e.message}`);
}
