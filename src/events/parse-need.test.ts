// The word tests that decide whether a step asks for the parse: each must say "could" whenever
// its step could find something on the tree.
import { describe, it, expect } from 'vitest';
import { compilePattern } from '../dictionaries/compile-patterns.js';
import type { VerbEntry } from '../dictionaries/lexicon.js';
import { mayBeMissedVerb, nounArgsCould, treeMatchCould, treeNeedOf } from './parse-need.js';

const entry = (patterns: string[], style: VerbEntry['style'] = 'dyad'): VerbEntry => ({
  id: 'test', code: '190', back: null, forward: true, words: ['x'], patterns: patterns.map(compilePattern), noun: false,
  style, anchors: null, why: null, file: 'test', line: 1,
});
const forms = (s: string) => new Set(s.toLowerCase().split(' '));

describe('treeMatchCould', () => {
  it.each([
    // [patterns, the sentence's forms, could match]
    [['+'], 'a boat was seized', true],                                         // why: the object or passive subject needs no word
    [['sanctions on +'], 'the eu imposed sanctions', true],                     // why: "no oblique: the thing's own modifier" ("Russian sanctions")
    [['sanctions on +'], 'the eu imposed a ban on russia', false],              // why: the noun must be the verb's object
    [['on +'], 'sanctions were imposed on syria', true],
    [['on +'], 'sanctions were imposed against syria', false],                  // why: no case word "on" for an oblique
    [['+ * boat|ship'], 'a greek ship was seized', true],                       // why: one of the words names the object
    [['+ * boat|ship'], 'a greek tanker was seized', false],
    [['* talks with|to +'], 'they held talks', true],
    [['* talks'], 'they held talks', false],                                    // why: no target slot: never tried on the tree
    [['* a * b * c +'], 'a b c', false],                                        // why: more than two words: never tried on the tree
  ])('%j in "%s": %s', (patterns, sentence, want) => {
    expect(treeMatchCould(treeNeedOf([entry(patterns)]), forms(sentence))).toBe(want);
  });
  it('never for an entry without patterns or in PETRARCH style', () => {
    expect(treeMatchCould(treeNeedOf([{ ...entry([]), patterns: null }]), forms('x'))).toBe(false);
    expect(treeMatchCould(treeNeedOf([entry(['+'], 'petrarch')]), forms('x'))).toBe(false);
  });
  it('could when any one of a verb\'s entries could', () => {
    const need = treeNeedOf([entry(['sanctions on +']), entry(['+ * boat|ship'])]);
    expect(treeMatchCould(need, forms('a greek ship was seized'))).toBe(true);
    expect(treeMatchCould(need, forms('a greek tanker was seized'))).toBe(false);
  });
});

describe('nounArgsCould', () => {
  it.each([
    [['of|against +'], 'russia s invasion of ukraine', true],
    [['between +'], 'talks in geneva ended', false],                            // why: no "between" to take a party
    [['+'], 'the invasion of ukraine', false],                                  // why: nounArgs reads only patterns that open with a preposition
  ])('%j in "%s": %s', (patterns, sentence, want) => {
    expect(nounArgsCould([entry(patterns)], forms(sentence))).toBe(want);
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
