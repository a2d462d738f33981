// The page in a real browser (Debian's chromium through playwright-core): analyze the bundled
// example and see its evidence highlighted; open the corpus view, filter by an actor, and see the
// network, timeline and map change. Screenshots go to test/e2e/screenshots/ (git-ignored).
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { servePage, root, shots, type Served } from './harness.js';

let served: Served, base: string, browser: Browser, page: Page;

beforeAll(async () => {
  served = await servePage('web');
  ({ base, browser } = served);
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
}, 180_000);

afterAll(async () => { await served?.close(); });

describe('web page', () => {
  it('analyzes the bundled example and highlights each event\'s evidence', async () => {
    await page.goto(`${base}/?view=analyze`);
    await page.fill('#article', readFileSync(join(root, 'examples', 'article.txt'), 'utf8'));
    await page.fill('#pubdate', '2024-03-12');
    await page.click('#analyze-run');
    await page.waitForSelector('mark.ev');
    const marks = await page.locator('mark.ev').count();
    const items = await page.locator('#event-list li').count();
    expect(marks).toBeGreaterThan(5);
    expect(items).toBeGreaterThanOrEqual(marks);
    // page furniture is shown greyed with its reason
    expect(await page.locator('.removed').count()).toBe(3);
    expect(await page.locator('.removed').first().getAttribute('data-why')).toBe('photo credit');
    await page.hover('mark.ev >> nth=0');
    const detail = await page.locator('#event-detail').innerText();
    for (const k of ['source → target', 'code', 'modality', 'attribution', 'when', 'where', 'rule']) expect(detail).toContain(k);
    expect(await page.locator('mark.ev.active').count()).toBe(1);
    await page.screenshot({ path: join(shots, 'analyze.png'), fullPage: true });
  });

  it('shows the corpus and follows a filter in all three charts and the URL', async () => {
    await page.goto(`${base}/?view=corpus`);
    await page.waitForFunction(() => /actors/.test(document.getElementById('corpus-status')!.textContent ?? ''));
    const count = async () => ({
      nodes: await page.locator('#network [data-actor]').count(),
      edges: await page.locator('#network path.edge').count(),
      bars: await page.locator('#timeline rect').count(),
      points: await page.locator('#map .place, #map .cluster').count(),
      countries: await page.locator('#map path.country').count(),
    });
    const before = await count();
    expect(before.nodes).toBeGreaterThan(3);
    expect(before.bars).toBeGreaterThan(0);
    expect(before.points).toBeGreaterThan(0);
    expect(before.countries).toBeGreaterThan(150);          // why: the offline base map is drawn
    await page.screenshot({ path: join(shots, 'corpus.png'), fullPage: true });
    await page.fill('#filters input[name=actor]', 'TUR');
    await page.click('#filters button[type=submit]');
    await page.waitForFunction((n) => document.querySelectorAll('#network [data-actor]').length !== n, before.nodes);
    const after = await count();
    expect(new URL(page.url()).searchParams.get('actor')).toBe('TUR');
    expect(after.nodes).toBeLessThan(before.nodes);
    expect(await page.locator('#network [data-actor="TUR"]').count()).toBe(1);
    expect(after.bars).toBeLessThanOrEqual(before.bars);
    expect(after.points).toBeLessThanOrEqual(before.points);
    expect(after.nodes + after.bars + after.points).toBeLessThan(before.nodes + before.bars + before.points);
    await page.screenshot({ path: join(shots, 'corpus-TUR.png'), fullPage: true });
    // the filter survives a reload: it lives in the URL
    await page.reload();
    await page.waitForFunction(() => /actors/.test(document.getElementById('corpus-status')!.textContent ?? ''));
    expect(await page.inputValue('#filters input[name=actor]')).toBe('TUR');
  });
});
