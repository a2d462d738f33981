// The word tests that decide whether a step asks for the parse: each must say "could" whenever
// its step could find something on the tree.
import { describe, it, expect } from 'vitest';
import { compilePattern } from '../dictionaries/compile-patterns.js';
import type { VerbEntry } from '../dictionaries/lexicon.js';
import { actorOnSide, mayBeMissedVerb, nounArgsCould, treeMatchCould, treeNeedOf, type Sides } from './parse-need.js';
import type { Token } from '../doc/types.js';
import { parseSentence } from '../syntax/parser.js';
import { tokenize } from '../text/tokens.js';
import { readFileSync } from 'node:fs';

const entry = (patterns: string[], style: VerbEntry['style'] = 'dyad'): VerbEntry => ({
  id: 'test', code: '190', back: null, forward: true, words: ['x'], patterns: patterns.map(compilePattern), noun: false,
  style, anchors: null, why: null, file: 'test', line: 1,
});
// a sentence of words; those in capitals name actors ("RUSSIA imposed sanctions on SYRIA")
function sentence(text: string): Sides {
  const words = text.split(' ');
  const toks = words.map((w) => ({ text: w, lower: w.toLowerCase(), lemma: w.toLowerCase() }) as Token);
  const counts = [0];
  for (const w of words) counts.push(counts[counts.length - 1] + (w === w.toUpperCase() && /[A-Z]/.test(w) ? 1 : 0));
  const forms = new Set(toks.flatMap((t) => [t.lower, t.lemma]));
  return { toks, a: 0, b: words.length, forms: () => forms, actorTokensBefore: (k) => counts[Math.min(k, words.length)] };
}
const at = (text: string, word: string) => text.split(' ').indexOf(word);

describe('treeMatchCould', () => {
  it.each([
    // [patterns, the sentence's forms, could match]
    // [patterns, the sentence, its verb, could match]
    [['+'], 'a boat was seized', 'seized', true],                               // why: the object or passive subject needs no word
    [['sanctions on +'], 'the EU imposed sanctions', 'imposed', true],          // why: "no oblique: the thing's own modifier" ("Russian sanctions")
    [['sanctions on +'], 'the EU imposed a ban on RUSSIA', 'imposed', false],   // why: the noun must be the verb's object
    [['on +'], 'sanctions were imposed on SYRIA', 'imposed', true],
    [['on +'], 'sanctions were imposed against SYRIA', 'imposed', false],       // why: no case word "on" for an oblique
    [['on +'], 'on SYRIA sanctions were imposed', 'imposed', true],             // why: a fronted phrase: its actor is before the verb, like "on"
    [['to +'], 'GEORGIA has not responded to the request', 'responded', false], // why: after the verb, where "to" is, no actor
    [['to +'], 'GEORGIA has not responded to the request of RUSSIA', 'responded', true],
    [['+ * boat|ship'], 'a greek ship was seized', 'seized', true],             // why: one of the words names the object
    [['+ * boat|ship'], 'a greek tanker was seized', 'seized', false],
    [['* talks with|to +'], 'they held talks', 'held', true],
    [['* talks'], 'they held talks', 'held', true],                             // why: no target slot: its one word must name the object
    [['* talks'], 'they held a meeting', 'held', false],
    [['* a * b * c +'], 'a b c', 'a', false],                                   // why: more than two words: never tried on the tree
  ])('%j in "%s": %s', (patterns, text, verb, want) => {
    expect(treeMatchCould(treeNeedOf([entry(patterns)]), sentence(text), at(text, verb))).toBe(want);
  });
  it('never for an entry without patterns or in PETRARCH style', () => {
    expect(treeMatchCould(treeNeedOf([{ ...entry([]), patterns: null }]), sentence('x'), 0)).toBe(false);
    expect(treeMatchCould(treeNeedOf([entry(['+'], 'petrarch')]), sentence('x'), 0)).toBe(false);
  });
  it('could when any one of a verb\'s entries could', () => {
    const need = treeNeedOf([entry(['sanctions on +']), entry(['+ * boat|ship'])]);
    expect(treeMatchCould(need, sentence('a greek ship was seized'), 3)).toBe(true);
    expect(treeMatchCould(need, sentence('a greek tanker was seized'), 3)).toBe(false);
  });
});

