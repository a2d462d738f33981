// Whole-pipeline properties over texts made from the project's example sentences.
import { describe, it, expect, beforeAll } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { createCoder, toDocumentRecord, type Coder } from '../src/index.js';

const lines = readFileSync(new URL('../examples/sentences.txt', import.meta.url), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
const fill = (s: string, a: string, b: string) => s.replaceAll('{A}', a).replaceAll('{B}', b).replaceAll('{a}', a).replaceAll('{b}', b).replaceAll('{D}', 'Monday');

let coder: Coder;
beforeAll(() => { coder = createCoder(); });

describe('pipeline', () => {
  it('every span says what it claims and lies inside the text (property)', () => {
    fc.assert(fc.property(
      fc.array(fc.constantFrom(...lines), { minLength: 1, maxLength: 8 }),
      fc.constantFrom('Iran', 'Turkey', 'North Korea', 'the United States', 'Côte d’Ivoire'),
      fc.constantFrom('Iraq', 'Greece', 'Japan', 'Russia'),
      fc.constantFrom('\n', '\n\n', ' ', '\r\n'),
      (picked, a, b, sep) => {
        const text = picked.map((l) => fill(l, a, b)).join(sep);
        const doc = coder.analyze({ id: 'p', text, date: '2023-06-01' });
        const inText = ([s, e]: [number, number]) => { expect(s).toBeGreaterThanOrEqual(0); expect(e).toBeLessThanOrEqual(text.length); expect(s).toBeLessThanOrEqual(e); };
        for (const e of doc.events) {
          inText(e.span);
          expect(text.slice(...e.trigger.span)).toBe(e.trigger.text);
          for (const x of [e.source, e.target]) if (x) expect(text.slice(...x.span)).toBe(x.text);
          if (e.where) expect(text.slice(...e.where.span)).toBe(e.where.text);
          if (e.quantity) expect(text.slice(...e.quantity.span)).toBe(e.quantity.text);
          if (e.attribution) expect(text.slice(...e.attribution.span)).toBe(e.attribution.text);
          expect(e.cameo.startsWith(e.root)).toBe(true);
          // no event from removed furniture
          for (const r of doc.removed) expect(e.span[1] <= r.span[0] || e.span[0] >= r.span[1]).toBe(true);
        }
        for (const r of doc.removed) expect(text.slice(...r.span)).toBe(r.text);
        const rec = toDocumentRecord(doc);
        for (const act of rec.actors) expect(text.slice(...act.span)).toBe(act.text);
        for (const q of rec.quotes) inText(q.span);
      }), { numRuns: 40 });
  });

  it('codes the same input to the same events with the same ids', () => {
    const text = lines.slice(0, 10).map((l) => fill(l, 'Iran', 'Iraq')).join('\n');
    const a = coder.analyze({ id: 'same', text, date: '2023-06-01' }).events;
    const b = createCoder().analyze({ id: 'same', text, date: '2023-06-01' }).events;
    expect(b).toEqual(a);
    expect(new Set(a.map((e) => e.id)).size).toBe(a.length);
  });

  it('lists quotations with their speaker', () => {
    const doc = coder.analyze({ id: 'q', date: '2023-06-01', text: 'Iran\'s foreign minister said the sanctions were "an act of economic war against our people."' });
    expect(doc.quotes).toHaveLength(1);
    expect(doc.quotes[0].text).toBe('an act of economic war against our people.');
    expect(doc.quotes[0].speaker?.code).toBe('IRNGOV');
  });
});

describe('robustness', () => {
  const words = ['President', 'Yoweri', 'Museveni', 'said', 'that', 'it', 'they', 'the', 'two', 'rebels', 'in', 'Uganda', 'Ugandan', 'must', 'will', 'not', 'to', 'attack', 'ban', 'demanding', 'by', ',', '.', '"', '(', ')', 'and', 'of', 'Russia', "'s", 'troops', 'may', 'threatened', 'on', 'Monday', 'in', '2019', 'up', '500', 'according', 'as', 'per', 'Reuters', 'reported', 'who', 'which', 'were', 'killed', 'country', '\n', 'Read', 'Also:', 'Photo:', '@YouTube', 'ethnic', 'Albanians', 'plans', 'their', 'encounter'];
  it('never throws on word salad (property)', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...words), { maxLength: 60 }), fc.constantFrom('2000-01-01', '2024-02-29'), (ws, date) => {
      const doc = coder.analyze({ id: 'w', text: ws.join(' ') || '.', date });
      for (const e of doc.events) expect(e.cameo).toMatch(/^\d{2,4}$/);
    }), { numRuns: 300 });
  });
  it('never throws on arbitrary unicode text (property)', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
      coder.analyze({ id: 'u', text: text || '.', date: '2023-01-01' });
    }), { numRuns: 200 });
  });
});
