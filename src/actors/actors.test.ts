import { describe, it, expect, beforeAll } from 'vitest';
import { loadLexicon, type Lexicon } from '../dictionaries/lexicon.js';
import { tokenize } from '../text/tokens.js';
import { findActors, personCode } from './match.js';
import { resolveCoreference } from './coref.js';
import type { Doc } from '../doc/types.js';

let lex: Lexicon;
beforeAll(() => { lex = loadLexicon(); });

function actors(text: string, date = '2022-08-17'): { text: string; code: string; via?: string }[] {
  const doc: Doc = { id: 't', title: null, date, dateGiven: true, url: null, outlet: null, text, clean: text, removed: [], sentences: [], tokens: [], mentions: [], events: [], quotes: [], messages: [] };
  tokenize(doc);
  findActors(doc, lex);
  resolveCoreference(doc);
  for (const m of doc.mentions) expect(text.slice(m.start, m.end).length).toBe(m.end - m.start);
  return doc.mentions.filter((m) => !m.modifier).map((m) => ({ text: text.slice(m.start, m.end), code: m.code, ...(m.resolvedFrom ? { via: m.resolvedFrom } : {}) }));
}

describe('actor matching', () => {
  it.each([
    ['The government of North Korea plans to act.', 'government of North Korea', 'PRKGOV'],      // why: agent + "of" + country
    ['North Korean ruler Kim Jong Un spoke.', 'North Korean ruler Kim Jong Un', 'PRKGOV'],      // why: adjective + title + person is one actor
    ["Russia's envoy to Pyongyang stated it.", "Russia's envoy", 'RUSGOV'],                       // why: possessive + agent
    ['Rebels in the Ivory Coast rejected it.', 'Rebels in the Ivory Coast', 'CIVREB'],            // why: agent + "in" + country
    ['The Kremlin said no.', 'The Kremlin', 'RUSGOV'],                                                // why: seat of power as metonym
    ['Israeli soldiers arrested 100 Palestinians.', 'Israeli soldiers', 'ISRMIL'],               // why: adjective + plural agent
    ['Amnesty International accused the United States.', 'Amnesty International', 'NGOAMN'],
    ['The Pentagon said no.', 'Pentagon', 'USAGOV'],                                                // why: a named state body is its state's agent
    ['CIA officers met them.', 'CIA officers', 'USASPY'],                                           // why: a state body's members take its code
    ['Hamas commanders met them.', 'Hamas commanders', 'PSEREB'],                                   // why: members of a group outside the state are that group
    ['Hezbollah officials met them.', 'Hezbollah officials', 'LBNREB'],                             // why: the same, whatever the agent word's sector
    ["Syria's Republican Guard fired.", "Syria's Republican Guard", 'SYRMIL'],                     // why: a name several states use is an agent
  ])('%s -> %s = %s', (text, phrase, code) => {
    const found = actors(text).find((a) => a.text === phrase);
    expect(found?.code).toBe(code);
  });

  it('shares a head noun across coordinated countries and agents', () => {
    const doc: Doc = { id: 't', title: null, date: '2022-08-17', dateGiven: true, url: null, outlet: null, text: '', clean: '', removed: [], sentences: [], tokens: [], mentions: [], events: [], quotes: [], messages: [] };
    doc.text = doc.clean = 'Police and soldiers from Chad and Niger clashed with rebels.';
    tokenize(doc);
    findActors(doc, lex);
    const groups = doc.mentions.filter((m) => !m.modifier).map((m) => ((m as { group?: { code: string }[] }).group ?? [m]).map((x) => x.code));
    expect(groups[0]).toEqual(['TCDCOP', 'NERCOP']);
    expect(groups[1]).toEqual(['TCDMIL', 'NERMIL']);
  });

  it('does not read "us" or "turkey" in lower case as countries', () => {
    expect(actors('They told us the turkey was late.').map((a) => a.code)).not.toContain('USA');
    expect(actors('They told us the turkey was late.').map((a) => a.code)).not.toContain('TUR');
  });

  it('does not give "Russian-backed separatists" to Russia', () => {
    const codes = actors('Russian-backed separatists shelled the town.').map((a) => a.code);
    expect(codes).not.toContain('RUSSEP');
    expect(codes).not.toContain('RUS');
  });

  it('codes a person by the office held on the record date', () => {
    const trump = (date: string) => actors('Donald Trump spoke.', date)[0].code;
    expect(trump('2018-05-01')).toBe('USAGOV');
    expect(trump('2022-08-17')).toBe('USAELI');   // why: between terms, a former president is an elite
    expect(trump('2025-06-01')).toBe('USAGOV');
  });

  it('personCode falls back to the nearest role as ELI', () => {
    const p = { id: 'x', name: 'X', roles: [{ code: 'FRAGOV', title: 'President', from: '2007-05-16', to: '2012-05-15' }] };
    expect(personCode(p, '2010-01-01').code).toBe('FRAGOV');
    expect(personCode(p, '2020-01-01').code).toBe('FRAELI');
  });
});

describe('coreference', () => {
  it('resolves a surname to the full name named before', () => {
    const a = actors('Kim Jong Un met Vladimir Putin. Kim later left.');
    expect(a.find((x) => x.text === 'Kim')?.code).toBe('PRKGOV');
  });
  it('resolves a definite title to the last person in subject position, not the one in its own sentence', () => {
    const a = actors('Kim Jong Un lashed out at President Yoon Suk Yeol. The twisted tyrant hailed Putin.');
    expect(a.find((x) => x.text === 'tyrant')?.via).toBe('Kim Jong Un');
  });
  it('resolves "he" to the last subject and "the two" to a pair', () => {
    const a = actors('Vladimir Putin wrote to Kim Jong Un. He proposed that the two meet.');
    expect(a.find((x) => x.text === 'He')?.code).toBe('RUSGOV');
    expect(a.find((x) => x.text === 'the two')?.via).toMatch(/Putin.*Kim|Kim.*Putin/);
  });
  it('resolves "it" to the first country of its sentence', () => {
    const a = actors('North Korea has been storing artillery, so it may provide Russia with munitions.');
    expect(a.find((x) => x.text === 'it')?.code).toBe('PRK');
  });
});

describe('dictionaries', () => {
  it('load with no problems and cover every UN member state', () => {
    expect(lex.problems).toEqual([]);
    expect(lex.countries.size).toBeGreaterThanOrEqual(193);
    for (const c of ['PRK', 'KOR', 'RUS', 'UKR', 'USA', 'CHN', 'PSE', 'TWN', 'XKX', 'VAT', 'SSD', 'TLS']) expect(lex.countries.has(c), c).toBe(true);
  });
  it('cover all 20 CAMEO roots with verb patterns', () => {
    const roots = new Set<string>();
    for (const list of lex.verbs.values()) for (const v of list) roots.add(v.code.slice(0, 2));
    for (let r = 1; r <= 20; r++) expect(roots.has(String(r).padStart(2, '0')), `root ${r}`).toBe(true);
  });
});