describe('nounArgsCould', () => {
  it.each([
    // [patterns, the sentence, its event noun, could find a target]
    [['of|against +'], "RUSSIA 's invasion of UKRAINE", 'invasion', true],
    [['between +'], 'talks in GENEVA ended', 'talks', false],                   // why: no "between" to take a party
    [['+'], 'the invasion of UKRAINE', 'invasion', false],                      // why: nounArgs reads only patterns that open with a preposition
    [['of|at +'], 'BOTH GOVERNMENTS faced criticism at home', 'criticism', false], // why: the actor is on the other side of the noun from "at"
  ])('%j in "%s": %s', (patterns, text, noun, want) => {
    expect(nounArgsCould([entry(patterns)], sentence(text), at(text, noun))).toBe(want);
  });
});

describe('actorOnSide', () => {
  const s = sentence('RUSSIA said the talks with UKRAINE failed');
  it.each([
    [2, 0, true], [2, 5, true], [5, 7, false], [5, 1, true], [0, 1, true],
  ])('pivot %i, word %i: %s', (pivot, word, want) => {
    expect(actorOnSide(s, pivot, word)).toBe(want);
  });
});

// the side tests hold only for a projective parse: every word's subtree is one stretch of words
describe('the shipped parser', () => {
  const projective = (head: Int32Array) => {
    for (let i = 0; i < head.length; i++) {
      const h = head[i];
      if (h < 0) continue;
      for (let j = Math.min(i, h) + 1; j < Math.max(i, h); j++) {
        // every word between a word and its head descends from that head
        let x = j;
        while (x >= 0 && x !== h) x = head[x];
        if (x !== h) return false;
      }
    }
    return true;
  };
  it('tells a crossing arc', () => {
    expect(projective(Int32Array.from([2, -1, 1, 1]))).toBe(false);   // why: word 0's arc to 2 spans the root
    expect(projective(Int32Array.from([1, -1, 1, 2]))).toBe(true);
  });
  it('parses every sentence of examples/sentences.txt and the example article projectively', () => {
    const text = ['sentences.txt', 'article.txt'].map((f) => readFileSync(new URL(`../../examples/${f}`, import.meta.url), 'utf8')).join('\n\n')
      .replace(/^#.*$/gm, '').replaceAll('{A}', 'Russia').replaceAll('{B}', 'Ukraine').replaceAll('{a}', 'Russia').replaceAll('{b}', 'Ukraine').replaceAll('{D}', 'Monday');
    const doc = { text, clean: text, sentences: [], tokens: [] } as never as Parameters<typeof tokenize>[0];
    tokenize(doc);
    expect(doc.sentences.length).toBeGreaterThan(60);
    for (const s of doc.sentences) expect(projective(parseSentence(doc.tokens.slice(s.tokens[0], s.tokens[1])).head)).toBe(true);
  });
});

describe('mayBeMissedVerb', () => {
  const t = (lower: string, pos: string) => ({ lower, pos });
  it.each([
    [t('warships', 'NOUN'), t('blockaded', 'ADJ'), true],                       // why: "Saudi warships blockaded Hodeidah"
    [t('allegedly', 'ADV'), t('looted', 'ADJ'), true],
    [t('which', 'DET'), t('shares', 'NOUN'), true],                             // why: a relative the tagger reads as a determiner
    [undefined, t('talks', 'NOUN'), true],                                      // why: the sentence's first word
    [t('the', 'DET'), t('talks', 'NOUN'), false],                               // why: after an article: a noun phrase
    [t('their', 'PRON'), t('meeting', 'NOUN'), false],
    [t('in', 'ADP'), t('talks', 'NOUN'), false],                                // why: after a preposition
    [t('warships', 'NOUN'), t('blockade', 'NOUN'), false],                      // why: no verb ending
    [t('troops', 'NOUN'), t('attacked', 'VERB'), false],                        // why: the tagger already read a verb
  ])('%j %j: %s', (prev, word, want) => {
    expect(mayBeMissedVerb(prev, word)).toBe(want);
  });
});
