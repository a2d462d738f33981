// dyad dict check / stats on dictionaries written for the test: dated problems are found with
// their file and entry, and the counts add up.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkDated, inventory } from '../../src/dictionaries/inventory.js';
import { loadLexicon } from '../../src/dictionaries/lexicon.js';
import { createCoder, type Coder } from '../../src/index.js';

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
  writeFileSync(join(dir, 'people-more.yaml'), `
- id: ann-one
  names: [Ann One]
  roles:
    - {code: IGOUNO, title: Secretary-General, from: 2007-01-01, to: 2010-01-01}
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
    // why: a person written twice (here in two files) hides one entry's roles
    expect(texts.filter((t) => /:2:ann-one: the same person is written at .*people-(test|more)\.yaml:2;/.test(t))).toHaveLength(1);
  });

  it('spares only rival governments that say so: different `government` names on both roles', () => {
    // a folder of its own: the counts below are of the other files
    const rivals = mkdtempSync(join(tmpdir(), 'dyad-rivals-'));
    try {
      writeFileSync(join(rivals, 'people-rivals.yaml'), `
- id: east-one
  names: [East One]
  roles:
    - {code: FRDGOV, title: Prime Minister, from: 2014-01-01, to: 2020-01-01, government: East}
- id: west-one
  names: [West One]
  roles:
    - {code: FRDGOV, title: Prime Minister, from: 2015-01-01, to: 2016-01-01, government: West}
- id: east-two
  names: [East Two]
  roles:
    - {code: FRDGOV, title: Prime Minister, from: 2018-01-01, to: 2019-01-01, government: East}
- id: nobody-said
  names: [Nobody Said]
  roles:
    - {code: FRDGOV, title: Prime Minister, from: 2019-06-01, to: 2019-09-01}
- id: now-one
  names: [Now One]
  roles:
    - {code: FRDGOV, title: President, from: 2020-01-01}
- id: now-two
  names: [Now Two]
  roles:
    - {code: FRDGOV, title: President, from: 2021-01-01}
`);
      const texts = checkDated({ defaults: false, extra: [rivals] }).map((p) => p.text);
      expect(texts.some((t) => /west-one/.test(t))).toBe(false);                      // why: East and West are rival governments
      expect(texts.some((t) => /east-two: .* overlaps east-one/.test(t))).toBe(true);   // why: one government, two prime ministers
      expect(texts.some((t) => /nobody-said: .* overlaps east-one/.test(t))).toBe(true); // why: a role naming no government is compared with all
      // why: two open terms overlap now, not by a count of days to the year 9999
      expect(texts.some((t) => /now-two: FRDGOV President from 2021-01-01 overlaps now-one \(2020-01-01 to now, .*\) both still in office$/.test(t))).toBe(true);
      expect(texts).toHaveLength(3);
    } finally { rmSync(rivals, { recursive: true, force: true }); }
  });

  it('reports an organisation kind outside the list, and a state body whose code is no country and sector', () => {
    const bad = mkdtempSync(join(tmpdir(), 'dyad-kinds-'));
    try {
      writeFileSync(join(bad, 'organizations-kinds.yaml'), `
- {id: green-guard, code: FRDMIL, kind: state, names: [Green Guard]}
- {id: grey-office, code: FRDGOVX, kind: state, names: [Grey Office]}
- {id: red-club, code: FRDREB, kind: club, names: [Red Club]}
`);
      const texts = loadLexicon({ defaults: false, extra: [bad] }).problems.map((p) => `${p.line}:${p.text}`);
      expect(texts).toHaveLength(2);
      expect(texts[0]).toMatch(/^3:.*state body's "code" .* MIL, SPY, COP, GOV or JUD, not "FRDGOVX"/);
      expect(texts[1]).toMatch(/^4:.*"kind" must be one of .*armed-group.*state/);
    } finally { rmSync(bad, { recursive: true, force: true }); }
  });

  it('the bundled dictionaries check clean: dyad dict check exits 0 with no problem', () => {
    const r = spawnSync(process.execPath, [join(__dirname, '..', '..', 'bin', 'dyad'), 'dict', 'check'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/; 0 problems\n$/);
    expect(r.status).toBe(0);
  });

  it('counts people by decade, groups (armed groups and parties, not media) and places', () => {
    const { inv } = inventory({ defaults: false, extra: [dir] }, 10);
    expect(inv.people).toBe(4);
    expect(inv.groups).toBe(2);
    expect(inv.organizations).toBe(3);
    expect(inv.peopleByDecade).toEqual({ '2000s': 3, '1990s': 1 });
    expect(inv.gazetteerTowns).toBe(10);
    expect(inv.places).toBe(inv.handPlaces + 10);                  // why: every place the coder knows, towns included
  });
});

describe('dict suggest', () => {
  let coder: Coder;
  beforeAll(() => { coder = createCoder(); });
  it('lists the unknown capitalised names of a stored corpus, most frequent first, with an example sentence', async () => {
    const { openSqlite } = await import('../../src/store/sqlite/sqlite-store.js');
    const { ingest } = await import('../../src/ingest/run.js');
    const { suggestNames } = await import('../../src/cli/dict-suggest.js');
    const db = join(dir, 'corpus.db');
    const store = openSqlite(db);
    const texts = [
      'Kenya criticized the Velmora Accord on Monday. Officials said the Velmora Accord had failed.',
      'Uganda praised the Velmora Accord. The Drossel Front attacked a convoy in Kenya.',
    ];
    async function* items() { for (const [i, text] of texts.entries()) yield { record: { id: `d${i}`, text, date: '2024-01-10' }, origin: 'test' }; }
    await ingest(items(), store, { workers: 0 });
    await store.close();
    const { names, documents } = await suggestNames(coder, db, 10);
    expect(documents).toBe(2);
    expect(names[0].name).toBe('Velmora Accord');
    expect(names[0].count).toBe(3);
    expect(names[0].documents).toBe(2);
    expect(names[0].example).toMatch(/Velmora Accord/);
    expect(names.some((n) => n.name === 'Drossel Front')).toBe(true);
    // names the dictionaries know are not suggested
    expect(names.some((n) => /Kenya|Uganda/.test(n.name))).toBe(false);
  });

  it('says clearly when the corpus does not exist', async () => {
    const { suggestNames } = await import('../../src/cli/dict-suggest.js');
    await expect(suggestNames(coder, join(dir, 'none.db'))).rejects.toThrow(/no such corpus/);
  });
});
