// Stage parts on their own: time words, modality cues, attribution phrases.
import { describe, it, expect } from 'vitest';
import { findTimes, isHistorical } from './time.js';
import { contextModality, groupModality, stronger } from './modality.js';
import type { Token } from '../doc/types.js';
import type { VerbGroup } from './verb-groups.js';

const at = (text: string, date: string) => findTimes(text, 0, date).map((t) => ({ text: text.slice(t.start, t.end), date: t.date, ahead: t.ahead, precision: t.precision }));

describe('findTimes', () => {
  it.each([
    // [sentence, publication date, the time words, date read backwards, precision]
    ['In late May, China and Russia rejected it.', '2022-08-17', 'late May', '2022-05', 'month'],        // why: season word before a month
    ['The envoy stated last month that it may act.', '2022-08-17', 'last month', '2022-07', 'month'],
    ['They met on Monday in Warsaw.', '2024-03-12', 'Monday', '2024-03-11', 'day'],                       // why: the last Monday before a Tuesday report
    ['It happened on September 29 near the border.', '2022-08-17', 'September 29', '2021-09-29', 'day'],  // why: a later month-day means last year's
    ['Talks resumed on 5 March 2020.', '2022-08-17', '5 March 2020', '2020-03-05', 'day'],
    ['The deal was signed yesterday.', '2023-01-10', 'yesterday', '2023-01-09', 'day'],
    ['After their initial encounter in 2019, they met again.', '2022-08-17', '2019', '2019', 'year'],     // why: a bare year after "in"
    ['Prices rose this year.', '2022-08-17', 'this year', '2022', 'year'],
    ['The dispute had divided them since last autumn.', '2024-03-12', 'last autumn', '2023-09', 'month'],   // why: seasons are read without chrono
  ])('%s', (text, date, words, want, precision) => {
    const got = at(text, date).find((t) => t.text.includes(words) || words.includes(t.text));
    expect(got, JSON.stringify(at(text, date))).toBeTruthy();
    expect(got!.date).toBe(want);
    expect(got!.precision).toBe(precision);
  });
  it('reads a month ahead for plans ("by the end of April" in a March report)', () => {
    const t = findTimes('They promised to open crossings by the end of April.', 0, '2024-03-12')[0];
    expect(t.ahead.startsWith('2024-04')).toBe(true);
  });
  it('does not take the verb "may" for the month', () => {
    expect(at('Russia may expel two diplomats.', '2022-08-17')).toEqual([]);
  });
  it('offsets point into the document', () => {
    const doc = 'First sentence. Talks resumed on Monday.';
    const [t] = findTimes(doc.slice(16), 16, '2024-03-12');
    expect(doc.slice(t.start, t.end)).toBe('Monday');
  });
  it('marks dates more than a month before the report as historical', () => {
    expect(isHistorical('2019', '2022-08-17')).toBe(true);
    expect(isHistorical('2022-06', '2022-08-17')).toBe(true);
    expect(isHistorical('2022-07', '2022-08-17')).toBe(false);          // why: last month is recent news
    expect(isHistorical('2022-08-10', '2022-08-17')).toBe(false);
  });
});

const tok = (words: string) => words.split(' ').map((text, i) => ({ i, text, lower: text.toLowerCase(), pos: 'X', lemma: text.toLowerCase(), start: 0, end: 0, sentence: 0 } as Token));
const group = (g: Partial<VerbGroup>): VerbGroup => ({ head: 0, first: 0, lemma: 'x', aux: [], negated: false, modal: null, passive: false, participle: false, pastSimple: false, ...g });

describe('modality', () => {
  it.each([
    [group({ negated: true }), false, 'negated'],
    [group({ modal: 'may' }), false, 'possible'],
    [group({ modal: 'will' }), false, 'intended'],
    [group({ modal: 'would' }), true, 'hypothetical'],        // why: "if ... would"
    [group({}), false, 'asserted'],
  ])('%j (conditional %s) -> %s', (g, cond, want) => { expect(groupModality(g, cond)).toBe(want); });
  it.each([
    ['allegations are circulating that North Korea has offered troops', 'offered', 'alleged'],
    ['There is no possibility that Russia will back sanctions', 'back', 'negated'],
    ['Kim allegedly met Putin', 'met', 'alleged'],
    ['his alleged part in atrocities and he will resign', 'resign', 'asserted'],                 // why: the adjective qualifies its noun
    ['no possibility that they will back sanctions , as they did in 2017 after launches spurred Trump', 'spurred', 'asserted'], // why: a new clause ends the scope
  ])('%s', (sentence, verb, want) => {
    const t = tok(sentence);
    expect(contextModality(t, 0, t.findIndex((x) => x.lower === verb))).toBe(want);
  });
  it('negation outranks everything, allegation outranks intent', () => {
    expect(stronger('intended', 'negated')).toBe('negated');
    expect(stronger('alleged', 'intended')).toBe('alleged');
  });
});
