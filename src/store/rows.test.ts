import { describe, it, expect } from 'vitest';
import { evidenceOf, EVIDENCE_MAX } from './rows.js';

const ev = (span: [number, number], trigger: [number, number]) => ({ span, trigger: { text: '', span: trigger } });
const parse = (s: string | null) => JSON.parse(s!) as { text: string; trigger: [number, number] | null };

describe('evidenceOf', () => {
  it.each([
    // why: the common case, the span with the trigger's offsets in it
    ['Iran threatened Israel.', [0, 22], [5, 15], 'Iran threatened Israel', [5, 15]],
    // why: offsets are UTF-16 units: an emoji before the span counts two
    ['🙂 Iran threatened Israel.', [3, 25], [8, 18], 'Iran threatened Israel', [5, 15]],
    // why: a trigger outside the span (a rule that marks a word elsewhere) is not marked
    ['Iran threatened Israel. Later.', [0, 22], [24, 29], 'Iran threatened Israel', null],
  ] as const)('%s', (text, span, trigger, words, marked) => {
    const e = parse(evidenceOf(ev([...span], [...trigger]), text));
    expect(e.text).toBe(words);
    expect(e.trigger).toEqual(marked);
    if (e.trigger) expect(e.text.slice(...e.trigger)).toBe(text.slice(...trigger));
  });

  it('cuts a long span to the words around its trigger, marked "…"', () => {
    const text = `${'a '.repeat(2000)}Iran threatened Israel ${'b '.repeat(2000)}`;
    const ts = text.indexOf('threatened');
    const e = parse(evidenceOf(ev([0, text.length], [ts, ts + 10]), text));
    expect(e.text.length).toBeLessThanOrEqual(EVIDENCE_MAX + 4);
    expect(e.text.startsWith('… ') && e.text.endsWith(' …')).toBe(true);
    expect(e.text.slice(...e.trigger!)).toBe('threatened');
  });

  it('has none when the span does not fit the text (a record coded against another text)', () => {
    expect(evidenceOf(ev([5, 50], [6, 7]), 'x')).toBeNull();
    expect(evidenceOf(ev([3, 3], [3, 3]), 'abcdef')).toBeNull();
  });
});
