import { describe, it, expect } from 'vitest';
import { encode, UD_TAGS } from './features.js';
import { trainTagger, tagSentence } from './tagger.js';
import { fitTagger, jackknife } from './train-tags.js';
import { Perceptron } from './perceptron.js';

const sentence = (words: [string, string][]) => ({
  enc: encode(words.map(([text]) => ({ text, pos: 'X' })), new Map()),
  upos: Int32Array.from(words, ([, t]) => UD_TAGS.indexOf(t)),
});
const data = () => Array.from({ length: 20 }, (_, i) => sentence([['the', 'DET'], [i % 2 ? 'dogs' : 'cats', 'NOUN'], ['ran', 'VERB'], ['.', 'PUNCT']]));

describe('tagger training', () => {
  it('leaves the tags a sentence had (teacher forcing must not leave gold tags behind)', () => {
    const d = data();
    d.forEach((s) => s.enc.t.fill(5));
    const p = new Perceptron(1 << 10, UD_TAGS.length);
    trainTagger(p, d.map((s) => ({ enc: s.enc, gold: s.upos })), (1 << 10) - 1);
    for (const s of d) expect([...s.enc.t]).toEqual(new Array(s.enc.t.length).fill(5));
  });
  it('jackknifing leaves every fold with the tags of a tagger that did not see it', () => {
    const d = data();
    // a word only one fold has: the other folds' tagger cannot know its tag
    d[3] = sentence([['the', 'DET'], ['zebu', 'PROPN'], ['ran', 'VERB'], ['.', 'PUNCT']]);
    jackknife(d, 4, 3, 10);
    const full = fitTagger(d, 3, 10);
    const seen = encode([{ text: 'the', pos: 'X' }, { text: 'zebu', pos: 'X' }, { text: 'ran', pos: 'X' }, { text: '.', pos: 'X' }], new Map());
    tagSentence(full, seen, (1 << 10) - 1);
    expect(UD_TAGS[seen.t[2] - 2]).toBe('PROPN');
    expect(UD_TAGS[d[3].enc.t[2] - 2]).not.toBe('PROPN');
    // the other folds keep tags their taggers gave, not the gold tags written during training
    expect(d.filter((s) => s.enc.t.slice(1, 5).every((t, j) => t === s.upos[j] + 2)).length).toBeGreaterThan(10);
  });
});
