import { describe, it, expect } from 'vitest';
import { readConllu } from './conllu.js';
import { projectTree, wordToToken, type SpanToken } from './align.js';

// A sentence of our own in CoNLL-U, with a multiword token (4-5) and an empty node (5.1).
const SAMPLE = [
  '# newdoc id = d1',
  '# sent_id = s1',
  '# text = Kim said they don\'t agree.',
  '1\tKim\tKim\tPROPN\tNNP\t_\t2\tnsubj\t_\t_',
  '2\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_',
  '3\tthey\tthey\tPRON\tPRP\t_\t6\tnsubj\t_\t_',
  '4-5\tdon\'t\t_\t_\t_\t_\t_\t_\t_\t_',
  '4\tdo\tdo\tAUX\tVBP\t_\t6\taux\t_\t_',
  '5\tn\'t\tnot\tPART\tRB\t_\t6\tadvmod\t_\t_',
  '5.1\tgo\tgo\tVERB\t_\t_\t_\t_\t3:nsubj\t_',
  '6\tagree\tagree\tVERB\tVB\t_\t2\tccomp\t_\tSpaceAfter=No',
  '7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_',
  '',
].join('\n');

describe('readConllu', () => {
  const [s] = readConllu(SAMPLE);
  it('keeps syntactic words only: no multiword range, no empty node', () => {
    expect(s.words.map((w) => w.form)).toEqual(['Kim', 'said', 'they', 'do', "n't", 'agree', '.']);
    expect(s.words.map((w) => w.head)).toEqual([1, -1, 5, 5, 5, 1, 1]);
    expect(s.newdoc).toBe(true);
  });
  it('gives each word its characters, sharing out a multiword token', () => {
    expect(s.words.map((w) => s.text.slice(w.start, w.end))).toEqual(['Kim', 'said', 'they', 'do', "n't", 'agree', '.']);
  });
});

describe('projectTree', () => {
  const [s] = readConllu(SAMPLE);
  const tok = (text: string, start: number, pos = 'X'): SpanToken => ({ text, pos, start, end: start + text.length });
  it('is the identity when the tokens are the words', () => {
    const toks = s.words.map((w) => tok(s.text.slice(w.start, w.end), w.start));
    const p = projectTree(s.words, toks)!;
    expect(Array.from(p.head.slice(1))).toEqual([2, 0, 6, 6, 6, 2, 2]);
    expect(p.label.slice(1)).toEqual(['nsubj', 'root', 'nsubj', 'aux', 'advmod', 'ccomp', 'punct']);
  });
  it("gives a merged token the arc of its highest word, and splits the rest off as goeswith", () => {
    // "don't" as one token; "agree." cut as "ag" + "ree." (two tokens over two words)
    const toks = [tok('Kim', 0), tok('said', 4), tok('they', 9), tok("don't", 14), tok('ag', 20), tok('ree.', 22)];
    const p = projectTree(s.words, toks)!;
    expect(Array.from(p.head.slice(1))).toEqual([2, 0, 5, 5, 2, 5]);
    expect(p.label.slice(1)).toEqual(['nsubj', 'root', 'nsubj', 'aux', 'ccomp', 'goeswith']);
  });
  it('maps each word to the token that covers it most', () => {
    const toks = [tok('Kim', 0), tok('said', 4), tok('they', 9), tok("don't", 14), tok('agree', 20), tok('.', 25)];
    expect(Array.from(wordToToken(s.words, toks))).toEqual([0, 1, 2, 3, 3, 4, 5]);
  });
});
