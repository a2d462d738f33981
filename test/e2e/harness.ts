// What the browser tests share: a corpus made from the example sentences and the bundled
// example, stored in a temporary SQLite file and served on a free loopback port, and Debian's
// chromium driven through playwright-core (no browser download).
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import { serve } from '@hono/node-server';
import { createApp } from '../../src/server/app.js';
import { webHandler } from '../../src/server/web.js';
import { createCoder } from '../../src/pipeline/analyze.js';
import { openSqlite } from '../../src/store/sqlite/sqlite-store.js';
import { ingest } from '../../src/ingest/run.js';
import { readSources } from '../../src/readers/sources.js';
import { relink } from '../../src/store/relink.js';
import { makeCorpus } from '../corpus/store.cases.js';
import type { Store } from '../../src/store/store.js';

export const root = join(__dirname, '..', '..');
/** Screenshots for people to look at (git-ignored). */
export const shots = join(root, 'test', 'e2e', 'screenshots');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

export interface Served { base: string; browser: Browser; store: Store; close(): Promise<void> }

export async function servePage(name: string): Promise<Served> {
  if (!existsSync(join(root, 'web', 'dist', 'index.html'))) throw new Error('the page is not built: run npm run build');
  if (!existsSync(CHROMIUM)) throw new Error(`no browser at ${CHROMIUM}: install Debian's chromium (apt-get install chromium), as .ci/run does`);
  mkdirSync(shots, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), `dyad-${name}-`));
  makeCorpus(join(dir, 'c'), 80);
  const store = openSqlite(join(dir, 'web.db'));
  await ingest(readSources([join(dir, 'c'), join(root, 'examples')]), store, { workers: 0 });
  await relink(store);
  const app = createApp({ coder: createCoder(), store, web: webHandler() });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((r) => server.once('listening', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  return {
    base, browser, store,
    close: async () => { await browser.close(); server.close(); await store.close(); rmSync(dir, { recursive: true, force: true }); },
  };
}
