import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { alignTokens } from './align.js';
import { tokenize, isHeadline } from './tokens.js';
import type { Doc } from '../doc/types.js';

const docOf = (text: string): Doc => ({ id: 't', title: null, date: '2022-01-01', dateGiven: true, url: null, outlet: null, text, clean: text, removed: [], sentences: [], tokens: [], mentions: [], events: [], quotes: [], messages: [] });

describe('alignTokens', () => {
  it('finds tokens again in order, with the source offsets', () => {
    const text = 'Russia\'s envoy said: "No."';
    const spans = alignTokens(text, ['Russia', "'s", 'envoy', 'said', ':', '"', 'No', '.', '"']);
    expect(spans.map(([s, e]) => text.slice(s, e))).toEqual(['Russia', "'s", 'envoy', 'said', ':', '"', 'No', '.', '"']);
  });
  it('keeps offsets in bounds and in order for any text (property)', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (text) => {
      const toks = text.split(/\s+/).filter(Boolean);
      const spans = alignTokens(text, toks);
      let last = 0;
      spans.forEach(([s, e], i) => {
        expect(s).toBeGreaterThanOrEqual(last);
        expect(e).toBeLessThanOrEqual(text.length);
        expect(text.slice(s, e)).toBe(toks[i]);
        last = e;
      });
    }));
  });
});

describe('tokenize', () => {
  it('splits sentences at line breaks even without a full stop', () => {
    const doc = docOf('Putin Voices Support for Kim\nKim Jong Un met Putin. They talked.');
    tokenize(doc);
    expect(doc.sentences.map((s) => doc.text.slice(s.start, s.end))).toEqual(['Putin Voices Support for Kim', 'Kim Jong Un met Putin.', 'They talked.']);
    expect(doc.sentences.map((s) => s.kind)).toEqual(['headline', 'body', 'body']);
  });
  it('gives every token a span whose slice is the token (property over real-looking text)', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom('Russia', "Russia's", 'U.S.', 'troops', ',', 'said', '"', '100,000', 'Kim Jong-un', '—', 'can\'t', '\n', '\n\n', 'Côte d’Ivoire', '.', ' '), { maxLength: 40 }), (parts) => {
      const doc = docOf(parts.join(' '));
      tokenize(doc);
      for (const t of doc.tokens) expect(doc.text.slice(t.start, t.end)).toBe(t.text);
      for (const s of doc.sentences) expect(s.start).toBeLessThanOrEqual(s.end);
    }), { numRuns: 60 });
  });
});

describe('isHeadline', () => {
  const toks = (s: string) => s.split(' ').map((text, i) => ({ i, text, lower: text.toLowerCase(), pos: 'X', lemma: text, start: 0, end: 0, sentence: 0 }));
  it.each([
    ['Kim Jong Un Hopes Russia-North Korea Cooperations Grow', true],   // why: sub-head in Title Case
    ['North Korea To Send Personnel to Russian-Occupied Area in Ukraine', true],
    ['Russia rejected the resolution on Monday .', false],              // why: ends like a sentence
    ['the talks went on for hours without a deal', false],              // why: lower-case prose
  ])('%s -> %s', (s, want) => { expect(isHeadline(toks(s))).toBe(want); });
});
