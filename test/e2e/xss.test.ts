// Stored XSS through ingested documents, in a real browser (Debian's chromium through
// playwright-core): documents whose title, outlet, URL and text hold markup, script and
// javascript: addresses are ingested, and every page that shows them is opened. No script may
// run (a window flag stays unset, no dialog opens, the Content-Security-Policy reports no
// blocked attempt), the markup shows as text, and no javascript: link exists.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { ServerType } from '@hono/node-server';
import { createApp } from '../../src/server/app.js';
import { webHandler } from '../../src/server/web.js';
import { listen } from '../../src/server/listen.js';
import { createCoder } from '../../src/pipeline/analyze.js';
import { openSqlite } from '../../src/store/sqlite/sqlite-store.js';
import { ingest } from '../../src/ingest/run.js';
import { relink } from '../../src/store/relink.js';
import type { Store } from '../../src/store/store.js';

const root = join(__dirname, '..', '..');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
// each payload sets window.__xss (or opens a dialog) if it ever runs
const IMG = '<img src=x onerror="window.__xss=\'img\'">';
const SCRIPT = '<script>window.__xss=\'script\'</script>';
const SVG = '<svg onload="window.__xss=\'svg\'">';
const DOCS = [
  { id: 'xss-title', date: '2023-05-10', title: IMG, outlet: SCRIPT, url: 'javascript:window.__xss=\'url\'', text: `Turkey condemned Israel on Tuesday in Ankara. ${IMG} ${SCRIPT} Iran threatened to attack Israel. ${SVG}` },
  { id: 'xss-url', date: '2023-05-11', title: '"><iframe src="javascript:alert(1)"></iframe>', outlet: '<b onmouseover=alert(1)>Outlet</b>', url: ' JaVaScRiPt:alert(1)', text: 'Russian forces shelled Kharkiv overnight, according to <b onmouseover="alert(1)">KCNA</b>. "><img src=x onerror=alert(1)>' },
  { id: 'xss-data', date: '2023-05-12', title: 'data link', url: 'data:text/html,<script>alert(1)</script>', text: 'China and Russia rejected the proposal by the United States. javascript:alert(1)' },
  { id: 'xss-html', date: '2023-05-12', html: `<html><head><title>${IMG}</title></head><body><p>Ukraine and Poland signed an agreement in Warsaw.</p><p>${IMG}</p>${SCRIPT}<a href="javascript:alert(1)">click</a></body></html>` },
  { id: 'good-link', date: '2023-05-13', title: 'A plain report', outlet: 'Example News', url: 'https://news.example/report?a=1&b=2', text: 'Turkey condemned Israel on Friday.' },
];

let dir: string, store: Store, server: ServerType, base: string, browser: Browser, page: Page;
const dialogs: string[] = [];
const cspReports: string[] = [];

beforeAll(async () => {
  if (!existsSync(join(root, 'web', 'dist', 'index.html'))) throw new Error('the page is not built: run npm run build');
  if (!existsSync(CHROMIUM)) throw new Error(`no browser at ${CHROMIUM}: install Debian's chromium (apt-get install chromium)`);
  dir = mkdtempSync(join(tmpdir(), 'dyad-xss-'));
  store = openSqlite(join(dir, 'xss.db'));
  async function* docs() { for (const d of DOCS) yield { record: d, origin: `test:${d.id}` }; }
  await ingest(docs(), store, { workers: 0 });
  await relink(store);
  const app = createApp({ coder: createCoder(), store, web: webHandler() });
  const l = await listen(app.fetch, { host: '127.0.0.1', port: 0 });
  server = l.server;
  base = `http://127.0.0.1:${l.port}`;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
  page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) cspReports.push(m.text()); });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
  await store?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Nothing ran, nothing tried to, no element came from the payloads, no link leaves http(s). */
