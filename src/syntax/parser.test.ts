import { describe, it, expect } from 'vitest';
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { parseSentence, loadParser, childrenOf, rootOf, baseRel, type Parse } from './parser.js';
import { tokenize } from '../text/tokens.js';
import type { Doc, Token } from '../doc/types.js';
import { isDyadError } from '../errors.js';
import { encode } from './features.js';
import { tagSentence } from './tagger.js';
import { soleVerb } from './decode.js';

/** Dyad's own tokens and tags for one sentence, as the pipeline makes them. */
function tokensOf(text: string): Token[] {
  const doc = { id: 't', title: null, date: '2022-01-01', dateGiven: true, url: null, outlet: null, text, clean: text, removed: [], sentences: [], tokens: [], mentions: [], events: [], quotes: [], messages: [] } as Doc;
  tokenize(doc);
  return doc.tokens;
}

/** "dependent <-rel- head" for every arc, by word, to read failures easily. */
function arcs(toks: Token[], p: Parse): string[] {
  return toks.map((t, i) => `${t.text} <-${p.deprel[i]}- ${p.head[i] < 0 ? 'ROOT' : toks[p.head[i]].text}`);
}

describe('parseSentence', () => {
  it('finds subject and object of an active verb', () => {
    const toks = tokensOf('The committee approved the new budget on Tuesday.');
    const got = arcs(toks, parseSentence(toks));
    expect(got).toContain('committee <-nsubj- approved');
    expect(got).toContain('budget <-obj- approved');
    expect(got).toContain('approved <-root- ROOT');
  });
  it('finds the passive subject and the by-agent', () => {
    const toks = tokensOf('The agreement was signed by the two presidents in Moscow.');
    const got = arcs(toks, parseSentence(toks));
    expect(got).toContain('agreement <-nsubj:pass- signed');
    expect(got).toContain('was <-aux:pass- signed');
    expect(got).toContain('presidents <-obl:agent- signed');
  });
  it('finds coordination', () => {
    const toks = tokensOf('Russia and China condemned the air strikes.');
    const got = arcs(toks, parseSentence(toks));
    expect(got).toContain('China <-conj- Russia');
    expect(got).toContain('and <-cc- China');
    expect(got).toContain('Russia <-nsubj- condemned');
  });
  it("makes a clause's one verb its head, where web text would read a reduced relative", () => {
    const cases = [
      ['Eritrean troops allegedly looted homes in Tigray.', 'looted', 'troops'],
      ['Israeli jets struck targets in Gaza overnight.', 'struck', 'jets'],
      ['Burmese troops shelled rebel positions near the border.', 'shelled', 'troops'],
    ];
    for (const [text, verb, subject] of cases) {
      const toks = tokensOf(text);
      const got = arcs(toks, parseSentence(toks));
      expect(got).toContain(`${verb} <-root- ROOT`);
      expect(got).toContain(`${subject} <-nsubj- ${verb}`);
    }
  });
  it('leaves titles, fragments and relative or infinitive verbs to the model', () => {
    const { model } = loadParser();
    const sole = (text: string): string | null => {
      const toks = tokensOf(text);
      const e = encode(toks, model.lexicon, model.clusters);
      tagSentence(model.tagger, e, (1 << model.header.tagBits) - 1);
      const k = soleVerb(e);
      return k < 0 ? null : toks[k - 1].text;
    };
    expect(sole('Eritrean troops allegedly looted homes in Tigray.')).toBe('looted');
    expect(sole('Thanks to all who volunteered.')).toBeNull();
    expect(sole('Best place to sleep!')).toBeNull();
    expect(sole('Revised Article 4.6')).toBeNull();
    expect(sole('Protesters marching through the city.')).toBeNull();
    expect(sole('The army has shelled the town.')).toBeNull();
    expect(sole('Troops shelled the town and seized the bridge.')).toBeNull();
  });
  it('gives one tree: one root, every head in range, no cycles', () => {
    const toks = tokensOf('Officials said on Monday that the talks, which began in Geneva, would resume next week unless the ceasefire collapsed.');
    const p = parseSentence(toks);
    expect(p.head.filter((h) => h === -1).length).toBe(1);
    for (let i = 0; i < toks.length; i++) {
      let a = i, steps = 0;
      while (a !== -1 && steps++ <= toks.length) a = p.head[a];
      expect(a).toBe(-1);
    }
    expect(childrenOf(p, rootOf(p), 'nsubj').map((i) => toks[i].text)).toEqual(['Officials']);
  });
  it('is deterministic: same input, same parse, with a second copy of the model too', () => {
    const toks = tokensOf('Protesters in Tehran burned flags outside the embassy after the vote.');
    const a = parseSentence(toks), b = parseSentence(toks), c = loadParser().parse(toks);
    expect(Array.from(b.head)).toEqual(Array.from(a.head));
    expect(c.deprel).toEqual(a.deprel);
  });
  it('takes an empty sentence', () => {
    expect(parseSentence([]).head.length).toBe(0);
  });
});

describe('model file', () => {
  it('loads and knows the UD relations with their subtypes', () => {
    const p = loadParser();
    for (const rel of ['nsubj', 'nsubj:pass', 'obj', 'obl:agent', 'acl:relcl', 'nmod:poss', 'compound', 'aux:pass']) expect(p.labels).toContain(rel);
  });
  it('refuses a file that is not a model with a one-line error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-parser-'));
    const f = join(dir, 'bad.bin');
    writeFileSync(f, 'not a model at all');
    try {
      expect(() => loadParser(f)).toThrow(/not a usable parser model/);
      try { loadParser(f); } catch (e) { expect(isDyadError(e) && e.code).toBe('E_MODEL'); }
      expect(() => loadParser(join(dir, 'missing.bin'))).toThrow(/parser model not found/);
    } finally { rmSync(dir, { recursive: true, force: true }); }
  });
  it('baseRel drops the subtype', () => { expect(baseRel('nsubj:pass')).toBe('nsubj'); expect(baseRel('obj')).toBe('obj'); });
});
