// Stage "text": sentences (newline-aware), tokens with offsets, POS and lemmas.
import type { Doc, Sentence, Token } from '../doc/types.js';
import { tagText } from './wink.js';
import { alignTokens } from './align.js';

/** Longer runs without a space are cut for the tagger (no word is this long; a URL may be cut). */
export const MAX_TOKEN = 100;

/**
 * `text` with a space in place of every MAX_TOKEN+1-th character of a run without whitespace:
 * the same length, so offsets found in it hold in `text`. wink's tokenizer tests its regular
 * expressions on a whole run, and their cost grows with the square of its length.
 */
export function cutLongRuns(text: string): string {
  let out: string[] | null = null;
  let from = 0, run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 32 || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a)) { run = 0; continue; }
    // never between the two halves of a surrogate pair
    if (++run > MAX_TOKEN && !(c >= 0xdc00 && c <= 0xdfff)) {
      (out ??= []).push(text.slice(from, i), ' ');
      from = i + 1;
      run = 0;
    }
  }
  return out ? out.join('') + text.slice(from) : text;
}

/**
 * A "sentence" longer than this (a list, a page with no full stops) is cut, at a clause mark if
 * there is one in its second half: coding looks at pairs of words in a sentence, so its cost
 * grows with the square of the sentence's length. Real sentences are far shorter.
 */
export const MAX_SENTENCE_TOKENS = 200;

function clauseCut(cur: Token[]): number {
  for (let k = cur.length - 1; k >= cur.length / 2; k--) if (/^[,;:—–-]$/.test(cur[k].text)) return k + 1;
  return cur.length;
}

/** Fill doc.tokens and doc.sentences from doc.clean. */
export function tokenize(doc: Doc): void {
  const tagged = cutLongRuns(doc.clean);
  const raw = tagText(tagged);
  const spans = alignTokens(tagged, raw.text);
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  // wink's sentences, split again at line breaks: a line is never part of two sentences
  for (const [first, last] of raw.sentences) {
    let cur: Token[] = [];
    const flush = (upTo = cur.length) => {
      if (upTo === 0) return;
      const i = sentences.length;
      const part = cur.slice(0, upTo);
      for (const t of part) { t.sentence = i; t.i = tokens.length; tokens.push(t); }
      const s = part[0].start, e = part[part.length - 1].end;
      sentences.push({ i, start: s, end: e, tokens: [part[0].i, part[part.length - 1].i + 1], kind: 'body' });
      cur = cur.slice(upTo);
    };
    for (let k = first; k <= last && k < raw.text.length; k++) {
      const text = raw.text[k];
      const pos = raw.pos[k];
      if (pos === 'SPACE' || (text.charCodeAt(0) <= 32 && /^\s+$/.test(text))) { if (text.includes('\n')) flush(); continue; }
      const span = spans[k];
      cur.push({ i: 0, text, lower: text.toLowerCase(), pos, lemma: normaliseLemma(raw.lemma[k], text), start: span[0], end: span[1], sentence: 0 });
      if (cur.length >= MAX_SENTENCE_TOKENS) flush(clauseCut(cur));
    }
    flush();
  }
  for (const s of sentences) s.kind = isHeadline(tokens, s.tokens[0], s.tokens[1]) ? 'headline' : 'body';
  doc.tokens = tokens;
  doc.sentences = sentences;
}

/** Lemmas are compared in lower case; wink keeps proper nouns' capitals ("Korea"). */
function normaliseLemma(lemma: string, text: string): string {
  const l = lemma || text;
  return /[A-Z]/.test(l) ? l.toLowerCase() : l;
}

/**
 * A headline or sub-head: a line of Title Case words with no closing punctuation
 * ("Putin Voices Support for Kim Jong Un Over Korean Peninsula Issue"). It restates the body.
 */
export function isHeadline(toks: Token[], from = 0, to = toks.length): boolean {
  const n = to - from;
  if (n < 3) return n > 0 && !/[.!?"”]$/.test(toks[to - 1].text);
  const last = toks[to - 1].text;
  if (/^[.!?"”’)]$/.test(last)) return false;
  let words = 0, caps = 0;
  for (let k = from; k < to; k++) {
    const t = toks[k];
    if (!/^[A-Za-z]/.test(t.text)) continue;
    if (t.text.length <= 3 && /^[a-z]+$/.test(t.text)) continue; // short function words stay lower case
    words++;
    if (/^[A-Z]/.test(t.text)) caps++;
  }
  return words > 0 && caps / words >= 0.75;
}

/** Is token k a hyphen written against the words on both sides ("Franco-German", "al-Raya"), joining them into one? */
export function hyphenJoins(toks: Token[], k: number): boolean {
  const t = toks[k];
  return t?.text === '-' && k > 0 && toks[k - 1].end === t.start && toks[k + 1]?.start === t.end;
}
