// PETRARCH/TABARI verb dictionaries:
//   &CURRENCY / +DOLLARS / +EUROS       a synonym set, referred to in patterns as &CURRENCY
//   --- ABANDON [345] ---               a verb block and its default code ("---": none)
//   BAN {BANS BANNED}                   the verb's forms (irregular ones in braces); a form may
//                                       carry its own code: "DOWNPLAY [014]"
//   +BREAK_DOWN {+BROKE_DOWN ...}       a phrasal verb; '+' marks the verb word
//   - * CURFEW [212]                    a pattern: '*' the verb, '$' the source, '+' the target,
//                                       '^' skips a phrase, '%' a compound actor, &SET a synonym set;
//                                       '_' joins words that must be adjacent; (...) a prepositional
//                                       and {...} a noun phrase (PETRARCH-2 dictionaries)
//   [042:043]                           code and alternative code; [:173] only the alternative
import type { DictProblem } from '../yaml-file.js';
import { parsePhrase, problem, sourceLines, type Phrase } from './lines.js';

export type PatternToken =
  | { kind: 'word'; word: string; joined: boolean }
  | { kind: 'set'; name: string; joined: boolean }
  | { kind: 'verb' | 'source' | 'target' | 'skip' | 'compound'; joined: boolean }
  | { kind: 'open' | 'close'; bracket: '(' | '{'; joined: boolean };

export interface EventCode { code: string | null; alt?: string }
export interface VerbPattern { tokens: PatternToken[]; text: string; code: EventCode; line: number; comment: string }
export interface VerbForm { words: string[]; verbAt: number; code?: EventCode }
export interface PetrarchVerb { head: string; code: EventCode; forms: VerbForm[]; patterns: VerbPattern[]; file: string; line: number }
export interface PetrarchSynset { name: string; members: Phrase[]; file: string; line: number }
export interface PetrarchVerbs { verbs: PetrarchVerb[]; synsets: Map<string, PetrarchSynset> }

const MARKS: Record<string, PatternToken['kind']> = { '*': 'verb', '$': 'source', '+': 'target', '^': 'skip', '%': 'compound' };

export function parseEventCode(s: string): EventCode | null {
  // codes are CAMEO/WEIS digits, sometimes with a letter (075A, 210a); "---" is no code
  const m = /^\s*(---|[0-9][0-9A-Za-z]{1,3})?(?:\s*:\s*(---|[0-9][0-9A-Za-z]{1,3}))?\s*$/.exec(s);
  if (!m || (!m[1] && !m[2])) return null;
  const code = !m[1] || m[1] === '---' ? null : m[1].toUpperCase();
  return m[2] && m[2] !== '---' ? { code, alt: m[2].toUpperCase() } : { code };
}

/** "* OVER EFFORTS", "MOST_CERTAINLY_&NEGATVAUXVRB_EVER *" → tokens; null if a token is unreadable. */
export function parsePattern(s: string): PatternToken[] | string {
  const tokens: PatternToken[] = [];
  const spaced = s.replace(/([(){}])/g, ' $1 ');
  for (const chunk of spaced.trim().split(/\s+/).filter(Boolean)) {
    if (chunk === '(' || chunk === '{') { tokens.push({ kind: 'open', bracket: chunk, joined: false }); continue; }
    if (chunk === ')' || chunk === '}') { tokens.push({ kind: 'close', bracket: chunk === ')' ? '(' : '{', joined: false }); continue; }
    chunk.split('_').forEach((part, i) => {
      if (!part) return;
      const joined = i > 0;
      if (MARKS[part]) tokens.push({ kind: MARKS[part], joined } as PatternToken);
      else if (part.startsWith('&')) tokens.push({ kind: 'set', name: part.slice(1).toUpperCase().replace(/_+$/, ''), joined });
      else tokens.push({ kind: 'word', word: part.toUpperCase(), joined });
    });
  }
  // "BY/WITH": either word (Phoenix writes alternatives so)
  const bad = tokens.find((t) => t.kind === 'word' && !/^[A-Z0-9'.,\-]+(\/[A-Z0-9'.,\-]+)*$/.test(t.word));
  if (bad) return `cannot read "${(bad as { word: string }).word}" in a pattern`;
  if (!tokens.some((t) => t.kind === 'verb')) return 'a pattern needs "*" where the verb goes';
  return tokens;
}

