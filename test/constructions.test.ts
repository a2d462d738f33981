// The construction suite (issue 9): sentences written for Dyad, one construction each (passive,
// coordination, reciprocity, reported and relative clauses, modality, negation, nominal events,
// obliques, places as states, violence with no opponent, appositions, non-events, long
// modifiers), in test/cases/constructions/*.yaml. Matching rules: test/cases/match.mjs.
// A case without `gap:` must pass; a case with one must still fail, so that a fixed gap shows up
// here and gets its `gap:` removed. `npm run eval:constructions` prints the same by construction.
import { describe, it, expect, beforeAll } from 'vitest';
import { createCoder, type Coder } from '../src/index.js';
import { loadCases, check, showEvent } from './cases/match.mjs';

const cases = loadCases(new URL('./cases/constructions/', import.meta.url));

let coder: Coder;
beforeAll(() => { coder = createCoder(); });

describe('construction suite', () => {
  it('has at least 220 cases, each tagged, explained and written once', () => {
    expect(cases.length).toBeGreaterThanOrEqual(220);
    for (const c of cases) {
      expect(c.construction, `${c.file}: ${c.text}`).toMatch(/^[a-z-]+$/);
      expect(c.why && c.text && c.date, `${c.file}: ${c.text}`).toBeTruthy();
      expect(c.events || c.none, `${c.file}: ${c.text} expects nothing`).toBeTruthy();
      // a gap names its cause: (a) structure, (b) verb dictionary, (c) actors/places, (d) modality/attribution
      if (c.gap !== undefined) expect(c.gap, `${c.file}: ${c.text}`).toMatch(/^\([a-d]\) \S/);
    }
    const texts = cases.map((c) => c.text);
    expect(texts.filter((t, i) => texts.indexOf(t) !== i)).toEqual([]);
  });

  it.each(cases.map((c) => [`${c.construction}: ${c.text}${c.gap ? ' (known gap)' : ''}`, c] as const))('%s', (_name, c) => {
    const doc = coder.analyze({ id: 'case', text: c.text, date: c.date });
    const problems = check(c, doc.events);
    const got = doc.events.map(showEvent).join('; ') || 'no events';
    if (c.gap) expect(problems, `gap closed (${c.gap}): passes now, remove its gap: line; got ${got}`).not.toEqual([]);
    else expect(problems, `got ${got}`).toEqual([]);
  });
});
