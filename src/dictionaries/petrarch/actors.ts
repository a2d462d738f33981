// PETRARCH/TABARI actor dictionaries. An entry is a name line, optional `+SYNONYM` lines, and
// one or more codes, each optionally limited to a date range:
//   GOLLUM            name alone: codes follow on their own lines; several name lines in a
//                     row before the codes are names of one actor
//   +SMEAGOL          another name for the same actor
//   [HOB < 950601]    code before a date; [HOBGOV 19950601 - 19990815] between; [HOBREB > 990816] after
//   [---]             no code for that period
import type { DictProblem } from '../yaml-file.js';
import { parsePhrase, problem, sourceLines, type Phrase } from './lines.js';

export interface DatedCode { code: string | null; from?: string; to?: string }
export interface PetrarchActor { names: Phrase[]; codes: DatedCode[]; file: string; line: number; comment: string }

// "FRO/BIL/SAM": a name that stands for several actors at once
const CODE = /^(?:---|[A-Za-z0-9]{3,15}(?:\/[A-Za-z0-9]{3,15})*)$/;

/** TABARI dates are YYMMDD or YYYYMMDD; two-digit years up to 30 are read as 20xx. */
export function parseDictDate(s: string): string | null {
  const m = /^(\d{2}|\d{4})(\d{2})(\d{2})$/.exec(s);
  if (!m) return null;
  let year = Number(m[1]);
  if (m[1].length === 2) year += year <= 30 ? 2000 : 1900;
  const month = Number(m[2]), day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${String(year).padStart(4, '0')}-${m[2]}-${m[3]}`;
}

/** One bracketed code: "HOB", "HOB <950601", "HOB >990816", "HOB 950601-990815". */
export function parseDatedCode(inner: string): DatedCode | string {
  const m = /^\s*(\S+?)\s*(?:([<>])\s*(\d+)|(\d+)\s*-\s*(\d+))?\s*$/.exec(inner);
  if (!m) return `cannot read code "[${inner}]"`;
  const [, rawCode, dir, d1, from, to] = m;
  if (!CODE.test(rawCode)) return `"${rawCode}" is not an actor code`;
  const code = rawCode === '---' ? null : rawCode.toUpperCase();
  const date = (s: string) => parseDictDate(s);
  if (dir) {
    const d = date(d1);
    if (!d) return `"${d1}" is not a date (YYMMDD or YYYYMMDD)`;
    return dir === '<' ? { code, to: d } : { code, from: d };
  }
  if (from) {
    const a = date(from), b = date(to);
    if (!a || !b) return `"${from}-${to}" is not a date range`;
    if (a > b) return `date range ${from}-${to} ends before it starts`;
    return { code, from: a, to: b };
  }
  return { code };
}

/** Codes in a line's brackets, e.g. "HAMAS [PSEREBHMS]" gives one; problems are pushed. */
function bracketCodes(text: string, file: string, line: number, problems: DictProblem[]): { rest: string; codes: DatedCode[] } | null {
  const codes: DatedCode[] = [];
  if ((text.match(/\[/g) ?? []).length !== (text.match(/\]/g) ?? []).length) {
    problem(problems, file, line, 'unbalanced [ ]');
    return null;
  }
  const rest = text.replace(/\[([^\]]*)\]/g, (_, inner: string) => {
    const c = parseDatedCode(inner);
    if (typeof c === 'string') problem(problems, file, line, c); else codes.push(c);
    return ' ';
  });
  return { rest: rest.trim(), codes };
}

export function parseActors(src: string, file: string, problems: DictProblem[]): PetrarchActor[] {
  const out: PetrarchActor[] = [];
  let cur: PetrarchActor | null = null;
  const finish = () => {
    if (cur && cur.codes.length === 0) problem(problems, file, cur.line, `actor "${cur.names[0].words.join(' ')}" has no code`);
    else if (cur) out.push(cur);
    cur = null;
  };
  for (const { text, line, comment } of sourceLines(src)) {
    if (!text) continue;
    const before = problems.length;
    const parsed = bracketCodes(text, file, line, problems);
    if (!parsed) continue;
    if (text.startsWith('[')) {
      if (!cur) { problem(problems, file, line, 'a code line must follow an actor name'); continue; }
      if (parsed.rest) { problem(problems, file, line, `unexpected text "${parsed.rest}" after the code`); continue; }
      (cur as PetrarchActor).codes.push(...parsed.codes);
    } else if (text.startsWith('+')) {
      if (!cur) { problem(problems, file, line, 'a +synonym line must follow an actor name'); continue; }
      const p = parsePhrase(parsed.rest.slice(1));
      if (!p) { problem(problems, file, line, 'empty synonym'); continue; }
      (cur as PetrarchActor).names.push(p);
      (cur as PetrarchActor).codes.push(...parsed.codes);
    } else {
      // a name whose code could not be read is dropped, reported once
      if (problems.length > before) { finish(); continue; }
      const p = parsePhrase(parsed.rest);
      if (!p) { problem(problems, file, line, 'a code without an actor name'); continue; }
      if (cur && (cur as PetrarchActor).codes.length === 0) {
        (cur as PetrarchActor).names.push(p);
        (cur as PetrarchActor).codes.push(...parsed.codes);
        continue;
      }
      finish();
      cur = { names: [p], codes: parsed.codes, file, line, comment };
    }
  }
  finish();
  return out;
}
