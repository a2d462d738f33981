// Attachment scores on a UD treebank, in two settings: the treebank's own words with Dyad's
// tags (comparable with published parsers), and end to end from raw text (Dyad's sentences,
// tokens and tags), scored CoNLL 2018-style: a word counts only where a Dyad token has exactly
// its characters, and the score is the F1 of precision over Dyad tokens and recall over words.
import type { UdSentence } from './conllu.js';
import { goldTokensDyadTags } from './train.js';
import { tokenize } from '../text/tokens.js';
import type { Doc } from '../doc/types.js';
import type { Parser, ParseToken, Parse } from './parser.js';
import type { RepairToken } from './repairs.js';
import { dyadTokens } from './align.js';

export interface Scores { uas: number; las: number; uasNoPunct: number; lasNoPunct: number; words: number }

/** Gold tokens, Dyad tags. Returns the scores and the tokenised input (reused to time parsing). */
export function evalGoldTokens(parser: Parser, ud: readonly UdSentence[]): { scores: Scores; inputs: ParseToken[][] } {
  let u = 0, l = 0, up = 0, lp = 0, n = 0, np = 0;
  const inputs = ud.map(goldTokensDyadTags);
  ud.forEach((s, k) => {
    const p = parser.parse(inputs[k]);
    s.words.forEach((w, i) => {
      const punct = w.upos === 'PUNCT';
      n++; if (!punct) np++;
      if (p.head[i] !== w.head) return;
      u++; if (!punct) up++;
      if (p.deprel[i] === w.deprel) { l++; if (!punct) lp++; }
    });
  });
  return { scores: { uas: u / n, las: l / n, uasNoPunct: up / np, lasNoPunct: lp / np, words: n }, inputs };
}

interface Flat { start: number; end: number; head: number; rel: string }

/** Running text rebuilt from the treebank: sentences joined by spaces, paragraphs by blank lines. */
export function documents(ud: readonly UdSentence[]): { text: string; words: Flat[] }[] {
  const docs: { text: string; words: Flat[] }[] = [];
  for (const s of ud) {
    if (s.newdoc || docs.length === 0) docs.push({ text: '', words: [] });
    const d = docs[docs.length - 1];
    if (d.text) d.text += s.newpar ? '\n\n' : ' ';
    const off = d.text.length, base = d.words.length;
    d.text += s.text;
    for (const w of s.words) d.words.push({ start: off + w.start, end: off + w.end, head: w.head < 0 ? -1 : base + w.head, rel: w.deprel });
  }
  return docs;
}

export function evalEndToEnd(parser: Parser, ud: readonly UdSentence[]): { uas: number; las: number; goldWords: number; dyadTokens: number } {
  let u = 0, l = 0, gold = 0, sys = 0;
  for (const d of documents(ud)) {
    const doc = { id: 'e', title: null, date: '2020-01-01', dateGiven: true, url: null, outlet: null, text: d.text, clean: d.text, removed: [], sentences: [], tokens: [], mentions: [], events: [], quotes: [], messages: [] } as unknown as Doc;
    tokenize(doc);
    const sysFlat: Flat[] = [];
    for (const s of doc.sentences) {
      const toks = doc.tokens.slice(s.tokens[0], s.tokens[1]);
      const p = parser.parse(toks);
      toks.forEach((t, i) => sysFlat.push({ start: t.start, end: t.end, head: p.head[i] < 0 ? -1 : s.tokens[0] + p.head[i], rel: p.deprel[i] }));
    }
    const bySpan = new Map(sysFlat.map((t, i) => [`${t.start}:${t.end}`, i]));
    const match = d.words.map((w) => bySpan.get(`${w.start}:${w.end}`) ?? -1);
    d.words.forEach((w, i) => {
      const j = match[i];
      if (j < 0) return;
      const want = w.head < 0 ? -1 : match[w.head];
      if (sysFlat[j].head !== want || (want === -1 && w.head >= 0)) return;
      u++;
      if (sysFlat[j].rel === w.rel) l++;
    });
    gold += d.words.length; sys += sysFlat.length;
  }
  const f1 = (c: number): number => (c === 0 ? 0 : (2 * (c / sys) * (c / gold)) / (c / sys + c / gold));
  return { uas: f1(u), las: f1(l), goldWords: gold, dyadTokens: sys };
}

/** A clause check: a sentence, the word that should be its root and the root's subject ("-": none). */
export interface ClauseCheck { text: string; root: string; subject: string }

/** Rows of a tab-separated check file (sentence, root, subject); lines starting with # are comments. */
export function readClauseChecks(src: string): ClauseCheck[] {
  const out: ClauseCheck[] = [];
  src.split(/\r?\n/).forEach((l, i) => {
    if (!l.trim() || l.startsWith('#')) return;
    const [text, root, subject] = l.split('\t');
    if (!text || !root || !subject) throw new Error(`clause check line ${i + 1}: want sentence, root and subject, tab-separated`);
    out.push({ text, root, subject });
  });
  return out;
}

/**
 * How many sentences get the right root, and the right root with the right subject (nsubj or
 * nsubj:pass), parsed end to end from their text (then mended by `repair`, as the coder mends its
 * parses). Returns the sentences missed, for reading.
 */
export function evalClauses(parser: Parser, checks: readonly ClauseCheck[], repair?: (toks: readonly RepairToken[], p: Parse) => void): { root: number; both: number; missed: string[] } {
  let root = 0, both = 0;
  const missed: string[] = [];
  for (const c of checks) {
    const toks = dyadTokens(c.text), p = parser.parse(toks);
    repair?.(toks.map((t) => ({ ...t, lower: t.text.toLowerCase() })), p);
    const r = p.head.indexOf(-1);
    const subjects = toks.filter((_, i) => p.head[i] === r && /^nsubj/.test(p.deprel[i])).map((t) => t.text);
    const rootOk = toks[r]?.text === c.root;
    const subjectOk = c.subject === '-' ? subjects.length === 0 : subjects.includes(c.subject);
    if (rootOk) root++;
    if (rootOk && subjectOk) both++;
    else missed.push(`${c.text} (root ${toks[r]?.text ?? '-'}, subject ${subjects.join('+') || '-'})`);
  }
  return { root, both, missed };
}
