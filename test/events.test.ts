// Table cases for the events stage, through the whole pipeline (the stage needs its inputs).
// Matching rules: test/cases/match.mjs.
import { describe, it, expect, beforeAll } from 'vitest';
import { createCoder, type Coder } from '../src/index.js';
import { loadCases, check, showEvent } from './cases/match.mjs';

const cases = loadCases(new URL('./cases/events/', import.meta.url));

let coder: Coder;
beforeAll(() => { coder = createCoder(); });

describe('events', () => {
  it.each(cases.map((c) => [c.why, c] as const))('%s', (_why, c) => {
    const doc = coder.analyze({ id: 'case', text: c.text, date: c.date });
    const got = doc.events;
    for (const e of got) {
      // every span says what it claims
      expect(doc.text.slice(e.span[0], e.span[1]).length).toBe(e.span[1] - e.span[0]);
      expect(doc.text.slice(e.trigger.span[0], e.trigger.span[1])).toBe(e.trigger.text);
      if (e.source) expect(doc.text.slice(e.source.span[0], e.source.span[1])).toBe(e.source.text);
    }
    expect(check(c, got), `got ${got.map(showEvent).join('; ') || 'no events'}`).toEqual([]);
  });
});
