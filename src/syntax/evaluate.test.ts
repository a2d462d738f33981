import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evalClauses, readClauseChecks } from './evaluate.js';
import { loadParser } from './parser.js';

describe('news-style clause checks', () => {
  it('reads sentence, root and subject rows, skipping comments', () => {
    const rows = readClauseChecks('# a comment\nRebels seized the town.\tseized\tRebels\n\nThere were no reports.\twere\treports\n');
    expect(rows).toEqual([
      { text: 'Rebels seized the town.', root: 'seized', subject: 'Rebels' },
      { text: 'There were no reports.', root: 'were', subject: 'reports' },
    ]);
  });
  it('refuses a row without its three columns, saying which line', () => {
    expect(() => readClauseChecks('Rebels seized the town.\tseized\n')).toThrow(/line 1: want sentence, root and subject/);
  });
  it('counts a root and a subject only where both are right, and lists the others', () => {
    const parser = loadParser();
    const r = evalClauses(parser, [
      { text: 'The committee approved the budget on Tuesday.', root: 'approved', subject: 'committee' },
      { text: 'The committee approved the budget on Tuesday.', root: 'approved', subject: 'budget' },
      { text: 'The committee approved the budget on Tuesday.', root: 'budget', subject: 'committee' },
    ]);
    expect(r).toMatchObject({ root: 2, both: 1 });
    expect(r.missed).toHaveLength(2);
    expect(r.missed[0]).toContain('(root approved, subject committee)');
  });
  it('the shipped file is well formed and written once per sentence', () => {
    const rows = readClauseChecks(readFileSync(join(import.meta.dirname, '..', '..', 'test', 'parser', 'news-clauses.tsv'), 'utf8'));
    expect(rows.length).toBeGreaterThanOrEqual(80);
    expect(new Set(rows.map((r) => r.text)).size).toBe(rows.length);
  });
});
