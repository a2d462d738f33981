import { describe, it, expect } from 'vitest';
import { compilePattern, expandPatternSets } from './compile-patterns.js';

const sets = new Map([
  ['crowds', { members: ['protesters', 'crowd'] }],
  ['people', { members: ['&crowds', 'students'] }],
  ['loop', { members: ['&loop'] }],
  ['phrases', { members: ['tear gas'] }],
]);

describe('synonym sets in Dyad patterns', () => {
  it.each([
    // why: a set stands for its words among the token's alternatives
    ['fire on * &crowds', 'fire on * protesters|crowd'],
    ['fire on * &crowds|mob', 'fire on * protesters|crowd|mob'],
    // why: a set may name another set
    ['* &people', '* protesters|crowd|students'],
    // why: a pattern without sets is unchanged
    ['sanction|embargo on +', 'sanction|embargo on +'],
  ])('%s -> %s', (p, want) => {
    const errors: string[] = [];
    expect(expandPatternSets(p, sets, errors)).toBe(want);
    expect(errors).toEqual([]);
    expect(compilePattern(want).literal).toBeGreaterThan(0);
  });

  it.each([
    // why: an unknown or self-referring set is an error, not an empty word
    ['* &nosuch', 'not defined'],
    ['* &loop', 'not defined'],
    // why: a pattern word matches one token, so a set of phrases cannot stand in it
    ['* &phrases', 'several words'],
  ])('%s is refused (%s)', (p, msg) => {
    const errors: string[] = [];
    expect(expandPatternSets(p, sets, errors)).toBeNull();
    expect(errors.join(' ')).toContain(msg);
  });
});