function parseForms(text: string): VerbForm[] | string {
  const m = /^([^{}[\]]+?)\s*(?:\{([^}]*)\})?\s*(?:\[([^\]]*)\])?$/.exec(text);
  if (!m) return 'expected "VERB {FORMS} [code]"';
  let code: EventCode | undefined;
  if (m[3] !== undefined) {
    const c = parseEventCode(m[3]);
    if (!c) return `"[${m[3]}]" is not an event code`;
    code = c;
  }
  const out: VerbForm[] = [];
  // the main form may be written with spaces ("LASH OUT"); forms in braces are space-separated
  for (const f of [m[1].replace(/\s+/g, '_'), ...(m[2] ?? '').split(/[\s,]+/)].filter(Boolean)) {
    const parts = f.replace(/_+$/, '').split('_').filter(Boolean);
    let verbAt = parts.findIndex((p) => p.startsWith('+'));
    if (verbAt < 0) verbAt = 0;
    const words = parts.map((p) => p.replace(/^\+/, '').toUpperCase());
    if (words.some((w) => !/^[A-Z0-9'\-]+$/.test(w))) return `cannot read verb form "${f}"`;
    out.push(code ? { words, verbAt, code } : { words, verbAt });
  }
  return out;
}

export function parseVerbs(src: string, file: string, problems: DictProblem[]): PetrarchVerbs {
  const verbs: PetrarchVerb[] = [];
  const synsets = new Map<string, PetrarchSynset>();
  let verb: PetrarchVerb | null = null;
  let synset: PetrarchSynset | null = null;
  const patternRefs: { name: string; verb: PetrarchVerb; pattern: VerbPattern }[] = [];
  for (const { text, line, comment } of sourceLines(src)) {
    if (!text) { synset = null; continue; }
    if (/^-+$/.test(text)) continue; // a bare "---" separates groups of patterns
    const head = /^-{3}\s*(.+?)\s*\[([^\]]*)\]\s*(?:-{3})?$/.exec(text);
    if (head) {
      synset = null;
      const code = parseEventCode(head[2]);
      // a bad default code is reported, but the block's forms and patterns still load
      if (!code) problem(problems, file, line, `"[${head[2]}]" is not an event code; the block has no default code`);
      verb = { head: head[1].toUpperCase(), code: code ?? { code: null }, forms: [], patterns: [], file, line };
      verbs.push(verb);
      continue;
    }
    if (text.startsWith('&')) {
      const name = text.slice(1).trim().toUpperCase().replace(/_+$/, '');
      if (!/^[A-Z0-9_]+$/.test(name)) { problem(problems, file, line, `"${text}" is not a synonym set name`); synset = null; continue; }
      if (synsets.has(name)) problem(problems, file, line, `synonym set &${name} defined again; the later one is used`);
      synset = { name, members: [], file, line };
      synsets.set(name, synset);
      verb = null;
      continue;
    }
    if (synset && text.startsWith('+')) {
      const p = parsePhrase(text.slice(1));
      if (p) synset.members.push(p); else problem(problems, file, line, 'empty synonym');
      continue;
    }
    if (text.startsWith('-')) {
      if (!verb) { problem(problems, file, line, 'a pattern must be inside a "--- VERB [code] ---" block'); continue; }
      const m = /^-\s*(.*?)\s*\[([^\]]*)\]\s*$/.exec(text);
      if (!m) { problem(problems, file, line, 'expected "- PATTERN [code]"'); continue; }
      const code = parseEventCode(m[2]);
      if (!code) { problem(problems, file, line, `"[${m[2]}]" is not an event code`); continue; }
      const tokens = parsePattern(m[1]);
      if (typeof tokens === 'string') { problem(problems, file, line, tokens); continue; }
      const pattern: VerbPattern = { tokens, text: m[1], code, line, comment };
      for (const t of tokens) if (t.kind === 'set') patternRefs.push({ name: t.name, verb, pattern });
      verb.patterns.push(pattern);
      continue;
    }
    if (!verb) { problem(problems, file, line, `"${text}" is outside any verb block or synonym set`); continue; }
    const forms = parseForms(text);
    if (typeof forms === 'string') { problem(problems, file, line, forms); continue; }
    verb.forms.push(...forms);
  }
  // sets may be defined anywhere in the file, so references are checked at the end
  for (const r of patternRefs) {
    if (synsets.has(r.name) || !r.verb.patterns.includes(r.pattern)) continue;
    problem(problems, file, r.pattern.line, `synonym set &${r.name} is not defined; pattern skipped`);
    r.verb.patterns = r.verb.patterns.filter((p) => p !== r.pattern);
  }
  for (const v of verbs) if (v.forms.length === 0) problem(problems, file, v.line, `verb block ${v.head} lists no verb forms`);
  return { verbs, synsets };
}
