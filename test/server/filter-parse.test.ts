// The one filter parser of the CLI and the API, on the table cases of test/cases/filters: each
// value parsed as a command-line option and as a query parameter, and through the API route
// and the real command line for a few.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import YAML from 'yaml';
import { filterFrom, bundledCodes } from '../../src/store/filter-parse.js';
import { isDyadError } from '../../src/errors.js';
import { createApp } from '../../src/server/app.js';
import { createCoder } from '../../src/pipeline/analyze.js';

interface Case { field: string; value: string; expect?: unknown; error?: string; why?: string }
const root = join(__dirname, '..', '..');
const cases: Case[] = YAML.parse(readFileSync(join(root, 'test', 'cases', 'filters', 'filters.yaml'), 'utf8'));

function parse(c: Case, dash: string): { value?: unknown; error?: string; where?: string } {
  try {
    return { value: (filterFrom({ [c.field]: c.value }, { dash }) as Record<string, unknown>)[c.field] };
  } catch (e) {
    if (!isDyadError(e)) throw e;
    return { error: e.message, where: e.where };
  }
}

describe('filter values (test/cases/filters/filters.yaml)', () => {
  it('has cases for every filter', () => {
    expect(new Set(cases.map((c) => c.field))).toEqual(new Set(['since', 'until', 'code', 'modality', 'actor', 'dyad', 'limit', 'offset']));
    expect(cases.length).toBeGreaterThan(50);
  });
  it.each(cases.map((c) => [`${c.field}=${JSON.stringify(c.value)}`, c] as const))('%s', (_name, c) => {
    for (const dash of ['--', '']) {
      const r = parse(c, dash);
      if (c.error === undefined) { expect(r.error).toBeUndefined(); expect(r.value).toEqual(c.expect); continue; }
      expect(r.error, 'refused').toBeDefined();
      expect(r.error).toContain(c.error);
      // one line that names the field as the caller writes it
      expect(r.error).not.toContain('\n');
      expect(r.error!.startsWith(`${dash}${c.field} must be`)).toBe(true);
      expect(r.where).toBe(c.field);
    }
  });
});

describe('filter parser, beyond single values', () => {
  it('reads the CAMEO code table: every root and code in it is accepted, nothing else', () => {
    const codes = bundledCodes();
    expect(codes.has('03') && codes.has('0341') && codes.has('20')).toBe(true);
    expect(codes.size).toBeGreaterThan(250);
    for (const c of codes) expect(filterFrom({ code: c }).code).toBe(c);
  });
  it('takes the code table it is given (the server passes its loaded dictionaries\' codes)', () => {
    expect(filterFrom({ code: '075A' }, { codes: new Set(['075A']) }).code).toBe('075A');
    expect(() => filterFrom({ code: '03' }, { codes: new Set(['075A']) })).toThrow(/no CAMEO code "03"/);
  });
  it('refuses a parameter given twice', () => {
    expect(() => filterFrom({ actor: ['PRK', 'RUS'] }, { dash: '' })).toThrow(/actor may be given once/);
  });
  it('ignores options that are not filters (the CLI passes all its options)', () => {
    expect(filterFrom({ db: 'x.db', format: 'csv', actor: 'PRK' })).toEqual({ actor: 'PRK' });
  });
});

describe('the API and the command line use the same parser', () => {
  const app = createApp({ coder: createCoder(), store: null });
  it.each(cases.map((c) => [`${c.field}=${JSON.stringify(c.value)}`, c] as const))('GET /api/events?%s', async (_name, c) => {
    const r = await app.request(`/api/events?${new URLSearchParams({ [c.field]: c.value })}`);
    // valid filters get as far as the store, which this app has not: 503
    if (c.error === undefined) { expect(r.status).toBe(503); return; }
    expect(r.status).toBe(400);
    const j = await r.json();
    expect(j.field).toBe(c.field);
    expect(j.error).toContain(c.error);
  });
  it.each([
    [['--since', '2018-13'], /^dyad: --since must be a date YYYY, YYYY-MM or YYYY-MM-DD .*no month 13\n$/],
    [['--code', '999'], /^dyad: --code must be a CAMEO code that exists.*no CAMEO code "999"\n$/],
    [['--offset', '1e21'], /^dyad: --offset must be a whole number from 0 to 2147483647, not "1e21"\n$/],
  ])('dyad query %j: one line, exit 2', (args, msg) => {
    const r = spawnSync(process.execPath, [join(root, 'bin', 'dyad'), 'query', '--db', join(root, 'no-such-dir', 'x.db'), ...args], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(msg);
  });
});
