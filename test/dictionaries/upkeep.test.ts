// dyad dict check / stats on dictionaries written for the test: dated problems are found with
// their file and entry, and the counts add up.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkDated, inventory } from '../../src/dictionaries/inventory.js';

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dyad-upkeep-'));
  writeFileSync(join(dir, 'people-test.yaml'), `
- id: ann-one
  names: [Ann One]
  roles:
    - {code: FRDGOV, title: President, from: 2001-01-01, to: 2006-01-01}
- id: bob-two
  names: [Bob Two]
  roles:
    - {code: FRDGOV, title: President, from: 2005-06-01, to: 2009-01-01}
- id: cy-three
  names: [Cy Three]
  roles:
    - {code: FRDGOV, title: President, from: 2009-01-03}
    - {code: FRDGOV, title: Foreign Minister, from: 1999-05-01, to: 1998-01-01}
`);
  writeFileSync(join(dir, 'organizations-test.yaml'), `
- {id: red-hand, code: FRDREB, kind: armed-group, names: [Red Hand]}
- {id: blue-party, code: FRDPTY, kind: party, names: [Blue Party]}
- {id: wire, code: FRDMED, kind: media, names: [Freedonia Wire]}
`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('dictionary upkeep', () => {
  it('reports a role that ends before it starts, and heads of one country overlapping, with file and entry', () => {
    const problems = checkDated({ defaults: false, extra: [dir] });
    const texts = problems.map((p) => `${p.file.endsWith('people-test.yaml')}:${p.line}:${p.text}`);
    expect(texts.some((t) => /cy-three: role FRDGOV Foreign Minister ends \(1998-01-01\) before it starts/.test(t))).toBe(true);
    expect(texts.some((t) => /bob-two: FRDGOV President from 2005-06-01 overlaps ann-one/.test(t))).toBe(true);
    // two days between one president's end and the next one's start is no overlap
    expect(texts.some((t) => /cy-three: FRDGOV President/.test(t))).toBe(false);
    expect(problems.every((p) => p.line > 0)).toBe(true);
  });

  it('counts people by decade, groups (armed groups and parties, not media) and places', () => {
    const { inv } = inventory({ defaults: false, extra: [dir] }, 10);
    expect(inv.people).toBe(3);
    expect(inv.groups).toBe(2);
    expect(inv.organizations).toBe(3);
    expect(inv.peopleByDecade).toEqual({ '2000s': 2, '1990s': 1 });
    expect(inv.gazetteerTowns).toBe(10);
  });
});
