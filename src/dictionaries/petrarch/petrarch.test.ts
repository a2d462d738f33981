import { describe, it, expect } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { DictProblem } from '../yaml-file.js';
import { parseActors, parseDictDate } from './actors.js';
import { parseAgents } from './agents.js';
import { parseDiscards } from './discards.js';
import { parseVerbs } from './verbs.js';
import { readPetrarch, petrarchKind } from './read.js';
import { loadLexicon } from '../lexicon.js';

// Small dictionaries written for these tests, in the PETRARCH/TABARI layout.
const ACTORS = `<!-- a header comment
that spans lines -->
FREEDONIA [FRE]
+FREEDONIAN
RUFUS_T._FIREFLY   # the leader
+FIREFLY_
\t[FRE < 330101]
\t[FREGOV 19330101 - 19401231]
\t[FREELI > 410101]
SYLVANIA_ [SYL]
UNNAMED_PLACE
RUFUS_SPY
ZIGGURAT
\t[ZIG]
+ [NOPE]
+ORPHAN
BROKEN [FRE 1999-]
`;

describe('PETRARCH actor files', () => {
  const problems: DictProblem[] = [];
  const actors = parseActors(ACTORS, 'a.actors.txt', problems);
  it('reads names, synonyms and dated codes', () => {
    const firefly = actors.find((a) => a.names[0].words[0] === 'RUFUS')!;
    expect(firefly.names.map((n) => n.words.join(' '))).toEqual(['RUFUS T. FIREFLY', 'FIREFLY']);
    expect(firefly.names[1].exact).toBe(true);
    expect(firefly.codes).toEqual([
      { code: 'FRE', to: '1933-01-01' },
      { code: 'FREGOV', from: '1933-01-01', to: '1940-12-31' },
      { code: 'FREELI', from: '1941-01-01' },
    ]);
    expect(firefly.comment).toBe('the leader');
    expect(actors.find((a) => a.names[0].words[0] === 'FREEDONIA')!.names).toHaveLength(2);
  });
  it('gives name lines in a row the codes that follow them', () => {
    const z = actors.find((a) => a.codes.some((c) => c.code === 'ZIG'))!;
    expect(z.names.map((n) => n.words.join(' '))).toEqual(['UNNAMED PLACE', 'RUFUS SPY', 'ZIGGURAT', 'ORPHAN']);
  });
  it('reports malformed lines by line number and keeps the rest', () => {
    expect(problems.map((p) => p.line)).toEqual([15, 17]);
    expect(problems[0].text).toBe('empty synonym');
    expect(problems[1].text).toMatch(/cannot read code/);
    expect(actors.map((a) => a.names[0].words[0])).toEqual(['FREEDONIA', 'RUFUS', 'SYLVANIA', 'UNNAMED']);
  });
  it('reads both date forms and rejects impossible ones', () => {
    expect(parseDictDate('950601')).toBe('1995-06-01');
    expect(parseDictDate('120219')).toBe('2012-02-19');
    expect(parseDictDate('20120219')).toBe('2012-02-19');
    expect(parseDictDate('9008223')).toBeNull();
    expect(parseDictDate('951301')).toBeNull();
  });
});

describe('PETRARCH agent files', () => {
  const problems: DictProblem[] = [];
  const agents = parseAgents(`!PERSON! = MAN, MEN, WOMAN, WOMEN
POLICE {} [~COP]
GOOSE {GEESE} [~GGS]
FOREIGN_MINISTRY [~GOV]
CHARITY_WORKER [NGO~]
COUNCIL!PERSON! [~LEG]
BISHOP [~REL~]
ADMIRAL [~NAV] junk
CITIZEN!NOBODY! [~CVL]
`, 'a.agents.txt', problems);
  const forms = (code: string) => agents.find((a) => a.code === code)!.names.map((n) => n.words.join(' '));
  it('handles plurals: none, listed, and regular', () => {
    expect(forms('COP')).toEqual(['POLICE']);
    expect(forms('GGS')).toEqual(['GOOSE', 'GEESE']);
    expect(forms('GOV')).toEqual(['FOREIGN MINISTRY', 'FOREIGN MINISTRIES']);
  });
  it('expands substitution sets and tells prefix from suffix codes', () => {
    expect(forms('LEG')).toEqual(['COUNCILMAN', 'COUNCILMEN', 'COUNCILWOMAN', 'COUNCILWOMEN']);
    expect(agents.find((a) => a.code === 'NGO')!.position).toBe('prefix');
    expect(agents.find((a) => a.code === 'COP')!.position).toBe('suffix');
  });
  it('reports bad lines with their numbers', () => {
    expect(problems.map((p) => p.line)).toEqual([7, 8, 9]);
    expect(problems[2].text).toMatch(/!NOBODY! is not defined/);
  });
});

describe('PETRARCH discard files', () => {
  it('tells story discards from sentence discards', () => {
    const problems: DictProblem[] = [];
    const d = parseDiscards('MONTHS LATER\n+WORLD_CUP  # sport\nBAD [123]\n', 'x.discards.txt', problems);
    expect(d.map((x) => [x.phrase.words.join(' '), x.scope])).toEqual([['MONTHS LATER', 'sentence'], ['WORLD CUP', 'story']]);
    expect(problems.map((p) => p.line)).toEqual([3]);
  });
});

