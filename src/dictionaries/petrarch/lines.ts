// PETRARCH/TABARI dictionaries are line-oriented text. This strips their two comment forms
// (`<!-- ... -->` blocks, which may span lines, and `#` to end of line) and hands each
// remaining line to a reader with its 1-based line number, so problems can name the line.
import type { DictProblem } from '../yaml-file.js';

export interface SourceLine { text: string; line: number; comment: string }

/** Lines with comments removed and whitespace trimmed. Truly blank lines are kept as '' (they
 *  end a synonym set); lines that held only a comment are dropped, so they end nothing. */
export function sourceLines(src: string): SourceLine[] {
  const out: SourceLine[] = [];
  let inBlock = false;
  const raw = src.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (let i = 0; i < raw.length; i++) {
    let t = raw[i];
    let comment = '';
    if (inBlock) {
      const end = t.indexOf('-->');
      if (end < 0) continue;
      t = t.slice(end + 3);
      inBlock = false;
    }
    // block comments opening on this line
    // "<! --" is a common typo for "<!--"; both open a comment
    for (let start = t.search(/<!\s*--/); start >= 0; start = t.search(/<!\s*--/)) {
      const end = t.indexOf('-->', start + 2);
      if (end < 0) { t = t.slice(0, start); inBlock = true; break; }
      t = t.slice(0, start) + ' ' + t.slice(end + 3);
    }
    const hash = t.indexOf('#');
    if (hash >= 0) { comment = t.slice(hash + 1).trim(); t = t.slice(0, hash); }
    t = t.trim();
    if (!t && raw[i].trim()) continue;
    out.push({ text: t, line: i + 1, comment });
  }
  return out;
}

/** A phrase as PETRARCH writes it: words joined by '_' or spaces. A trailing '_' means "this
 *  exact word, no suffixes"; without it the last word also matches with endings. */
export interface Phrase { words: string[]; exact: boolean }

export function parsePhrase(s: string): Phrase | null {
  const t = s.trim();
  if (!t) return null;
  const exact = /_$/.test(t);
  const words = t.replace(/_+$/, '').split(/[_\s]+/).filter(Boolean).map((w) => w.toUpperCase());
  return words.length ? { words, exact } : null;
}

export function problem(problems: DictProblem[], file: string, line: number, text: string): void {
  problems.push({ file, line, text });
}
