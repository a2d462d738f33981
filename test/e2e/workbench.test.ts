// The page as an analyst's workbench, in a real browser (Debian's chromium through
// playwright-core): analyze -> corpus -> click an edge -> the dyad view and its events table ->
// a document -> Back; a deep link to a document; search; every view at phone and desktop width,
// screenshot to test/e2e/screenshots/ (git-ignored) and checked by axe for serious or critical
// accessibility violations.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { servePage, root, shots, type Served } from './harness.js';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let served: Served, base: string, browser: Browser, page: Page;

beforeAll(async () => {
  served = await servePage('workbench');
  ({ base, browser } = served);
  page = await (await browser.newContext({ viewport: { width: 1440, height: 1000 }, bypassCSP: true })).newPage();
}, 180_000);

afterAll(async () => { await served?.close(); });

/** axe's serious and critical violations on the page as it is now. */
async function axeProblems(p: Page): Promise<string[]> {
  await p.evaluate(AXE);
  const r = await p.evaluate(async () => (window as any).axe.run(document, { resultTypes: ['violations'] }));
  return (r.violations as { id: string; impact: string; nodes: { target: string[] }[] }[])
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')}`);
}

const loaded = (p: Page, sel: string) => p.waitForFunction((s) => { const st = document.querySelectorAll(s); return st.length > 0 && [...st].every((x) => !x.classList.contains('loading')); }, sel);

describe('workbench walk', () => {
  it('analyze -> corpus -> an edge -> the dyad view and its events -> a document -> Back', async () => {
    await page.goto(`${base}/?view=analyze`);
    await page.fill('#article', readFileSync(join(root, 'examples', 'article.txt'), 'utf8'));
    await page.click('#analyze-run');
    await page.waitForSelector('#doc-text mark.ev');
    // highlights are reached by keyboard
    await page.focus('#doc-text mark.ev >> nth=0');
    expect(await page.locator('#event-detail dd[data-field="code"]').count()).toBe(1);

    await page.click('#tab-corpus');
    await page.waitForSelector('#network path.edge');
    await loaded(page, '#view-corpus .state');
    expect(await page.locator('#network path.edge').count()).toBeGreaterThan(0);
    const dyad = await page.locator('#network a[data-dyad] >> nth=0').getAttribute('data-dyad');
    // by keyboard: a curved tie's box centre may miss the line itself, and keys must work anyway
    await page.focus('#network a[data-dyad] >> nth=0');
    // the events table shows each event's evidence from its own page of events: no document is fetched
    const fetched: string[] = [];
    page.on('request', (r) => { if (r.url().includes('/api/documents/')) fetched.push(r.url()); });
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/dyads\//);
    const [a, b] = dyad!.split(':');
    expect(await page.textContent('#dyad-title')).toBe(`${a} and ${b}`);
    await page.waitForSelector('#dyad-events table.events tbody tr');
    const rows = await page.locator('#dyad-events tbody tr').count();
    expect(rows).toBeGreaterThan(0);
    // every row is of this dyad
    const pairs = await page.locator('#dyad-events tbody tr td:nth-child(2)').allTextContents();
    expect(pairs.every((t) => t.startsWith(a) && t.includes(`→ ${b}`))).toBe(true);
    expect(await page.locator('#dyad-events tbody td .evidence mark').count()).toBeGreaterThan(0);
    expect(fetched).toEqual([]);
    // sorting by code reorders the table and says so
    await page.click('#dyad-events th >> text=code');
    await page.waitForSelector('#dyad-events th[aria-sort="ascending"]');

    await page.click('#dyad-events tbody tr >> nth=0 >> td:last-child a');
    await page.waitForURL(/\/documents\//);
    await page.waitForSelector('#document-text mark.ev');
    expect(await page.locator('#document-events button.active').count()).toBe(1);      // why: the event the row named is selected
    expect(await page.locator('#document-links li.linked').count()).toBeGreaterThan(0);

    await page.goBack();
    await page.waitForURL(/\/dyads\//);
    await page.waitForSelector('#dyad-events tbody tr');
    expect(await page.isVisible('#view-dyad')).toBe(true);
  }, 120_000);

  it('a deep link to a document loads directly, with its assets', async () => {
    const fresh = await browser.newPage();
    try {
      await fresh.goto(`${base}/documents/doc-3`);
      await fresh.waitForSelector('#document-text mark.ev');
      expect(await fresh.textContent('#document-title')).toBeTruthy();
      const bg = await fresh.evaluate(() => getComputedStyle(document.querySelector('header')!).borderBottomStyle);
      expect(bg).toBe('solid');                                                        // why: the stylesheet loaded at a nested path
      expect(await fresh.locator('#document-links a[data-nav]').count()).toBeGreaterThan(0);
    } finally { await fresh.close(); }
  });

  it('Back restores the filter form as well as the charts', async () => {
    await page.goto(`${base}/?view=corpus`);
    await page.waitForSelector('#network path.edge');
    await page.fill('#filters input[name=actor]', 'TUR');
    await page.click('#filters button[type=submit]');
    await page.waitForURL(/actor=TUR/);
    await page.goBack();
    await page.waitForFunction(() => (document.querySelector('#filters input[name=actor]') as HTMLInputElement).value === '');
  });

  it('searches documents and shows the matched words', async () => {
    await page.goto(`${base}/search?q=grain`);
    await page.waitForSelector('#search-results li');
    expect(await page.locator('#search-results .snippet mark').count()).toBeGreaterThan(0);
  });

  it('every view, at 390 px and 1440 px: a screenshot and no serious or critical axe violation', async () => {
    const views = { analyze: '/?view=analyze', corpus: '/?view=corpus', events: '/events?actor=TUR', document: '/documents/doc-3', dyad: '/dyads/TUR/ISR', search: '/search?q=grain' };
    const problems: string[] = [];
    for (const [w, h] of [[390, 844], [1440, 1000]]) {
      await page.setViewportSize({ width: w, height: h });
      for (const [name, path] of Object.entries(views)) {
        await page.goto(`${base}${path}`);
        await page.waitForLoadState('networkidle');
        await page.screenshot({ path: join(shots, `${name}-${w}.png`), fullPage: true });
        for (const p of await axeProblems(page)) problems.push(`${name} at ${w}px: ${p}`);
        // nothing wider than the screen but the charts' own scrolling tables
        if (w === 390) expect(await page.evaluate(() => document.documentElement.scrollWidth), name).toBeLessThanOrEqual(400);
      }
    }
    expect(problems).toEqual([]);
  }, 180_000);
});