async function inert(where: string): Promise<void> {
  await page.waitForTimeout(300);            // why: give an onerror/onload handler its chance to fire
  const seen = await page.evaluate(() => ({
    flag: (window as unknown as { __xss?: string }).__xss ?? null,
    scripts: [...document.scripts].map((s) => s.src || 'inline'),
    handlers: [...document.querySelectorAll('*')].flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${e.tagName}.${a.name}`)),
    injected: document.querySelectorAll('main img, main iframe, main script, main b, .doc-text svg, #document-meta svg, #document-title *').length,
    hrefs: [...document.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? ''),
    links: [...document.querySelectorAll('a')].map((a) => (a as HTMLAnchorElement).protocol ?? ''),
  }));
  expect(seen.flag, where).toBeNull();
  expect(dialogs, where).toEqual([]);
  expect(cspReports, where).toEqual([]);
  expect(seen.scripts.every((s) => s.startsWith(base)), where).toBe(true);
  expect(seen.handlers, where).toEqual([]);
  expect(seen.injected, where).toBe(0);
  for (const h of seen.hrefs) expect(h, where).not.toMatch(/^\s*(javascript|data|vbscript):/i);
  for (const p of seen.links) expect(['http:', 'https:', ''], where).toContain(p);
}

describe('stored documents with markup and script in every field', () => {
  it('shows title, outlet, address and text as text', async () => {
    await page.goto(`${base}/documents/xss-title`);
    await page.waitForSelector('#document-text mark.ev');
    expect(await page.locator('#document-title').innerText()).toBe(IMG);
    const source = await page.locator('#document-meta').innerText();
    expect(source).toContain(SCRIPT);
    expect(source).toContain("javascript:window.__xss='url'");
    expect(await page.locator('#document-meta a').count()).toBe(0);  // why: a javascript: address is shown, never linked
    const text = await page.locator('#document-text').innerText();
    expect(text).toContain(IMG);
    expect(text).toContain(SCRIPT);
    expect(await page.locator('#document-text mark.ev').count()).toBeGreaterThan(0);
    await inert('document xss-title');
  });

  it.each(['xss-url', 'xss-data', 'xss-html'])('document %s', async (id) => {
    await page.goto(`${base}/documents/${id}`);
    await page.waitForFunction(() => !document.getElementById('document-state')!.classList.contains('loading'));
    expect(await page.locator('#document-state').innerText()).not.toMatch(/Could not/);
    expect(await page.locator('#document-meta a').count()).toBe(0);
    await inert(`document ${id}`);
  });

  it('links an http(s) address, and only that', async () => {
    await page.goto(`${base}/documents/good-link`);
    await page.waitForSelector('#document-meta a');
    expect(await page.locator('#document-meta a').getAttribute('href')).toBe('https://news.example/report?a=1&b=2');
    expect(await page.locator('#document-meta a').getAttribute('rel')).toBe('noopener noreferrer');
    await inert('document good-link');
  });

  it('the corpus view: its chart links open the page\'s own views, nothing else', async () => {
    await page.goto(`${base}/?view=corpus`);
    await page.waitForSelector('#map a');
    const hrefs = await page.locator('svg a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const h of hrefs) expect(h).toMatch(/^\/(events|dyads)[/?][^<>"]*$/);
    await inert('corpus');
    // a place opens its events, and their rows open the documents
    await page.locator('#map a').first().dispatchEvent('click');
    await page.waitForSelector('#events-box table.events tbody tr');
    await inert('events of a place');
    await page.locator('#events-box tbody tr td:last-child a').first().click();
    await page.waitForSelector('#document-text mark.ev');
    await inert('a document from the events table');
  });

  it('a filter holding markup comes back as a message, shown as text', async () => {
    await page.goto(`${base}/?view=corpus&actor=${encodeURIComponent(IMG)}`);
    await page.waitForFunction(() => /Could not/.test(document.querySelector('#panel-network .state')!.textContent ?? ''));
    expect(await page.locator('#panel-network .state').innerText()).toContain(IMG);
    await inert('corpus with a hostile filter');
  });

  it('the Analyze view codes pasted markup and shows it as text', async () => {
    await page.goto(`${base}/?view=analyze`);
    await page.fill('#article', DOCS[0].text!);
    await page.click('#analyze-run');
    await page.waitForSelector('mark.ev');
    expect(await page.locator('#doc-text').innerText()).toContain(SCRIPT);
    await inert('analyze');
  });
});