describe('PETRARCH verb files', () => {
  const problems: DictProblem[] = [];
  const { verbs, synsets } = parseVerbs(`&MONEY_
+DOLLARS
+GOLD COINS
# a comment does not end the set
+EUROS

--- SEND [070] ---
SEND {SENT SENDING}
+HAND_OVER {+HANDED_OVER}
WIRE_+TRANSFER [071]
- * &MONEY TO +  [071]  # money
- $ * TROOPS_TO + [150:151]
- * (TO) {ARMS SHIPMENT} [072]
- * &NOSUCH [070]
- * TO + [BAD]
- TO + [070]
--- FROWN [+++] ---
FROWN
- * AT + [111]
`, 'x.verbs.txt', problems);
  const send = verbs.find((v) => v.head === 'SEND')!;
  it('reads synonym sets, ignoring comment lines inside them', () => {
    expect(synsets.get('MONEY')!.members.map((m) => m.words.join(' '))).toEqual(['DOLLARS', 'GOLD COINS', 'EUROS']);
  });
  it('reads verb forms, phrasal verbs and per-form codes', () => {
    expect(send.code).toEqual({ code: '070' });
    expect(send.forms.map((f) => [f.words.join(' '), f.verbAt])).toEqual([
      ['SEND', 0], ['SENT', 0], ['SENDING', 0], ['HAND OVER', 0], ['HANDED OVER', 0], ['WIRE TRANSFER', 1]]);
    expect(send.forms[5].code).toEqual({ code: '071' });
  });
  it('reads patterns with markers, sets, adjacency, phrases and alternative codes', () => {
    expect(send.patterns.map((p) => p.code)).toEqual([{ code: '071' }, { code: '150', alt: '151' }, { code: '072' }]);
    expect(send.patterns[0].tokens).toEqual([
      { kind: 'verb', joined: false }, { kind: 'set', name: 'MONEY', joined: false },
      { kind: 'word', word: 'TO', joined: false }, { kind: 'target', joined: false }]);
    expect(send.patterns[1].tokens.map((t) => `${t.kind}${t.joined ? '_' : ''}`)).toEqual(['source', 'verb', 'word', 'word_', 'target']);
    expect(send.patterns[2].tokens.map((t) => t.kind)).toEqual(['verb', 'open', 'word', 'close', 'open', 'word', 'word', 'close']);
  });
  it('reports each malformed line, and keeps loading after a bad block code', () => {
    expect(problems.map((p) => p.line).sort((a, b) => a - b)).toEqual([14, 15, 16, 17]);
    expect(problems.find((p) => p.line === 14)!.text).toMatch(/&NOSUCH is not defined/);
    expect(verbs.find((v) => v.head === 'FROWN')!.patterns).toHaveLength(1);
  });
});

describe('PETRARCH files as distributed', () => {
  it('tells the kind of a file from its name', () => {
    expect(petrarchKind('PETR.Validate.actors.txt')).toBe('actors');
    expect(petrarchKind('Phoenix.agents.txt')).toBe('agents');
    expect(petrarchKind('CAMEO.2.0.txt')).toBe('verbs');
    expect(petrarchKind('Phoenix.IssueCoding.txt')).toBeNull();
  });
  const shared = process.env.DYAD_SHARED ?? join(__dirname, '..', '..', '..', '..', 'shared');
  const dir = join(shared, 'dictionaries', 'petrarch-validate');
  it.skipIf(!existsSync(dir))('reads the PETRARCH validation dictionaries, reporting only their deliberate faults', () => {
    const d = readPetrarch(readdirSync(dir).map((f) => join(dir, f)));
    const gollum = d.actors.find((a) => a.names.some((n) => n.words.join(' ') === 'SMEAGOL'))!;
    expect(gollum.codes.map((c) => c.code)).toEqual(['HOB', 'HOBGOV', 'HOBREB']);
    expect(d.actors.length).toBeGreaterThan(100);
    expect(d.agents.some((a) => a.names.some((n) => n.words[0] === 'CONGRESSWOMEN'))).toBe(true);
    expect(d.verbs.length).toBeGreaterThan(200);
    expect(d.discards.filter((x) => x.scope === 'story').length).toBeGreaterThan(0);
    // the validation files carry a few deliberately broken entries ([+++], [###], [def]); each is reported
    expect(d.problems.length).toBeGreaterThan(0);
    expect(d.problems.length).toBeLessThan(20);
    for (const p of d.problems) expect(p.line).toBeGreaterThan(0);
  });

  const phoenix = join(shared, 'dictionaries', 'phoenix');
  it.skipIf(!existsSync(phoenix))('loads the Phoenix dictionaries into the coder, each malformed line reported with file and line', () => {
    const lex = loadLexicon({ defaults: false, extra: [phoenix] });
    expect(lex.stats.actors).toBeGreaterThan(25000);
    expect(lex.stats.agents).toBeGreaterThan(2000);
    expect(lex.stats['verb patterns']).toBeGreaterThan(2000);
    expect(lex.problems.length).toBeGreaterThan(0);
    for (const p of lex.problems) {
      expect(p.file.startsWith(phoenix)).toBe(true);
      expect(p.line).toBeGreaterThan(0);
    }
    // the issue-coding and preposition files are not dictionaries the coder reads: left out of a folder
    expect(lex.problems.some((p) => /IssueCoding|prepositions/.test(p.file))).toBe(false);
  });
});
